import { messages } from '../messages.js';

/** What to tell the subject for an answer that is not a success. */
export function problemMessage(status: number, serverMessage?: string): string {
  if (status === 429) return messages.errors.tooMany;
  if (status >= 500) return messages.errors.unexpected;
  return serverMessage ?? messages.errors.unexpected;
}
