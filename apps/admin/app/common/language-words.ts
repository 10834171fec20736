const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * The request's language as staff read it: "German (de)". The subject's mails and pages are in
 * it where a translation exists, so staff replying by hand see which language to write in.
 */
export function languageLabel(tag: string | null | undefined): string {
  if (!tag) return '—';
  try {
    const name = NAMES.of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
