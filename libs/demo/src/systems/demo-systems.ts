import {
  ACCOUNTS_DATASET,
  PAYMENTS_DATASET,
  STATS_DATASET,
  STATS_ON_MYSQL_DATASET,
} from '../company/dataset-maps.js';
import type { SystemInput } from '@dsar/systems';

/** A registry entry in the shape of `POST /api/admin/systems` (DESIGN.md). */
export type DemoSystem = SystemInput;

export interface DemoEndpoints {
  /** The database holding the demo company's schemas. */
  databaseUrl: string;
  /** Where the website statistics live when a MariaDB answers (`mysql://…/db`), else null. */
  statsMysqlUrl: string | null;
  googleAnalytics: {
    baseUrl: string;
    tokenUrl: string;
    serviceAccountEmail: string;
    privateKey: string;
    propertyId: string;
  };
  webhookReceiver: { url: string; secret: string };
}

/** Purposes as the policy words them (section 2.2). */
export const PURPOSES = {
  identification: 'Identification of the party within the Services (policy 2.2.1)',
  personalisation: 'Providing personalised Services (policy 2.2.2)',
  improvement: 'Improving existing Services and developing new ones (policy 2.2.3)',
  statistics: 'Statistical research based on anonymous data (policy 2.2.4)',
  marketing: 'Other marketing purposes of the Service (policy 2.2.6, 1.2.3, 1.2.6)',
  legalDuties: 'Duties entrusted to Flatris by legislation (policy 2.2.7)',
} as const;

const LEGAL_BASES = {
  contract: 'Contract (GDPR Art. 6(1)(b))',
  legitimate: 'Legitimate interests (GDPR Art. 6(1)(f))',
  consent: 'Consent (GDPR Art. 6(1)(a)); cookies under ePrivacy Art. 5(3)',
  legalObligation: 'Legal obligation (GDPR Art. 6(1)(c))',
} as const;

const PRIVACY_OWNER = { name: 'Flatris privacy team', email: 'privacy@flatris.example' };
const HOSTING = { name: 'Hosting provider (processor)' };
const LIQPAY = { name: 'LiqPay (payment system, policy 3.1)', email: 'privacy@liqpay.example' };
const ADS = {
  name: 'Contextual advertising partners (policy 1.2.5)',
  email: 'privacy@adpartner.example',
};
const GOOGLE = { name: 'Google LLC (Analytics, sign-in)' };
/** Google LLC is in the US; the Commission's adequacy decision of 10 July 2023 covers it. */
const TO_GOOGLE = {
  country: 'US',
  safeguard:
    'the EU-US Data Privacy Framework (Commission adequacy decision of 10 July 2023; GDPR Art. 45)',
};
/** LiqPay is run by PrivatBank in Ukraine, which has no adequacy decision. */
const TO_LIQPAY = {
  country: 'UA',
  safeguard: "the European Commission's standard contractual clauses (GDPR Art. 46(2)(c))",
};
const NO_PROFILING = null;

