import { describe, expect, it } from '@jest/globals';
import { planStages, searchKeys, type PlannableSystem } from './stage-plan.js';

const system = (
  id: string,
  identityTypes: PlannableSystem['identityTypes'],
  provides: PlannableSystem['provides'] = [],
  supportsAction = true,
  takesPart = true,
): PlannableSystem => ({
  id,
  name: id,
  identityTypes,
  provides,
  supportsAction,
  takesPart,
});

const stages = (planned: ReturnType<typeof planStages>) =>
  Object.fromEntries(
    planned.map((task) => [
      task.systemId,
      task.skipReason
        ? `skip: ${task.skipReason}`
        : task.lookupOnly
          ? `lookup ${task.stage}`
          : task.stage,
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

describe('planStages: lookup-only providers', () => {
  it('looks a subject up in a provider without the action, for a system keyed by what it provides', () => {
    const planned = planStages(
      [
        system('accounts', ['email'], ['user_id', 'cookie_id'], false),
        system('ad-partner', ['cookie_id']),
        system('newsletter', ['email']),
      ],
      ['email'],
    );
    expect(stages(planned)).toEqual({ accounts: 'lookup 0', newsletter: 0, 'ad-partner': 1 });
  });

  it('looks up in a provider outside the request scope, and gives an unneeded one no task', () => {
    const planned = planStages(
      [
        system('accounts', ['email'], ['cookie_id'], true, false),
        system('crm', ['email'], ['phone'], true, false),
        system('ad-partner', ['cookie_id']),
      ],
      ['email'],
    );
    expect(stages(planned)).toEqual({ accounts: 'lookup 0', 'ad-partner': 1 });
  });

  it('chains lookups: a provider searched by what another lookup provides runs after it', () => {
    const planned = planStages(
      [
        system('accounts', ['email'], ['user_id'], false),
        system('legacy', ['user_id'], ['cookie_id'], false),
        system('ad-partner', ['cookie_id']),
      ],
      ['email'],
    );
    expect(stages(planned)).toEqual({
      accounts: 'lookup 0',
      legacy: 'lookup 1',
      'ad-partner': 2,
    });
  });

  it('plans no lookup for a type the request brings, nor from a provider nobody can search', () => {
    const planned = planStages(
      [
        system('accounts', ['email'], ['user_id'], false),
        system('vault', ['phone'], ['cookie_id'], false),
        system('orders', ['email']),
        system('ad-partner', ['cookie_id']),
      ],
      ['email'],
    );
    expect(stages(planned)).toEqual({
      accounts: 'skip: the system does not support this action',
      vault: 'skip: the system does not support this action',
      orders: 0,
      'ad-partner': 'skip: no registered system provides an identity of type cookie_id',
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
