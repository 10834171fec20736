import { api } from '../api.js';
import { clearErrors, errorSummary, field, formatDate, h, render, showErrors } from '../dom.js';
import { activeLanguage, format, messages } from '../messages.js';
import { gpcNotice } from './gpc-notice.js';
import { showProblem } from './problems.js';
import { residenceFields, type ResidenceFields } from './residence-fields.js';

const m = messages.form;
type RequestType = keyof typeof m.types;

function typeChoice(): HTMLElement {
  const options = (Object.keys(m.types) as RequestType[]).map((type, index) => {
    const id = `type-${type}`;
    const [label, hint] = m.types[type];
    return h(
      'div',
      { class: 'choice', 'data-type': type },
      h('input', {
        type: 'radio',
        name: 'type',
        id,
        value: type,
        checked: index === 0,
        'aria-describedby': `${id}-hint`,
      }),
      h('label', { for: id }, label),
      h('p', { class: 'hint', id: `${id}-hint` }, hint),
    );
  });
  return h(
    'fieldset',
    { id: 'field-type', 'aria-describedby': 'field-type-error' },
    h('legend', {}, m.type),
    h('p', { class: 'error', id: 'field-type-error', hidden: true }),
    ...options,
  );
}

function correctionRow(index: number): HTMLElement {
  const select = h('select');
  for (const [value, label] of Object.entries(m.correctionFields))
    select.append(h('option', { value }, label));
  return h(
    'div',
    { class: 'correction' },
    field(`corrections.${index}.field`, m.correctionField, select, { required: true }),
    field(
      `corrections.${index}.value`,
      m.correctionValue,
      h('input', { type: 'text', autocomplete: 'off' }),
      { required: true },
    ),
  );
}

function correctionsBlock(): HTMLFieldSetElement {
  const rows = h('div', { class: 'corrections' }, correctionRow(0));
  const add = h('button', { type: 'button', class: 'secondary' }, m.addCorrection);
  add.addEventListener('click', () => {
    const row = correctionRow(rows.children.length);
    rows.append(row);
    row.querySelector('select')?.focus();
  });
  return h(
    'fieldset',
    { id: 'field-corrections', 'aria-describedby': 'field-corrections-error', hidden: true },
    h('legend', {}, m.corrections),
    h('p', { class: 'error', id: 'field-corrections-error', hidden: true }),
    rows,
    add,
  );
}

function readBody(form: HTMLFormElement, residence: ResidenceFields): Record<string, unknown> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const type = text('type');
  const body: Record<string, unknown> = {
    type,
    email: text('email'),
    residence: residence.value(),
  };
  if (text('name')) body.name = text('name');
  if (text('details')) body.details = text('details');
  if (type === 'objection') body.objectionGround = text('objectionGround');
  if (type === 'rectification') {
    const rows = form.querySelectorAll('.correction');
    body.corrections = Array.from(rows, (_row, index) => ({
      field: text(`corrections.${index}.field`),
      value: text(`corrections.${index}.value`),
    }));
  }
  return body;
}

/**
 * Shows only the rights the residence's regimes grant (all while none is chosen); a chosen right
 * that is no longer offered gives way to the first one that is.
 */
function offerGranted(form: HTMLFormElement, rights: string[] | null): void {
  const choices = Array.from(form.querySelectorAll<HTMLElement>('.choice[data-type]'));
  for (const choice of choices)
    choice.hidden = rights !== null && !rights.includes(choice.dataset.type ?? '');
  const checked = form.querySelector<HTMLInputElement>('input[name="type"]:checked');
  if (!checked || checked.closest<HTMLElement>('.choice')?.hidden) {
    const first = choices.find((choice) => !choice.hidden)?.querySelector('input');
    if (first) first.checked = true;
  }
}

/** GDPR Art. 21: an objection names its ground (marketing, or legitimate interests). */
function objectionGroundField(): HTMLElement {
  const select = h('select');
  for (const [value, label] of Object.entries(m.objectionGrounds)) {
    select.append(h('option', { value }, label));
  }
  const wrapper = field('objectionGround', m.objectionGround, select, { required: true });
  wrapper.hidden = true;
  return wrapper;
}

/** The public request form at `/`. */
export async function requestFormPage(): Promise<void> {
  const summary = errorSummary();
  const residence = await residenceFields();
  const corrections = correctionsBlock();
  const objectionGround = objectionGroundField();
  const submit = h('button', { type: 'submit' }, m.submit);
  const form = h(
    'form',
    { novalidate: true, 'aria-describedby': 'form-intro' },
    summary,
    typeChoice(),
    corrections,
    objectionGround,
    field(
      'email',
      m.email,
      h('input', { type: 'email', autocomplete: 'email', spellcheck: 'false' }),
      { hint: m.emailHint, required: true },
    ),
    field('name', m.name, h('input', { type: 'text', autocomplete: 'name' })),
    residence.element,
    field('details', m.details, h('textarea', { rows: '4' })),
    submit,
  );
  const showFields = () => {
    const type = new FormData(form).get('type');
    corrections.hidden = type !== 'rectification';
    objectionGround.hidden = type !== 'objection';
  };
  residence.onChange(() => {
    offerGranted(form, residence.rights());
    showFields();
  });
  form.addEventListener('change', showFields);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, summary);
    submit.disabled = true;
    submit.textContent = m.sending;
    try {
      // The answer's language: the one the reader sees the form in.
      const body = readBody(form, residence);
      body.language = activeLanguage();
      const answer = await api<{ reference: string; dueAt: string; status: string }>(
        '/api/requests',
        {
          method: 'POST',
          body,
        },
      );
      if (answer.status === 202) {
        render(
          m.sentTitle,
          h(
            'p',
            { id: 'sent' },
            // A right that needs no verification is already being worked on: no link to open.
            format(answer.body.status === 'pending_verification' ? m.sent : m.sentAtOnce, {
              reference: answer.body.reference,
              email: String(body.email),
              dueAt: formatDate(answer.body.dueAt),
            }),
          ),
        );
        return;
      }
      showProblem(form, summary, answer);
    } catch {
      showErrors(form, summary, messages.errors.network);
    } finally {
      submit.disabled = false;
      submit.textContent = m.submit;
    }
  });
  render(m.title, h('p', { id: 'form-intro' }, m.intro), gpcNotice(), form);
}
