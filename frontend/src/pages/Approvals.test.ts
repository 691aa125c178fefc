import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import Approvals from './Approvals.svelte';
import { clearToken } from '../lib/token';
import { kindsStore } from '../lib/kinds.svelte';
import type { KindInfo, WorkItem, WorkPreview } from '../lib/api';
import { jsonResponse, mockFetch, sampleKinds, settle } from '../test/helpers';

const REJECTION = "Procore's API has no way to return a budget to the project manager; if you reject it, your comment is kept in Joblink's Activity.";

function kinds(): KindInfo[] {
  const doc = (kind: string, label: string, one: string, rank: number): KindInfo => ({
    kind, label, one, direction: 'to_quickbooks', approval: true, dependsOn: [], page: '', rank, directExport: '',
  });
  return [...sampleKinds(), doc('budget', 'Budgets', 'Budget', 30), doc('budgetchange', 'Budget changes', 'Budget change', 40)];
}

function item(id: string, d: Record<string, unknown>, status = 'ready', extra: Partial<WorkItem> = {}): WorkItem {
  const kind = id.split('/')[0];
  return {
    id, kind, key: id.slice(kind.length + 1), title: id, detail: JSON.stringify(d), state: 'waiting', status,
    qb: null, failure: null, notes: [], comment: '', waitingFor: '', updatedAt: '2026-12-01T00:00:00Z', ...extra,
  };
}

const budget = item('budget/7', { project: 'Main Street', projectId: '7', job: 'Acme:Main Street', number: 'P-7', title: 'Original budget', total: '45,000.00', totalCents: 4_500_000, lines: 2, changedBy: 'Ann Lee', changedAt: '2026-12-02T09:00:00Z' });
const change = item('budgetchange/7-3', { project: 'Main Street', projectId: '7', job: 'Acme:Main Street', number: '3', title: 'Slab thicker', total: '1,500.00', totalCents: 150_000, lines: 2, changedAt: '2026-12-03T09:00:00Z' });
const other = item('budget/9', { project: 'Harbor View', projectId: '9', title: 'Original budget', total: '10.00', totalCents: 1000, lines: 1, changedAt: '2026-12-01T09:00:00Z' });
const waiting = item('budget/5', { project: 'Old Mill', projectId: '5', title: 'Original budget', total: '5.00', totalCents: 500, lines: 1 }, 'waiting', {
  waitingFor: 'Waiting for cost code 01-010 to reach QuickBooks.',
});

const unlocked = item('budget/4', { project: 'Riverside', projectId: '4', title: 'Original budget', total: '0.00', totalCents: 0, lines: 0 }, 'attention', {
  failure: { class: 'fix_data', message: 'The budget of "Riverside" is not locked in Procore.', fix: 'Lock the budget in Procore (Budget → Lock Budget).' },
});

const preview: WorkPreview = {
  id: 'budget/7', kind: 'budget', title: 'Budget — Main Street', request: '', says: 'Nothing can be sent yet: 01-010 Concrete is not a QuickBooks item yet: export it first.',
  project: 'Main Street', number: 'P-7', job: 'Acme:Main Street', target: '',
  lines: [{ item: '01-010', description: 'Concrete', amount: '40,000.00' }, { item: '02-200', description: 'Steel', amount: '5,000.00' }],
  total: '45,000.00', lineCount: 2, totalBefore: '', totalAfter: '', changedBy: 'Ann Lee', changedAt: '2026-12-02T09:00:00Z',
  blocks: [{ says: '01-010 Concrete is not a QuickBooks item yet: export it first.', itemId: 'costcode/5629', kind: 'costcode' }],
  notes: [], rejection: REJECTION,
};
const changePreview: WorkPreview = {
  ...preview, id: 'budgetchange/7-3', kind: 'budgetchange', request: 'EstimateMod', says: '2 line(s) appended', target: 'Estimate 1001',
  lines: [{ item: '01-010', description: 'BC 3 Slab thicker', amount: '-500.00' }, { item: '03-300', description: 'BC 3 Slab thicker', amount: '2,000.00' }],
  total: '1,500.00', totalBefore: '45,000.00', totalAfter: '46,500.00', blocks: [],
};

const list = (items: WorkItem[]) => () => jsonResponse({ kind: '', total: items.length, counts: {}, items, run: {} });

