import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { safeError, scrubMessage } from './safe-error.js';

describe('safeError', () => {
  it('keeps the kind, code, constraint and SQL text of a failed query, never its values', () => {
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "staff_users_email_key"'),
      {
        code: '23505',
        constraint: 'staff_users_email_key',
        table: 'staff_users',
        detail: 'Key (email)=(ada@example.com) already exists.',
      },
    );
    const error = new QueryFailedError(
      'INSERT INTO "staff_users"("email", "password_hash") VALUES ($1, $2)',
      ['ada@example.com', '$argon2id$v=19$m=65536$secret-hash'],
      driverError,
    );
    const logged = safeError(error) as Record<string, unknown>;
    expect(logged).toMatchObject({
      type: 'QueryFailedError',
      code: '23505',
      constraint: 'staff_users_email_key',
      table: 'staff_users',
      query: 'INSERT INTO "staff_users"("email", "password_hash") VALUES ($1, $2)',
    });
    const text = JSON.stringify(logged);
    expect(text).not.toContain('ada@example.com');
    expect(text).not.toContain('argon2id');
    expect(text).not.toContain('detail');
    expect(text).not.toContain('parameters');
  });

  it('cuts quoted values and e-mail addresses out of messages and stacks', () => {
    expect(scrubMessage('invalid input syntax for type uuid: "1; drop table"')).toBe(
      'invalid input syntax for type uuid: "…"',
    );
    expect(scrubMessage('no account for ada@example.com')).toBe('no account for <email>');
    const error = new Error('value "ada@example.com" is wrong');
    const logged = safeError(error) as { stack: string };
    expect(logged.stack).not.toContain('ada@');
    expect(logged.stack).toContain('safe-error.spec');
    expect(safeError('late answer for bob@example.org')).toBe('late answer for <email>');
  });
});
