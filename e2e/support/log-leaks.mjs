/**
 * What must never be in a log line (STYLE: ids, never secrets or personal data), as patterns a
 * whole run's logs are searched with. Each names its kind; values are never reported.
 */
export const LEAK_PATTERNS = [
  {
    kind: 'an e-mail address',
    pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/,
  },
  { kind: 'an argon2 password hash', pattern: /\$argon2(?:id|i|d)\$/ },
  { kind: 'a bearer token', pattern: /Bearer\s+[A-Za-z0-9._~+/=-]{16,}/ },
  { kind: 'a webhook signing secret', pattern: /whsec_[A-Za-z0-9+/=]{8,}/ },
  { kind: 'a password field', pattern: /"password"\s*:\s*"[^"*[]/i },
  { kind: 'a link token in a URL', pattern: /[?&]token=[A-Za-z0-9_-]{16,}/ },
  { kind: 'credentials in a URL', pattern: /[a-z][a-z0-9+.-]*:\/\/[^\s:/@"]+:[^\s@/"]+@/i },
];

/** Every line of `text` that matches a pattern, with the pattern's kind. */
export function findLeaks(text) {
  const leaks = [];
  text.split('\n').forEach((line, index) => {
    for (const { kind, pattern } of LEAK_PATTERNS) {
      if (pattern.test(line)) leaks.push({ line: index + 1, kind });
    }
  });
  return leaks;
}
