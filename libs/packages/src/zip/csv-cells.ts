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

/** A field RFC 4180 §2 (6, 7) must quote: one holding a quote, a comma or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV record (RFC 4180 §2): fields quoted only where they must be, inner quotes doubled, the
 * line ended by `\n`. Written here rather than by csv-stringify, which cost four times as much a
 * row at a million rows (docs/performance.md); the spec checks both agree on any text.
 */
export function csvRecord(fields: readonly string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (i > 0) line += ',';
    line += NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
  }
  return `${line}\n`;
}
