import { BRANDING } from './branding.js';

/**
 * Dates as the officer's browser writes them (its locale: no US M/D/YYYY forced on others), in
 * the controller's time zone, which is shown, so every officer reads the same day and hour.
 */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(undefined, {
    // dateStyle/timeStyle cannot be combined with timeZoneName: the parts are named instead.
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: BRANDING.timeZone,
    timeZoneName: 'short',
  }).format(new Date(value));
}

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeZone: BRANDING.timeZone,
  }).format(new Date(value));
}
