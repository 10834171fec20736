import type { PackHistory, PolicyPack, RegimeCode } from '../policy-pack.types.js';
import { appAu } from './app-au.js';
import { appi } from './appi.js';
import { ccpa } from './ccpa.js';
import { fadp } from './fadp.js';
import { gdpr } from './gdpr.js';
import { lgpd } from './lgpd.js';
import { pdpaSg } from './pdpa-sg.js';
import { pipeda } from './pipeda.js';
import { popia } from './popia.js';
import { quebecLaw25 } from './quebec-law25.js';
import { ukGdpr } from './uk-gdpr.js';
import { usCo } from './us-co.js';
import { usCtVersions } from './us-ct.js';
import { usDe } from './us-de.js';
import { usIa } from './us-ia.js';
import { usIn } from './us-in.js';
import { usKy } from './us-ky.js';
import { usMd } from './us-md.js';
import { usMn } from './us-mn.js';
import { usMt } from './us-mt.js';
import { usNh } from './us-nh.js';
import { usNj } from './us-nj.js';
import { usOr } from './us-or.js';
import { usRi } from './us-ri.js';
import { usTn } from './us-tn.js';
import { usTx } from './us-tx.js';
import { usUtVersions } from './us-ut.js';
import { usVa } from './us-va.js';

/**
 * Every version of every regime's pack, oldest first (the Record makes a missing code a compile
 * error). A version is never edited once requests may be pinned to it: a change of law is a new
 * version with its `effective` day and `amendedBy` citation, and requests received before that day
 * keep the version they were received under (`pack-history.ts`).
 */
export const PACK_HISTORIES: Readonly<Record<RegimeCode, PackHistory>> = Object.freeze({
  gdpr: [gdpr],
  'uk-gdpr': [ukGdpr],
  ccpa: [ccpa],
  'us-va': [usVa],
  'us-co': [usCo],
  'us-ct': usCtVersions,
  'us-ut': usUtVersions,
  'us-tx': [usTx],
  'us-or': [usOr],
  'us-mt': [usMt],
  'us-ia': [usIa],
  'us-de': [usDe],
  'us-nh': [usNh],
  'us-nj': [usNj],
  'us-tn': [usTn],
  'us-mn': [usMn],
  'us-md': [usMd],
  'us-in': [usIn],
  'us-ky': [usKy],
  'us-ri': [usRi],
  lgpd: [lgpd],
  pipeda: [pipeda],
  'quebec-law25': [quebecLaw25],
  popia: [popia],
  'pdpa-sg': [pdpaSg],
  appi: [appi],
  fadp: [fadp],
  'app-au': [appAu],
});

/** Each regime's newest version (which may not be in force yet: see `packInForce`). */
export const POLICY_PACKS: Readonly<Record<RegimeCode, PolicyPack>> = Object.freeze(
  Object.fromEntries(
    Object.entries(PACK_HISTORIES).map(([code, history]) => [code, history[history.length - 1]]),
  ) as Record<RegimeCode, PolicyPack>,
);
