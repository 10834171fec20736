import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors/domain-error.js';
import { intakeRegime } from './intake-regime.js';

const place = { controllerTimezone: 'UTC' };
const now = new Date('2026-12-01T12:00:00Z');

describe('the regime a request is received under', () => {
  it('takes the jurisdiction given, over the residence', () => {
    expect(
      intakeRegime({ jurisdiction: 'ccpa', residence: { country: 'DE' } }, now, place).code,
    ).toBe('ccpa');
  });

  it('derives it from the residence when no jurisdiction is given', () => {
    expect(intakeRegime({ residence: { country: 'US', region: 'US-TX' } }, now, place).code).toBe(
      'us-tx',
    );
  });

  it('names the field when neither gives a regime', () => {
    const refused = (input: Parameters<typeof intakeRegime>[0]) => {
      try {
        intakeRegime(input, now, place);
      } catch (error) {
        return error instanceof DomainError ? error.details?.errors : error;
      }
      return undefined;
    };
    expect(refused({})).toEqual([
      { field: 'jurisdiction', message: 'is required unless residence is given' },
    ]);
    expect(refused({ residence: { country: 'US', region: 'US-WY' } })).toEqual([
      { field: 'residence', message: 'no regime covers US-WY; choose a jurisdiction' },
    ]);
  });

  it('refuses a right the regime does not grant, naming the regime', () => {
    const message = (input: Parameters<typeof intakeRegime>[0]) => {
      try {
        intakeRegime(input, now, place);
      } catch (error) {
        return error instanceof DomainError ? error.details?.errors : error;
      }
      return undefined;
    };
    expect(message({ jurisdiction: 'us-va', type: 'restriction' })).toEqual([
      {
        field: 'type',
        message: expect.stringMatching(/^Virginia CDPA grants no restriction right/),
      },
    ]);
    expect(message({ residence: { country: 'AU' }, type: 'erasure' })).toEqual([
      {
        field: 'type',
        message: expect.stringMatching(/^Australian Privacy Principles grants no erasure right/),
      },
    ]);
    expect(intakeRegime({ jurisdiction: 'gdpr', type: 'erasure' }, now, place).code).toBe('gdpr');
  });
});
