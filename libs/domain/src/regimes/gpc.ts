/**
 * Global Privacy Control: an opt-out preference signal sent by the browser (`Sec-GPC: 1`). The
 * CCPA regulations make it a valid request to opt out of sale and sharing for that browser and
 * any profile tied to it, and for the consumer when known (11 CCR § 7025(b), (c)(1)); it is not
 * verified (§ 7026(d)). A signal names no residence, so it is handled under the regime whose
 * regulations define it: our reading, since several US states honour such signals too.
 */
export const GPC_SIGNAL = {
  regime: 'ccpa',
  type: 'opt_out',
  citation: '11 CCR § 7025(b), (c)(1)',
  /** `/.well-known/gpc.json`'s `lastUpdate`: when this support last changed (GPC spec § 4.2). */
  lastUpdate: '2026-12-02',
} as const;