let app: Record<string, unknown> | null = null;
const byId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function routes(extra: Record<string, () => Response> = {}) {
  let ready = [budget, change, other];
  const fetch = mockFetch({
    'GET /api/work/budget?status=ready&limit=1000': () => list(ready.filter((i) => i.kind === 'budget'))(),
    'GET /api/work/budgetchange?status=ready&limit=1000': () => list(ready.filter((i) => i.kind === 'budgetchange'))(),
    'GET /api/work/budget?status=waiting&limit=1000': list([waiting]),
    'GET /api/work/budgetchange?status=waiting&limit=1000': list([]),
    'GET /api/work/budget?status=attention&limit=1000': list([unlocked]),
    'GET /api/work/budgetchange?status=attention&limit=1000': list([]),
    'GET /api/work/budget/budget%2F7/preview': () => jsonResponse(preview),
    'GET /api/work/budgetchange/budgetchange%2F7-3/preview': () => jsonResponse(changePreview),
    'GET /api/work/budget/budget%2F9/preview': () => jsonResponse({ ...preview, id: 'budget/9' }),
    'GET /api/status': () => jsonResponse({}),
    'POST /api/work/budget/export': () => {
      ready = ready.filter((i) => i.id !== 'budget/7');
      return jsonResponse({ queued: 1 });
    },
    'POST /api/work/budgetchange/reject': () => {
      ready = ready.filter((i) => i.id !== 'budgetchange/7-3');
      return jsonResponse({ rejected: 1 });
    },
    'POST /api/work/costcode/export': () => jsonResponse({ queued: 1 }),
    ...extra,
  });
  return fetch;
}

async function render() {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(Approvals, { target });
  await settle(10);
  return target;
}

const calls = (fetch: ReturnType<typeof mockFetch>, key: string) =>
  fetch.mock.calls.filter(([url, init]) => `${(init?.method ?? 'GET').toUpperCase()} ${url}` === key).map(([, init]) => JSON.parse(String(init?.body ?? 'null')));

