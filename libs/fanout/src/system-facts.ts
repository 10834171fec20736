import type { IdentityType } from '@dsar/domain';
import type { Connector } from '@dsar/systems';

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
