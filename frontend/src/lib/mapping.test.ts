import { describe, expect, it, vi } from 'vitest';
import type { MappingRow } from './api';
import {
  canBulkLink,
  canReplaceLink,
  canCreate,
  canLinkSuggestion,
  canPick,
  canReopen,
  canSkip,
  canUnlink,
  checkCreateName,
  checkParent,
  chunk,
  clampOffset,
  confidenceLabel,
  createFormErrors,
  createItems,
  defaultCreateName,
  emptyMessage,
  initialCreateForm,
  isTypingTarget,
  JOBS,
  mappingPollInterval,
  moveFocus,
  nameCounter,
  nameLength,
  nextOffset,
  pageRange,
  parseMappingFilter,
  placeText,
  previousOffset,
  progressPercent,
  progressSentence,
  rowExplanation,
  rowKeyAction,
  rowName,
  rowsWithNameField,
  runInChunks,
  selectAllState,
  toggleAll,
  VENDORS,
} from './mapping';
import { mappingRow } from '../test/helpers';

const row = (key: string, status: string, o: Record<string, unknown> = {}) => mappingRow(key, status, o) as unknown as MappingRow;
const LONG = 'Sacramento Regional County Sanitation District Headworks Replacement Project';

describe('filters and words', () => {
  it('reads the filter from the address', () => {
    expect(parseMappingFilter('Linked')).toBe('linked');
    expect(parseMappingFilter('conflicts')).toBe('conflicts');
    expect(parseMappingFilter('nonsense')).toBe('all');
    expect(parseMappingFilter(null)).toBe('all');
  });

  it('names the confidence in words, not only colour', () => {
    expect(['exact', 'likely', 'possible', 'odd'].map(confidenceLabel)).toEqual(['Exact', 'Likely', 'Possible', 'Odd']);
  });

  it('writes a place', () => {
    expect(placeText({ address: '12 Pier Way', city: 'Oakland', state: 'CA', zip: '94607' })).toBe('12 Pier Way, Oakland, CA 94607');
    expect(placeText({ city: 'Oakland' })).toBe('Oakland');
    expect(placeText({})).toBe('');
  });

  it('explains an empty list', () => {
    const counts = { all: 3, unlinked: 1, suggested: 1, linked: 1, conflicts: 0, quickbooksOnly: 0 };
    expect(emptyMessage(JOBS, { ...counts, all: 0 }, 'all', '', false).kind).toBe('not-connected');
    expect(emptyMessage(JOBS, { ...counts, all: 0 }, 'all', '').message).toMatch(/not found any projects/);
    expect(emptyMessage(VENDORS, { ...counts, all: 0 }, 'all', '').message).toMatch(/Procore directory/);
    expect(emptyMessage(JOBS, counts, 'conflicts', '').message).toBe('No jobs are in "Conflicts" right now.');
    expect(emptyMessage(JOBS, counts, 'all', 'zz').message).toBe('No jobs match "zz".');
    expect(emptyMessage(JOBS, counts, 'linked', 'zz').message).toBe('No jobs in "Linked" match "zz".');
    // The counts follow the search: none found by a search is not "none at all".
    const searched = { ...counts, all: 0, unlinked: 0, suggested: 0, linked: 0 };
    expect(emptyMessage(JOBS, searched, 'all', 'zz', null, 3).message).toBe('No jobs match "zz".');
    expect(emptyMessage(JOBS, searched, 'all', 'zz').message).toBe('No jobs match "zz".');
    expect(emptyMessage(JOBS, searched, 'all', 'zz', false, 0).kind).toBe('not-connected');
    expect(emptyMessage(JOBS, searched, 'all', '', null, 0).kind).toBe('none');
  });

  it('offers Skipped and Being created as filters, so the chips add up to All', () => {
    expect(parseMappingFilter('skipped')).toBe('skipped');
    expect(parseMappingFilter('creating')).toBe('creating');
  });
});

