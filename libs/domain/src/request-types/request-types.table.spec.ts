import { describe, expect, it } from '@jest/globals';
import { REQUEST_TYPES, type RequestType } from '../lifecycle/request-status.types.js';
import {
  NOTIFYING_TYPES,
  REQUEST_TYPE_RULES,
  type RequestTypeRule,
  type RequestTypeTable,
} from './request-types.table.js';

/** A request type the product does not have: the table must grow before it compiles. */
type WithDemoType = RequestType | 'demo';

const demo: RequestTypeRule<'demo'> = {
  label: 'a demonstration',
  fansOut: true,
  connectorAction: 'demo',
  completionMail: 'completion_demo',
  notifiesRecipients: false,
  carriesCorrections: false,
  returnsData: true,
  doneCount: null,
  portableExport: false,
};

describe('the request-type table', () => {
  it('has one entry per request type, each naming its own action and completion mail', () => {
    expect(Object.keys(REQUEST_TYPE_RULES).sort()).toEqual([...REQUEST_TYPES].sort());
    for (const type of REQUEST_TYPES) {
      expect(REQUEST_TYPE_RULES[type].connectorAction).toBe(type);
      expect(REQUEST_TYPE_RULES[type].completionMail).toBe(`completion_${type}`);
    }
  });

  it('tells recipients after erasure, rectification and restriction (Art. 19), not after access', () => {
    expect([...NOTIFYING_TYPES].sort()).toEqual(['erasure', 'rectification', 'restriction']);
  });

  it('has all eight rights of the contract; portability returns data, opt-outs fan out', () => {
    expect([...REQUEST_TYPES].sort()).toEqual(
      [
        'access',
        'rectification',
        'erasure',
        'portability',
        'restriction',
        'objection',
        'opt_out',
        'limit_sensitive',
      ].sort(),
    );
    expect(REQUEST_TYPE_RULES.portability.returnsData).toBe(true);
    expect(REQUEST_TYPE_RULES.opt_out.fansOut).toBe(true);
    expect(REQUEST_TYPE_RULES.limit_sensitive.fansOut).toBe(true);
    expect(REQUEST_TYPE_RULES.opt_out.returnsData).toBe(false);
  });

  it('compiles for a new type only once every field of its entry exists (tsc checks this file)', () => {
    // @ts-expect-error -- the demo type has no entry yet
    const missingEntry: RequestTypeTable<WithDemoType> = { ...REQUEST_TYPE_RULES };
    const missingField: RequestTypeTable<WithDemoType> = {
      ...REQUEST_TYPE_RULES,
      // @ts-expect-error -- an entry without its completion mail
      demo: { ...demo, completionMail: undefined },
    };
    const complete: RequestTypeTable<WithDemoType> = { ...REQUEST_TYPE_RULES, demo };
    expect(Object.keys(missingEntry)).not.toContain('demo');
    expect(missingField.demo.completionMail).toBeUndefined();
    expect(Object.keys(complete).sort()).toEqual([...REQUEST_TYPES, 'demo'].sort());
  });
});