export function demoSystems(endpoints: DemoEndpoints): DemoSystem[] {
  const postgres = (dataset: unknown) => ({ url: endpoints.databaseUrl, dataset });
  // One of the policy's systems on the second SQL dialect when a MariaDB answers.
  const statistics = endpoints.statsMysqlUrl
    ? {
        kind: 'mysql' as const,
        settings: { url: endpoints.statsMysqlUrl, dataset: STATS_ON_MYSQL_DATASET },
      }
    : { kind: 'postgres' as const, settings: postgres(STATS_DATASET) };
  return [
    {
      name: 'Accounts database',
      kind: 'postgres',
      owner: { name: 'Flatris backend team', email: 'backend@flatris.example' },
      enabled: true,
      categories: [
        'user.contact.email',
        'user.contact.phone',
        'user.name',
        'user.location',
        'user.demographic',
        'user.preferences',
        'user.authorization.credentials',
        'user.unique_id',
        'user.unique_id.google',
        'user.device.cookie_id',
        'user.device.ip_address',
        'user.device.browser',
      ],
      // The account's marketing opt-in and its marketing cookies serve policy 2.2.6 (and 1.2.3).
      purposes: [PURPOSES.identification, PURPOSES.personalisation, PURPOSES.marketing],
      legalBases: [LEGAL_BASES.contract, LEGAL_BASES.consent],
      recipients: [HOSTING],
      retention: 'While the account exists; login history and sessions 12 months',
      source:
        'You, when you registered and used your account; cookie ids and device data from your browser (policy 1.1, 1.2)',
      transfers: [],
      automatedDecisions: NO_PROFILING,
      identityTypes: ['email'],
      actions: ['access', 'rectification', 'erasure', 'portability', 'restriction', 'objection'],
      settings: postgres(ACCOUNTS_DATASET),
    },
    {
      name: 'Payments database',
      kind: 'postgres',
      owner: { name: 'Flatris finance', email: 'finance@flatris.example' },
      enabled: true,
      categories: [
        'user.financial.card',
        'user.financial.account_holder',
        'user.financial.transaction',
        'user.contact.email',
      ],
      purposes: [PURPOSES.identification, PURPOSES.legalDuties],
      legalBases: [LEGAL_BASES.contract, LEGAL_BASES.legalObligation],
      recipients: [LIQPAY, HOSTING],
      retention:
        'Card details while the account exists; financial transactions 5 years after the payment (accounting law)',
      source: 'You, when you paid; payment confirmations from LiqPay (policy 3.1)',
      transfers: [TO_LIQPAY],
      automatedDecisions: NO_PROFILING,
      identityTypes: ['user_id', 'email'],
      actions: ['access', 'erasure', 'portability', 'restriction'],
      settings: postgres(PAYMENTS_DATASET),
    },
    {
      name: 'Website statistics',
      owner: { name: 'Flatris backend team', email: 'backend@flatris.example' },
      enabled: true,
      categories: [
        'user.device.ip_address',
        'user.device.browser',
        'user.device.cookie_id',
        'user.preferences',
        'user.behavior.browsing_history',
      ],
      purposes: [PURPOSES.improvement, PURPOSES.statistics],
      legalBases: [LEGAL_BASES.legitimate],
      // Policy 1.2.5-1.2.6: the advertising partners get cookie ids for retargeting, nothing else.
      recipients: [HOSTING, ADS],
      retention: '26 months from the visit',
      source: 'Your browser, on every visit to the website (policy 1.1.4)',
      transfers: [],
      automatedDecisions: NO_PROFILING,
      identityTypes: ['cookie_id'],
      actions: ['access', 'erasure', 'restriction', 'objection'],
      ...statistics,
    },
    {
      name: 'Google Analytics',
      kind: 'google_analytics',
      owner: { name: 'Flatris marketing', email: 'marketing@flatris.example' },
      enabled: true,
      categories: ['user.device.cookie_id', 'user.behavior.browsing_history'],
      purposes: [PURPOSES.statistics, PURPOSES.improvement],
      legalBases: [LEGAL_BASES.consent],
      recipients: [GOOGLE],
      retention: '14 months (Analytics data retention setting)',
      source:
        'Your browser, through the Google Analytics tag on the website (policy, introduction)',
      transfers: [TO_GOOGLE],
      automatedDecisions: NO_PROFILING,
      identityTypes: ['analytics_client_id'],
      actions: ['erasure'],
      settings: { ...endpoints.googleAnalytics },
    },
    {
      name: 'Google sign-in',
      kind: 'manual',
      owner: PRIVACY_OWNER,
      enabled: true,
      categories: ['user.unique_id.google', 'user.contact.email'],
      purposes: [PURPOSES.identification],
      legalBases: [LEGAL_BASES.contract],
      recipients: [GOOGLE],
      retention: 'While the player keeps Google sign-in linked',
      source: 'Google, when you chose to sign in with your Google account',
      transfers: [TO_GOOGLE],
      automatedDecisions: NO_PROFILING,
      identityTypes: ['google_sub'],
      actions: ['access', 'erasure', 'portability', 'restriction', 'objection'],
      settings: {
        assignee: 'Backend on-call',
        instructions: {
          access:
            'look up the Google account id in the Google Cloud console and attach what the OAuth grant holds (scopes, date granted)',
          erasure:
            'revoke the OAuth grant in the Google Cloud console for this Google account id and delete the stored id',
        },
      },
    },
    {
      name: 'LiqPay (payment provider)',
      kind: 'email',
      owner: { name: 'Flatris finance', email: 'finance@flatris.example' },
      enabled: true,
      categories: ['user.financial.card', 'user.financial.transaction', 'user.contact.email'],
      purposes: [PURPOSES.identification, PURPOSES.legalDuties],
      legalBases: [LEGAL_BASES.contract, LEGAL_BASES.legalObligation],
      recipients: [LIQPAY],
      retention: 'As LiqPay must keep payment records under its own legal obligations',
      source: 'You, through the LiqPay payment page (policy 3.1)',
      transfers: [TO_LIQPAY],
      automatedDecisions: NO_PROFILING,
      identityTypes: ['email', 'user_id'],
      actions: ['access', 'erasure', 'portability', 'restriction'],
      settings: { to: LIQPAY.email },
    },
    {
      name: 'Advertising and retargeting partners',
      kind: 'email',
      owner: { name: 'Flatris marketing', email: 'marketing@flatris.example' },
      enabled: true,
      categories: ['user.device.cookie_id', 'user.behavior.browsing_history'],
      purposes: [PURPOSES.marketing],
      legalBases: [LEGAL_BASES.consent],
      recipients: [ADS],
      retention:
        '13 months from the last visit; suppressed cookie ids are kept to honour the objection',
      source:
        'Cookies the advertising partners set in your browser on the website (policy 1.2.5, 1.2.6)',
      transfers: [],
      automatedDecisions:
        'The partners choose which advertisement to show you from the pages you visited (retargeting, policy 1.2.6); it has no legal or similarly significant effect on you',
      identityTypes: ['cookie_id'],
      // They sell and share nothing else: an opt-out of sale/sharing (CCPA) is mailed to them.
      actions: ['erasure', 'restriction', 'objection', 'opt_out'],
      settings: { to: ADS.email },
    },
    {
      name: 'Newsletter service',
      kind: 'webhook',
      owner: { name: 'Flatris community team', email: 'community@flatris.example' },
      enabled: true,
      categories: ['user.contact.email'],
      purposes: [PURPOSES.marketing],
      legalBases: [LEGAL_BASES.consent],
      recipients: [HOSTING],
      retention: 'Until the player unsubscribes',
      source: 'You, when you subscribed to the newsletter',
      transfers: [],
      automatedDecisions: NO_PROFILING,
      identityTypes: ['email'],
      actions: [
        'access',
        'rectification',
        'erasure',
        'portability',
        'restriction',
        'objection',
        'opt_out',
      ],
      settings: { url: endpoints.webhookReceiver.url, secret: endpoints.webhookReceiver.secret },
    },
  ];
}
