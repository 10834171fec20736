import fc from 'fast-check';

/** What the fuzz sends: one call, fully described, so a failure can be replayed by hand. */
export interface FuzzCase {
  routeIndex: number;
  role: 'anonymous' | 'viewer' | 'officer' | 'admin';
  params: string[];
  query: string;
  contentType: string | null;
  body: string | null;
  headers: Record<string, string>;
}

const NAMES_THE_APP_KNOWS = [
  'id',
  'type',
  'email',
  'name',
  'jurisdiction',
  'details',
  'corrections',
  'field',
  'value',
  'token',
  'reference',
  'password',
  'role',
  'enabled',
  'text',
  'note',
  'reason',
  'reasonCode',
  'assigneeId',
  'channel',
  'receivedAt',
  'verificationNote',
  'controllerName',
  'controllerContact',
  'supervisoryAuthority',
  'verificationExpiryHours',
  'autoApproval',
  'retrySchedule',
  'staffAlertEmails',
  'kind',
  'url',
  'secret',
  'settings',
  'identityTypes',
  'datasetMap',
  'status',
  'q',
  'dueBefore',
  'createdAfter',
  'outcome',
  'statusCode',
  'systemId',
  'taskId',
  'requestId',
  'sort',
  'range',
  'filter',
  'page',
  'attachments',
  'result',
  'counts',
];
const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    'a\u0000b',
    '\u0000',
    'cut \ud83d',
    '\udc00',
    '\ud800\ud800',
    '😀🏳️‍🌈',
    'e\u0301',
    '\u2028\u2029',
    '\ufeff',
    "o'brien%_\\",
    '1; DROP TABLE requests',
    '../../etc/passwd',
    '${jndi:x}',
    '<script>alert(1)</script>',
    'ada@example.com',
    'A'.repeat(300),
    '-100000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '1899-12-31',
    '9999-12-31T23:59:59Z',
    '00000000-0000-4000-8000-000000000000',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    'null',
    'true',
    'DSR-2026-000001',
    'access',
    'erasure',
    'gdpr',
    'admin',
    'viewer',
    'postgres',
    'webhook',
  ),
  fc.constantFrom(...PROTOTYPE_KEYS, ...NAMES_THE_APP_KNOWS),
);
const hugeNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, 5e-324, 0.1, -1),
);
const key = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NAMES_THE_APP_KNOWS) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: hostileText },
);
const leaf = fc.oneof(hostileText, hugeNumber, fc.boolean(), fc.constant(null));
const value = fc.anything({
  key,
  values: [leaf],
  maxDepth: 4,
  maxKeys: 6,
  withNullPrototype: true,
});

/** JSON text, with prototype keys written out (an object literal cannot carry `__proto__`). */
function jsonText(input: unknown): string {
  return (
    JSON.stringify(input, (_key, inner: unknown) => {
      if (typeof inner === 'bigint') return inner.toString();
      if (inner instanceof Date) return Number.isNaN(inner.getTime()) ? null : inner;
      return inner;
    }) ?? 'null'
  );
}

const protoBody = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), value)
  .map(([name, inner]) => `{"${name}":${jsonText(inner)},"name":"x"}`);
const deepBody = fc
  .tuple(fc.integer({ min: 20, max: 3000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays
      ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
  );
const hugeBody = fc
  .tuple(fc.constantFrom(...NAMES_THE_APP_KNOWS), fc.integer({ min: 1_000, max: 70_000 }))
  .map(([name, length]) => `{"${name}":"${'x'.repeat(length)}"}`);
const shapedBody = fc
  .dictionary(fc.constantFrom(...NAMES_THE_APP_KNOWS), value, { maxKeys: 6 })
  .map(jsonText);
const brokenJson = fc.constantFrom(
  '{',
  '{"a":',
  '[1,]',
  '{"a":1}}',
  'nul',
  '\u0000',
  '"\\ud800"',
  '{"a":"\\u0000"}',
);

export const bodyText = fc.oneof(
  { weight: 4, arbitrary: shapedBody },
  { weight: 2, arbitrary: value.map(jsonText) },
  { weight: 2, arbitrary: protoBody },
  { weight: 1, arbitrary: deepBody },
  { weight: 1, arbitrary: hugeBody },
  { weight: 1, arbitrary: brokenJson },
);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/merge-patch+json',
];

/** Percent-encoding that survives lone surrogates (sent as the UTF-8 bytes U+FFFD has). */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\ufffd'));
  }
}

