import { randomBytes } from 'node:crypto';
import pg from 'pg';
import mysql from 'mysql2/promise';
import { createTestDatabase } from '@dsar/testing';
import type { DatasetMap } from '../dataset-map.schema.js';
import { COMPANY_SCHEMA, companyMap } from '../../postgres/testing/company-database.js';

type Row = Record<string, unknown>;

/** A company database of its own on a real server, for one test file. */
export interface CompanyDatabase {
  url: string;
  rows(sql: string): Promise<Row[]>;
  drop(): Promise<void>;
}

export interface CompanyServer {
  name: string;
  kind: 'postgres' | 'mysql';
  /** Quotes an identifier the way the server does (for the hostile-name table). */
  quote(identifier: string): string;
  /** A system table a map must never name. */
  systemTable: string;
  /** A fresh database holding the company schema and the hostile-name table. */
  createCompany(): Promise<CompanyDatabase>;
}

/** Names no SQL text may carry as is: both quote characters and a statement after them. */
export const HOSTILE_TABLE = 'x"`; drop table y; --';
export const HOSTILE_COLUMN = 'e"`mail';

/** The company map plus a newsletter list, where "alicé" is someone else than "alice". */
export function conformanceMap(): DatasetMap {
  const map = companyMap();
  map.tables.push({
    name: 'newsletter',
    primaryKey: ['id'],
    identities: { email: 'email' },
    fields: { email: { category: 'user.contact.email', erasure: 'null' } },
  });
  return map;
}

const NEWSLETTER = (quote: (s: string) => string, text: string) => `
  CREATE TABLE newsletter (id int PRIMARY KEY, email ${text});
  INSERT INTO newsletter VALUES (1, 'alice@example.com'), (2, 'alicé@example.com'), (3, 'ALICE@EXAMPLE.COM');
  CREATE TABLE y (id int PRIMARY KEY);
  CREATE TABLE ${quote(HOSTILE_TABLE)} (${quote(HOSTILE_COLUMN)} varchar(100) PRIMARY KEY, n text);
  INSERT INTO ${quote(HOSTILE_TABLE)} VALUES ('alice@example.com', 'A'), ('bob@example.com', 'B');`;

const pgQuote = (identifier: string) => pg.escapeIdentifier(identifier);
const myQuote = (identifier: string) => `\`${identifier.replace(/`/g, '``')}\``;

export const postgresServer: CompanyServer = {
  name: 'PostgreSQL',
  kind: 'postgres',
  quote: pgQuote,
  systemTable: 'pg_catalog.pg_authid',
  async createCompany() {
    const database = await createTestDatabase('company', { migrate: false });
    const rows = async (sql: string) => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const result = await client.query(sql);
        return (Array.isArray(result) ? result.at(-1)!.rows : result.rows) as Row[];
      } finally {
        await client.end();
      }
    };
    await rows(COMPANY_SCHEMA + NEWSLETTER(pgQuote, 'text'));
    return { url: database.url, rows, drop: () => database.drop() };
  },
};

