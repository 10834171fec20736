import { useQuery } from '@tanstack/react-query';
import { SelectInput } from 'react-admin';

/** One regime as `GET /api/jurisdictions` lists it (the packs are the one source). */
export interface Jurisdiction {
  code: string;
  name: string;
  countries: string[];
  regions?: string[];
  regionNames?: Record<string, string>;
  /** The pack version in force today. */
  version: string;
  /** The request types the regime grants. */
  rights: string[];
}

export interface Choice {
  id: string;
  name: string;
}

/** The regimes of the packs, fetched once per session (the list is public and changes rarely). */
export function useJurisdictions(): Jurisdiction[] {
  const { data } = useQuery({
    queryKey: ['jurisdictions'],
    queryFn: async () => {
      const response = await fetch('/api/jurisdictions');
      if (!response.ok) throw new Error(`GET /api/jurisdictions: ${response.status}`);
      return (await response.json()) as Jurisdiction[];
    },
    staleTime: Infinity,
  });
  return data ?? [];
}

export const jurisdictionChoices = (regimes: Jurisdiction[]): Choice[] =>
  regimes.map((regime) => ({ id: regime.code, name: `${regime.name} (${regime.code})` }));

const countryName = (code: string) =>
  new Intl.DisplayNames([navigator.language || 'en'], { type: 'region' }).of(code) ?? code;

/** Every country a regime covers, by name. */
export function countryChoices(regimes: Jurisdiction[]): Choice[] {
  const codes = [...new Set(regimes.flatMap((regime) => regime.countries))];
  return codes
    .map((id) => ({ id, name: countryName(id) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The states or provinces of a country some regime covers on its own (US states, Québec). */
export function regionChoices(regimes: Jurisdiction[], country: string | undefined): Choice[] {
  const regional = regimes.filter(
    (regime) => country && regime.countries.includes(country) && regime.regions?.length,
  );
  const names = Object.assign({}, ...regional.map((regime) => regime.regionNames ?? {})) as Record<
    string,
    string
  >;
  const codes = [...new Set(regional.flatMap((regime) => regime.regions ?? []))];
  return codes
    .map((id) => ({ id, name: names[id] ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The queue's regime filter, from the packs. */
export function JurisdictionFilter(props: { source: string; alwaysOn?: boolean }) {
  return <SelectInput {...props} choices={jurisdictionChoices(useJurisdictions())} />;
}

/**
 * The rights a request would have: those of the regime named, else of every regime covering the
 * residence (the server picks one of them and refuses a right it does not grant, naming it);
 * null while nothing is known yet.
 */
export function rightsFor(
  regimes: Jurisdiction[],
  jurisdiction: string | undefined,
  residence: { country?: string; region?: string } | undefined,
): string[] | null {
  if (jurisdiction) return regimes.find((regime) => regime.code === jurisdiction)?.rights ?? null;
  const country = residence?.country;
  if (!country) return null;
  const covering = regimes.filter(
    (regime) =>
      regime.countries.includes(country) &&
      (!regime.regions?.length || (residence?.region && regime.regions.includes(residence.region))),
  );
  return covering.length ? [...new Set(covering.flatMap((regime) => regime.rights))] : null;
}
