import {
  processorDisclosure,
  recipientDisclosure,
  type RecipientSource,
} from './recipient-disclosure.js';

const accounts: RecipientSource = {
  identityTypes: ['email'],
  categories: ['user.contact', 'user.name', 'user.device.cookie_id'],
};
const statistics: RecipientSource = {
  identityTypes: ['cookie_id'],
  categories: ['user.device.cookie_id', 'user.behavior.browsing_history'],
};
const identities = {
  email: ['ada@example.com', 'ada.new@example.com'],
  phone: ['+380501112233'],
  user_id: ['1'],
  cookie_id: ['fl_1', 'fl_2'],
  google_sub: ['g-1'],
};

describe('recipientDisclosure (Art. 19 with Art. 5(1)(c))', () => {
  it('names only the identity types of the systems the recipient received data from', () => {
    const told = recipientDisclosure([statistics], identities, []);
    expect(told.identities).toEqual({ cookie_id: ['fl_1', 'fl_2'] });
  });

  it('unites the types of several source systems, in the closed order', () => {
    const told = recipientDisclosure([statistics, accounts], identities, []);
    expect(Object.keys(told.identities)).toEqual(['email', 'cookie_id']);
  });

  it('shows a correction only to a recipient of a system holding its category', () => {
    const corrections = [
      { field: 'user.contact.phone', value: '+380509998877' },
      { field: 'user.contact.email', value: 'ada.new@example.com' },
    ];
    expect(recipientDisclosure([statistics], identities, corrections).corrections).toEqual([]);
    expect(recipientDisclosure([accounts], identities, corrections).corrections).toEqual(
      corrections,
    );
  });

  it('never discloses a corrected value as an identity to a recipient without that field', () => {
    const payments: RecipientSource = { identityTypes: ['email'], categories: ['user.financial'] };
    const told = recipientDisclosure([payments], identities, [
      { field: 'user.contact.email', value: 'ADA.NEW@example.com' },
    ]);
    expect(told.identities).toEqual({ email: ['ada@example.com'] });
    expect(told.corrections).toEqual([]);
  });

  it('tells nothing when the sources key by no identity the request holds', () => {
    expect(recipientDisclosure([{ identityTypes: ['phone'], categories: [] }], {}, [])).toEqual({
      identities: {},
      corrections: [],
    });
  });

  it('after an earlier rectification it was not told of, names the old value, not the new one', () => {
    const liqpay: RecipientSource = {
      identityTypes: ['email', 'user_id'],
      categories: ['user.financial.card', 'user.contact.email'],
    };
    const afterRectification = { email: ['ada.new@example.com'], user_id: ['1'] };
    const earlier = [
      { field: 'user.contact.email', from: ['ada@example.com'], to: 'ada.new@example.com' },
    ];
    const untold = recipientDisclosure(
      [liqpay],
      afterRectification,
      [],
      [{ ...earlier[0]!, toldThisRecipient: false }],
    );
    expect(untold.identities).toEqual({ email: ['ada@example.com'], user_id: ['1'] });
    // A recipient told the correction then holds the new value: it is named by it.
    const told = recipientDisclosure(
      [liqpay],
      afterRectification,
      [],
      [{ ...earlier[0]!, toldThisRecipient: true }],
    );
    expect(told.identities).toEqual({ email: ['ada.new@example.com'], user_id: ['1'] });
  });

  it('names a recipient of the corrected field by the old value; the new one is in the correction', () => {
    const correction = { field: 'user.contact.email', value: 'ada.new@example.com' };
    const told = recipientDisclosure([accounts], identities, [correction]);
    expect(told.identities.email).toEqual(['ada@example.com']);
    expect(told.corrections).toEqual([correction]);
  });
});

describe('processorDisclosure (the same rule, the processor’s own system as the source)', () => {
  const liqpay: RecipientSource = {
    identityTypes: ['email', 'user_id'],
    categories: ['user.financial.card', 'user.contact.email'],
  };
  const ads: RecipientSource = {
    identityTypes: ['cookie_id'],
    categories: ['user.device.cookie_id'],
  };
  const request = { identities, corrections: [], name: 'Ada Lovelace' };

  it('names only the identity types its system lists, and no name it does not hold', () => {
    expect(processorDisclosure(ads, request)).toEqual({
      identities: { cookie_id: ['fl_1', 'fl_2'] },
      corrections: [],
      name: null,
    });
    const crm = { identityTypes: ['email'], categories: ['user.name', 'user.contact'] };
    expect(processorDisclosure(crm, request).name).toBe('Ada Lovelace');
  });

  it('after an earlier rectification not mailed to it, names the old value', () => {
    const after = { identities: { email: ['ada.new@example.com'] }, corrections: [], name: null };
    const earlier = {
      field: 'user.contact.email',
      from: ['ada@example.com'],
      to: 'ada.new@example.com',
    };
    expect(
      processorDisclosure(liqpay, after, [{ ...earlier, mailedThisProcessor: false }]).identities,
    ).toEqual({ email: ['ada@example.com'] });
    expect(
      processorDisclosure(liqpay, after, [{ ...earlier, mailedThisProcessor: true }]).identities,
    ).toEqual({ email: ['ada.new@example.com'] });
    // Mailed, but its system does not hold the field: the correction was not shown to it.
    const payments = { identityTypes: ['email'], categories: ['user.financial'] };
    expect(
      processorDisclosure(payments, after, [{ ...earlier, mailedThisProcessor: true }]).identities,
    ).toEqual({ email: ['ada@example.com'] });
  });
});
