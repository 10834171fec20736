/** The secrets that sign and verify right now: the current one, and the previous during overlap. */
export function signingSecrets(
  settings: Record<string, unknown>,
  now: Date = new Date(),
): string[] {
  const secrets: string[] = [];
  if (typeof settings.secret === 'string' && settings.secret) secrets.push(settings.secret);
  const until =
    typeof settings.previousSecretUntil === 'string'
      ? Date.parse(settings.previousSecretUntil)
      : NaN;
  if (
    typeof settings.previousSecret === 'string' &&
    settings.previousSecret &&
    until > now.getTime()
  ) {
    secrets.push(settings.previousSecret);
  }
  return secrets;
}