/** The company schema in MySQL's words (the same rows as COMPANY_SCHEMA). */
const MYSQL_COMPANY_SCHEMA = `
  CREATE TABLE customers (id int PRIMARY KEY, email varchar(255) UNIQUE, name text, phone text,
    ga_client_id text, password_hash varchar(100) NOT NULL DEFAULT 'x');
  CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL);
  CREATE TABLE addresses (id int PRIMARY KEY, customer_id int, street text, city text,
    FOREIGN KEY (customer_id) REFERENCES customers (id));
  CREATE TABLE orders (id int PRIMARY KEY, customer_id int, billing_name text,
    total decimal(10, 2) NOT NULL, created_at datetime(6) NOT NULL, restricted_at datetime(6) NULL,
    FOREIGN KEY (customer_id) REFERENCES customers (id));
  CREATE TABLE order_items (id int PRIMARY KEY, order_id int, product_id int, qty int,
    FOREIGN KEY (order_id) REFERENCES orders (id), FOREIGN KEY (product_id) REFERENCES products (id));
  CREATE TABLE payment_cards (id int PRIMARY KEY, customer_id int, ccn text, holder text,
    created_at datetime(6) NOT NULL, restricted boolean NOT NULL DEFAULT false,
    FOREIGN KEY (customer_id) REFERENCES customers (id));
  CREATE TABLE logins (id int PRIMARY KEY, customer_id int, ip text,
    FOREIGN KEY (customer_id) REFERENCES customers (id));
  CREATE TABLE visits (id int PRIMARY KEY, customer_id int, referrer_id int, page text,
    FOREIGN KEY (customer_id) REFERENCES customers (id), FOREIGN KEY (referrer_id) REFERENCES customers (id));
  INSERT INTO customers VALUES
    (1, 'alice@example.com', 'Alice', '+33612345678', 'GA1.1.111', 'h1'),
    (2, 'bob@example.com', 'Bob', '+33699999999', 'GA1.1.222', 'h2'),
    (3, 'carol@example.com', 'Carol', NULL, NULL, 'h3');
  INSERT INTO products VALUES (1, 'Tetris mug'), (2, 'T-shirt'), (3, 'Poster');
  INSERT INTO addresses VALUES (1, 1, '1 rue A', 'Paris'), (2, 2, '2 rue B', 'Lyon');
  INSERT INTO orders VALUES
    (10, 1, 'Alice', 12.5, '2024-03-01 10:00:00', NULL),
    (11, 1, 'Alice', 30, '2025-06-15 10:00:00', NULL),
    (20, 2, 'Bob', 99, '2025-01-01 10:00:00', NULL);
  INSERT INTO order_items VALUES (100, 10, 1, 1), (101, 11, 2, 2), (200, 20, 1, 1), (201, 20, 3, 1);
  INSERT INTO payment_cards VALUES (1, 1, '4111111111111111', 'ALICE', '2025-02-01 00:00:00', false),
    (2, 2, '5500000000000004', 'BOB', '2025-02-01 00:00:00', false);
  INSERT INTO logins VALUES (1, 1, '10.0.0.1'), (2, 1, '10.0.0.2'), (3, 2, '10.0.0.3');
  INSERT INTO visits VALUES (1, 1, 2, '/pricing'), (2, 2, NULL, '/home'), (3, 3, 1, '/about');
`;

/** MariaDB (or MySQL) on 127.0.0.1:3306 as root without a password, as on the CI machine. */
export const MARIADB_ROOT = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

export const mariadbServer: CompanyServer = {
  name: 'MariaDB',
  kind: 'mysql',
  quote: myQuote,
  systemTable: 'mysql.user',
  async createCompany() {
    const name = `dsar_company_${randomBytes(6).toString('hex')}`;
    const admin = await mysql.createConnection(`${MARIADB_ROOT}/?multipleStatements=true`);
    await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
    await admin.end();
    const url = `${MARIADB_ROOT}/${name}`;
    const rows = async (sql: string) => {
      const connection = await mysql.createConnection({
        uri: url,
        multipleStatements: true,
        timezone: 'Z',
      });
      try {
        const [result] = await connection.query(sql);
        const sets = result as unknown[];
        const last = Array.isArray(sets) && Array.isArray(sets.at(-1)) ? sets.at(-1) : sets;
        return (Array.isArray(last) ? last : []) as Row[];
      } finally {
        await connection.end();
      }
    };
    await rows(MYSQL_COMPANY_SCHEMA + NEWSLETTER(myQuote, 'varchar(255)'));
    return {
      url,
      rows,
      async drop() {
        const connection = await mysql.createConnection(MARIADB_ROOT);
        await connection.query(`DROP DATABASE IF EXISTS ${name}`);
        await connection.end();
      },
    };
  },
};
