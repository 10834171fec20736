/**
 * The language a request is answered in (DESIGN "Language"): intake takes a BCP 47 tag, English
 * when none is given; mails and pages use the closest catalog, English where none fits.
 */
export const DEFAULT_LANGUAGE = 'en';

/** A BCP 47 tag in its canonical form (`pt-br` → `pt-BR`), or null when it is not one. */
export function canonicalLanguageTag(tag: string): string | null {
  if (tag.length === 0 || tag.length > 35) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The catalog for a tag among those that exist: the same tag (`pt-BR`), else one of the same
 * language (`de-AT` → `de`, `pt` → `pt-BR`), else `fallback`. Never a silent other language.
 */
export function catalogLanguage<L extends string>(
  tag: string | null | undefined,
  available: readonly L[],
  fallback: L,
): L {
  const canonical = tag ? canonicalLanguageTag(tag) : null;
  if (!canonical) return fallback;
  const exact = available.find((language) => language.toLowerCase() === canonical.toLowerCase());
  if (exact) return exact;
  const base = available.find((language) => language.toLowerCase() === primary(canonical));
  if (base) return base;
  return available.find((language) => primary(language) === primary(canonical)) ?? fallback;
}