const queryPair = fc.oneof(
  fc.tuple(key, hostileText).map(([k, v]) => `${encode(k)}=${encode(v)}`),
  fc
    .tuple(fc.constantFrom('sort', 'range', 'filter'), value)
    .map(([k, v]) => `${k}=${encode(jsonText(v))}`),
  fc
    .tuple(
      fc.constantFrom('sort', 'filter'),
      fc.constantFrom(...PROTOTYPE_KEYS, ...NAMES_THE_APP_KNOWS),
      value,
    )
    .map(([k, name, v]) =>
      k === 'sort'
        ? `sort=${encode(`["${name}","ASC"]`)}`
        : `filter=${encode(`{"${name}":${jsonText(v)}}`)}`,
    ),
  fc.constantFrom(
    '%00',
    'a=%00',
    'a=%ED%A0%80',
    'a=%ff%fe',
    'a=%',
    '%%%',
    'a[b]=1',
    'a[__proto__]=1',
    'a=1&a=2',
    '__proto__[x]=1',
    'token=' + 'A'.repeat(43),
  ),
);

const paramValue = fc.oneof(
  fc.constantFrom(
    '00000000-0000-4000-8000-00000000abcd',
    'x',
    '%00',
    '%ED%A0%80',
    'constructor',
    '__proto__',
    'current',
    'A'.repeat(2000),
    '..%2F..%2Fetc',
    '%25',
    '-1',
    '99999999999999999999',
    'a%2Fb',
  ),
  hostileText.map(encode),
);

const headerValue = fc.stringMatching(/^[ -~]{0,60}$/);
const headers = fc.record(
  {
    accept: fc.constantFrom('*/*', 'text/html', 'application/json', 'x/y'),
    'x-forwarded-for': fc.constantFrom('1.2.3.4', '::1, 10.0.0.1', 'garbage', '999.999.1.1'),
    'x-request-id': headerValue,
    range: fc.constantFrom('bytes=0-0', 'items=0-9', 'bytes=-1'),
    'webhook-id': headerValue,
    'webhook-signature': headerValue,
    'webhook-timestamp': fc.constantFrom('0', '-1', '99999999999999', 'x'),
  },
  { requiredKeys: [] },
);

export function fuzzCase(routes: number, roles: FuzzCase['role'][]): fc.Arbitrary<FuzzCase> {
  return fc.record({
    routeIndex: fc.nat({ max: routes - 1 }),
    role: fc.constantFrom(...roles),
    params: fc.array(paramValue, { minLength: 2, maxLength: 2 }),
    query: fc.array(queryPair, { maxLength: 4 }).map((pairs) => pairs.join('&')),
    contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { freq: 5 }),
    body: fc.option(bodyText, { freq: 6 }),
    headers,
  });
}

/** The targeted payloads every route gets, as each role, before the random ones. */
export const TARGETED_BODIES: string[] = [
  '{"constructor":1}',
  '{"__proto__":{"polluted":1}}',
  '{"prototype":{"a":1},"name":"x"}',
  '{"name":"a\\u0000b","text":"a\\u0000b","email":"a\\u0000b@example.com"}',
  '{"name":"cut \\ud83d","text":"\\ud800","note":"\\udc00"}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '{"id":1e999,"range":[0,1e308],"statusCode":9007199254740993}',
  `{"text":"${'x'.repeat(64 * 1024 - 20)}"}`,
  '{',
];
export const TARGETED_QUERIES: string[] = [
  `sort=${encodeURIComponent('["__proto__","ASC"]')}`,
  `sort=${encodeURIComponent('["toString","DESC"]')}`,
  `filter=${encodeURIComponent('{"constructor":1}')}`,
  `filter=${encodeURIComponent('{"hasOwnProperty":1}')}`,
  `filter=${encodeURIComponent('{"q":"a\\u0000b"}')}`,
  `filter=${encodeURIComponent('{"dueBefore":"-100000-01-01T00:00:00Z"}')}`,
  `range=${encodeURIComponent('[0,1e308]')}`,
  'q=%00&token=%00',
];
