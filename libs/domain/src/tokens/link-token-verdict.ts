import { DomainError, type DomainErrorCode } from '../errors/domain-error.js';

/** The links mailed to a subject; each token is good for one of them only. */
export const SUBJECT_LINKS = ['verification', 'status', 'download'] as const;
export type SubjectLink = (typeof SUBJECT_LINKS)[number];

/** What checking a link token found: not our shape, no such token, spent, past its date, good. */
export type LinkTokenState = 'malformed' | 'unknown' | 'used' | 'expired' | 'valid';
export type RefusedLinkToken = Exclude<LinkTokenState, 'valid'>;

/** The verdict of every token endpoint: 400 malformed, 404 unknown, 410 used or expired. */
export const LINK_TOKEN_VERDICTS: Record<RefusedLinkToken, DomainErrorCode> = {
  malformed: 'invalid_input',
  unknown: 'not_found',
  used: 'gone',
  expired: 'gone',
};

const LINK_NAMES: Record<SubjectLink, string> = {
  verification: 'verification link',
  status: 'status link',
  download: 'download link',
};

/** Where the subject gets a fresh link of each kind. */
const FRESH_LINK: Record<SubjectLink, string> = {
  verification: 'ask for a fresh one',
  status: 'ask for a fresh one',
  download: 'ask for a fresh one from your status page',
};

/** What the subject reads, by state: `name` is the link's, `fresh` says where to get a new one. */
const MESSAGES: Record<RefusedLinkToken, (name: string, fresh: string) => string> = {
  malformed: () => 'The token is malformed',
  unknown: (name) => `This ${name} is not known`,
  used: (name, fresh) => `This ${name} has already been used or replaced by a newer one; ${fresh}`,
  expired: (name, fresh) => `This ${name} has expired; ${fresh}`,
};

/** The error a token endpoint answers with when the token is not good. */
export function linkTokenRefusal(link: SubjectLink, state: RefusedLinkToken): DomainError {
  return new DomainError(
    LINK_TOKEN_VERDICTS[state],
    MESSAGES[state](LINK_NAMES[link], FRESH_LINK[link]),
    {
      reasonCode: `token_${state}`,
      ...(state === 'malformed'
        ? { errors: [{ field: 'token', message: 'is not a token we issue' }] }
        : {}),
    },
  );
}
