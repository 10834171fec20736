import { describe, expect, it } from '@jest/globals';
import { dueBefore, formErrors } from './server-errors.js';

describe('server validation errors on form fields', () => {
  it('nests dotted paths as the form values are nested', () => {
    expect(
      formErrors([
        { field: 'email', message: 'must be an e-mail address' },
        { field: 'corrections.0.value', message: 'must not be empty' },
      ]),
    ).toEqual({
      email: 'must be an e-mail address',
      corrections: { '0': { value: 'must not be empty' } },
    });
  });

  it('words a path inside a JSON-edited value as it is told to', () => {
    expect(
      formErrors(
        [{ field: 'settings.dataset.tables.0.name', message: 'no table x in the database' }],
        ['settings.dataset'],
        (value, path) => `${value} at ${path.toUpperCase()}`,
      ),
    ).toEqual({
      settings: { dataset: 'settings.dataset at TABLES.0.NAME: no table x in the database' },
    });
  });

  it('shows errors inside a JSON-edited value on that field, with their path', () => {
    expect(
      formErrors(
        [
          { field: 'settings.dataset.tables.0.name', message: 'no such table' },
          { field: 'settings.dataset.tables.1.fields.x', message: 'no such column' },
          { field: 'name', message: 'is taken' },
        ],
        ['settings.dataset'],
      ),
    ).toEqual({
      settings: { dataset: 'tables.0.name: no such table; tables.1.fields.x: no such column' },
      name: 'is taken',
    });
  });

  it('puts a whole-body error at the form root', () => {
    expect(formErrors([{ field: '(body)', message: 'must be a JSON object' }])).toEqual({
      root: { serverError: 'must be a JSON object' },
    });
  });
});

describe('due within N days', () => {
  it('ends at the end of the N-th day from now', () => {
    const before = new Date(dueBefore(3, new Date(2026, 10, 25, 10, 0)));
    expect([before.getFullYear(), before.getMonth(), before.getDate(), before.getHours()]).toEqual([
      2026, 10, 28, 23,
    ]);
  });
});
