/**
 * A parenthesised SQL list of fixed words (`('in_progress','action_required')`), for rules whose
 * values are constants of the code, never input. Refuses anything but lower-case words so a
 * caller can never build SQL out of data by mistake.
 */
export function sqlWordList(words: readonly string[]): string {
  if (words.length === 0) throw new RangeError('an SQL list needs at least one word');
  for (const word of words) {
    if (!/^[a-z][a-z0-9_-]*$/.test(word)) throw new RangeError(`not an SQL word: ${word}`);
  }
  return `(${words.map((word) => `'${word}'`).join(',')})`;
}
