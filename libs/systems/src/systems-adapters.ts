import type { Provider } from '@nestjs/common';
import { ConnectorRegistry } from '@dsar/connectors';
import { FANOUT_CONNECTORS, FANOUT_SYSTEMS, type FanoutAdapters } from '@dsar/fanout';
import { SYSTEM_STORE } from '@dsar/notices';
import { SystemRecords } from './system-records.js';
import { SystemsModule } from './systems.module.js';

/** The fan-out engine over the registry: systems from the `systems` table, connectors by kind. */
export function systemsFanoutAdapters(): FanoutAdapters {
  return {
    imports: [SystemsModule],
    providers: [
      { provide: FANOUT_SYSTEMS, useExisting: SystemRecords },
      { provide: FANOUT_CONNECTORS, useExisting: ConnectorRegistry },
    ],
  };
}

/** SYSTEM_STORE for the webhook and notice code (`webhookAdapters(systemStoreProvider)`). */
export const systemStoreProvider: Provider = { provide: SYSTEM_STORE, useExisting: SystemRecords };
