const DAY_MS = 86_400_000;

/**
 * A status link lives as long as its request is open and `daysAfterClose` days beyond; then it
 * answers like any expired link. Open requests (closedAt null) keep theirs.
 */
export function statusLinkExpiresAt(closedAt: Date | null, daysAfterClose: number): Date | null {
  return closedAt ? new Date(closedAt.getTime() + daysAfterClose * DAY_MS) : null;
}

export function statusLinkExpired(
  closedAt: Date | null,
  daysAfterClose: number,
  now: Date,
): boolean {
  const expiresAt = statusLinkExpiresAt(closedAt, daysAfterClose);
  return expiresAt !== null && expiresAt <= now;
}
