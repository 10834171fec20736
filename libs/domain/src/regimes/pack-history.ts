import { DateTime } from 'luxon';
import { PACK_HISTORIES } from './packs/index.js';
import {
  type PackHistory,
  type PolicyPack,
  REGIME_CODES,
  type RegimeCode,
} from './policy-pack.types.js';

const isRegimeCode = (code: string): code is RegimeCode =>
  (REGIME_CODES as readonly string[]).includes(code);

/** A regime's versions, oldest first; an unknown code is a programming error (checked at the edge). */
export function packHistory(code: string): PackHistory {
  if (!isRegimeCode(code)) {
    throw new RangeError(`unknown jurisdiction "${code}"; known: ${REGIME_CODES.join(', ')}`);
  }
  return PACK_HISTORIES[code];
}

/** The calendar day (`YYYY-MM-DD`) of an instant in the controller's zone. */
export function dayIn(instant: Date, zone: string): string {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid)
    throw new RangeError(`invalid date or time zone: ${local.invalidExplanation}`);
  return local.toISODate() as string;
}

/**
 * The version in force on a day: the newest whose `effective` day is not after it. A day before a
 * regime's first version (a request received before the law began, handled under it anyway)
 * gets that first version.
 */
export function versionInForceOn(history: PackHistory, day: string): PolicyPack {
  let inForce = history[0];
  for (const pack of history) if (pack.effective <= day) inForce = pack;
  return inForce;
}

/** The version in force when a request is received: its receipt day in the controller's zone. */
export function packInForce(code: string, receivedAt: Date, zone: string): PolicyPack {
  return versionInForceOn(packHistory(code), dayIn(receivedAt, zone));
}

/** One stored version; a version no pack has is corrupt data and stops the caller. */
export function packVersion(code: string, version: string): PolicyPack {
  const history = packHistory(code);
  const pack = history.find((candidate) => candidate.version === version);
  if (!pack) {
    throw new RangeError(
      `${code} has no pack version "${version}"; known: ${history.map((known) => known.version).join(', ')}`,
    );
  }
  return pack;
}

/** What pins a request to a version. */
export interface PinnedRequest {
  readonly jurisdiction: string;
  /** Null on requests received before versions were pinned. */
  readonly policyVersion: string | null;
  readonly receivedAt: Date;
}

/**
 * The pack whose rules govern a request: the version pinned at receipt, even after a newer one
 * takes effect; for a request received before pinning, the version in force on its receipt day.
 */
export function pinnedPack(request: PinnedRequest, zone: string): PolicyPack {
  return request.policyVersion === null
    ? packInForce(request.jurisdiction, request.receivedAt, zone)
    : packVersion(request.jurisdiction, request.policyVersion);
}
