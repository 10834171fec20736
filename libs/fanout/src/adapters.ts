import type { FanoutAdapters } from './fanout.module.js';
import {
  FANOUT_CONNECTORS,
  FANOUT_SYSTEMS,
  type ConnectorSource,
  type FanoutSystemSource,
} from './ports.js';

/**
 * Until the systems registry and the connector registry are wired in (libs/systems,
 * libs/connectors/src/registry), the engine sees no systems: an approved request then
 * completes with "no data found" rather than failing to boot.
 */
const NO_SYSTEMS: FanoutSystemSource = { list: async () => [], get: async () => null };
const NO_CONNECTORS: ConnectorSource = { connectorFor: () => undefined };

export function defaultAdapters(): FanoutAdapters {
  return {
    providers: [
      { provide: FANOUT_SYSTEMS, useValue: NO_SYSTEMS },
      { provide: FANOUT_CONNECTORS, useValue: NO_CONNECTORS },
    ],
  };
}
