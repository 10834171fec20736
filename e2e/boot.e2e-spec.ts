import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

describe('booting with bad settings', () => {
  it.each(['apps/api/dist/main.js', 'apps/worker/dist/main.js'])(
    '%s stops with one message listing every bad key',
    (entry) => {
      expect(existsSync(`${root}${entry}`)).toBe(true); // npm test builds first
      const result = spawnSync(process.execPath, [entry], {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          PORT: 'not-a-port',
          CONTROLLER_TIMEZONE: 'Mars/Olympus',
          INTAKE_RATE_LIMIT: '-1',
        },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(result.status).toBe(78);
      expect(result.stderr).toContain('Invalid settings (3)');
      for (const key of ['PORT', 'CONTROLLER_TIMEZONE', 'INTAKE_RATE_LIMIT'])
        expect(result.stderr).toContain(key);
    },
  );
});
