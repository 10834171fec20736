import { ipAddress } from './accounts-database.js';
import { hex, pick, pickFrom } from './sql-random.js';
import { BROWSERS, LOCALES, PAGES, REFERRERS } from './vocabulary.js';

export const STATS_SCHEMA = 'flatris_stats';

/** Website statistics (policy 1.1.4): what every visit's request tells the server. */
export function statsSchemaSql(): string[] {
  const s = STATS_SCHEMA;
  return [
    `CREATE SCHEMA ${s}`,
    `CREATE TABLE ${s}.visits (
       id bigserial PRIMARY KEY,
       cookie_id text NOT NULL,
       ip_address text NOT NULL,
       browser text NOT NULL,
       user_agent text NOT NULL,
       language text NOT NULL,
       page text NOT NULL,
       referrer text,
       visited_at timestamptz NOT NULL,
       duration_seconds int NOT NULL,
       restricted_at timestamptz,
       objected_at timestamptz)`,
    `CREATE INDEX visits_cookie_id ON ${s}.visits (cookie_id)`,
  ];
}

/** Three to twelve visits per known cookie, plus anonymous visitors who never signed up. */
export function statsDataSql(seed: number, anonymousVisitors: number): string[] {
  const s = STATS_SCHEMA;
  const row = (cookie: string, index: string, at: string) => `${cookie}, ${ipAddress(seed, index)},
       split_part(${pickFrom(seed, 'ua', index, BROWSERS)}, '|', 1),
       split_part(${pickFrom(seed, 'ua', index, BROWSERS)}, '|', 2),
       ${pickFrom(seed, 'lang', index, LOCALES)}, ${pickFrom(seed, 'page', index, PAGES)},
       nullif(${pickFrom(seed, 'ref', index, REFERRERS)}, ''), ${at},
       5 + ${pick(seed, 'duration', index, 1800)}`;
  const columns = `(cookie_id, ip_address, browser, user_agent, language, page, referrer, visited_at, duration_seconds)`;
  return [
    `INSERT INTO ${s}.visits ${columns}
     SELECT ${row('c.cookie_id', "c.id || ':' || k", "c.set_at + (k * 3 || ' days')::interval + (k || ' minutes')::interval")}
     FROM flatris_accounts.cookies c, generate_series(1, 3 + ${pick(seed, 'visits', 'c.id', 10)}::int) AS k`,
    `INSERT INTO ${s}.visits ${columns}
     SELECT ${row(`'fl_' || ${hex(seed, 'anon', 'n', 24)}`, "'anon:' || n", `timestamptz '2025-01-01' + (${pick(seed, 'anonday', 'n', 330)} || ' days')::interval`)}
     FROM generate_series(1, ${anonymousVisitors}) AS n`,
  ];
}
