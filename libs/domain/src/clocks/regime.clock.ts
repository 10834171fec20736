import { DateTime } from 'luxon';
import type { Cited, PauseReason, Period, PolicyPack } from '../regimes/policy-pack.types.js';
import { answerRuleFor } from '../regimes/unverified-rights.js';
import { addBusinessDaysLocal } from './business-days.calendar.js';
import { type ControllerPlace, type WorkingCalendar, workingCalendar } from './holiday.calendar.js';

/** A time the controller waited on the subject (open while `to` is null). */
export interface ClockPause {
  readonly from: Date;
  readonly to: Date | null;
  readonly reason: PauseReason;
}

export interface ClockInput {
  readonly pack: PolicyPack;
  /** The request type: a right acted on without verification has its own period. */
  readonly type?: string;
  readonly receivedAt: Date;
  readonly place: ControllerPlace;
  /** The request was extended: `extendedDueAt` is worked out. */
  readonly extended?: boolean;
  readonly pauses?: readonly ClockPause[];
  /** Closes an open pause for the computation (the clock as it stands now). */
  readonly now?: Date;
}

export interface ClockSegment {
  readonly from: Date;
  readonly to: Date | null;
  readonly running: boolean;
  readonly reason: 'received' | 'resumed' | PauseReason;
}

export interface TraceStep {
  readonly rule: string;
  readonly citation: string;
  readonly result: string;
}

export interface RegimeClock {
  readonly jurisdiction: string;
  readonly version: string;
  readonly receivedAt: Date;
  readonly dueAt: Date;
  readonly extendedDueAt: Date | null;
  /** When receipt must be confirmed by; null where the regime has no such duty. */
  readonly acknowledgeBy: Date | null;
  readonly segments: readonly ClockSegment[];
  readonly trace: readonly TraceStep[];
  /** The due date in one sentence, citations included. */
  readonly summary: string;
}

const long = (day: DateTime) => day.setLocale('en-GB').toFormat('ccc d LLL yyyy');
const short = (day: DateTime) => day.setLocale('en-GB').toFormat('ccc d LLL');
const dayMonth = (day: DateTime) => day.setLocale('en-GB').toFormat('d LLL');

function localDay(instant: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid)
    throw new RangeError(`invalid date or time zone: ${local.invalidExplanation}`);
  return local.startOf('day');
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three'];
function words(period: Period): string {
  const count = NUMBER_WORDS[period.length] ?? String(period.length);
  const unit = { months: 'month', days: 'day', business_days: 'business day' }[period.unit];
  return `${count} ${unit}${period.length === 1 ? '' : 's'}`;
}

function isWorkingDay(day: DateTime, calendar: WorkingCalendar): boolean {
  return calendar.isBusinessDay({ isoDate: day.toISODate() ?? '', weekday: day.weekday });
}

/** Why a day is not a working day, in words. */
function whyNotWorking(day: DateTime, calendar: WorkingCalendar): string {
  const holiday = calendar.holidayOn(day.toISODate() ?? '');
  if (holiday) return `a public holiday (${holiday})`;
  return `a ${day.setLocale('en-GB').toFormat('cccc')}`;
}

/** Adds a period to a local day: months clamp to the month's end, business days skip non-working days. */
function addPeriod(day: DateTime, period: Period, calendar: WorkingCalendar): DateTime {
  switch (period.unit) {
    case 'months':
      return day.plus({ months: period.length });
    case 'days':
      return day.plus({ days: period.length });
    case 'business_days':
      return addBusinessDaysLocal(day, period.length, calendar);
  }
}

/**
 * The end (in the controller's zone) of a period counted from the day of `from`, that day not
 * counted: an appeal's window or its decision date.
 */
export function periodEnd(from: Date, period: Period, place: ControllerPlace): Date {
  const calendar = workingCalendar(place);
  return addPeriod(localDay(from, calendar.zone), period, calendar).endOf('day').toJSDate();
}

interface Deadline {
  day: DateTime;
  /** The non-working day the period ended on before the roll, if it rolled. */
  rolledFrom: DateTime | null;
}

/** Adds the periods one after another from `start`, then rolls off a non-working day where the pack says so. */
function deadline(
  start: DateTime,
  periods: readonly Period[],
  roll: false | Cited,
  calendar: WorkingCalendar,
  trace: TraceStep[],
  rule: string,
  citation: string,
): Deadline {
  let end = start;
  for (const period of periods) {
    const from = end;
    end = addPeriod(from, period, calendar);
    const clamped = period.unit === 'months' && end.day !== from.day;
    trace.push({
      rule,
      citation,
      result:
        `${words(period)} from ${long(from)}: ${long(end)}` +
        (clamped ? ` (that month has no day ${from.day}, so its last day)` : ''),
    });
  }
  if (!roll || isWorkingDay(end, calendar)) return { day: end, rolledFrom: null };
  let day = end;
  while (!isWorkingDay(day, calendar)) day = day.plus({ days: 1 });
  trace.push({
    rule: `${rule}.working_day`,
    citation: roll.citation,
    result: `${dayMonth(end)} is ${whyNotWorking(end, calendar)}, so the next working day: ${long(day)}`,
  });
  return { day, rolledFrom: end };
}

