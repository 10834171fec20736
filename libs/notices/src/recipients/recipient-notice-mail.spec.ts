import { recipientNoticeMail, type RecipientNoticeInput } from './recipient-notice-mail.js';

const notice = (action: RecipientNoticeInput['action']): RecipientNoticeInput => ({
  to: 'privacy@adpartner.example',
  recipientName: 'Ad partner',
  controllerName: 'Flatris',
  replyTo: 'privacy@flatris.example',
  reference: 'DSR-2026-000001',
  action,
  systemNames: ['Accounts database'],
  identities: { email: ['ada@example.com'], cookie_id: ['fl_1'] },
  corrections: action === 'rectification' ? [{ field: 'user.contact.phone', value: '+1' }] : [],
});

describe('recipientNoticeMail (Art. 19)', () => {
  it('names the rectification and lists the corrections in the body', () => {
    const mail = recipientNoticeMail(notice('rectification'));
    expect(mail.subject).toContain('notice of rectification');
    expect(mail.text).toContain('right to rectification, Art. 16 GDPR');
    expect(mail.text).toContain('Corrections: Phone number (user.contact.phone) → +1.');
  });

  it('names the erasure and the identities in the body', () => {
    const mail = recipientNoticeMail(notice('erasure'));
    expect(mail.text).toContain('right to erasure, Art. 17 GDPR');
    expect(mail.text).toContain('Cookie id fl_1');
    expect(mail.text).not.toContain('Corrections:');
  });

  it('names every affected system the recipient received data from, in one notice', () => {
    const mail = recipientNoticeMail({
      ...notice('erasure'),
      systemNames: ['Accounts database', 'Payments database', 'Website statistics'],
    });
    expect(mail.text).toContain(
      'in Accounts database, Payments database and Website statistics. We disclosed data from these systems to you',
    );
  });
});

describe('recipientNoticeMail in the recipient’s language', () => {
  it('writes German to a recipient the registry gives as German, every sentence translated', () => {
    const mail = recipientNoticeMail({ ...notice('rectification'), language: 'de' });
    expect(mail.subject).toBe(
      'Flatris: Mitteilung über Berichtigung nach Art. 19 DSGVO (DSR-2026-000001)',
    );
    expect(mail.text).toContain('(Recht auf Berichtigung, Art. 16 DSGVO) in Accounts database');
    expect(mail.text).toContain('Erkennbar an: E-Mail-Adresse ada@example.com; Cookie-ID fl_1.');
    expect(mail.text).toContain('Berichtigungen: Telefonnummer (user.contact.phone) → +1.');
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.text).not.toMatch(/\b(the|Dear|Please|Questions)\b/);
  });

  it('writes English when the registry gives no language', () => {
    expect(recipientNoticeMail(notice('erasure')).html).toContain('<html lang="en">');
  });
});
