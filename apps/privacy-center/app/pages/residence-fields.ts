import { api } from '../api.js';
import { field, h } from '../dom.js';
import { messages } from '../messages.js';

const m = messages.form;

/** One regime as `GET /api/jurisdictions` lists it (what the form needs of it). */
interface Jurisdiction {
  code: string;
  countries: string[];
  regions?: string[];
  regionNames?: Record<string, string>;
  /** The request types the regime grants. */
  rights: string[];
}

export interface ResidenceFields {
  element: HTMLElement;
  /** The rights of the regimes covering the residence chosen; null until it is chosen. */
  rights(): string[] | null;
  /** Called whenever the residence changes. */
  onChange(listener: () => void): void;
  /** `{country, region?}` as the intake takes it; the regime follows from it on the server. */
  value(): { country: string; region?: string };
}

const countryName = (code: string) =>
  new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'region' }).of(code) ??
  code;

/**
 * Where the subject lives, from the regimes the packs cover: the country, then the state or
 * province where a regime covers only part of it (a US state, Québec).
 */
export async function residenceFields(): Promise<ResidenceFields> {
  const answer = await api<Jurisdiction[]>('/api/jurisdictions');
  const regimes = answer.status === 200 ? answer.body : [];
  const countries = [...new Set(regimes.flatMap((regime) => regime.countries))].sort((a, b) =>
    countryName(a).localeCompare(countryName(b)),
  );
  const country = h('select', { autocomplete: 'country' });
  country.append(h('option', { value: '' }, m.countryPick));
  for (const code of countries) country.append(h('option', { value: code }, countryName(code)));
  const region = h('select');
  const regionField = field('residence.region', m.region, region, { hint: m.regionHint });
  regionField.hidden = true;

  const showRegions = () => {
    const chosen = country.value;
    const covering = regimes.filter((regime) => regime.countries.includes(chosen));
    const regional = covering.filter((regime) => regime.regions?.length);
    const wholeCountry = covering.some((regime) => !regime.regions?.length);
    region.replaceChildren();
    regionField.hidden = regional.length === 0;
    region.required = regional.length > 0 && !wholeCountry;
    if (regional.length === 0) return;
    region.append(h('option', { value: '' }, wholeCountry ? m.regionElsewhere : m.regionPick));
    const names = Object.assign({}, ...regional.map((regime) => regime.regionNames ?? {}));
    const codes = [...new Set(regional.flatMap((regime) => regime.regions ?? []))].sort((a, b) =>
      String(names[a] ?? a).localeCompare(String(names[b] ?? b)),
    );
    for (const code of codes) region.append(h('option', { value: code }, names[code] ?? code));
  };
  country.addEventListener('change', showRegions);
  const listeners: (() => void)[] = [];
  for (const select of [country, region])
    select.addEventListener('change', () => listeners.forEach((listener) => listener()));
  const chosenRegion = () => (region.value && !regionField.hidden ? region.value : undefined);

  return {
    element: h(
      'div',
      { class: 'residence' },
      field('residence.country', m.jurisdiction, country, { required: true }),
      regionField,
    ),
    value: () => ({
      country: country.value,
      ...(chosenRegion() ? { region: chosenRegion() } : {}),
    }),
    rights: () => {
      if (!country.value) return null;
      const where = chosenRegion();
      // The regimes that could apply there; the server picks one and names it if it refuses.
      const covering = regimes.filter(
        (regime) =>
          regime.countries.includes(country.value) &&
          (!regime.regions?.length || (where !== undefined && regime.regions.includes(where))),
      );
      return covering.length ? [...new Set(covering.flatMap((regime) => regime.rights))] : null;
    },
    onChange: (listener) => listeners.push(listener),
  };
}
