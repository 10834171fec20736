import { CustomerStore } from './customer-store.js';
import { WebhookReceiver } from './receiver.js';

// A standalone program, not part of the back-office: it reads its own environment.
// eslint-disable-next-line no-restricted-syntax
const { WEBHOOK_SECRET: secret, MODE: mode, PORT: port } = process.env;
if (!secret) {
  console.error('Set WEBHOOK_SECRET to the whsec_… secret shown when the system was registered.');
  process.exit(1);
}
const store = new CustomerStore({
  newsletter: [{ email: 'ada@example.com', subscribedAt: '2024-01-05' }],
});
const receiver = new WebhookReceiver({ secret, mode: mode === 'async' ? 'async' : 'sync', store });
const url = await receiver.start(Number(port ?? 4000));
console.log(`Receiving DSAR webhooks at ${url}`);
