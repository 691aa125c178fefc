import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  approvalKinds,
  blockAction,
  canRetry,
  documentName,
  exportableBlocks,
  targetWords,
  centsOf,
  checkComment,
  confirmationTitle,
  decide,
  groupByProject,
  idsByKind,
  money,
  newestFirst,
  outcomeSentence,
  pruneSelected,
  readApprovals,
  readSummary,
  rejectionWords,
  selectionTotal,
  toDocument,
  type ApprovalDocument,
} from './approvals';
import type { KindInfo, WorkItem } from './api';
import { jsonResponse, mockFetch, sampleKinds } from '../test/helpers';

function docKinds(): KindInfo[] {
  const doc = (kind: string, label: string, one: string, rank: number): KindInfo => ({
    kind,
    label,
    one,
    direction: 'to_quickbooks',
    approval: true,
    dependsOn: [],
    page: '',
    rank,
    directExport: '',
  });
  // Out of export order on purpose: the page follows rank.
  return [...sampleKinds(), doc('budgetchange', 'Budget changes', 'Budget change', 40), doc('budget', 'Budgets', 'Budget', 30)];
}

function item(id: string, detail: Record<string, unknown> | string, status = 'ready', updatedAt = '2026-12-01T10:00:00Z'): WorkItem {
  const kind = id.split('/')[0];
  return {
    id,
    kind,
    key: id.slice(kind.length + 1),
    title: id,
    detail: typeof detail === 'string' ? detail : JSON.stringify(detail),
    state: status === 'ready' ? 'waiting' : 'queued',
    status,
    qb: null,
    failure: null,
    notes: [],
    comment: '',
    waitingFor: '',
    updatedAt,
  };
}

const summary = (project: string, projectId: string, totalCents: number, changedAt: string, extra: Record<string, unknown> = {}) => ({
  project,
  projectId,
  number: 'P-1',
  title: 'Original budget',
  total: money(totalCents),
  totalCents,
  lines: 3,
  changedBy: 'Ann Lee',
  changedAt,
  ...extra,
});

const kinds = docKinds();
const doc = (id: string, s: Record<string, unknown> | string, updatedAt?: string): ApprovalDocument =>
  toDocument(item(id, s, 'ready', updatedAt), kinds.find((k) => id.startsWith(k.kind + '/')));

afterEach(() => vi.unstubAllGlobals());

describe('kinds and amounts', () => {
  it('takes the approval kinds from the registered kinds, in export order', () => {
    expect(approvalKinds(kinds).map((k) => k.kind)).toEqual(['budget', 'budgetchange']);
    expect(approvalKinds(sampleKinds())).toEqual([]);
  });

  it('writes and reads amounts the way the server does', () => {
    expect(money(4_500_000)).toBe('45,000.00');
    expect(money(-120_050)).toBe('-1,200.50');
    expect(money(5)).toBe('0.05');
    expect(money(123_456_789_01)).toBe('123,456,789.01');
    expect(centsOf('45,000.00')).toBe(4_500_000);
    expect(centsOf('-1,200.5')).toBe(-120_050);
    expect(centsOf('12')).toBe(1200);
    expect(centsOf('n/a')).toBe(0);
  });
});

describe('summaries', () => {
  it('reads the flow summary from the detail', () => {
    const s = readSummary(JSON.stringify(summary('Main Street', '7', 4_500_000, '2026-12-02T09:00:00Z')));
    expect(s).toMatchObject({ project: 'Main Street', projectId: '7', number: 'P-1', total: '45,000.00', totalCents: 4_500_000, lines: 3, changedBy: 'Ann Lee', job: '' });
  });

  it('keeps going on a detail that is not a summary, and on a total without cents', () => {
    expect(readSummary('01-100 Concrete')).toMatchObject({ project: '', total: '', totalCents: 0, lines: 0 });
    expect(readSummary('[1,2]').project).toBe('');
    expect(readSummary('{"total":"1,000.00"}').totalCents).toBe(100_000);
    expect(readSummary('{"totalCents":250}').total).toBe('2.50');
  });

  it("names a document by its kind's singular label and dates it by the Procore change", () => {
    const d = doc('budget/7', summary('Main Street', '7', 100, '2026-12-02T09:00:00Z'));
    expect(d.what).toBe('Budget');
    expect(d.at).toBe(Date.parse('2026-12-02T09:00:00Z'));
    // No Procore time: Joblink's own time of the item.
    expect(doc('budgetchange/7-1', summary('Main Street', '7', 100, ''), '2026-12-03T00:00:00Z').at).toBe(Date.parse('2026-12-03T00:00:00Z'));
  });
});

