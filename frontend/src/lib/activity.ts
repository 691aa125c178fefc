// Activity entries and approvals in plain sentences.

import type { ActivityEntry } from './api';
import { kindsStore } from './kinds.svelte';
import { hrefFor, isPageId } from './router';

/** "Cost code", or "Cost codes" in the plural, from the registered kinds (GET /api/kinds). */
export function kindLabel(kind: string, plural = false): string {
  return kindsStore.label(kind, plural);
}

type Move = Pick<ActivityEntry, 'kind' | 'from' | 'to' | 'who'> & { message?: string };

/** The other side for a kind: where its records go. */
function sideOf(kind: string): string {
  return kindsStore.get(kind)?.direction === 'to_procore' ? 'Procore' : 'QuickBooks';
}

/**
 * What happened, from the move (from → to), who made it and the kind: "was exported to QuickBooks"
 * only when it arrived after a send, "was skipped" for records set aside on their own page,
 * "was rejected" only for documents decided on Approvals.
 */
function phrase(e: Move): string {
  const side = sideOf(e.kind);
  const approval = kindsStore.get(e.kind)?.approval === true;
  const from = e.from ?? '';
  switch (e.to) {
    case 'detected':
    case 'waiting':
    case 'ready':
      if (from === 'rejected') return 'was reopened';
      if (from === 'synced') return `changed in Procore and is ready to export again`;
      if (from === 'failed' || from === 'queued') return approval ? 'is back waiting for a decision' : 'is back to ready to export';
      return approval ? 'is waiting for a decision' : 'is ready to export';
    case 'queued':
      // The engine says "Accepted for export." for an item stopped before it was ever sent.
      if (from === 'waiting' || from === 'detected' || from === '' || e.message === 'Accepted for export.') return `was accepted for export to ${side}`;
      if (from === 'synced') return `changed in Procore and will be sent to ${side} again`;
      if (from === 'queued') return `is queued for ${side}`;
      return `will be sent to ${side} again`;
    case 'sent':
    case 'sending':
      return `was sent to ${side}`;
    case 'synced':
      if (from === 'queued' || from === 'sent' || from === 'sending') return `was exported to ${side}`;
      if (from === 'synced') return `is in ${side}`;
      return `was linked to a ${side} record`;
    case 'failed':
    case 'attention':
      if (e.who === 'Joblink') return 'needs a fix before it can be exported';
      if (e.who === 'Procore' || e.who === 'QuickBooks') return `was refused by ${e.who}`;
      return `was refused by ${side}`;
    case 'retrying':
      return 'will be tried again';
    case 'rejected':
      if (e.who === 'Procore') return 'was set aside by a change in Procore';
      return approval ? 'was rejected' : 'was skipped';
    default:
      return e.to ? `changed to "${e.to}"` : 'changed';
  }
}

/** Who is named: a person's decisions, never Joblink or the other systems. */
function byWhom(e: Move): string {
  if (!e.who || ['system', 'Joblink', 'Procore', 'QuickBooks'].includes(e.who)) return '';
  // The window's decisions are recorded as "bookkeeper": the person reading this.
  return e.who === 'bookkeeper' ? ' by you' : ` by ${e.who}`;
}

/** "Cost code 01-100 was accepted for export to QuickBooks by Ann." */
export function activitySentence(e: Pick<ActivityEntry, 'kind' | 'title' | 'to' | 'who'> & { from?: string; message?: string }): string {
  const title = e.title ? ` ${e.title}` : '';
  const move: Move = { kind: e.kind, from: e.from ?? '', to: e.to, who: e.who, message: e.message };
  return `${kindLabel(e.kind)}${title} ${phrase(move)}${byWhom(move)}.`;
}

/** The outcomes the Activity page filters by: the state an entry moved to, in words. */
export const ACTIVITY_OUTCOMES: readonly { to: string; label: string }[] = [
  { to: 'synced', label: 'Exported or linked' },
  { to: 'failed', label: 'Refused or stopped' },
  { to: 'queued', label: 'Accepted for export' },
  { to: 'sent', label: 'Sent' },
  { to: 'waiting', label: 'Found or reopened' },
  { to: 'rejected', label: 'Rejected or skipped' },
];

/** Where the Approvals page sends the user for a kind: its own page, ready items first (null: it has none). */
export function approvalsHref(kind: string): string | null {
  const page = kindsStore.get(kind)?.page ?? '';
  return isPageId(page) ? hrefFor(page, { status: 'ready' }) : null;
}
