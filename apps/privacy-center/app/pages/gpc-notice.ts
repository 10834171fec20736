import { api } from '../api.js';
import { h } from '../dom.js';
import { messages } from '../messages.js';

const m = messages.gpc;

/**
 * Whether the browser sends Global Privacy Control (it then adds `Sec-GPC: 1` to every request):
 * as the browser says, or as the server saw it on this page's request (its `dsar-gpc` meta).
 */
export function browserSendsGpc(): boolean {
  return (
    (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true ||
    document.querySelector<HTMLMetaElement>('meta[name="dsar-gpc"]')?.content === '1'
  );
}

/**
 * The browser id the company site's cookie carries, as the server read it on this page's request
 * (its `dsar-browser-id` meta, only there when the browser sent GPC); null where it has none.
 */
export function knownBrowserId(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="dsar-browser-id"]')?.content || null;
}

/**
 * Where the browser sends GPC: says that we treat it as an opt-out of sale and sharing, and
 * records it (the browser itself adds `Sec-GPC: 1`; a page cannot set that header). With a known
 * browser id it records it for that browser as the page opens, no e-mail needed (11 CCR
 * § 7025(c)(1)); an e-mail given records it for the person too. Without one it records it once
 * the person gives an e-mail. Null where the browser sends no signal.
 */
export function gpcNotice(): HTMLElement | null {
  if (!browserSendsGpc()) return null;
  const browserId = knownBrowserId();
  const email = h('input', {
    type: 'email',
    id: 'gpc-email',
    autocomplete: 'email',
    spellcheck: 'false',
    'aria-describedby': 'gpc-outcome',
  });
  const record = h('button', { type: 'submit', class: 'secondary' }, m.record);
  const outcome = h('p', { id: 'gpc-outcome', role: 'status' });
  const form = h(
    'form',
    { class: 'gpc', 'aria-labelledby': 'gpc-title', novalidate: true },
    h('h2', { id: 'gpc-title' }, m.title),
    h('p', {}, m.says),
    browserId ? h('p', { id: 'gpc-browser' }, m.browserKnown) : null,
    h('label', { for: 'gpc-email' }, browserId ? m.emailOptional : m.email),
    email,
    record,
    outcome,
  );
  const send = async (address: string | null) => {
    record.disabled = true;
    try {
      const answer = await api<{ reference: string }>('/api/signals/gpc', {
        method: 'POST',
        body: {
          identities: {
            ...(browserId ? { cookie_id: [browserId] } : {}),
            ...(address ? { email: [address] } : {}),
          },
        },
      });
      outcome.textContent =
        answer.status === 202
          ? (address ? m.recorded : m.recordedBrowser).replace('{reference}', answer.body.reference)
          : (answer.body.errors?.[0]?.message ?? answer.body.message ?? m.failed);
    } catch {
      outcome.textContent = messages.errors.network;
    } finally {
      record.disabled = false;
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const address = email.value.trim();
    if (!address && !browserId) {
      outcome.textContent = m.emailMissing;
      return;
    }
    void send(address || null);
  });
  // The signal is the person's choice already: a known browser needs nothing more from them.
  if (browserId) void send(null);
  return form;
}
