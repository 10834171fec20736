/** The choice lists more than one screen offers, each in one place. */

export const TYPE_CHOICES = [
  { id: 'access', name: 'Access' },
  { id: 'rectification', name: 'Rectification' },
  { id: 'erasure', name: 'Erasure' },
  { id: 'portability', name: 'Portability' },
  { id: 'restriction', name: 'Restriction' },
  { id: 'objection', name: 'Objection' },
  { id: 'opt_out', name: 'Opt-out of sale/sharing' },
  { id: 'limit_sensitive', name: 'Limit sensitive data' },
];

/** Why the subject objects (GDPR Art. 21). */
export const OBJECTION_GROUND_CHOICES = [
  { id: 'direct_marketing', name: 'To direct marketing (stops at once, Art. 21(2))' },
  {
    id: 'legitimate_interests',
    name: 'To processing on legitimate interests (weighed, Art. 21(1))',
  },
];

/** The same types, each with what it asks for (where an officer sets a policy). */
export const TYPE_CHOICES_EXPLAINED = [
  { id: 'access', name: 'Access (a copy of the data)' },
  { id: 'rectification', name: 'Rectification (correct the data)' },
  { id: 'erasure', name: 'Erasure (delete the data)' },
  { id: 'portability', name: 'Portability (the data given, machine-readable)' },
  { id: 'restriction', name: 'Restriction (keep the data, stop using it)' },
  { id: 'objection', name: 'Objection (stop a processing purpose)' },
  { id: 'opt_out', name: 'Opt-out (no sale or sharing; no verification)' },
  { id: 'limit_sensitive', name: 'Limit sensitive data (no verification)' },
];

/** The type choices a set of regimes grants (all of them while the regimes are unknown). */
export function grantedTypeChoices(rights: readonly string[] | null) {
  return rights ? TYPE_CHOICES.filter((choice) => rights.includes(choice.id)) : TYPE_CHOICES;
}

export const ROLE_CHOICES = [
  { id: 'admin', name: 'Admin (everything)' },
  { id: 'officer', name: 'Privacy officer (works requests and tasks)' },
  { id: 'viewer', name: 'Viewer (reads only)' },
];
