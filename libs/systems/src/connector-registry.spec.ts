import { ConnectorRegistry } from './connector-registry.js';
import type { Connector } from './connector.js';
import { SYSTEM_KINDS, type SystemKind } from './system-record.js';

function connector(kind: SystemKind): Connector {
  const unused = async (): Promise<never> => {
    throw new Error('not called');
  };
  return { kind, secretSettings: [], validateSettings: () => [], test: unused, execute: unused };
}

describe('the connector registry at boot', () => {
  it('stops the boot when the connectors were left out, naming the kinds and the module', () => {
    const registry = new ConnectorRegistry();
    expect(() => registry.onApplicationBootstrap()).toThrow(
      'no connector for the system kinds postgres, mysql, webhook, email, manual, google_analytics: ' +
        'ConnectedSystemsModule (@dsar/connectors) is not part of the application',
    );
  });

  it('names only the kinds still missing', () => {
    const registry = new ConnectorRegistry();
    for (const kind of SYSTEM_KINDS) if (kind !== 'email') registry.register(connector(kind));
    expect(() => registry.onApplicationBootstrap()).toThrow(
      /^no connector for the system kinds email: ConnectedSystemsModule/,
    );
  });

  it('boots when every kind has a connector; the last registration of a kind wins', () => {
    const registry = new ConnectorRegistry();
    for (const kind of SYSTEM_KINDS) registry.register(connector(kind));
    const fake = connector('postgres');
    registry.register(fake);
    expect(() => registry.onApplicationBootstrap()).not.toThrow();
    expect(registry.connectorFor('postgres')).toBe(fake);
  });
});
