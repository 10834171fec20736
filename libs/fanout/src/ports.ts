import type { EntityManager } from 'typeorm';
import type { Connector, SystemDescriptor, SystemKind } from '@dsar/connectors';
import type { IdentityType } from '@dsar/domain';

/** A registered system as the engine needs it (settings decrypted). */
export interface FanoutSystem extends SystemDescriptor {
  enabled: boolean;
  actions: string[];
  purposes: string[];
  legalBases: string[];
  retention: string | null;
  source: string | null;
  transfers: { country: string; safeguard: string }[];
  automatedDecisions: string | null;
}

/** Injection token: where the engine reads the registry of systems. */
export const FANOUT_SYSTEMS = Symbol('FANOUT_SYSTEMS');

export interface FanoutSystemSource {
  list(manager: EntityManager): Promise<FanoutSystem[]>;
  get(manager: EntityManager, id: string): Promise<FanoutSystem | null>;
}

/** Injection token: the connector of each kind. */
export const FANOUT_CONNECTORS = Symbol('FANOUT_CONNECTORS');

export interface ConnectorSource {
  connectorFor(kind: SystemKind): Connector | undefined;
}

/** A ConnectorSource over connector instances, one per kind (the last one of a kind wins). */
export function connectorSource(connectors: readonly Connector[]): ConnectorSource {
  const byKind = new Map(connectors.map((connector) => [connector.kind, connector]));
  return { connectorFor: (kind) => byKind.get(kind) };
}

/** A connector that can say which identity types a system yields (`provides` in a map). */
interface ProvidingConnector extends Connector {
  provides(settings: Record<string, unknown>): IdentityType[];
}

function isProviding(connector: Connector | undefined): connector is ProvidingConnector {
  return typeof (connector as Partial<ProvidingConnector> | undefined)?.provides === 'function';
}

/**
 * The identity types a system provides: the connector says so when it can; otherwise a dataset
 * map's `provides` fields are read (the postgres shape of the contract).
 */
export function providedTypes(
  connector: Connector | undefined,
  settings: Record<string, unknown>,
): IdentityType[] {
  if (isProviding(connector)) return connector.provides(settings);
  const tables = (settings.dataset as { tables?: unknown } | undefined)?.tables;
  if (!Array.isArray(tables)) return [];
  const types = new Set<IdentityType>();
  for (const table of tables as { fields?: Record<string, { provides?: unknown }> }[]) {
    for (const field of Object.values(table.fields ?? {})) {
      if (typeof field?.provides === 'string') types.add(field.provides as IdentityType);
    }
  }
  return [...types];
}
