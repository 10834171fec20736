import { api } from '../api.js';
import { clearErrors, errorSummary, field, h, showErrors } from '../dom.js';
import { messages } from '../messages.js';
import { showProblem } from './problems.js';

const m = messages.fresh;

/** "Send me a fresh link": e-mail and reference; the answer is the same whether they match or not. */
export function freshLinkSection(): HTMLElement {
  const summary = errorSummary();
  const done = h('p', { class: 'notice', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'secondary' }, m.button);
  const form = h(
    'form',
    { novalidate: true },
    summary,
    field(
      'email',
      m.email,
      h('input', { type: 'email', autocomplete: 'email', spellcheck: 'false' }),
      { required: true },
    ),
    field(
      'reference',
      m.reference,
      h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' }),
      { hint: m.referenceHint, required: true },
    ),
    submit,
    done,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, summary);
    done.textContent = '';
    const data = new FormData(form);
    try {
      const answer = await api('/api/requests/resend', {
        method: 'POST',
        body: {
          email: String(data.get('email') ?? '').trim(),
          reference: String(data.get('reference') ?? '').trim(),
        },
      });
      if (answer.status === 202) done.textContent = m.sent;
      else showProblem(form, summary, answer);
    } catch {
      showErrors(form, summary, messages.errors.network);
    }
  });
  return h(
    'section',
    { 'aria-labelledby': 'fresh-title', class: 'fresh' },
    h('h2', { id: 'fresh-title' }, m.title),
    h('p', {}, m.intro),
    form,
  );
}
