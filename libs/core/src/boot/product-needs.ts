import { FileVault } from '@dsar/packages';
import { RECIPIENT_EVENTS } from '@dsar/notices';
import { SystemInventory, WORK_PLANNER } from '@dsar/requests';
import { ConnectorRegistry, SystemRecords } from '@dsar/systems';
import { WEBHOOK_TASKS } from '@dsar/webhooks';

/** A port the product reads through a token or a shared class, and who must provide it. */
export interface ProductNeed {
  token: symbol | (abstract new (...args: never[]) => unknown);
  providedBy: string;
}

/**
 * Every port a feature below calls through (docs/architecture.md, "Wiring between features"):
 * the boot stops when one has no provider, or more than one, naming it and its module.
 */
export const PRODUCT_NEEDS: ProductNeed[] = [
  { token: SystemRecords, providedBy: 'SystemsModule (@dsar/systems)' },
  { token: ConnectorRegistry, providedBy: 'SystemsModule (@dsar/systems)' },
  { token: WORK_PLANNER, providedBy: 'FanoutModule (@dsar/fanout)' },
  { token: SystemInventory, providedBy: 'FanoutModule (@dsar/fanout)' },
  { token: WEBHOOK_TASKS, providedBy: 'FanoutModule (@dsar/fanout)' },
  { token: FileVault, providedBy: 'PackagesModule (@dsar/packages)' },
  { token: RECIPIENT_EVENTS, providedBy: 'WebhooksModule (@dsar/webhooks)' },
];

export function needName(need: ProductNeed): string {
  return typeof need.token === 'symbol'
    ? (need.token.description ?? String(need.token))
    : need.token.name;
}
