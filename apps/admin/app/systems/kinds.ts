import { KINDS } from './SystemForm.js';

/** A system's kind in words, from the form's one table of kinds. */
export function kindLabel(kind: string): string {
  return KINDS.find((choice) => choice.id === kind)?.name ?? kind.replace(/_/g, ' ');
}

/** The same, short enough for a list's column. */
export function kindShortLabel(kind: string): string {
  return KINDS.find((choice) => choice.id === kind)?.short ?? kind.replace(/_/g, ' ');
}
