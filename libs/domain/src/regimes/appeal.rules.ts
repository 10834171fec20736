import { periodEnd } from '../clocks/regime.clock.js';
import type { ControllerPlace } from '../clocks/holiday.calendar.js';
import type { RequestStatus } from '../lifecycle/request-status.types.js';
import type { AppealData, PolicyPack } from './policy-pack.types.js';

/** Why an appeal is not open to the subject, for the 409 and the status page. */
export type AppealRefusal = 'not_granted' | 'not_decided' | 'window_closed';

export type AppealOffer =
  | {
      readonly offered: true;
      /** The end of the last day the subject may ask. */
      readonly askBy: Date;
      readonly citation: string;
    }
  | { readonly offered: false; readonly refusal: AppealRefusal; readonly message: string };

/** What the appeal rule needs of a request. */
export interface DecidedRequest {
  readonly status: RequestStatus;
  /** When the decision (denial or completion) was made. */
  readonly closedAt: Date | null;
}

const DECIDED: readonly RequestStatus[] = ['denied', 'completed'];

/**
 * Whether the subject may appeal now: the regime grants an appeal, the request was denied or
 * completed, and the pack's window since the decision is still open.
 */
export function appealOffer(
  pack: PolicyPack,
  request: DecidedRequest,
  now: Date,
  place: ControllerPlace,
): AppealOffer {
  const appeal = pack.appeal;
  if (!appeal.applies) {
    return {
      offered: false,
      refusal: 'not_granted',
      message: `${pack.name} grants no appeal (${appeal.citation})`,
    };
  }
  if (!DECIDED.includes(request.status) || !request.closedAt) {
    return {
      offered: false,
      refusal: 'not_decided',
      message: 'only a denied or completed request can be appealed',
    };
  }
  const askBy = periodEnd(request.closedAt, appeal.askWithin, place);
  if (now.getTime() > askBy.getTime()) {
    return {
      offered: false,
      refusal: 'window_closed',
      message: `the time to appeal under ${pack.name} ended on ${askBy.toISOString().slice(0, 10)} (${appeal.citation})`,
    };
  }
  return { offered: true, askBy, citation: appeal.citation };
}

/** By when officers must decide an appeal asked at `askedAt` (the pack's decision period). */
export function appealDecideBy(appeal: AppealData, askedAt: Date, place: ControllerPlace): Date {
  return periodEnd(askedAt, appeal.decideWithin, place);
}
