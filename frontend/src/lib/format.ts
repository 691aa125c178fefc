// Turning raw values into words a bookkeeper reads.

/** 123456 → "120.6 KB"; 0 → "0 bytes". Uses 1 KB = 1024 bytes, like Windows Explorer. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return 'Unknown';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${Math.round(bytes)} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${rounded} ${units[unit]}`;
}

export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The clock time in the user's locale: "22:30" (en-GB) or "10:30 PM" (en-US). */
export function formatClock(date: Date, locale?: string): string {
  // 24-hour locales read best with a leading zero ("08:05"), 12-hour ones without ("8:05 AM").
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const hour = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
  return date.toLocaleTimeString(locale, { hour, minute: '2-digit' });
}

function startOfDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/**
 * A moment described relative to `now`: "today at 22:30", "yesterday at 22:30",
 * "on 19 Nov at 22:30" (same year) or "on 19 Nov 2025 at 22:30".
 */
export function formatWhen(value: Date | string | null | undefined, now: Date = new Date(), locale?: string): string {
  const date = value instanceof Date ? value : parseDate(value);
  if (!date) return 'Unknown';
  const days = Math.round((startOfDay(now) - startOfDay(date)) / 86_400_000);
  const clock = formatClock(date, locale);
  if (days === 0) return `today at ${clock}`;
  if (days === 1) return `yesterday at ${clock}`;
  const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  if (date.getFullYear() !== now.getFullYear()) opts.year = 'numeric';
  return `on ${date.toLocaleDateString(locale, opts)} at ${clock}`;
}

/** Like formatWhen, but with a capital first letter for use at the start of a value. */
export function formatWhenCapitalized(value: Date | string | null | undefined, now?: Date, locale?: string): string {
  const s = formatWhen(value, now, locale);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "No backup yet" when there is none, else "today at 22:30" etc. */
export function formatLastBackup(value: string | null | undefined, now?: Date, locale?: string): string {
  if (!value) return 'No backup yet';
  return formatWhenCapitalized(value, now, locale);
}

export function modeLabel(mode: string): string {
  switch (mode) {
    case 'tray':
      return 'Running in the system tray';
    case 'headless':
      return 'Running without a window (headless)';
    default:
      return mode ? `Running (${mode})` : 'Unknown';
  }
}

export type Tone = 'ok' | 'warning' | 'error' | 'neutral';

export function storeStateLabel(state: string): string {
  switch (state) {
    case 'ok':
      return 'Working normally';
    case 'error':
      return 'Problem';
    default:
      return state ? state.charAt(0).toUpperCase() + state.slice(1) : 'Unknown';
  }
}

export function storeStateTone(state: string): Tone {
  if (state === 'ok') return 'ok';
  if (state === 'error') return 'error';
  return 'warning';
}

export function listenerStateLabel(state: string): string {
  switch (state) {
    case 'listening':
      return 'Ready';
    case 'stopped':
      return 'Stopped';
    case 'error':
      return 'Problem';
    default:
      return state ? state.charAt(0).toUpperCase() + state.slice(1) : 'Unknown';
  }
}

export function listenerStateTone(state: string): Tone {
  if (state === 'listening') return 'ok';
  if (state === 'error' || state === 'stopped') return 'error';
  return 'warning';
}

/** count(1, 'backup') → "1 backup"; count(3, 'backup') → "3 backups". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Accessible label for the approvals badge: "3 documents waiting for a decision" (the badge counts documents only). */
export function approvalsBadgeLabel(n: number): string {
  return `${count(n, 'document')} waiting for a decision`;
}

/** Whether the nav shows a badge: only for a real number above zero. */
export function showApprovalsBadge(pending: number | null | undefined): pending is number {
  return typeof pending === 'number' && Number.isFinite(pending) && pending > 0;
}

/** Splits a path after each separator so long paths can wrap at folder boundaries: "C:\a\b" → ["C:\", "a\", "b"]. */
export function pathParts(path: string): string[] {
  return path.match(/[^/\\]*(?:[/\\]+|$)/g)?.filter((s) => s !== '') ?? [];
}
