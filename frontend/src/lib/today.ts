// "What needs me today": the Dashboard's first card, in words and links, from the day's counts
// (GET /api/summary, the same counts as the daily notification), the registered kinds and the
// QuickBooks and setup state. Kinds come from the kinds store, never from a list written here.

import type { DaySummary, KindInfo, KindWork, QuickBooksStatus, SetupState } from './api';
import { count, formatClock, formatWhen, parseDate } from './format';
import { formatCount } from './quickbooks';
import { hrefFor, isPageId, type PageId } from './router';
import { stepTitle } from './setup';

/** The reply as read, with every count a number (an older or odd reply reads as nothing waiting). */
export function normalizeSummary(r: Partial<DaySummary> | null | undefined): DaySummary {
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    decisions: n(r?.decisions),
    attention: n(r?.attention),
    retrying: n(r?.retrying),
    queued: n(r?.queued),
    exportedToday: n(r?.exportedToday),
    exportedTodayCapped: r?.exportedTodayCapped === true,
    since: typeof r?.since === 'string' ? r.since : '',
    webConnectorEverySeconds: n(r?.webConnectorEverySeconds),
    kinds: Array.isArray(r?.kinds)
      ? r.kinds.map((k) => ({
          kind: k.kind,
          label: k.label,
          approval: k.approval === true,
          ready: n(k.ready),
          attention: n(k.attention),
          linkedElsewhere: Math.min(n(k.linkedElsewhere), n(k.attention)),
          retrying: n(k.retrying),
          queued: n(k.queued),
          exportedToday: n(k.exportedToday),
        }))
      : [],
  };
}

export interface WorkLine {
  kind: string;
  /** "Budgets: 3 documents wait for your decision". */
  text: string;
  href: string | null;
  /** 'decision' | 'attention' | 'retrying': how urgent, for the look. */
  what: 'decision' | 'attention' | 'retrying';
}

function pageOf(kind: string, kinds: readonly KindInfo[]): PageId | null {
  const page = kinds.find((k) => k.kind === kind)?.page ?? '';
  return isPageId(page) ? page : null;
}

/**
 * The address filter that shows a page's items needing attention (or being retried): the
 * work-item pages filter by status; the mapping pages (Jobs, Vendors) show them as conflicts
 * and have no retrying filter.
 */
function filterFor(page: PageId, what: 'attention' | 'retrying'): Record<string, string> {
  if (page === 'jobs' || page === 'vendors') return what === 'attention' ? { filter: 'conflicts' } : {};
  return { status: what };
}

/** The items that wait for the bookkeeper, per kind: decisions first, then refused, then retried. */
export function workLines(summary: DaySummary, kinds: readonly KindInfo[]): WorkLine[] {
  const registered = new Set(kinds.map((k) => k.kind));
  const known = (summary.kinds ?? []).filter((k) => registered.has(k.kind));
  const out: WorkLine[] = [];
  for (const k of known) {
    if (k.approval && k.ready > 0) {
      out.push({
        kind: k.kind,
        what: 'decision',
        text: `${k.label}: ${formatCount(k.ready)} ${k.ready === 1 ? 'document waits' : 'documents wait'} for your decision`,
        href: '#/approvals',
      });
    }
  }
  for (const k of known) {
    const elsewhere = Math.min(k.linkedElsewhere ?? 0, k.attention);
    const refused = k.attention - elsewhere;
    const page = pageOf(k.kind, kinds);
    const href = page ? hrefFor(page, filterFor(page, 'attention')) : k.approval ? '#/approvals' : null;
    if (refused > 0) {
      out.push({
        kind: k.kind,
        what: 'attention',
        // Refused by QuickBooks, or stopped by Joblink's own check (a name too long, letters
        // QuickBooks cannot store): each row on the page says which, and the fix.
        text: `${k.label}: ${formatCount(refused)} ${refused === 1 ? 'needs' : 'need'} your attention`,
        href,
      });
    }
    if (elsewhere > 0) {
      // Records Procore links to another integration's: not n problems but one decision —
      // replace those links or skip the records — made once for them all on the page.
      out.push({
        kind: k.kind,
        what: 'attention',
        text: `${k.label}: ${formatCount(elsewhere)} linked to another integration in Procore — decide once in bulk`,
        href,
      });
    }
  }
  for (const k of known) {
    if (k.retrying > 0) {
      const page = pageOf(k.kind, kinds);
      out.push({
        kind: k.kind,
        what: 'retrying',
        text: `${k.label}: ${formatCount(k.retrying)} will be tried again by Joblink`,
        href: page ? hrefFor(page, filterFor(page, 'retrying')) : null,
      });
    }
  }
  return out;
}

