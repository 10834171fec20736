import { api, type SubjectStatus, tokenFromUrl } from '../api.js';
import { errorSummary, field, formatDate, h, render, showErrors } from '../dom.js';
import { chosenLanguage, format, messages, setTimeZone, useLanguage } from '../messages.js';
import { freshLinkSection } from './fresh-link.js';
import { problemMessage, showProblem } from './problems.js';

const m = messages.status;
const CANCELLABLE = ['pending_verification', 'awaiting_approval'];

function details(view: SubjectStatus): HTMLElement {
  const row = (term: string, value: string, id?: string) => [
    h('dt', {}, term),
    h('dd', id ? { id } : {}, value),
  ];
  return h(
    'dl',
    {},
    ...row(m.type, m.types[view.type as keyof typeof m.types] ?? view.type),
    ...row(m.status, m.statuses[view.status as keyof typeof m.statuses] ?? view.status, 'status'),
    ...row(m.received, formatDate(view.receivedAt)),
    ...row(m.due, formatDate(view.dueAt)),
    ...(view.extendedDueAt ? row(m.extended, formatDate(view.extendedDueAt)) : []),
    ...(view.completedAt ? row(m.completed, formatDate(view.completedAt)) : []),
  );
}

/** Cancel in two steps: the first button asks, the second does it. */
function cancelSection(view: SubjectStatus, token: string): HTMLElement {
  const area = h('div', { class: 'cancel' });
  const ask = h('button', { type: 'button', class: 'secondary' }, m.cancel);
  ask.addEventListener('click', () => {
    const confirm = h('button', { type: 'button', class: 'danger' }, m.cancelConfirm);
    const keep = h('button', { type: 'button', class: 'secondary' }, m.cancelKeep);
    const problem = h('p', { class: 'error-text', role: 'alert' });
    keep.addEventListener('click', () => {
      area.replaceChildren(ask);
      ask.focus();
    });
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      try {
        const answer = await api('/api/requests/cancel', { method: 'POST', body: { token } });
        if (answer.status < 300) return void (await statusPage(m.cancelled));
        problem.textContent = problemMessage(answer.status, answer.body.message);
      } catch {
        problem.textContent = messages.errors.network;
      }
      confirm.disabled = false;
    });
    area.replaceChildren(
      h('p', {}, format(m.cancelQuestion, { reference: view.reference })),
      confirm,
      ' ',
      keep,
      problem,
    );
    confirm.focus();
  });
  area.append(ask);
  return area;
}

/** The appeal: a form while the regime's window is open, else where the appeal stands. */
function appealSection(view: SubjectStatus, token: string): HTMLElement | null {
  const { appeal } = view;
  if (appeal.askedAt && appeal.decideBy) {
    const decided =
      appeal.outcome && appeal.decidedAt
        ? format(m.appealDecided[appeal.outcome], { decidedAt: formatDate(appeal.decidedAt) })
        : format(m.appealAsked, {
            askedAt: formatDate(appeal.askedAt),
            decideBy: formatDate(appeal.decideBy),
          });
    return h('section', { class: 'appeal' }, h('p', {}, decided));
  }
  if (!appeal.offered || !appeal.askBy) return null;
  const text = h('textarea', { rows: '5', maxlength: '5000' });
  const summary = errorSummary();
  const form = h(
    'form',
    { novalidate: true },
    summary,
    field('text', m.appealText, text, { required: true }),
    h('button', { type: 'submit' }, m.appealButton),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const answer = await api<{ appeal: { decideBy: string } }>('/api/requests/appeal', {
        method: 'POST',
        body: { token, text: text.value },
      });
      if (answer.status === 202) {
        return void (await statusPage(
          format(m.appealSent, { decideBy: formatDate(answer.body.appeal.decideBy) }),
        ));
      }
      showProblem(form, summary, answer);
    } catch {
      showErrors(form, summary, messages.errors.network);
    }
  });
  return h(
    'section',
    { class: 'appeal' },
    h('h2', {}, m.appealTitle),
    h('p', {}, format(m.appealIntro, { askBy: formatDate(appeal.askBy) })),
    form,
  );
}

/** `/status?token=`: where the request stands, cancel while nothing has started, a fresh link. */
export async function statusPage(notice?: string): Promise<void> {
  const token = tokenFromUrl();
  if (!token)
    return render(
      m.failed,
      h('p', { class: 'error-text' }, messages.errors.missingToken),
      freshLinkSection(),
    );
  try {
    const answer = await api<SubjectStatus>(
      `/api/requests/status?token=${encodeURIComponent(token)}`,
    );
    if (answer.status !== 200) {
      return render(
        m.failed,
        h('p', { class: 'error-text' }, problemMessage(answer.status, answer.body.message)),
        freshLinkSection(),
      );
    }
    const view = answer.body;
    // The page speaks the request's language unless the reader picked one.
    if (!chosenLanguage()) useLanguage(view.language, ...navigator.languages);
    setTimeZone(view.timeZone);
    render(
      format(m.title, { reference: view.reference }),
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      details(view),
      CANCELLABLE.includes(view.status) ? cancelSection(view, token) : null,
      appealSection(view, token),
      freshLinkSection(),
    );
  } catch {
    render(m.failed, h('p', { class: 'error-text' }, messages.errors.network));
  }
}
