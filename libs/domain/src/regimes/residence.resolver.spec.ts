import { describe, expect, it } from '@jest/globals';
import { regimesCovering, resolveRegime } from './residence.resolver.js';

const place = { controllerTimezone: 'Europe/Berlin', controllerCountry: 'DE' };
const receivedAt = new Date('2027-01-31T10:00:00Z');
const code = (country: string, region?: string) =>
  resolveRegime({ country, region }, receivedAt, place)?.code ?? null;

describe('residence decides the regime', () => {
  it.each([
    ['DE', undefined, 'gdpr'],
    ['fr', undefined, 'gdpr'],
    ['NO', undefined, 'gdpr'], // EEA
    ['GB', undefined, 'uk-gdpr'],
    ['US', 'US-CA', 'ccpa'],
    ['US', 'us-va', 'us-va'],
    ['US', 'US-IA', 'us-ia'],
    ['US', 'US-RI', 'us-ri'],
    ['BR', undefined, 'lgpd'],
    ['CA', 'CA-ON', 'pipeda'],
    ['ZA', undefined, 'popia'],
    ['SG', undefined, 'pdpa-sg'],
    ['JP', undefined, 'appi'],
    ['CH', undefined, 'fadp'],
    ['AU', undefined, 'app-au'],
  ])('%s %s → %s', (country, region, expected) => {
    expect(code(country, region)).toBe(expected);
  });

  it('has no regime for a place no pack covers', () => {
    expect(code('US', 'US-WY')).toBeNull();
    expect(code('US')).toBeNull(); // a US state law needs the state
    expect(code('IN')).toBeNull();
  });

  it('picks the earliest due date where several laws apply (Québec: Law 25 before PIPEDA)', () => {
    expect(
      regimesCovering({ country: 'CA', region: 'CA-QC' }, new Date(), 'UTC').map(
        (pack) => pack.code,
      ),
    ).toEqual(['pipeda', 'quebec-law25']);
    // Both give 30 days, to Thu 1 July 2027 (Canada Day): PIPEDA rolls to Fri 2 July
    // (Interpretation Act s. 26), Law 25 does not (CQLR c. P-39.1 s. 32), so Law 25 comes first.
    const received = new Date('2027-06-01T10:00:00-04:00');
    const toronto = { controllerTimezone: 'America/Toronto', controllerCountry: 'CA' };
    expect(resolveRegime({ country: 'CA', region: 'CA-QC' }, received, toronto)?.code).toBe(
      'quebec-law25',
    );
  });

  it('breaks a tie by the order of the codes', () => {
    // Received Tue 2 Feb 2027 in UTC: PIPEDA and Law 25 both end on Thu 4 March.
    const received = new Date('2027-02-02T10:00:00Z');
    expect(
      resolveRegime({ country: 'CA', region: 'CA-QC' }, received, { controllerTimezone: 'UTC' })
        ?.code,
    ).toBe('pipeda');
  });
});

describe('listJurisdictions names the regions', () => {
  it('gives Virginia and Québec their names, and none to a country-wide regime', async () => {
    const { listJurisdictions } = await import('./jurisdiction-listing.js');
    const listed = listJurisdictions(new Date('2026-12-01T12:00:00Z'), 'UTC');
    expect(listed.find((regime) => regime.code === 'us-va')?.regionNames).toEqual({
      'US-VA': 'Virginia',
    });
    expect(listed.find((regime) => regime.code === 'quebec-law25')?.regionNames).toEqual({
      'CA-QC': 'Quebec',
    });
    expect(listed.find((regime) => regime.code === 'pipeda')).not.toHaveProperty('regionNames');
  });
});
