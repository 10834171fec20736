import { api, tokenFromUrl } from '../api.js';
import { h, render } from '../dom.js';
import { format, messages } from '../messages.js';
import { freshLinkSection } from './fresh-link.js';
import { problemMessage } from './problems.js';

const m = messages.verify;

/**
 * `/verify?token=`: opening the link changes nothing (mail scanners open links too); the subject
 * confirms with the button, then lands on the status page.
 */
export function verifyPage(): void {
  const token = tokenFromUrl();
  if (!token)
    return render(
      m.failed,
      h('p', { class: 'error-text' }, messages.errors.missingToken),
      freshLinkSection(),
    );
  const problem = h('p', { class: 'error-text', role: 'alert' });
  const button = h('button', { type: 'button' }, m.button);
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = m.working;
    try {
      const answer = await api<{
        reference: string;
        status: string;
        statusToken?: string;
        alreadyConfirmed?: true;
      }>('/api/requests/verify', { method: 'POST', body: { token } });
      if (answer.status === 200 && answer.body.alreadyConfirmed) {
        const { statuses } = messages.status;
        const status = statuses[answer.body.status as keyof typeof statuses] ?? answer.body.status;
        render(
          m.alreadyTitle,
          h('p', {}, format(m.already, { reference: answer.body.reference, status })),
        );
        return;
      }
      if (answer.status === 200 && answer.body.statusToken) {
        location.assign(`/status?token=${encodeURIComponent(answer.body.statusToken)}`);
        return;
      }
      render(
        m.failed,
        h('p', { class: 'error-text' }, problemMessage(answer.status, answer.body.message)),
        freshLinkSection(),
      );
    } catch {
      problem.textContent = messages.errors.network;
      button.disabled = false;
      button.textContent = m.button;
    }
  });
  render(m.title, h('p', {}, m.intro), problem, button);
}
