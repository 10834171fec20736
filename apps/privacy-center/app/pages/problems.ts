import type { ApiAnswer } from '../api.js';
import { showErrors } from '../dom.js';
import { messages } from '../messages.js';

/** What to tell the subject for an answer that is not a success. */
export function problemMessage(status: number, serverMessage?: string): string {
  if (status === 429) return messages.errors.tooMany;
  if (status >= 500) return messages.errors.unexpected;
  return serverMessage ?? messages.errors.unexpected;
}

/** A refused form: the message in the summary, each field's error beside its field. */
export function showProblem(
  form: HTMLFormElement,
  summary: HTMLElement,
  answer: ApiAnswer<unknown>,
): void {
  showErrors(form, summary, problemMessage(answer.status, answer.body.message), answer.body.errors);
}