/** The period an extension brings the whole time to, from the same start (one month + two = three). */
function extendedPeriod(answer: Period, extra: Period, times: number): Period[] {
  return answer.unit === extra.unit
    ? [{ length: answer.length + extra.length * times, unit: answer.unit }]
    : [answer, ...Array.from({ length: times }, () => extra)];
}

/**
 * The legal clock of one request under one pack version: pure, so the same inputs always give
 * the same dates and the same explanation. Periods count from the receipt day in the controller's
 * zone and end at the end of their last day there.
 */
export function regimeClock(input: ClockInput): RegimeClock {
  const { pack, receivedAt, place } = input;
  const answerRule = answerRuleFor(pack, input.type);
  const calendar = workingCalendar(place);
  const zone = calendar.zone;
  const receipt = localDay(receivedAt, zone);
  const now = input.now ?? new Date();
  const trace: TraceStep[] = [
    {
      rule: 'receipt',
      citation: answerRule.counting.citation,
      result: `Received ${long(receipt)} (${zone}); the period runs from that day`,
    },
  ];

  const segments: ClockSegment[] = [];
  let pausedDays = 0;
  let runningFrom: Date = receivedAt;
  let runningReason: ClockSegment['reason'] = 'received';
  const pauses = [...(input.pauses ?? [])].sort((a, b) => a.from.getTime() - b.from.getTime());
  for (const pause of pauses) {
    const stops = pack.pauses.reasons.includes(pause.reason);
    segments.push({ from: runningFrom, to: pause.from, running: true, reason: runningReason });
    // The wait is a segment either way; it says whether the clock ran meanwhile.
    segments.push({ from: pause.from, to: pause.to, running: !stops, reason: pause.reason });
    if (!stops) {
      trace.push({
        rule: `pause.${pause.reason}`,
        citation: pack.pauses.citation,
        result: `Waiting for ${pause.reason} from ${long(localDay(pause.from, zone))} does not stop the clock under ${pack.name}`,
      });
      if (!pause.to) break;
      runningFrom = pause.to;
      runningReason = 'resumed';
      continue;
    }
    const waited = Math.max(
      0,
      Math.round(localDay(pause.to ?? now, zone).diff(localDay(pause.from, zone), 'days').days),
    );
    pausedDays += waited;
    trace.push({
      rule: `pause.${pause.reason}`,
      citation: pack.pauses.citation,
      result: `Paused for ${pause.reason} from ${long(localDay(pause.from, zone))}${
        pause.to ? ` to ${long(localDay(pause.to, zone))}` : ' (still waiting)'
      }: ${waited} day${waited === 1 ? '' : 's'} added`,
    });
    if (!pause.to) break;
    runningFrom = pause.to;
    runningReason = 'resumed';
  }
  const open = segments.length > 0 && segments[segments.length - 1]?.to === null;
  if (!open) segments.push({ from: runningFrom, to: null, running: true, reason: runningReason });

  const start = receipt.plus({ days: pausedDays });
  const answer = deadline(
    start,
    [answerRule.period],
    answerRule.rollsToWorkingDay,
    calendar,
    trace,
    'answer',
    answerRule.citation,
  );

  let extendedDueAt: Date | null = null;
  if (input.extended && pack.extension.applies) {
    const extension = pack.extension;
    const extended = deadline(
      start,
      extendedPeriod(answerRule.period, extension.period, extension.times),
      answerRule.rollsToWorkingDay,
      calendar,
      trace,
      'extension',
      extension.citation,
    );
    extendedDueAt = extended.day.endOf('day').toJSDate();
  }

  let acknowledgeBy: Date | null = null;
  if (pack.receiptConfirmation.applies) {
    const by = addPeriod(receipt, pack.receiptConfirmation.period, calendar);
    trace.push({
      rule: 'receipt_confirmation',
      citation: pack.receiptConfirmation.citation,
      result: `Confirm receipt by ${long(by)} (${words(pack.receiptConfirmation.period)}${
        calendar.country ? `, ${calendar.region ?? calendar.country} public holidays excluded` : ''
      })`,
    });
    acknowledgeBy = by.endOf('day').toJSDate();
  }

  const roll = answerRule.rollsToWorkingDay;
  const summary =
    `Due ${long(answer.day)}: ${words(answerRule.period)} from ${short(start)} per ${answerRule.citation}` +
    (pausedDays > 0 ? ` (after ${pausedDays} paused day${pausedDays === 1 ? '' : 's'})` : '') +
    (answer.rolledFrom && roll
      ? `; ${dayMonth(answer.rolledFrom)} is ${whyNotWorking(answer.rolledFrom, calendar)}, so the next working day (${roll.citation})`
      : '');
  trace.push({ rule: 'due', citation: answerRule.citation, result: summary });

  return {
    jurisdiction: pack.code,
    version: pack.version,
    receivedAt,
    dueAt: answer.day.endOf('day').toJSDate(),
    extendedDueAt,
    acknowledgeBy,
    segments,
    trace,
    summary,
  };
}
