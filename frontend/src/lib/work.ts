// Words and rules for work items (cost codes first): statuses, filters, selection, progress.

import type { WorkCounts, WorkItem, WorkRun, WorkStatus } from './api';
import type { Tone } from './format';
import { count } from './format';
import { checkReason } from './reason';

export type StatusFilter = '' | WorkStatus;

export interface StatusChip {
  status: StatusFilter;
  label: string;
  countKey: keyof WorkCounts;
  /** Shown only when some items have the status (most kinds never wait for another record). */
  onlyWhenSome?: boolean;
}

/** The chips to show for these counts (all of them while the counts load). */
export function visibleChips(counts: WorkCounts | null, current: StatusFilter): StatusChip[] {
  return STATUS_CHIPS.filter((c) => !c.onlyWhenSome || !counts || (counts[c.countKey] ?? 0) > 0 || current === c.status);
}

/** The filter chips, in the order shown. "" = All. */
export const STATUS_CHIPS: readonly StatusChip[] = [
  { status: '', label: 'All', countKey: 'all' },
  { status: 'ready', label: 'Ready', countKey: 'ready' },
  { status: 'queued', label: 'Queued', countKey: 'queued' },
  { status: 'waiting', label: 'Waiting for another record', countKey: 'waiting', onlyWhenSome: true },
  { status: 'sending', label: 'Sending', countKey: 'sending' },
  { status: 'synced', label: 'Synced', countKey: 'synced' },
  { status: 'attention', label: 'Needs attention', countKey: 'attention' },
  { status: 'retrying', label: 'Retrying', countKey: 'retrying' },
  { status: 'rejected', label: 'Rejected', countKey: 'rejected' },
];

const STATUSES = new Set<string>(STATUS_CHIPS.map((c) => c.status).filter(Boolean));

/** A status from the address (`?status=ready`); unknown values mean All. */
export function parseStatusFilter(value: string | null | undefined): StatusFilter {
  const v = (value ?? '').trim().toLowerCase();
  return STATUSES.has(v) ? (v as WorkStatus) : '';
}

export function statusLabel(status: string): string {
  return STATUS_CHIPS.find((c) => c.status === status && status !== '')?.label ?? (status ? status.charAt(0).toUpperCase() + status.slice(1) : 'Unknown');
}

export function statusTone(status: string): Tone {
  switch (status) {
    case 'synced':
      return 'ok';
    case 'attention':
      return 'error';
    case 'retrying':
    case 'rejected':
      return 'warning';
    default:
      return 'neutral';
  }
}

/** A short explanation of each status, for the pill's title and the empty states. */
export function statusHelp(status: string): string {
  switch (status) {
    case 'ready':
      return 'Waiting for you to export it to QuickBooks.';
    case 'queued':
      return 'Accepted; it goes to QuickBooks on the next Web Connector run.';
    case 'waiting':
      return 'Accepted; it goes to QuickBooks once the records it depends on are there.';
    case 'sending':
      return 'Sent to QuickBooks; waiting for its answer.';
    case 'synced':
      return 'In QuickBooks and up to date.';
    case 'attention':
      return 'QuickBooks refused it. Fix the problem shown, then export it again.';
    case 'retrying':
      return 'QuickBooks was busy; Joblink tries again on the next Web Connector run.';
    case 'rejected':
      return 'You rejected it. Reopen it to export it after all.';
    default:
      return '';
  }
}

/** Statuses that "Export" accepts (the server re-queues attention and retrying ones). */
export function canExport(item: Pick<WorkItem, 'status'>): boolean {
  return item.status === 'ready' || item.status === 'attention' || item.status === 'retrying';
}

export function canReject(item: Pick<WorkItem, 'status'>): boolean {
  return item.status === 'ready' || item.status === 'attention' || item.status === 'retrying';
}

export function canReopen(item: Pick<WorkItem, 'status'>): boolean {
  return item.status === 'rejected';
}

/** The ids among `items` that are selected and pass `test`. */
export function selectedWhere(items: WorkItem[], selected: ReadonlySet<string>, test: (i: WorkItem) => boolean): string[] {
  return items.filter((i) => selected.has(i.id) && test(i)).map((i) => i.id);
}

