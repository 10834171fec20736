/** `=`, `+`, `-`, `@`, tab and carriage return, as char codes (a regex per cell cost more). */
const FORMULA_STARTS = new Set([...'=+-@\t\r'].map((character) => character.charCodeAt(0)));

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a leading tab or carriage
 * return) is prefixed with a quote, so opening the package never runs the company's data.
 */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string'
      ? value
      : value instanceof Date
        ? value.toISOString()
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  if (typeof value !== 'string' && typeof value !== 'object') return text;
  return FORMULA_STARTS.has(text.charCodeAt(0)) ? `'${text}` : text;
}
