/** How urgent a deadline is: ≥ 10 days ok, < 10 soon, < 5 urgent, past it overdue. */
export type DueTone = 'ok' | 'soon' | 'urgent' | 'overdue' | 'closed';

export interface DueStatus {
  tone: DueTone;
  /** Whole calendar days left (negative when overdue). */
  daysLeft: number;
  /** Said in words, so the colour is never the only signal. */
  label: string;
}

const DAY_MS = 86_400_000;

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

export function dueStatus(dueAt: Date, now: Date, closed = false): DueStatus {
  const daysLeft = Math.round((startOfDay(dueAt) - startOfDay(now)) / DAY_MS);
  if (closed) return { tone: 'closed', daysLeft, label: 'closed' };
  if (dueAt.getTime() < now.getTime()) {
    const late = Math.max(1, -daysLeft);
    return { tone: 'overdue', daysLeft, label: `OVERDUE by ${late} day${late === 1 ? '' : 's'}` };
  }
  const label = daysLeft === 0 ? 'due today' : `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
  return { tone: daysLeft >= 10 ? 'ok' : daysLeft >= 5 ? 'soon' : 'urgent', daysLeft, label };
}

/** Text colours with at least 4.5:1 contrast on white (WCAG 2.1 AA). */
export const DUE_COLOURS: Record<DueTone, string> = {
  ok: '#1e6b2f',
  soon: '#8a5300',
  urgent: '#b3261e',
  overdue: '#b3261e',
  closed: '#555555',
};
