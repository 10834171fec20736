import { api, tokenFromUrl } from '../api.js';
import { errorSummary, field, formatDate, h, render, showErrors } from '../dom.js';
import { format, messages } from '../messages.js';
import { freshLinkSection } from './fresh-link.js';
import { showProblem } from './problems.js';

const m = messages.clarify;

/** `/clarify?token=`: the subject answers the privacy team's question; the request resumes. */
export function clarifyPage(): void {
  const token = tokenFromUrl();
  if (!token)
    return render(
      m.failed,
      h('p', { class: 'error-text' }, messages.errors.missingToken),
      freshLinkSection(),
    );
  const answer = h('textarea', { rows: '6', maxlength: '5000' });
  const summary = errorSummary();
  const button = h('button', { type: 'submit' }, m.button);
  const form = h(
    'form',
    { novalidate: true },
    summary,
    field('answer', m.answer, answer, { required: true }),
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    button.textContent = m.working;
    try {
      const sent = await api<{ reference: string; dueAt: string; extendedDueAt?: string }>(
        '/api/requests/clarification',
        { method: 'POST', body: { token, answer: answer.value } },
      );
      if (sent.status === 200) {
        const due = sent.body.extendedDueAt ?? sent.body.dueAt;
        return render(
          m.title,
          h(
            'p',
            { class: 'notice', role: 'status' },
            format(m.sent, { reference: sent.body.reference, dueAt: formatDate(due) }),
          ),
        );
      }
      showProblem(form, summary, sent);
    } catch {
      showErrors(form, summary, messages.errors.network);
    }
    button.disabled = false;
    button.textContent = m.button;
  });
  render(m.title, h('p', {}, m.intro), form);
}