describe('order and groups', () => {
  const docs = [
    doc('budget/1', summary('Alpha', '1', 1_000_00, '2026-12-01T09:00:00Z')),
    doc('budget/2', summary('Beta', '2', 2_000_00, '2026-12-04T09:00:00Z')),
    doc('budgetchange/1-a', summary('Alpha', '1', -300_00, '2026-12-05T09:00:00Z')),
    doc('budgetchange/2-a', summary('Beta', '2', 50_00, '2026-12-02T09:00:00Z')),
    doc('budgetchange/2-b', summary('Beta', '2', 25_00, '2026-12-02T09:00:00Z')),
  ];

  it('puts the newest first, ties in a steady order', () => {
    expect(newestFirst(docs).map((d) => d.id)).toEqual(['budgetchange/1-a', 'budget/2', 'budgetchange/2-a', 'budgetchange/2-b', 'budget/1']);
  });

  it('groups by project: the group of the newest document first, newest first inside, with its total', () => {
    const groups = groupByProject(docs);
    expect(groups.map((g) => g.project)).toEqual(['Alpha', 'Beta']);
    expect(groups[0].documents.map((d) => d.id)).toEqual(['budgetchange/1-a', 'budget/1']);
    expect(groups[0].totalCents).toBe(700_00);
    expect(groups[1].documents.map((d) => d.id)).toEqual(['budget/2', 'budgetchange/2-a', 'budgetchange/2-b']);
  });

  it('keeps projects of the same name apart by id, and names a project it does not know', () => {
    const groups = groupByProject([doc('budget/8', summary('Same', '8', 1, '')), doc('budget/9', summary('Same', '9', 1, '')), doc('budget/x', 'words')]);
    expect(groups.map((g) => g.key).sort()).toEqual(['8', '9', 'Project not named']);
  });

  it('counts and adds up a choice, and splits it by kind', () => {
    const chosen = new Set(['budget/2', 'budgetchange/1-a', 'gone/1']);
    expect(selectionTotal(docs, chosen)).toEqual({ count: 2, cents: 1_700_00 });
    expect([...idsByKind(docs, chosen)]).toEqual([
      ['budget', ['budget/2']],
      ['budgetchange', ['budgetchange/1-a']],
    ]);
    expect([...pruneSelected(docs, chosen)]).toEqual(['budget/2', 'budgetchange/1-a']);
  });
});

describe('words', () => {
  it('states the count and the total in the confirmation and the outcome', () => {
    expect(confirmationTitle('accept', 3, 4_500_000)).toBe('Accept 3 documents totalling 45,000.00?');
    expect(confirmationTitle('reject', 1, -5000)).toBe('Reject 1 document totalling -50.00?');
    expect(outcomeSentence('accept', 1, 100)).toBe('Accepted 1 document (1.00): it goes to QuickBooks on the next Web Connector run.');
    expect(outcomeSentence('reject', 2, 100)).toContain('your comment is in Activity');
  });

  it('requires a comment to reject, within the limit', () => {
    expect(checkComment('  ')).toMatch(/Write a short reason/);
    expect(checkComment('x'.repeat(501))).toMatch(/under 500 characters \(it has 501\)/);
    expect(checkComment(' Wrong job ')).toBeNull();
  });

  it("gives each kind's rejection words once", () => {
    const w = "Procore's API has no way to return a budget to the project manager; if you reject it, your comment is kept in Joblink's Activity.";
    expect(rejectionWords([{ rejection: w }, { rejection: w }, { rejection: '' }])).toEqual([w]);
  });
});

describe('reading and deciding', () => {
  it('reads ready, waiting and refused documents of the approval kinds only, following pages', async () => {
    const page = (items: WorkItem[], total = items.length) => () => jsonResponse({ kind: '', total, counts: {}, items, run: {} });
    const first = Array.from({ length: 1000 }, (_, i) => item(`budget/${i}`, summary('P', '1', 1, ''), 'ready'));
    const fetch = mockFetch({
      'GET /api/work/budget?status=ready&limit=1000': page(first, 1001),
      'GET /api/work/budget?status=ready&after=budget%2F999&limit=1000': page([item('budget/last', summary('P', '1', 1, '2026-12-09T00:00:00Z'))], 1001),
      'GET /api/work/budget?status=waiting&limit=1000': page([]),
      'GET /api/work/budget?status=attention&limit=1000': page([]),
      'GET /api/work/budgetchange?status=ready&limit=1000': page([]),
      'GET /api/work/budgetchange?status=waiting&limit=1000': page([item('budgetchange/1', summary('P', '1', 1, ''), 'waiting')]),
      'GET /api/work/budgetchange?status=attention&limit=1000': page([]),
    });
    const r = await readApprovals(kinds);
    expect(r.pending).toHaveLength(1001);
    expect(r.pending[0].id).toBe('budget/last');
    expect(r.waiting.map((d) => d.id)).toEqual(['budgetchange/1']);
    expect(r.attention).toEqual([]);
    expect(r.unread).toBe(0);
    // No cost code, job or vendor list was read.
    expect(fetch.mock.calls.every(([url]) => /\/api\/work\/budget/.test(String(url)))).toBe(true);
  });

  it('sends a decision per kind with the ids chosen and the comment', async () => {
    const docs = [doc('budget/1', summary('A', '1', 1, '')), doc('budgetchange/1-a', summary('A', '1', 1, ''))];
    const fetch = mockFetch({
      'POST /api/work/budget/reject': () => jsonResponse({ rejected: 1 }),
      'POST /api/work/budgetchange/reject': () => jsonResponse({ rejected: 1 }),
      'POST /api/work/budget/export': () => jsonResponse({ queued: 1 }),
    });
    expect(await decide('reject', docs, new Set(['budget/1', 'budgetchange/1-a']), 'Wrong job')).toBe(2);
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toEqual({ ids: ['budget/1'], comment: 'Wrong job' });
    expect(await decide('accept', docs, new Set(['budget/1']))).toBe(1);
    expect(JSON.parse(String(fetch.mock.calls[2][1]?.body))).toEqual({ ids: ['budget/1'] });
  });
});

