import pg from 'pg';
import type { DatasetMap } from '../../sql/dataset-map.schema.js';

/** The company's database of the tests: Alice is the subject, Bob and Carol are other customers. */
export const COMPANY_SCHEMA = `
  CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE, name text, phone text,
    ga_client_id text, password_hash text NOT NULL DEFAULT 'x');
  CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL);
  CREATE TABLE addresses (id int PRIMARY KEY, customer_id int REFERENCES customers, street text, city text);
  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers, billing_name text,
    total numeric NOT NULL, created_at timestamptz NOT NULL, restricted_at timestamptz);
  CREATE TABLE order_items (id int PRIMARY KEY, order_id int REFERENCES orders, product_id int REFERENCES products, qty int);
  CREATE TABLE payment_cards (id int PRIMARY KEY, customer_id int REFERENCES customers, ccn text,
    holder text, created_at timestamptz NOT NULL, restricted boolean NOT NULL DEFAULT false);
  CREATE TABLE logins (id int PRIMARY KEY, customer_id int REFERENCES customers, ip text);
  -- referrer_id is a foreign key the map does not declare: it must never lead to Bob.
  CREATE TABLE visits (id int PRIMARY KEY, customer_id int REFERENCES customers,
    referrer_id int REFERENCES customers, page text);
  INSERT INTO customers VALUES
    (1, 'alice@example.com', 'Alice', '+33612345678', 'GA1.1.111', 'h1'),
    (2, 'bob@example.com', 'Bob', '+33699999999', 'GA1.1.222', 'h2'),
    (3, 'carol@example.com', 'Carol', NULL, NULL, 'h3');
  INSERT INTO products VALUES (1, 'Tetris mug'), (2, 'T-shirt'), (3, 'Poster');
  INSERT INTO addresses VALUES (1, 1, '1 rue A', 'Paris'), (2, 2, '2 rue B', 'Lyon');
  INSERT INTO orders VALUES
    (10, 1, 'Alice', 12.5, '2024-03-01T10:00:00Z', NULL),
    (11, 1, 'Alice', 30, '2025-06-15T10:00:00Z', NULL),
    (20, 2, 'Bob', 99, '2025-01-01T10:00:00Z', NULL);
  -- product 1 links Alice and Bob (shared); product 3 is Bob's only.
  INSERT INTO order_items VALUES (100, 10, 1, 1), (101, 11, 2, 2), (200, 20, 1, 1), (201, 20, 3, 1);
  INSERT INTO payment_cards VALUES (1, 1, '4111111111111111', 'ALICE', '2025-02-01T00:00:00Z', false),
    (2, 2, '5500000000000004', 'BOB', '2025-02-01T00:00:00Z', false);
  INSERT INTO logins VALUES (1, 1, '10.0.0.1'), (2, 1, '10.0.0.2'), (3, 2, '10.0.0.3');
  INSERT INTO visits VALUES (1, 1, 2, '/pricing'), (2, 2, NULL, '/home'), (3, 3, 1, '/about');
`;

export function companyMap(): DatasetMap {
  return {
    tables: [
      {
        name: 'customers',
        primaryKey: ['id'],
        identities: { email: 'email', id: 'user_id' },
        // A cycle: customers → orders → customers ends when no new row appears.
        follow: [{ column: 'id', from: 'orders.customer_id' }],
        fields: {
          id: { category: 'user.id', provides: 'user_id' },
          name: { category: 'user.name', erasure: 'null', rectify: true },
          email: { category: 'user.contact.email', erasure: 'hash' },
          phone: {
            category: 'user.contact.phone',
            erasure: 'mask',
            value: '***',
            provides: 'phone',
          },
          ga_client_id: {
            category: 'user.device.cookie_id',
            erasure: 'null',
            provides: 'analytics_client_id',
          },
          password_hash: { category: 'system.credentials', access: false },
        },
      },
      {
        name: 'addresses',
        primaryKey: ['id'],
        follow: [{ column: 'customer_id', from: 'customers.id' }],
        fields: {
          street: { category: 'user.contact.address', erasure: 'null', rectify: true },
          city: { category: 'user.contact.city', erasure: 'mask', value: 'X' },
        },
      },
      {
        name: 'orders',
        primaryKey: ['id'],
        follow: [{ column: 'customer_id', from: 'customers.id' }],
        fields: {
          billing_name: { category: 'user.name', erasure: 'null' },
          total: {
            category: 'user.financial',
            erasure: 'retain',
            hold: { basis: 'Accounting law', years: 10, from: 'created_at' },
          },
        },
        restrictColumn: 'restricted_at',
      },
      {
        name: 'order_items',
        primaryKey: ['id'],
        follow: [{ column: 'order_id', from: 'orders.id' }],
      },
      {
        name: 'products',
        primaryKey: ['id'],
        follow: [{ column: 'id', from: 'order_items.product_id' }],
        shared: true,
      },
      {
        name: 'payment_cards',
        primaryKey: ['id'],
        follow: [{ column: 'customer_id', from: 'customers.id' }],
        fields: {
          ccn: {
            category: 'user.financial',
            erasure: 'retain',
            hold: { basis: 'Payment scheme rules', years: 5, from: 'created_at' },
            access: false,
          },
          holder: { category: 'user.name', erasure: 'null', rectify: true },
        },
        restrictColumn: 'restricted',
      },
      {
        name: 'logins',
        primaryKey: ['id'],
        follow: [{ column: 'customer_id', from: 'customers.id' }],
        rowErasure: 'delete',
      },
      {
        name: 'visits',
        primaryKey: ['id'],
        follow: [{ column: 'customer_id', from: 'customers.id' }],
        fields: { page: { category: 'user.behavior', erasure: 'null' } },
      },
    ],
  };
}

export async function withCompany<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
