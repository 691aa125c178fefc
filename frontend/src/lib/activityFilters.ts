// The Activity page's filters: read from the address (the Dashboard links to "exported today"),
// turned into the API's query (GET /api/activity: kind, to, since, until, q).

import type { ActivityQuery } from './api';
import { parseDate } from './format';
import { queryFromHash } from './router';

export interface ActivityFilters {
  kind: string;
  /** The state entries moved to ("synced", "failed", …); "" any. */
  to: string;
  /** Local days, "2026-11-24" (the date inputs' value); "" open. Both days are included. */
  since: string;
  until: string;
  q: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date input's value, or "" when it is not a day. */
export function dayInput(value: string): string {
  return DAY.test(value) && !Number.isNaN(localMidnight(value).getTime()) ? value : '';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local day of a moment: "2026-11-24". */
export function dayOf(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function localMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** A day from the address: a day as such, or the local day of a moment ("since=2026-11-24T00:00:00+01:00"). */
function dayParam(value: string | null): string {
  if (!value) return '';
  if (DAY.test(value)) return dayInput(value);
  const d = parseDate(value);
  return d ? dayOf(d) : '';
}

export function filtersFromHash(hash: string): ActivityFilters {
  const q = queryFromHash(hash);
  return {
    kind: q.get('kind') ?? '',
    to: q.get('to') ?? '',
    since: dayParam(q.get('since')),
    until: dayParam(q.get('until')),
    q: (q.get('q') ?? '').trim(),
  };
}

export function hasFilters(f: ActivityFilters): boolean {
  return f.kind !== '' || f.to !== '' || f.since !== '' || f.until !== '' || f.q !== '';
}

/** The API query: days become local midnights, the "To" day included (until the next midnight). */
export function activityQuery(f: ActivityFilters, limit: number): ActivityQuery {
  const out: ActivityQuery = { limit };
  if (f.kind) out.kind = f.kind;
  if (f.to) out.to = f.to;
  if (f.since) out.since = localMidnight(f.since).toISOString();
  if (f.until) {
    const end = localMidnight(f.until);
    end.setDate(end.getDate() + 1);
    out.until = end.toISOString();
  }
  if (f.q) out.q = f.q;
  return out;
}