describe('what a block offers', () => {
  const pending = [doc('budget/7', summary('A', '7', 1, ''))];
  it('exports a cost code in one click, opens a budget waiting here, sends jobs to their page', () => {
    expect(blockAction({ says: '01-010 is not a QuickBooks item yet', itemId: 'costcode/5629', kind: 'costcode' }, kinds, pending)).toEqual({
      type: 'export',
      label: 'Export this cost code now',
      kind: 'costcode',
      itemId: 'costcode/5629',
    });
    expect(blockAction({ says: 'accept the budget first', itemId: 'budget/7', kind: 'budget' }, kinds, pending)).toMatchObject({ type: 'open', label: 'Open the budget' });
    expect(blockAction({ says: 'not linked', itemId: 'job/7', kind: 'job' }, kinds, pending)).toEqual({ type: 'link', label: 'Open the Jobs page', href: '#/jobs' });
  });
  it('offers nothing for words alone, an unknown kind, or a budget not on the page', () => {
    expect(blockAction({ says: 'The budget has no lines.', itemId: '', kind: '' }, kinds, pending)).toEqual({ type: 'none' });
    expect(blockAction({ says: 'x', itemId: 'widget/1', kind: 'widget' }, kinds, pending)).toEqual({ type: 'none' });
    expect(blockAction({ says: 'x', itemId: 'budget/9', kind: 'budget' }, kinds, pending)).toEqual({ type: 'none' });
  });
});

describe('names, targets and retries', () => {
  it('names a document by kind, number and title', () => {
    expect(documentName(doc('budget/7', summary('A', '7', 1, '', { number: '2024-048' })))).toBe('Budget #2024-048: Original budget');
    expect(documentName(doc('budgetchange/7-2', summary('A', '7', 1, '', { number: '', title: 'Rooftop unit' })))).toBe('Budget change: Rooftop unit');
  });

  it('says where the document goes in QuickBooks', () => {
    expect(targetWords({ target: 'Estimate 1001', request: 'EstimateMod' })).toBe('Estimate 1001');
    expect(targetWords({ target: '', request: 'EstimateAdd' })).toBe('A new estimate');
    expect(targetWords({ target: '', request: 'PurchaseOrderAdd' })).toBe('A new purchase order');
    expect(targetWords({ target: '', request: '' })).toBe('—');
  });

  it("offers to send again only what QuickBooks refused or asked to retry, not Joblink's own explanations", () => {
    const withFailure = (failure: WorkItem['failure']) => ({ ...doc('budget/1', summary('A', '1', 1, '')), item: { ...item('budget/1', {}), failure } });
    expect(canRetry(withFailure({ class: 'fix_data', code: 3100, message: 'The name is already in use.' }))).toBe(true);
    expect(canRetry(withFailure({ class: 'retry_later', message: 'QuickBooks is busy.' }))).toBe(true);
    expect(canRetry(withFailure({ class: 'fix_data', message: 'The budget is not locked in Procore.' }))).toBe(false);
    expect(canRetry(withFailure(null))).toBe(false);
  });

  it("names each project's QuickBooks job from its documents' summaries, the newest that names one, without reading a preview", () => {
    const fetch = mockFetch({});
    const docs = [
      doc('budget/1', summary('A', '1', 1, '2026-12-01T09:00:00Z', { job: 'Acme:A' })),
      doc('budgetchange/1-a', summary('A', '1', 1, '2026-12-02T09:00:00Z', { job: 'Acme:A2' })),
      doc('budget/2', summary('B', '2', 1, '')),
      doc('budgetchange/3-a', summary('C', '3', 1, '2026-12-03T09:00:00Z')),
      doc('budget/3', summary('C', '3', 1, '2026-12-01T09:00:00Z', { job: 'Acme:C' })),
    ];
    expect(groupByProject(docs).map((g) => [g.key, g.job])).toEqual([
      ['3', 'Acme:C'],
      ['1', 'Acme:A2'],
      ['2', ''],
    ]);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('exporting what blocks a document', () => {
  it('gathers the records the export buttons name, by kind, once each', () => {
    const blocks = [
      { says: '01-010 is not an item', itemId: 'costcode/1', kind: 'costcode' },
      { says: '01-020 is not an item', itemId: 'costcode/2', kind: 'costcode' },
      { says: '01-010 again', itemId: 'costcode/1', kind: 'costcode' },
      { says: 'not linked', itemId: 'job/7', kind: 'job' },
      { says: 'no lines', itemId: '', kind: '' },
    ];
    expect([...exportableBlocks(blocks, kinds, [])]).toEqual([['costcode', ['costcode/1', 'costcode/2']]]);
  });
});
