/** The precompressed variants scripts/build-ui.mjs writes beside each asset, best first. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type AssetEncoding = (typeof ENCODINGS)[number];

/**
 * The best precompressed variant the client accepts (its `Accept-Encoding`, q=0 meaning "not
 * this") among those that exist; null when the plain file must be sent. Pure, tested alone.
 */
export function pickEncoding(
  acceptEncoding: string | undefined,
  exists: (suffix: string) => boolean,
): AssetEncoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(token, q === undefined ? 1 : Number(q));
  }
  const quality = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  return ENCODINGS.find((e) => quality(e.name) > 0 && exists(e.suffix)) ?? null;
}

/**
 * Vite names the files it builds into `assets/` by their content hash: they never change, so
 * browsers keep them for a year without asking. Anything else (index.html) is checked each time.
 */
export function cacheControlFor(file: string): string {
  return file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