describe('what a row allows', () => {
  it('follows the status', () => {
    const suggested = row('1', 'suggested');
    const possible = row('2', 'unlinked', { suggestion: { listId: 'S', fullName: 'X', confidence: 'possible', score: 0.5, reason: '' } });
    const linked = row('3', 'linked');
    const skipped = row('4', 'skipped');
    const creating = row('5', 'creating');
    const conflict = row('6', 'conflict');

    expect([suggested, possible, linked, skipped, creating].map(canLinkSuggestion)).toEqual([true, true, false, false, false]);
    expect([suggested, possible].map(canBulkLink)).toEqual([true, false]);
    expect([suggested, linked, skipped, creating, conflict].map(canUnlink)).toEqual([false, true, false, false, true]);
    expect([suggested, linked, skipped, creating].map(canCreate)).toEqual([true, false, false, false]);
    expect([suggested, linked, skipped].map(canSkip)).toEqual([true, false, false]);
    expect([suggested, skipped].map(canReopen)).toEqual([false, true]);
    expect([suggested, linked, skipped, creating].map(canPick)).toEqual([true, true, false, false]);
  });
});

describe('selection', () => {
  it('selects all visible, or clears them', () => {
    const ids = ['a', 'b'];
    expect(selectAllState(ids, new Set())).toBe('none');
    expect(selectAllState(ids, new Set(['a']))).toBe('some');
    expect([...toggleAll(ids, new Set(['a', 'z']))].sort()).toEqual(['a', 'b', 'z']);
    expect([...toggleAll(ids, new Set(['a', 'b', 'z']))]).toEqual(['z']);
  });
});

describe('chunks and progress', () => {
  it('splits into chunks of 50', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(chunk(items).map((c) => c.length)).toEqual([50, 50, 20]);
    expect(chunk([], 50)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow();
  });

  it('sends chunk after chunk, reports progress, and keeps going after a failed chunk', async () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    const progress: string[] = [];
    const call = vi.fn(async (part: number[]) => {
      if (part[0] === 50) throw new Error('busy');
      return part.length;
    });
    const out = await runInChunks(items, call, (d, t) => progress.push(`${d}/${t}`));
    expect(call).toHaveBeenCalledTimes(3);
    expect(out.results).toEqual([50, 20]);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0].items).toHaveLength(50);
    expect(progress).toEqual(['0/120', '50/120', '100/120', '120/120']);
  });

  it('words the progress', () => {
    expect(progressSentence('Linking', 150, 300, 'job', 'jobs')).toBe('Linking 150 of 300 jobs…');
    expect(progressPercent(150, 300)).toBe(50);
    expect(progressPercent(1, 0)).toBe(0);
  });
});

