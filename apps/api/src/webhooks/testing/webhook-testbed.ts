import type { TaskContext } from '@dsar/systems';
import { WebhookConnector } from '@dsar/connectors';
import { StoreTaskService } from '@dsar/fanout';
import { OUTBOUND_LIMITS } from '@dsar/webhooks';
import { fakeSystems, InMemorySystems } from '@dsar/testing';
import { signIn, type SignedIn } from '../../admin/testing/staff-test-kit.js';
import { startTestStack, type TestStack } from '../../testing/api-stack.js';

/** Short timeouts for the webhook sender, so a silent receiver fails a test in seconds. */
const SHORT_LIMITS = { connectTimeoutMs: 1000, totalTimeoutMs: 1500, maxResponseBytes: 64 * 1024 };

/**
 * The connected-systems suites on the one harness, with their fakes: the systems in memory
 * (`registry`), short outbound limits, and two points where a worker can be made to die
 * (`faults`); an officer, an admin and a viewer signed in through the real staff guard.
 */
export class WebhookTestbed {
  readonly registry = new InMemorySystems();
  /**
   * Counts of deaths to come: `beforeFollowUp` after a retry's delivery committed and before the
   * waiting task hears of it; `afterDelivery` after the task's own delivery and before its
   * result is recorded.
   */
  readonly faults = { beforeFollowUp: 0, afterDelivery: 0 };
  stack!: TestStack;
  officer!: SignedIn;
  admin!: SignedIn;
  viewer!: SignedIn;

  async start(limits = SHORT_LIMITS): Promise<TestStack> {
    const faults = this.faults;
    class DyingTasks extends StoreTaskService {
      override completeWaiting(...args: Parameters<StoreTaskService['completeWaiting']>) {
        if (faults.beforeFollowUp > 0) {
          faults.beforeFollowUp -= 1;
          throw new Error('the worker died before the follow-up');
        }
        return super.completeWaiting(...args);
      }
    }
    class DyingWebhookConnector extends WebhookConnector {
      override async execute(context: TaskContext) {
        const execution = await super.execute(context);
        if (faults.afterDelivery > 0) {
          faults.afterDelivery -= 1;
          throw new Error('the worker died after the delivery');
        }
        return execution;
      }
    }
    const systems = fakeSystems(this.registry);
    this.stack = await startTestStack({
      env: { OUTBOUND_ALLOWLIST: '127.0.0.1' },
      fakes: (root) =>
        systems(root)
          .overrideProvider(OUTBOUND_LIMITS)
          .useValue(limits)
          .overrideProvider(StoreTaskService)
          .useClass(DyingTasks)
          .overrideProvider(WebhookConnector)
          .useClass(DyingWebhookConnector),
    });
    this.officer = await signIn(this.stack, 'officer');
    this.admin = await signIn(this.stack, 'admin');
    this.viewer = await signIn(this.stack, 'viewer');
    return this.stack;
  }

  async stop(): Promise<void> {
    await this.stack?.stop();
  }
}

/** The bearer header of a signed-in staff member. */
export const bearer = (who: SignedIn) => ({ authorization: `Bearer ${who.token}` });
