// Activity entries and approvals in plain sentences.

import type { ActivityEntry } from './api';
import { kindsStore } from './kinds.svelte';
import { hrefFor, isPageId } from './router';

/** "Cost code", or "Cost codes" in the plural, from the registered kinds (GET /api/kinds). */
export function kindLabel(kind: string, plural = false): string {
  return kindsStore.label(kind, plural);
}

/** What happened, for a move to `to` (work-item states and page statuses both understood). */
function phrase(to: string): string {
  switch (to) {
    case 'waiting':
    case 'ready':
      return 'is ready to export';
    case 'queued':
      return 'was queued for QuickBooks';
    case 'sent':
    case 'sending':
      return 'was sent to QuickBooks';
    case 'synced':
      return 'is in QuickBooks';
    case 'failed':
    case 'attention':
      return 'was refused by QuickBooks';
    case 'retrying':
      return 'will be tried again';
    case 'rejected':
      return 'was rejected';
    default:
      return to ? `changed to "${to}"` : 'changed';
  }
}

/** "Cost code 01-100 was queued for QuickBooks by Ann." */
export function activitySentence(e: Pick<ActivityEntry, 'kind' | 'title' | 'to' | 'who'>): string {
  const title = e.title ? ` ${e.title}` : '';
  const who = e.who && e.who !== 'system' && (e.to === 'queued' || e.to === 'rejected' || e.to === 'ready' || e.to === 'waiting') ? ` by ${e.who}` : '';
  return `${kindLabel(e.kind)}${title} ${phrase(e.to)}${who}.`;
}

/** Where the Approvals page sends the user for a kind: its own page, ready items first (null: it has none). */
export function approvalsHref(kind: string): string | null {
  const page = kindsStore.get(kind)?.page ?? '';
  return isPageId(page) ? hrefFor(page, { status: 'ready' }) : null;
}
