/**
 * The dataset maps of the three company databases, in the contract's shape (DESIGN.md, "The
 * PostgreSQL dataset map"). The accounts database is found by the verified e-mail and provides
 * the other identities; payments and statistics are searched by what it provides.
 */
/** The contract's dataset map (until the postgres connector exports its own type). */
export interface DatasetField {
  category: string;
  erasure?: 'null' | 'mask' | 'hash' | 'retain';
  value?: string;
  hold?: { basis: string; years: number; from: string };
  rectify?: boolean;
  access?: boolean;
  provides?: string;
}

export interface DatasetTable {
  name: string;
  primaryKey: string[];
  identities?: Record<string, string>;
  follow?: { column: string; from: string }[];
  fields: Record<string, DatasetField>;
  /** Marked on the subject's rows by a restriction (GDPR Art. 18). */
  restrictColumn?: string;
  /** Stamped on the subject's rows by an objection that runs here (GDPR Art. 21). */
  objectionColumn?: string;
  /** Stamped on the subject's rows by an opt-out of sale/sharing (Cal. Civ. Code §1798.120). */
  optOutColumn?: string;
  /** Stamped on the subject's rows by a limit on sensitive data (Cal. Civ. Code §1798.121). */
  limitSensitiveColumn?: string;
  rowErasure?: 'delete';
  shared?: boolean;
}

export interface DatasetMap {
  tables: DatasetTable[];
}

const PLAYER_EDGE = [{ column: 'player_id', from: 'flatris_accounts.players.id' }];
const ACCOUNTING_HOLD = {
  basis: 'Legal obligation to keep accounting records (GDPR Art. 6(1)(c) and 17(3)(b))',
  years: 5,
  from: 'created_at',
};

export const ACCOUNTS_DATASET: DatasetMap = {
  tables: [
    {
      name: 'flatris_accounts.players',
      primaryKey: ['id'],
      identities: { email: 'email' },
      fields: {
        id: { category: 'user.unique_id', provides: 'user_id' },
        email: { category: 'user.contact.email', erasure: 'hash', rectify: true },
        phone: {
          category: 'user.contact.phone',
          erasure: 'null',
          rectify: true,
          provides: 'phone',
        },
        display_name: { category: 'user.name', erasure: 'mask', value: 'Deleted player' },
        country: { category: 'user.location', erasure: 'null' },
        locale: { category: 'user.preferences', erasure: 'null' },
        birth_year: { category: 'user.demographic', erasure: 'null' },
        password_hash: {
          category: 'user.authorization.credentials',
          access: false,
          erasure: 'mask',
          value: '!account-closed',
        },
        google_sub: { category: 'user.unique_id.google', erasure: 'null', provides: 'google_sub' },
      },
      // The account row carries the marks: a restricted account is only stored (Art. 18(2)); an
      // objection to marketing stops the marketing mails it opted in to (Art. 21(3)).
      restrictColumn: 'restricted_at',
      objectionColumn: 'objected_at',
    },
    {
      name: 'flatris_accounts.analytics_clients',
      primaryKey: ['id'],
      follow: PLAYER_EDGE,
      fields: {
        client_id: { category: 'user.device.cookie_id', provides: 'analytics_client_id' },
      },
      rowErasure: 'delete',
    },
    {
      name: 'flatris_accounts.cookies',
      primaryKey: ['id'],
      follow: PLAYER_EDGE,
      fields: { cookie_id: { category: 'user.device.cookie_id', provides: 'cookie_id' } },
      rowErasure: 'delete',
    },
    {
      name: 'flatris_accounts.sessions',
      primaryKey: ['id'],
      follow: PLAYER_EDGE,
      fields: {
        token_hash: { category: 'system.authentication', access: false },
        ip_address: { category: 'user.device.ip_address' },
        user_agent: { category: 'user.device.browser' },
      },
      rowErasure: 'delete',
    },
    {
      name: 'flatris_accounts.login_history',
      primaryKey: ['id'],
      follow: PLAYER_EDGE,
      fields: {
        ip_address: { category: 'user.device.ip_address' },
        user_agent: { category: 'user.device.browser' },
      },
      rowErasure: 'delete',
    },
  ],
};

export const PAYMENTS_DATASET: DatasetMap = {
  tables: [
    {
      name: 'flatris_payments.payment_methods',
      primaryKey: ['id'],
      identities: { player_id: 'user_id', payer_email: 'email' },
      fields: {
        payer_email: { category: 'user.contact.email', erasure: 'null' },
        card_holder: { category: 'user.financial.account_holder', erasure: 'null' },
        card_last4: { category: 'user.financial.card', erasure: 'null' },
        card_expiry: { category: 'user.financial.card', erasure: 'null' },
        liqpay_card_token: { category: 'user.financial.card', access: false, erasure: 'null' },
      },
    },
    {
      name: 'flatris_payments.transactions',
      primaryKey: ['id'],
      identities: { player_id: 'user_id' },
      fields: {
        liqpay_order_id: {
          category: 'user.financial.transaction',
          erasure: 'retain',
          hold: ACCOUNTING_HOLD,
        },
        description: {
          category: 'user.financial.transaction',
          erasure: 'retain',
          hold: ACCOUNTING_HOLD,
        },
        amount_minor: {
          category: 'user.financial.transaction',
          erasure: 'retain',
          hold: ACCOUNTING_HOLD,
        },
        currency: {
          category: 'user.financial.transaction',
          erasure: 'retain',
          hold: ACCOUNTING_HOLD,
        },
        payer_email: { category: 'user.contact.email', erasure: 'retain', hold: ACCOUNTING_HOLD },
        created_at: {
          category: 'user.financial.transaction',
          erasure: 'retain',
          hold: ACCOUNTING_HOLD,
        },
      },
      restrictColumn: 'restricted_at',
    },
  ],
};

export const STATS_DATASET: DatasetMap = {
  tables: [
    {
      name: 'flatris_stats.visits',
      primaryKey: ['id'],
      identities: { cookie_id: 'cookie_id' },
      fields: {
        ip_address: { category: 'user.device.ip_address' },
        browser: { category: 'user.device.browser' },
        user_agent: { category: 'user.device.browser' },
        language: { category: 'user.preferences' },
        page: { category: 'user.behavior.browsing_history' },
        referrer: { category: 'user.behavior.browsing_history' },
        visited_at: { category: 'user.behavior.browsing_history' },
      },
      // Visits restricted (Art. 18) or objected to (Art. 21(1), upheld) leave the statistics.
      restrictColumn: 'restricted_at',
      objectionColumn: 'objected_at',
      rowErasure: 'delete',
    },
  ],
};

/** The same statistics on MariaDB: the table is in the URL's database. */
export const STATS_ON_MYSQL_DATASET: DatasetMap = {
  tables: STATS_DATASET.tables.map((table) => ({ ...table, name: 'visits' })),
};
