/** The closed list of identities a request can be searched by. */
export const IDENTITY_TYPES = [
  'email',
  'phone',
  'user_id',
  'analytics_client_id',
  'cookie_id',
  'google_sub',
] as const;
export type IdentityType = (typeof IDENTITY_TYPES)[number];

/** Values of each identity type (several per type); normalised where built by IdentitySet. */
export type IdentityRecord = Partial<Record<IdentityType, string[]>>;

export function isIdentityType(value: unknown): value is IdentityType {
  return typeof value === 'string' && (IDENTITY_TYPES as readonly string[]).includes(value);
}

/** How an identity type is named to a person (mails, notices); the keys stay in machine files. */
export const IDENTITY_TYPE_LABELS: Record<IdentityType, string> = {
  email: 'E-mail address',
  phone: 'Phone number',
  user_id: 'Account number',
  analytics_client_id: 'Analytics client id',
  cookie_id: 'Cookie id',
  google_sub: 'Google account id',
};
