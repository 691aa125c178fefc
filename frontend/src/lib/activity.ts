// Activity entries and approvals in plain sentences.

import type { ActivityEntry } from './api';
import { hrefFor } from './router';

const KINDS: Record<string, { one: string; many: string }> = {
  costcode: { one: 'Cost code', many: 'Cost codes' },
  job: { one: 'Job', many: 'Jobs' },
  vendor: { one: 'Vendor', many: 'Vendors' },
  budget: { one: 'Budget', many: 'Budgets' },
  commitment: { one: 'Commitment', many: 'Commitments' },
  changeorder: { one: 'Change order', many: 'Change orders' },
  invoice: { one: 'Subcontractor invoice', many: 'Subcontractor invoices' },
  payment: { one: 'Payment', many: 'Payments' },
};

export function kindLabel(kind: string, plural = false): string {
  const k = KINDS[kind];
  if (!k) return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : 'Item';
  return plural ? k.many : k.one;
}

/** The kinds offered in the Activity filter. */
export const ACTIVITY_KINDS: readonly string[] = Object.keys(KINDS);

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

/** Where the Approvals page sends the user for a kind (null: no page for it yet). */
export function approvalsHref(kind: string): string | null {
  switch (kind) {
    case 'costcode':
      return hrefFor('cost-codes', { status: 'ready' });
    default:
      return null;
  }
}
