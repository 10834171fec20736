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
 * Where the browser sends GPC: says that we treat it as an opt-out of sale and sharing, and
 * records it for the person once they give an e-mail (the browser itself adds `Sec-GPC: 1`; a
 * page cannot set that header). Null where the browser sends no signal.
 */
export function gpcNotice(): HTMLElement | null {
  if (!browserSendsGpc()) return null;
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
    h('label', { for: 'gpc-email' }, m.email),
    email,
    record,
    outcome,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const address = email.value.trim();
    if (!address) {
      outcome.textContent = m.emailMissing;
      return;
    }
    record.disabled = true;
    try {
      const answer = await api<{ reference: string }>('/api/signals/gpc', {
        method: 'POST',
        body: { identities: { email: [address] } },
      });
      outcome.textContent =
        answer.status === 202
          ? m.recorded.replace('{reference}', answer.body.reference)
          : (answer.body.errors?.[0]?.message ?? answer.body.message ?? m.failed);
    } catch {
      outcome.textContent = messages.errors.network;
    } finally {
      record.disabled = false;
    }
  });
  return form;
}
