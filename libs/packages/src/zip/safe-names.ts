/**
 * Names from the company's data (system names, table names) become paths in the zip: only a
 * plain file-name alphabet survives, nothing can climb out (`../`) or hide (leading dots).
 */
export function safePathSegment(name: string, fallback = 'unnamed'): string {
  const cleaned = name
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .replace(/_+$/, '')
    .slice(0, 80);
  return cleaned || fallback;
}

/** Gives each name a distinct segment among its siblings (`orders`, `orders-2`, …). */
export class SegmentAllocator {
  private readonly used = new Set<string>();

  allocate(name: string): string {
    const base = safePathSegment(name);
    let candidate = base;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n += 1) candidate = `${base}-${n}`;
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}
