import { describe, expect, it } from '@jest/globals';
import { planStages, searchKeys, type PlannableSystem } from './stage-plan.js';

const system = (
  id: string,
  identityTypes: PlannableSystem['identityTypes'],
  provides: PlannableSystem['provides'] = [],
  supportsAction = true,
): PlannableSystem => ({
  id,
  name: id,
  identityTypes,
  provides,
  supportsAction,
});

const stages = (planned: ReturnType<typeof planStages>) =>
  Object.fromEntries(
    planned.map((task) => [
      task.systemId,
      task.skipReason ? `skip: ${task.skipReason}` : task.stage,
    ]),
  );

describe('planStages', () => {
  it('runs identity providers before the systems that need what they provide', () => {
    const planned = planStages(
      [
        system('orders', ['user_id']),
        system('accounts', ['email'], ['user_id', 'phone']),
        system('sms', ['phone']),
        system('crm', ['email']),
      ],
      ['email'],
    );
    expect(stages(planned)).toEqual({ accounts: 0, crm: 0, orders: 1, sms: 1 });
  });

  it('waits for every provider of a type, so a system gets every key there will be', () => {
    const planned = planStages(
      [
        system('accounts', ['email'], ['user_id']),
        system('legacy', ['user_id'], ['analytics_client_id']),
        system('ga', ['analytics_client_id']),
        system('support', ['email', 'user_id']),
      ],
      ['email'],
    );
    expect(stages(planned)).toEqual({ accounts: 0, legacy: 1, support: 1, ga: 2 });
  });

  it('lets providers that need each other run together instead of never', () => {
    const planned = planStages(
      [system('a', ['email', 'phone'], ['user_id']), system('b', ['email', 'user_id'], ['phone'])],
      ['email'],
    );
    expect(stages(planned)).toEqual({ a: 0, b: 0 });
  });

  it('skips, with the reason, a system nobody can provide keys for or that lacks the action', () => {
    const planned = planStages(
      [
        system('visits', ['cookie_id']),
        system('archive', ['email'], [], false),
        system('crm', ['email']),
      ],
      ['email'],
    );
    expect(stages(planned)).toEqual({
      crm: 0,
      archive: 'skip: the system does not support this action',
      visits: 'skip: no registered system provides an identity of type cookie_id',
    });
  });
});

describe('searchKeys', () => {
  it('gives a system only the types it is searched by, and only values we hold', () => {
    expect(
      searchKeys(['user_id', 'phone'], { email: ['a@x.io'], user_id: ['u1'], phone: [] }),
    ).toEqual({ user_id: ['u1'] });
  });
});
