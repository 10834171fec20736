import { describe, expect, it } from '@jest/globals';
import { DomainError, isDomainError } from './domain-error.js';

describe('DomainError', () => {
  it('is an Error with a code, a message and optional details', () => {
    const cause = new Error('duplicate key');
    const error = new DomainError(
      'conflict',
      'cannot approve a request that is completed',
      {
        reasonCode: 'transition_not_allowed',
      },
      { cause },
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('cannot approve a request that is completed');
    expect(error.details).toEqual({ reasonCode: 'transition_not_allowed' });
    expect(error.cause).toBe(cause);
    expect(error.stack).toContain('DomainError');
  });

  it('names each bad field for invalid input', () => {
    const error = DomainError.invalidInput('The request is not valid', [
      { field: 'corrections.0.value', message: 'must not be empty' },
    ]);
    expect(error.code).toBe('invalid_input');
    expect(error.details?.errors).toEqual([
      { field: 'corrections.0.value', message: 'must not be empty' },
    ]);
  });

  it('is recognised, by code when asked', () => {
    const error = new DomainError('gone', 'the link has expired');
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(error, 'gone')).toBe(true);
    expect(isDomainError(error, 'not_found')).toBe(false);
    expect(isDomainError(new Error('gone'))).toBe(false);
  });
});