/** What is on its way and what arrived today, per kind with any: "Cost codes: 12 exported today, 3 queued". */
export function movingLines(summary: DaySummary, kinds: readonly KindInfo[]): string[] {
  const registered = new Set(kinds.map((k) => k.kind));
  return (summary.kinds ?? [])
    .filter((k: KindWork) => registered.has(k.kind) && (k.exportedToday > 0 || k.queued > 0))
    .map((k) => {
      const parts: string[] = [];
      if (k.exportedToday > 0) parts.push(`${formatCount(k.exportedToday)} exported today`);
      if (k.queued > 0) parts.push(`${formatCount(k.queued)} on the way`);
      return `${k.label}: ${parts.join(', ')}`;
    });
}

/** "12 exported today" (a floor past what Joblink reads: "At least 20,000"). */
export function exportedTodayText(summary: DaySummary): string {
  const n = formatCount(summary.exportedToday);
  if (summary.exportedToday === 0) return 'Nothing exported yet today';
  return `${summary.exportedTodayCapped ? 'At least ' : ''}${n} exported today`;
}

/** The Activity page showing today's exports. */
export function exportedTodayHref(summary: DaySummary): string {
  return hrefFor('activity', { to: 'synced', since: summary.since });
}

/** The last Web Connector run in a sentence: "Today at 10:05: Read 3 lists; sent 2 cost codes." */
export function lastRunText(qb: QuickBooksStatus | undefined, now: Date): string {
  if (!qb || !qb.lastContactAt) return 'The Web Connector has not run yet.';
  const when = formatWhen(qb.lastContactAt, now);
  const result = qb.lastResult?.trim();
  return `${when.charAt(0).toUpperCase()}${when.slice(1)}${result ? `: ${result}` : ''}`;
}

/**
 * When the next Web Connector run is expected: its last contact plus the interval of the file
 * Joblink makes. Null before the first contact. Overdue runs say so: the Web Connector or
 * QuickBooks may be closed.
 */
export function nextRunText(qb: QuickBooksStatus | undefined, everySeconds: number, now: Date): string | null {
  const last = parseDate(qb?.lastContactAt ?? null);
  if (!last || !(everySeconds > 0)) return null;
  const every = everySeconds % 60 === 0 ? count(everySeconds / 60, 'minute') : count(everySeconds, 'second');
  const next = new Date(last.getTime() + everySeconds * 1000);
  // A run is late once a whole interval more has passed (the Web Connector's timer is loose).
  if (now.getTime() > next.getTime() + everySeconds * 1000) {
    return `Expected every ${every}, but none since ${formatClock(last)}: check that QuickBooks and the Web Connector are open.`;
  }
  if (next.getTime() <= now.getTime()) return `Due now (every ${every}).`;
  return `Around ${formatClock(next)} (every ${every}).`;
}

export interface NextStep {
  text: string;
  href: string;
  action: string;
}

/**
 * "What's next", from where setup really is: the first unfinished step, then the Web Connector's
 * first contact, then the bookkeeper's work. Null when nothing is next.
 */
export function whatsNext(setup: SetupState | null, qb: QuickBooksStatus | undefined, summary: DaySummary | null): NextStep | null {
  if (setup && setup.completed === false) {
    const step = stepTitle(setup.step) || 'the next step';
    return {
      text: setup.step === 'done' ? 'Setup is ready to finish: check your choices.' : `Setup is not finished. Next: ${step}.`,
      href: '#/setup',
      action: 'Continue setup',
    };
  }
  if (qb && qb.state === 'waiting') {
    return { text: 'The QuickBooks Web Connector has not contacted Joblink yet: nothing can reach QuickBooks.', href: '#/setup', action: 'Connect the Web Connector' };
  }
  if (summary && summary.decisions > 0) {
    return { text: `${count(summary.decisions, 'document waits', 'documents wait')} for your decision.`, href: '#/approvals', action: 'Open Approvals' };
  }
  return null;
}