describe('names QuickBooks accepts', () => {
  it('counts characters, not UTF-16 halves', () => {
    expect(nameLength('Café 🏗')).toBe(6);
  });

  it('offers the shorter suggested name when the Procore name is too long', () => {
    const long = row('1', 'unlinked', { procore: { name: LONG }, suggestedName: 'Sacramento Headworks Replacement' });
    expect(defaultCreateName(long)).toBe('Sacramento Headworks Replacement');
    expect(defaultCreateName(row('2', 'unlinked'))).toBe('Project 2');
    expect(defaultCreateName(row('3', 'unlinked', { choice: { name: 'Chosen', parentListId: '', asCustomer: false } }))).toBe('Chosen');
  });

  it('checks a name and counts its characters', () => {
    expect(checkCreateName('')).toMatch(/Write a name/);
    expect(checkCreateName(LONG)).toBe('QuickBooks takes at most 41 characters in a name. This one has 76: shorten it by 35.');
    expect(checkCreateName('A:B')).toMatch(/":"/);
    expect(checkCreateName('  Fine name  ')).toBeNull();
    expect(nameCounter('Harbor Point')).toBe('12 of 41 characters');
    expect(checkParent('parent', '')).toMatch(/Choose the customer/);
    expect(checkParent('customer', '')).toBeNull();
  });

  it('builds the create form and items', () => {
    const long = row('1', 'unlinked', { procore: { name: LONG }, suggestedName: 'Sacramento Headworks' });
    const short = row('2', 'suggested');
    expect(rowsWithNameField([long, short]).map((r) => r.id)).toEqual(['job/1']);
    expect(rowsWithNameField([short]).map((r) => r.id)).toEqual(['job/2']);

    const form = initialCreateForm([long, short]);
    expect(form).toEqual({ names: { 'job/1': 'Sacramento Headworks' }, mode: 'parent', parentListId: '' });
    expect(createFormErrors(JOBS, [long, short], form).parent).toMatch(/Choose the customer/);
    expect(createFormErrors(VENDORS, [long, short], form).any).toBe(false);

    form.parentListId = 'P1';
    expect(createItems(JOBS, [long, short], form)).toEqual([
      { id: 'job/1', name: 'Sacramento Headworks', parentListId: 'P1', asCustomer: false },
      // The dialog showed job/2's match: sending it is the confirmation the server asks for.
      { id: 'job/2', name: 'Project 2', parentListId: 'P1', asCustomer: false, confirmed: true },
    ]);
    form.mode = 'customer';
    expect(createItems(JOBS, [short], form)).toEqual([{ id: 'job/2', name: 'Project 2', asCustomer: true, confirmed: true }]);
    expect(createItems(VENDORS, [short], form)).toEqual([{ id: 'job/2', name: 'Project 2', confirmed: true }]);
    const unmatched = row('3', 'unlinked', { suggestion: null });
    expect(createItems(VENDORS, [unmatched], form)).toEqual([{ id: 'job/3', name: 'Project 3' }]);

    form.names['job/1'] = LONG;
    expect(createFormErrors(JOBS, [long], form).names['job/1']).toMatch(/at most 41/);
  });

  it('stops names QuickBooks cannot store, and starts from the Latin-alphabet suggestion', () => {
    expect(checkCreateName('Cedar\tRidge')).toMatch(/tab, a line break/);
    expect(checkCreateName('Cedar\nRidge')).toMatch(/on one line/);
    expect(checkCreateName('北京建工集团')).toMatch(/QuickBooks cannot store 北 京 建 工 集: write the name in the Latin alphabet/);
    expect(checkCreateName('Стройсервис')).toMatch(/Latin alphabet/);
    expect(checkCreateName('Müller Bau – “Nord” Café')).toBeNull(); // Latin-1 letters, and punctuation sent as ASCII
    const chinese = row('4', 'unlinked', {
      procore: { name: '北京建工集团' },
      suggestedName: '',
      nameProblem: { message: 'The name "北京建工集团" has letters QuickBooks cannot store.' },
    });
    const cyrillic = row('5', 'unlinked', { procore: { name: 'Стройсервис' }, suggestedName: 'Stroyservis', nameProblem: { message: 'x' } });
    expect(rowsWithNameField([chinese, cyrillic, row('6', 'unlinked')]).map((r) => r.id)).toEqual(['job/4', 'job/5']);
    expect(initialCreateForm([chinese, cyrillic]).names).toEqual({ 'job/4': '', 'job/5': 'Stroyservis' });
    expect(createFormErrors(VENDORS, [chinese], initialCreateForm([chinese])).names['job/4']).toMatch(/Write a name/);
  });

  it('starts from the choice made before', () => {
    const r = row('1', 'conflict', { quickbooks: null, choice: { name: 'X', parentListId: '', asCustomer: true } });
    expect(initialCreateForm([r]).mode).toBe('customer');
  });
});

