import type { FieldError } from './api.js';
import { messages } from './messages.js';

type Child = Node | string | null | undefined | false;

/** Builds an element; text is always set as text, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The id of a field's control from the API's dotted path (`corrections.0.value`). */
export const controlId = (field: string) => `field-${field.replace(/\./g, '-')}`;
const errorId = (field: string) => `${controlId(field)}-error`;
const hintId = (field: string) => `${controlId(field)}-hint`;

/** A labelled control with an optional hint and a slot for its error, tied by aria-describedby. */
export function field(
  name: string,
  label: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  options: { hint?: string; required?: boolean } = {},
): HTMLElement {
  control.id = controlId(name);
  control.name = name;
  if (options.required) control.required = true;
  const describedBy = [options.hint ? hintId(name) : '', errorId(name)].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', describedBy);
  return h(
    'div',
    { class: 'field' },
    h(
      'label',
      { for: control.id },
      label,
      options.required ? h('span', { class: 'req' }, ` ${messages.required}`) : null,
    ),
    options.hint ? h('p', { class: 'hint', id: hintId(name) }, options.hint) : null,
    h('p', { class: 'error', id: errorId(name), hidden: true }),
    control,
  );
}

/** Shows the server's field errors next to their fields, and a summary that links to each. */
export function showErrors(
  form: HTMLFormElement,
  summary: HTMLElement,
  message: string,
  errors: FieldError[] = [],
): void {
  clearErrors(form, summary);
  const list = h('ul');
  for (const error of errors) {
    const control = form.querySelector<HTMLElement>(`#${CSS.escape(controlId(error.field))}`);
    const slot = form.querySelector<HTMLElement>(`#${CSS.escape(errorId(error.field))}`);
    if (control && slot) {
      control.setAttribute('aria-invalid', 'true');
      slot.textContent = error.message;
      slot.hidden = false;
      list.append(
        h(
          'li',
          {},
          h('a', { href: `#${control.id}` }, `${labelOf(form, control.id)} ${error.message}`),
        ),
      );
    } else {
      list.append(h('li', {}, `${error.field} ${error.message}`));
    }
  }
  summary.replaceChildren(
    h('p', {}, errors.length ? messages.form.errorSummary : message),
    errors.length ? list : '',
  );
  summary.hidden = false;
  summary.focus();
}

export function clearErrors(form: HTMLFormElement, summary: HTMLElement): void {
  summary.hidden = true;
  summary.replaceChildren();
  form
    .querySelectorAll('[aria-invalid]')
    .forEach((control) => control.removeAttribute('aria-invalid'));
  form.querySelectorAll<HTMLElement>('.error').forEach((slot) => {
    slot.hidden = true;
    slot.textContent = '';
  });
}

function labelOf(form: HTMLFormElement, id: string): string {
  const label = form.querySelector(`label[for="${CSS.escape(id)}"]`);
  return (label?.firstChild?.textContent ?? '').trim();
}

/** An alert region for a whole form; focusable so screen readers announce it when shown. */
export const errorSummary = () =>
  h('div', { class: 'summary', role: 'alert', tabindex: '-1', hidden: true });

/** Replaces the page content and moves focus to its heading (a new "page" for screen readers). */
export function render(title: string, ...content: Child[]): void {
  const main = document.getElementById('main')!;
  const heading = h('h1', { tabindex: '-1' }, title);
  main.replaceChildren(
    heading,
    ...content.filter((child): child is Node | string => Boolean(child)),
  );
  document.title = `${title} · ${messages.siteName}`;
  heading.focus();
}

export { formatDate } from './messages.js';
