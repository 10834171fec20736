import { describe, expect, it } from '@jest/globals';
import { REQUEST_TYPES, type RequestType } from '../lifecycle/request-status.types.js';
import {
  NOTIFYING_TYPES,
  REQUEST_TYPE_RULES,
  type RequestTypeRule,
  type RequestTypeTable,
} from './request-types.table.js';

/** A request type the product does not have: the table must grow before it compiles. */
type WithDemoType = RequestType | 'portability';

const portability: RequestTypeRule<'portability'> = {
  label: 'a copy of your data in a machine-readable format',
  fansOut: true,
  connectorAction: 'portability',
  completionMail: 'completion_portability',
  notifiesRecipients: false,
  carriesCorrections: false,
  returnsData: true,
  doneCount: null,
};

describe('the request-type table', () => {
  it('has one entry per request type, each naming its own action and completion mail', () => {
    expect(Object.keys(REQUEST_TYPE_RULES).sort()).toEqual([...REQUEST_TYPES].sort());
    for (const type of REQUEST_TYPES) {
      expect(REQUEST_TYPE_RULES[type].connectorAction).toBe(type);
      expect(REQUEST_TYPE_RULES[type].completionMail).toBe(`completion_${type}`);
    }
  });

  it('tells recipients after erasure and rectification, not after access', () => {
    expect([...NOTIFYING_TYPES].sort()).toEqual(['erasure', 'rectification']);
  });

  it('compiles for a new type only once every field of its entry exists (tsc checks this file)', () => {
    // @ts-expect-error -- the demo type has no entry yet
    const missingEntry: RequestTypeTable<WithDemoType> = { ...REQUEST_TYPE_RULES };
    const missingField: RequestTypeTable<WithDemoType> = {
      ...REQUEST_TYPE_RULES,
      // @ts-expect-error -- an entry without its completion mail
      portability: { ...portability, completionMail: undefined },
    };
    const complete: RequestTypeTable<WithDemoType> = { ...REQUEST_TYPE_RULES, portability };
    expect(Object.keys(missingEntry)).not.toContain('portability');
    expect(missingField.portability.completionMail).toBeUndefined();
    expect(Object.keys(complete).sort()).toEqual([...REQUEST_TYPES, 'portability'].sort());
  });
});
