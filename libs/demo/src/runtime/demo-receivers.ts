import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NAMED_PLAYERS } from '../company/demo-company.js';
import { FakeGoogleAnalytics } from '../fakes/fake-google-analytics.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const RECEIVER = `${ROOT}examples/webhook-receiver`;

interface ExampleReceiver {
  start(port: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The example webhook receiver (examples/webhook-receiver) in this process, so it stops with the
 * api. Its newsletter holds the named demo players.
 */
export async function startNewsletterReceiver(
  secret: string,
  port: number,
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!receiverBuildIsCurrent()) {
    const build = spawnSync('npx', ['tsc', '-p', RECEIVER], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('could not build examples/webhook-receiver');
  }
  // Loaded at run time: the example is a program of its own, outside this library's sources.
  const { WebhookReceiver } = (await import(
    pathToFileURL(`${RECEIVER}/dist/receiver.js`).href
  )) as { WebhookReceiver: new (options: unknown) => ExampleReceiver };
  const { CustomerStore } = (await import(
    pathToFileURL(`${RECEIVER}/dist/customer-store.js`).href
  )) as { CustomerStore: new (collections: unknown) => unknown };
  const newsletter = NAMED_PLAYERS.map((player, index) => ({
    email: player.email,
    name: player.name,
    subscribedAt: `2024-0${index + 1}-05`,
  }));
  const receiver = new WebhookReceiver({
    secret,
    mode: 'async',
    store: new CustomerStore({ newsletter }),
  });
  const url = await receiver.start(port);
  return { url, stop: () => receiver.stop() };
}

/** Built when missing or older than its sources: an edit to the example must never run stale. */
function receiverBuildIsCurrent(): boolean {
  const built = `${RECEIVER}/dist/receiver.js`;
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  return readdirSync(`${RECEIVER}/src`).every(
    (file) => statSync(`${RECEIVER}/src/${file}`).mtimeMs <= builtAt,
  );
}

export async function startFakeGoogle(
  account: { email: string; publicKey: string },
  propertyId: string,
  port: number,
): Promise<FakeGoogleAnalytics> {
  return new FakeGoogleAnalytics(account, { propertyId }).start(port);
}
