import { hex, pick, pickFrom } from './sql-random.js';
import {
  BROWSERS,
  MOBILE_CODES,
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  LOCALES,
} from './vocabulary.js';

export const ACCOUNTS_SCHEMA = 'flatris_accounts';

/** The accounts database of the game site (policy 1.1.1, 1.2, 4.5, 4.6). */
export function accountsSchemaSql(): string[] {
  const s = ACCOUNTS_SCHEMA;
  return [
    `CREATE SCHEMA ${s}`,
    `CREATE TABLE ${s}.players (
       id bigint PRIMARY KEY,
       email text NOT NULL UNIQUE,
       phone text,
       display_name text NOT NULL,
       country text,
       locale text,
       birth_year int,
       password_hash text NOT NULL,
       google_sub text UNIQUE,
       marketing_opt_in boolean NOT NULL DEFAULT false,
       created_at timestamptz NOT NULL,
       closed_at timestamptz,
       restricted_at timestamptz,
       objected_at timestamptz)`,
    `CREATE TABLE ${s}.analytics_clients (
       id bigserial PRIMARY KEY,
       player_id bigint NOT NULL REFERENCES ${s}.players (id),
       client_id text NOT NULL UNIQUE,
       first_seen_at timestamptz NOT NULL)`,
    `CREATE TABLE ${s}.cookies (
       id bigserial PRIMARY KEY,
       player_id bigint NOT NULL REFERENCES ${s}.players (id),
       cookie_id text NOT NULL UNIQUE,
       purpose text NOT NULL,
       set_at timestamptz NOT NULL)`,
    `CREATE TABLE ${s}.sessions (
       id bigserial PRIMARY KEY,
       player_id bigint NOT NULL REFERENCES ${s}.players (id),
       token_hash text NOT NULL,
       ip_address text NOT NULL,
       user_agent text NOT NULL,
       started_at timestamptz NOT NULL,
       expires_at timestamptz NOT NULL)`,
    `CREATE TABLE ${s}.login_history (
       id bigserial PRIMARY KEY,
       player_id bigint NOT NULL REFERENCES ${s}.players (id),
       method text NOT NULL,
       ip_address text NOT NULL,
       user_agent text NOT NULL,
       succeeded boolean NOT NULL,
       at timestamptz NOT NULL)`,
    // The advertising partners read this list: cookie ids that must never be retargeted again.
    `CREATE TABLE ${s}.ad_suppression_list (
       cookie_id text PRIMARY KEY,
       reason text NOT NULL,
       added_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE FUNCTION ${s}.suppress_deleted_cookie() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       INSERT INTO ${s}.ad_suppression_list (cookie_id, reason)
       VALUES (OLD.cookie_id, 'erasure request') ON CONFLICT (cookie_id) DO NOTHING;
       RETURN OLD;
     END $$`,
    `CREATE TRIGGER cookies_suppress_on_delete AFTER DELETE ON ${s}.cookies
       FOR EACH ROW EXECUTE FUNCTION ${s}.suppress_deleted_cookie()`,
  ];
}

/** Players 1..count; player n's data depends only on (seed, n). */
export function accountsDataSql(seed: number, count: number): string[] {
  const s = ACCOUNTS_SCHEMA;
  const first = pickFrom(seed, 'first', 'n', FIRST_NAMES);
  const last = pickFrom(seed, 'last', 'n', LAST_NAMES);
  const created = `timestamptz '2021-03-01' + (${pick(seed, 'created', 'n', 1300)} || ' days')::interval`;
  return [
    `INSERT INTO ${s}.players (id, email, phone, display_name, country, locale, birth_year,
       password_hash, google_sub, marketing_opt_in, created_at)
     SELECT n,
       lower(${first} || '.' || ${last}) || n || '@example.com',
       CASE WHEN ${pick(seed, 'hasphone', 'n', 10)} < 7
         THEN '+380' || ${pickFrom(seed, 'op', 'n', MOBILE_CODES)} || lpad(${pick(seed, 'phone', 'n', 10000000)}::text, 7, '0') END,
       ${first} || ' ' || left(${last}, 1) || '.',
       ${pickFrom(seed, 'country', 'n', COUNTRIES)},
       ${pickFrom(seed, 'locale', 'n', LOCALES)},
       CASE WHEN ${pick(seed, 'hasbirth', 'n', 3)} = 0 THEN 1960 + ${pick(seed, 'birth', 'n', 48)} END,
       '$argon2id$v=19$m=65536,t=3,p=4$' || ${hex(seed, 'salt', 'n', 22)} || '$' || ${hex(seed, 'hash', 'n', 32)},
       CASE WHEN ${pick(seed, 'google', 'n', 5)} < 2 THEN '1' || lpad(${pick(seed, 'sub', 'n', 1000000000)}::text, 20, '0') END,
       ${pick(seed, 'optin', 'n', 4)} = 0,
       ${created}
     FROM generate_series(1, ${count}) AS n`,
    `INSERT INTO ${s}.analytics_clients (player_id, client_id, first_seen_at)
     SELECT p.id, (1000000000 + ${pick(seed, 'ga', "p.id || ':' || k", 900000000)}) || '.' || extract(epoch FROM p.created_at)::bigint + k,
       p.created_at + (k || ' days')::interval
     FROM ${s}.players p, generate_series(1, 1 + ${pick(seed, 'gacount', 'p.id', 2)}::int) AS k`,
    `INSERT INTO ${s}.cookies (player_id, cookie_id, purpose, set_at)
     SELECT p.id, 'fl_' || ${hex(seed, 'cookie', "p.id || ':' || k", 24)},
       CASE WHEN k = 1 THEN 'functional' ELSE 'marketing' END, p.created_at + (k || ' hours')::interval
     FROM ${s}.players p, generate_series(1, 1 + ${pick(seed, 'cookiecount', 'p.id', 3)}::int) AS k`,
    `INSERT INTO ${s}.login_history (player_id, method, ip_address, user_agent, succeeded, at)
     SELECT p.id, CASE WHEN p.google_sub IS NOT NULL AND k % 2 = 0 THEN 'google' ELSE 'password' END,
       ${ipAddress(seed, "p.id || ':' || k")},
       split_part(${pickFrom(seed, 'ua', "p.id || ':' || k", BROWSERS)}, '|', 2),
       ${pick(seed, 'ok', "p.id || ':' || k", 12)} > 0,
       p.created_at + (k * 9 || ' days')::interval
     FROM ${s}.players p, generate_series(1, 2 + ${pick(seed, 'logins', 'p.id', 8)}::int) AS k`,
    `INSERT INTO ${s}.sessions (player_id, token_hash, ip_address, user_agent, started_at, expires_at)
     SELECT l.player_id, encode(sha256(convert_to('${seed}:' || l.id, 'UTF8')), 'hex'), l.ip_address,
       l.user_agent, l.at, l.at + interval '30 days'
     FROM ${s}.login_history l WHERE l.succeeded AND l.id % 3 = 0`,
  ];
}

export function ipAddress(seed: number, index: string): string {
  return `(${pickFrom(seed, 'net', index, ['46.211', '91.203', '178.150', '93.72', '185.46'])}
    || '.' || ${pick(seed, 'ip3', index, 256)} || '.' || ${pick(seed, 'ip4', index, 254)} + 1)`;
}
