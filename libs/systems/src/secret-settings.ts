import { SecretBox } from '@dsar/security';

/** What the API shows in place of a secret; sent back unchanged, it keeps the stored value. */
export const SECRET_MASK = '********';

/** Secret settings sealed for storage (already sealed values stay as they are). */
export function sealSecrets(
  box: SecretBox,
  settings: Record<string, unknown>,
  secretNames: readonly string[],
): Record<string, unknown> {
  const sealed = { ...settings };
  for (const name of secretNames) {
    const value = sealed[name];
    if (typeof value === 'string' && !SecretBox.isSealed(value)) sealed[name] = box.seal(value);
  }
  return sealed;
}

export function openSecrets(
  box: SecretBox,
  settings: Record<string, unknown>,
  secretNames: readonly string[],
): Record<string, unknown> {
  const open = { ...settings };
  for (const name of secretNames) {
    const value = open[name];
    if (SecretBox.isSealed(value)) open[name] = box.openText(value);
  }
  return open;
}

/** Settings as the API returns them: each secret present is masked, never returned. */
export function redactSecrets(
  settings: Record<string, unknown>,
  secretNames: readonly string[],
): Record<string, unknown> {
  const shown = { ...settings };
  for (const name of secretNames) if (shown[name] !== undefined) shown[name] = SECRET_MASK;
  return shown;
}

/** An update that sends a secret back masked (or leaves it out) keeps the stored one. */
export function keepMaskedSecrets(
  incoming: Record<string, unknown>,
  storedOpen: Record<string, unknown>,
  secretNames: readonly string[],
): Record<string, unknown> {
  const merged = { ...incoming };
  for (const name of secretNames) {
    if (
      (merged[name] === SECRET_MASK || merged[name] === undefined) &&
      storedOpen[name] !== undefined
    )
      merged[name] = storedOpen[name];
  }
  return merged;
}

/** Re-seals every sealed value from the old key to the new one (the key rotation). */
export function resealSecrets(
  from: SecretBox,
  to: SecretBox,
  settings: Record<string, unknown>,
): { settings: Record<string, unknown>; resealed: number } {
  const next = { ...settings };
  let resealed = 0;
  for (const [name, value] of Object.entries(settings)) {
    if (!SecretBox.isSealed(value) || value.split('.')[1] === to.keyId) continue;
    next[name] = to.seal(from.open(value));
    resealed++;
  }
  return { settings: next, resealed };
}
