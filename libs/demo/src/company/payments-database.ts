import { hex, pick, pickFrom } from './sql-random.js';
import { PRODUCTS } from './vocabulary.js';

export const PAYMENTS_SCHEMA = 'flatris_payments';

/** Payment details (policy 1.1.1) and financial transactions (1.1.3), processed by LiqPay. */
export function paymentsSchemaSql(): string[] {
  const s = PAYMENTS_SCHEMA;
  return [
    `CREATE SCHEMA ${s}`,
    `CREATE TABLE ${s}.payment_methods (
       id bigserial PRIMARY KEY,
       player_id bigint NOT NULL,
       payer_email text,
       card_holder text,
       card_brand text NOT NULL,
       card_last4 text,
       card_expiry text,
       liqpay_card_token text,
       created_at timestamptz NOT NULL)`,
    `CREATE TABLE ${s}.transactions (
       id bigserial PRIMARY KEY,
       player_id bigint NOT NULL,
       payment_method_id bigint REFERENCES ${s}.payment_methods (id),
       liqpay_order_id text NOT NULL UNIQUE,
       description text NOT NULL,
       amount_minor int NOT NULL,
       currency text NOT NULL,
       status text NOT NULL,
       payer_email text NOT NULL,
       created_at timestamptz NOT NULL,
       restricted_at timestamptz)`,
  ];
}

/** About one player in four has paid; their card and one to six transactions. */
export function paymentsDataSql(seed: number): string[] {
  const s = PAYMENTS_SCHEMA;
  return [
    `INSERT INTO ${s}.payment_methods (player_id, payer_email, card_holder, card_brand, card_last4,
       card_expiry, liqpay_card_token, created_at)
     SELECT p.id, p.email, upper(split_part(p.display_name, ' ', 1)) || ' ' || upper(split_part(p.email, '.', 2)),
       ${pickFrom(seed, 'brand', 'p.id', ['VISA', 'MASTERCARD', 'MASTERCARD'])},
       lpad(${pick(seed, 'last4', 'p.id', 10000)}::text, 4, '0'),
       lpad((1 + ${pick(seed, 'expm', 'p.id', 12)})::text, 2, '0') || '/' || (27 + ${pick(seed, 'expy', 'p.id', 4)}),
       'lp_tok_' || ${hex(seed, 'cardtoken', 'p.id', 28)},
       p.created_at + interval '2 days'
     FROM flatris_accounts.players p WHERE p.id = 1 OR ${pick(seed, 'payer', 'p.id', 4)} = 0`,
    `INSERT INTO ${s}.transactions (player_id, payment_method_id, liqpay_order_id, description,
       amount_minor, currency, status, payer_email, created_at)
     SELECT m.player_id, m.id, 'FL-' || m.id || '-' || k,
       split_part(${pickFrom(seed, 'product', "m.id || ':' || k", PRODUCTS)}, '|', 1),
       split_part(${pickFrom(seed, 'product', "m.id || ':' || k", PRODUCTS)}, '|', 2)::int,
       'UAH', CASE WHEN ${pick(seed, 'status', "m.id || ':' || k", 15)} = 0 THEN 'failure' ELSE 'success' END,
       m.payer_email, m.created_at + (k * 30 || ' days')::interval
     FROM ${s}.payment_methods m, generate_series(1, 1 + ${pick(seed, 'txcount', 'm.id', 6)}::int) AS k`,
  ];
}
