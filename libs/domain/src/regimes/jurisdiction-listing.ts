import Holidays from 'date-holidays';
import { packInForce } from './pack-history.js';
import { type Period, REGIME_CODES, type RegimeCode, type RightType } from './policy-pack.types.js';

/** One regime as the public form and the staff UI read it (`GET /api/jurisdictions`). */
export interface JurisdictionSummary {
  code: RegimeCode;
  name: string;
  countries: readonly string[];
  regions?: readonly string[];
  /** The regions' names in English (`US-VA` → Virginia), for the forms. */
  regionNames?: Readonly<Record<string, string>>;
  rights: readonly RightType[];
  answerWithin: Period;
  extension: (Period & { times: number }) | null;
  appealWithin?: Period;
  version: string;
}

/** ISO 3166-2 names from the holiday library's subdivision list (the one we already keep). */
function regionNames(regions: readonly string[]): Record<string, string> {
  const holidays = new Holidays();
  return Object.fromEntries(
    regions.map((region) => {
      const [country = '', state = ''] = region.split('-');
      return [region, holidays.getStates(country, 'en')?.[state] ?? region];
    }),
  );
}

/** Every regime in the version in force `now` (the day in `zone`), as a new request gets it. */
export function listJurisdictions(now: Date, zone: string): JurisdictionSummary[] {
  return REGIME_CODES.map((code) => {
    const pack = packInForce(code, now, zone);
    return {
      code,
      name: pack.name,
      countries: pack.covers.countries,
      ...(pack.covers.regions
        ? { regions: pack.covers.regions, regionNames: regionNames(pack.covers.regions) }
        : {}),
      rights: pack.rights.granted,
      answerWithin: pack.answer.period,
      extension: pack.extension.applies
        ? { ...pack.extension.period, times: pack.extension.times }
        : null,
      ...(pack.appeal.applies ? { appealWithin: pack.appeal.askWithin } : {}),
      version: pack.version,
    };
  });
}