describe('keyboard', () => {
  const key = (k: string, o: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...o });

  it('maps keys to row actions', () => {
    expect(['ArrowDown', 'j', 'ArrowUp', 'k', 'Home', 'End', ' ', 'Enter', 'l', 'u', 'x'].map((k) => rowKeyAction(key(k)))).toEqual([
      'next', 'next', 'prev', 'prev', 'first', 'last', 'toggle', 'link', 'link', 'unlink', null,
    ]);
    expect(rowKeyAction(key('j', { ctrlKey: true }))).toBeNull();
  });

  it('moves the focus and stops at the ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(moveFocus(ids, null, 'next')).toBe('a');
    expect(moveFocus(ids, 'a', 'next')).toBe('b');
    expect(moveFocus(ids, 'c', 'next')).toBe('c');
    expect(moveFocus(ids, 'a', 'prev')).toBe('a');
    expect(moveFocus(ids, 'b', 'last')).toBe('c');
    expect(moveFocus(ids, 'gone', 'prev')).toBe('a');
    expect(moveFocus([], 'a', 'next')).toBeNull();
  });

  it('knows when the bookkeeper is typing', () => {
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('pages', () => {
  it('says which records are shown', () => {
    expect(pageRange({ offset: 0, shown: 100, total: 30000 }, 'vendor', 'vendors')).toBe('Showing 1–100 of 30,000 vendors');
    expect(pageRange({ offset: 29900, shown: 100, total: 30000 }, 'vendor', 'vendors')).toBe('Showing 29,901–30,000 of 30,000 vendors');
    expect(pageRange({ offset: 0, shown: 12, total: 12 }, 'job', 'jobs')).toBe('Showing all 12 jobs');
    expect(pageRange({ offset: 0, shown: 1, total: 1 }, 'job', 'jobs')).toBe('Showing the one job');
    expect(pageRange({ offset: 0, shown: 0, total: 0 }, 'job', 'jobs')).toBe('No jobs');
  });

  it('moves between pages and stays within the list', () => {
    expect(nextOffset(0, 100, 250)).toBe(100);
    expect(nextOffset(200, 100, 250)).toBeNull();
    expect(nextOffset(0, 100, 100)).toBeNull();
    expect(previousOffset(100, 100)).toBe(0);
    expect(previousOffset(50, 100)).toBe(0);
    expect(previousOffset(0, 100)).toBeNull();
    // The list got shorter than the page shown: its last page.
    expect(clampOffset(300, 100, 250)).toBe(200);
    expect(clampOffset(200, 100, 200)).toBe(100);
    expect(clampOffset(100, 100, 0)).toBe(0);
    expect(clampOffset(100, 100, 250)).toBe(100);
  });
});

describe('polling', () => {
  it('polls faster while something is being created or a run is under way', () => {
    const run = { active: false, sent: 0, done: 0, total: 0 };
    expect(mappingPollInterval(null)).toBe(15_000);
    expect(mappingPollInterval({ rows: [row('1', 'linked')], run })).toBe(15_000);
    expect(mappingPollInterval({ rows: [row('1', 'creating')], run })).toBe(3000);
    expect(mappingPollInterval({ rows: [], run: { ...run, active: true } })).toBe(3000);
    // Being created on another page: the counts say so.
    expect(mappingPollInterval({ rows: [row('1', 'linked')], run, counts: { creating: 2 } })).toBe(3000);
  });
});

describe('what a row says to a screen reader', () => {
  const base = {
    id: 'job/1',
    procore: { name: 'Harbor Point' },
    quickbooks: null,
    suggestion: { listId: '80000001-1', fullName: 'Harbor:Point', confidence: 'exact', score: 1, reason: 'Same name' },
    problem: null,
    notes: [],
    linkProblem: '',
  };
  const row = (over: Record<string, unknown>) => ({ ...base, ...over }) as unknown as MappingRow;

  it('names a row by record, status and match, in a few words', () => {
    expect(rowName(row({ status: 'suggested' }))).toBe('Harbor Point, Match suggested, exact match Harbor:Point');
    expect(rowName(row({ status: 'linked', suggestion: null, quickbooks: { fullName: 'Harbor:Point' } }))).toBe('Harbor Point, Linked, linked to Harbor:Point');
    expect(rowName(row({ status: 'skipped', suggestion: null }))).toBe('Harbor Point, Skipped');
    const long = 'x'.repeat(400);
    expect(rowName(row({ status: 'conflict', problem: { message: long, meaning: long, fix: long } }))).not.toContain(long);
  });

  it('puts the explanation in the description, in reading order', () => {
    expect(rowExplanation(row({ status: 'suggested' }))).toEqual(['Why this match: Same name']);
    expect(
      rowExplanation(row({ status: 'conflict', problem: { message: 'M', meaning: 'W', fix: 'F' }, notes: ['N'], linkProblem: 'L' })),
    ).toEqual(['M', 'What it means: W', 'How to fix it: F', 'Why this match: Same name', 'Procore did not record the link: L', 'N']);
    expect(rowExplanation(row({ status: 'skipped', suggestion: null, skipReason: 'Internal' }))).toEqual(['Skipped because: Internal']);
  });

  it('sends conflicts to the replace (which asks first), not to the bulk link', () => {
    const conflict = row({ status: 'conflict' });
    expect(canBulkLink(conflict)).toBe(false);
    expect(canReplaceLink(conflict)).toBe(true);
    expect(canReplaceLink(row({ status: 'conflict', suggestion: null }))).toBe(false);
    expect(canReplaceLink(row({ status: 'conflict', quickbooks: { fullName: 'A' } }))).toBe(false);
    expect(canReplaceLink(row({ status: 'suggested' }))).toBe(false);
    expect(canBulkLink(row({ status: 'suggested' }))).toBe(true);
  });
});