/** State of a "select all visible" checkbox: all, some (indeterminate) or none. */
export function selectAllState(items: WorkItem[], selected: ReadonlySet<string>): 'all' | 'some' | 'none' {
  if (items.length === 0) return 'none';
  const n = items.filter((i) => selected.has(i.id)).length;
  if (n === 0) return 'none';
  return n === items.length ? 'all' : 'some';
}

/** Selects every visible item, or clears them when all are already selected. */
export function toggleAllVisible(items: WorkItem[], selected: ReadonlySet<string>): Set<string> {
  const next = new Set(selected);
  if (selectAllState(items, selected) === 'all') items.forEach((i) => next.delete(i.id));
  else items.forEach((i) => next.add(i.id));
  return next;
}

/** Keeps only the ids still listed (after a refresh). */
export function pruneSelection(items: WorkItem[], selected: ReadonlySet<string>): Set<string> {
  const ids = new Set(items.map((i) => i.id));
  return new Set([...selected].filter((id) => ids.has(id)));
}

/** How often the list is read again: every 3 s while a run is under way, else every 10 s. */
export const ACTIVE_POLL_MS = 3000;
export const IDLE_POLL_MS = 10_000;

export function pollInterval(run: WorkRun | null | undefined): number {
  return run?.active ? ACTIVE_POLL_MS : IDLE_POLL_MS;
}

/** 0–100 for a progress bar. */
export function runPercent(run: WorkRun): number {
  if (!run.total || run.total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((run.done / run.total) * 100)));
}

/** "Exporting 12 cost codes: 5 done, 3 sent to QuickBooks, 4 waiting for the Web Connector." */
export function runSentence(run: WorkRun, singular = 'cost code', plural = `${singular}s`): string {
  const waiting = Math.max(0, run.total - run.done - run.sent);
  const parts = [`${run.done} done`];
  if (run.sent > 0) parts.push(`${run.sent} sent to QuickBooks`);
  if (waiting > 0) parts.push(`${waiting} waiting for the Web Connector`);
  return `Exporting ${count(run.total, singular, plural)}: ${parts.join(', ')}.`;
}

/** What the Message column shows for an item (the fix is in the expandable details). */
export function itemMessage(item: WorkItem): string {
  if (item.failure) return item.failure.message;
  if (item.status === 'rejected' && item.comment) return `Rejected: ${item.comment}`;
  if (item.waitingFor) return item.waitingFor;
  if (item.notes?.length) return item.notes.join(' ');
  return '';
}

/** "Nothing selected", "3 selected". */
export function selectionLabel(n: number): string {
  return n === 0 ? 'Nothing selected' : `${n} selected`;
}

/** Problem with the reason for a reject or skip (null: fine). The reason goes back to Procore. */
export function checkRejectComment(value: string): string | null {
  return checkReason(value, 'Write a short reason. It goes back to Procore so the project team knows why.');
}

/** Why the list is empty, in words (null when it is not empty). */
export function emptyReason(
  total: number,
  counts: WorkCounts | null,
  filter: StatusFilter,
  q: string,
  procoreConnected: boolean | null,
): { kind: 'not-connected' | 'none' | 'no-match'; message: string } | null {
  if (total > 0) return null;
  if (procoreConnected === false && (!counts || counts.all === 0)) {
    return {
      kind: 'not-connected',
      message: 'Joblink is not connected to Procore yet, so it has no cost codes to show.',
    };
  }
  if (!counts || counts.all === 0) {
    return {
      kind: 'none',
      message:
        'Joblink has not found any standard cost codes in your Procore company yet. They appear here after the next check of Procore.',
    };
  }
  const label = filter ? statusLabel(filter) : '';
  const search = q.trim();
  let message = 'No cost codes to show.';
  if (label && search) message = `No cost codes marked "${label}" match "${search}".`;
  else if (label) message = `No cost codes are marked "${label}" right now.`;
  else if (search) message = `No cost codes match "${search}".`;
  return { kind: 'no-match', message };
}