beforeEach(() => {
  clearToken();
  kindsStore.set(kinds());
});
afterEach(() => {
  kindsStore.reset();
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('Approvals page', () => {
  it('lists the documents waiting, grouped by project, newest first, with what each is', async () => {
    const fetch = routes();
    await render();
    expect(byId('approvals-total')?.textContent).toContain('3 documents waiting for your decision.');
    const groups = [...document.querySelectorAll('section[data-testid^="approval-group-"] h2')].map((h) => h.textContent);
    expect(groups[0]).toContain('Main Street');
    expect(groups[0]).toContain('2 documents, 46,500.00');
    expect(groups[1]).toContain('Harbor View');
    expect(byId('group-job-7')?.textContent).toContain('QuickBooks job: Acme:Main Street');
    const rows = [...document.querySelectorAll('[data-testid^="approval-row-"]')].map((r) => r.getAttribute('data-testid'));
    expect(rows).toEqual(['approval-row-budgetchange/7-3', 'approval-row-budget/7', 'approval-row-budget/9']);
    const row = byId('approval-row-budget/7')!;
    expect(row.textContent).toContain('Budget');
    expect(row.textContent).toContain('#P-7');
    expect(row.textContent).toContain('Original budget');
    expect(row.textContent).toContain('45,000.00');
    expect(row.textContent).toContain('by Ann Lee');
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-02T09:00:00Z');
    // Accepted documents still say what they wait for.
    expect(byId('waiting-for-budget/5')?.textContent).toBe('Waiting for cost code 01-010 to reach QuickBooks.');
    // What cannot be sent is explained, folded under its count; Joblink's own explanation is not sent again.
    expect(byId('approvals-attention')?.querySelector('summary')?.textContent).toContain('1 document cannot be sent as it is');
    expect(byId('attention-budget/4')?.textContent).toContain('How to fix it: Lock the budget in Procore');
    expect(byId('retry-budget/4')).toBeNull();
    // Only the approval kinds were read: no cost codes, jobs or vendors.
    expect(fetch.mock.calls.some(([url]) => /costcode|\/job|vendor/.test(String(url)))).toBe(false);
  });

  it('previews what QuickBooks will receive, and exports a blocking cost code in one click', async () => {
    const fetch = routes();
    await render();
    byId('open-budget/7')!.click();
    await settle();
    const dialog = byId('approval-preview')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.contains(document.activeElement)).toBe(true);
    const cells = [...dialog.querySelectorAll('[data-testid="preview-lines"] tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(cells).toEqual([
      ['01-010', 'Concrete', '40,000.00'],
      ['02-200', 'Steel', '5,000.00'],
    ]);
    expect(byId('preview-total')?.textContent).toBe('45,000.00');
    expect(byId('preview-job')?.textContent).toBe('Acme:Main Street');
    expect(byId('preview-blocks')?.textContent).toContain('01-010 Concrete is not a QuickBooks item yet');
    expect(byId('export-blocks-costcode')).toBeNull(); // one code: its own button is enough
    byId('export-block-costcode/5629')!.click();
    await settle();
    expect(calls(fetch, 'POST /api/work/costcode/export')).toEqual([{ ids: ['costcode/5629'] }]);
    expect(byId('approvals-notice')?.textContent).toContain('queued');
  });

  it('exports every cost code a budget waits for in one call', async () => {
    const blocks = [
      { says: '01-010 is not a QuickBooks item yet', itemId: 'costcode/1', kind: 'costcode' },
      { says: '02-200 is not a QuickBooks item yet', itemId: 'costcode/2', kind: 'costcode' },
    ];
    const fetch = routes({ 'GET /api/work/budget/budget%2F7/preview': () => jsonResponse({ ...preview, blocks }) });
    await render();
    byId('open-budget/7')!.click();
    await settle();
    expect(byId('export-blocks-costcode')?.textContent).toBe('Export these 2 cost codes now');
    byId('export-blocks-costcode')!.click();
    await settle();
    expect(calls(fetch, 'POST /api/work/costcode/export')).toEqual([{ ids: ['costcode/1', 'costcode/2'] }]);
  });

  it('shows a change as appended lines with the estimate total before and after', async () => {
    routes();
    await render();
    byId('open-budgetchange/7-3')!.click();
    await settle();
    expect(byId('approval-preview')?.textContent).toContain('Lines appended below');
    expect(byId('preview-before-after')?.textContent?.replace(/\s+/g, ' ')).toContain('Estimate 1001: total before 45,000.00, after 46,500.00.');
  });

  it('accepts the open document after a confirmation stating the count and the total', async () => {
    const fetch = routes();
    await render();
    byId('open-budget/7')!.click();
    await settle();
    byId('preview-accept')!.click();
    await settle();
    expect(byId('accept-dialog')?.querySelector('h2')?.textContent).toBe('Accept 1 document totalling 45,000.00?');
    byId('accept-confirm')!.click();
    await settle(10);
    expect(calls(fetch, 'POST /api/work/budget/export')).toEqual([{ ids: ['budget/7'] }]);
    expect(byId('approval-preview')).toBeNull();
    expect(byId('approval-row-budget/7')).toBeNull();
    expect(byId('approvals-notice')?.textContent).toBe('Accepted 1 document (45,000.00): it goes to QuickBooks on the next Web Connector run.');
    // The badge follows: the status is read again.
    expect(calls(fetch, 'GET /api/status').length).toBeGreaterThan(0);
  });

  it('rejects in bulk only with a comment, showing what a rejection does for these kinds', async () => {
    const fetch = routes({ 'POST /api/work/budget/reject': () => jsonResponse({ rejected: 1 }) });
    await render();
    (byId('select-budgetchange/7-3') as HTMLInputElement).click();
    (byId('select-budget/9') as HTMLInputElement).click();
    flushSync();
    expect(byId('approvals-selection')?.textContent).toContain('2 documents selected, 1,510.00 in all');
    byId('reject-selected')!.click();
    await settle();
    const dialog = byId('reject-dialog')!;
    expect(dialog.querySelector('h2')?.textContent).toBe('Reject 2 documents totalling 1,510.00?');
    expect(byId('reject-words')?.textContent).toBe(REJECTION);
    expect(document.activeElement).toBe(byId('reject-comment'));
    byId('reject-confirm')!.click();
    await settle();
    expect(dialog.textContent).toContain('Write a short reason');
    expect(calls(fetch, 'POST /api/work/budgetchange/reject')).toEqual([]);
    const box = byId('reject-comment') as HTMLTextAreaElement;
    box.value = 'Wrong cost codes';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    byId('reject-confirm')!.click();
    await settle(10);
    expect(calls(fetch, 'POST /api/work/budgetchange/reject')).toEqual([{ ids: ['budgetchange/7-3'], comment: 'Wrong cost codes' }]);
    expect(calls(fetch, 'POST /api/work/budget/reject')).toEqual([{ ids: ['budget/9'], comment: 'Wrong cost codes' }]);
    expect(byId('reject-dialog')).toBeNull();
    expect(byId('approvals-notice')?.textContent).toContain('Rejected 2 documents (1,510.00)');
  });

  it('closes the preview with Escape', async () => {
    routes();
    await render();
    byId('open-budget/9')!.click();
    await settle();
    byId('approval-preview')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(byId('approval-preview')).toBeNull();
  });

  it('says when nothing is waiting', async () => {
    mockFetch({
      'GET /api/work/budget?status=ready&limit=1000': list([]),
      'GET /api/work/budgetchange?status=ready&limit=1000': list([]),
      'GET /api/work/budget?status=waiting&limit=1000': list([]),
      'GET /api/work/budgetchange?status=waiting&limit=1000': list([]),
      'GET /api/work/budget?status=attention&limit=1000': list([]),
      'GET /api/work/budgetchange?status=attention&limit=1000': list([]),
    });
    await render();
    expect(byId('approvals-total')?.textContent?.trim()).toBe('Nothing is waiting for your decision.');
  });
});
