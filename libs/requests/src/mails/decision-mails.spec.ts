import { describe, expect, it } from '@jest/globals';
import { denialMail, extensionMail } from './decision-mails.js';

const context = {
  controllerName: 'Flatris',
  controllerContact: 'privacy@flatris.example',
  timeZone: 'Europe/Berlin',
  request: {
    reference: 'DSR-2026-000042',
    type: 'erasure',
    email: 'ada@example.com',
    name: '<i>Ada</i>',
    dueAt: new Date('2026-12-31T22:59:59.999Z'),
  },
};

describe('decision mails', () => {
  it('gives the denial reasons and the right to complain, escaping what staff typed', () => {
    const mail = denialMail({
      ...context,
      reasonCode: 'excessive_repetitive',
      explanation: 'Third request this week <script>',
      supervisoryAuthority: 'the Berlin data-protection authority',
    });
    expect(mail.to).toBe('ada@example.com');
    expect(mail.text).toContain('excessive, in particular because it repeats earlier ones');
    expect(mail.text).toContain('Third request this week <script>');
    expect(mail.text).toContain('lodge a complaint with a supervisory authority: the Berlin');
    expect(mail.html).toContain('Third request this week &lt;script&gt;');
    expect(mail.html).toContain('&lt;i&gt;Ada&lt;/i&gt;');
    expect(mail.html).not.toContain('<script>');
  });

  it('tells the new date in the controller zone and why', () => {
    const mail = extensionMail({
      ...context,
      newDueAt: new Date('2027-03-31T21:59:59.999Z'),
      reason: 'Many systems hold your data',
    });
    expect(mail.text).toContain('31 March 2027');
    expect(mail.text).toContain('Why: Many systems hold your data');
    expect(mail.subject).toContain('DSR-2026-000042');
  });
});
