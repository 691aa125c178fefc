import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import CostCodes from './CostCodes.svelte';
import { statusStore } from '../lib/status.svelte';
import { setupStore } from '../lib/setup.svelte';
import { clearToken } from '../lib/token';
import { errorResponse, jsonResponse, mockFetch, sampleCounts, sampleStatus, sampleSync, sampleWorkList, settle, workItem } from '../test/helpers';
import { byId, click, render, text, unmountAll } from '../test/dom';

const ITEMS = [workItem('1', 'ready'), workItem('2', 'attention'), workItem('3', 'rejected', { comment: 'Not used' }), workItem('4', 'synced')];

beforeEach(() => {
  clearToken();
  statusStore.reset();
  setupStore.reset();
  history.replaceState(null, '', '/#/cost-codes');
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Cost codes page', () => {
  it('pages through a long list, each page read on from the last code shown', async () => {
    const page = (from: number, n: number) => Array.from({ length: n }, (_, i) => workItem(String(from + i), 'ready'));
    const fetch = mockFetch({
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(page(1, 200), { total: 450 })),
      'GET /api/work/costcode?after=costcode%2F200&limit=200': () => jsonResponse(sampleWorkList(page(201, 200), { total: 450 })),
    });
    const el = render(CostCodes);
    await settle();
    expect(text(el, 'costcodes-pager-range')).toBe('Showing 1–200 of 450 cost codes');
    expect((byId(el, 'costcodes-pager-previous') as HTMLButtonElement).disabled).toBe(true);
    await click(byId(el, 'costcodes-pager-next'));
    expect(fetch).toHaveBeenLastCalledWith('/api/work/costcode?after=costcode%2F200&limit=200', expect.anything());
    expect(text(el, 'costcodes-pager-range')).toBe('Showing 201–400 of 450 cost codes');
    await click(byId(el, 'costcodes-pager-previous'));
    expect(fetch).toHaveBeenLastCalledWith('/api/work/costcode?limit=200', expect.anything());
    expect(text(el, 'costcodes-pager-range')).toBe('Showing 1–200 of 450 cost codes');
  });

  it('groups by division with counts, says a division is continued across pages, and keeps the choice in the address', async () => {
    const code = (key: string, title: string, name = `Name ${key}`) => workItem(key, 'ready', { title, detail: name });
    const first = Array.from({ length: 200 }, (_, i) => code(String(i + 1), i === 0 ? '01' : `01-${String(i).padStart(3, '0')}`));
    const second = [code('201', '01-200'), code('202', '01-201'), code('203', '02', 'Existing Conditions'), code('204', '02-100')];
    const fetch = mockFetch({
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(first, { total: 204 })),
      'GET /api/work/costcode?after=costcode%2F200&limit=200': () => jsonResponse(sampleWorkList(second, { total: 204 })),
      'GET /api/costcodes/divisions?code=01&first=costcode%2F1': () =>
        jsonResponse({ divisions: [{ code: '01', name: 'General Requirements', count: 202, before: 0 }] }),
      'GET /api/costcodes/divisions?code=01&code=02&first=costcode%2F201': () =>
        jsonResponse({
          divisions: [
            { code: '01', name: 'General Requirements', count: 202, before: 200 },
            { code: '02', name: 'Existing Conditions', count: 2, before: 0 },
          ],
        }),
    });
    const el = render(CostCodes);
    await settle();
    expect(el.querySelector('[data-testid^="division-"]')).toBeNull();
    const toggle = byId(el, 'group-by-division') as HTMLInputElement;
    expect(el.querySelector(`label[for="${toggle.id}"]`)?.textContent).toBe('Group by division');
    await click(toggle);
    expect(location.hash).toBe('#/cost-codes?group=division');
    const head = (code: string) => byId(el, `division-${code}`)?.querySelector('th[scope="rowgroup"]');
    expect(head('01')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('01 General Requirements 202 cost codes, continues on the next page');
    // The heading names its rows for a screen reader.
    expect(byId(el, 'division-01')?.getAttribute('aria-labelledby')).toBe(head('01')?.id);
    expect(byId(el, 'division-01')?.querySelectorAll('tr[data-testid^="row-"]').length).toBe(200);

    await click(byId(el, 'costcodes-pager-next'));
    expect(fetch).toHaveBeenCalledWith('/api/costcodes/divisions?code=01&code=02&first=costcode%2F201', expect.anything());
    expect(head('01')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('01 General Requirements 202 cost codes, continued from the previous page');
    expect(head('02')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('02 Existing Conditions 2 cost codes');
    expect(text(el, 'costcodes-pager-range')).toBe('Showing 201–204 of 204 cost codes');

    await click(toggle);
    expect(el.querySelector('[data-testid^="division-"]')).toBeNull();
    expect(location.hash).toBe('#/cost-codes');
  });

  it('offers the Latin spelling on a code QuickBooks could store only with letters changed, and sends it in one action', async () => {
    const waiting = workItem('4', 'attention', {
      title: '99-400',
      detail: 'Бетонные работы',
      failure: { class: 'fix_data', message: 'Cost code 99-400: the description "Бетонные работы" has letters QuickBooks cannot store.', fix: 'On the Cost codes page, choose “Use the Latin spelling”…' },
    });
    let items = [workItem('1', 'ready'), waiting];
    const fetch = mockFetch({
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(items)),
      'GET /api/costcodes/latin?id=costcode%2F4': () =>
        jsonResponse({ offers: { 'costcode/4': [{ field: 'description', text: 'Бетонные работы', latin: 'Betonnye raboty' }] } }),
      'POST /api/costcodes/accept-spelling': () => {
        items = [workItem('1', 'ready'), { ...waiting, status: 'queued', state: 'queued', failure: null }];
        return jsonResponse({ queued: ['costcode/4'], failed: [] });
      },
    });
    const el = render(CostCodes);
    await settle();
    const button = byId(el, 'use-latin-costcode/4') as HTMLButtonElement;
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toBe('Use the Latin spelling for 99-400');
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Sends the description “Бетонные работы” as “Betonnye raboty”.',
    );
    expect(byId(el, 'use-latin-costcode/1')).toBeNull();
    await click(button);
    expect(fetch).toHaveBeenCalledWith('/api/costcodes/accept-spelling', expect.objectContaining({ body: '{"ids":["costcode/4"]}' }));
    expect(text(el, 'action-notice')).toContain('Sent with the Latin spelling');
    expect(byId(el, 'use-latin-costcode/4')).toBeNull();
    expect(document.activeElement?.id).toBe('page-title');
  });

  it('shows counts as filter chips and an accessible table with status pills and QuickBooks items', async () => {
    mockFetch({ 'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(ITEMS)) });
    const el = render(CostCodes);
    await settle();
    const chips = [...el.querySelectorAll('[data-testid="status-chips"] button')];
    expect(chips.map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'All 4', 'Ready 1', 'Queued 0', 'Sending 0', 'Synced 1', 'Needs attention 1', 'Retrying 0', 'Rejected 1',
    ]);
    expect(chips[0].getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelector('label[for="costcode-search"]')?.textContent).toBe('Search by code or description');

    const headers = [...el.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['', 'Code', 'Description', 'Status', 'QuickBooks item', 'Message']);
    expect(byId(el, 'select-all')?.getAttribute('aria-label')).toBe('Select all shown cost codes');
    const row1 = byId(el, 'row-costcode/1')!;
    expect(row1.querySelector('input')?.getAttribute('aria-label')).toBe('Select 01-100');
    expect(row1.querySelector('.pill')?.textContent?.trim()).toBe('Ready');
    expect(byId(el, 'row-costcode/4')?.textContent).toContain('01-400');
    expect(text(el, 'row-costcode/3')).toContain('Rejected: Not used');
    expect(byId(el, 'row-costcode/2')?.className).toContain('has-problem');
  });

  it('expands a failure to show the QuickBooks message, its meaning and the fix', async () => {
    mockFetch({ 'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(ITEMS)) });
    const el = render(CostCodes);
    await settle();
    const toggle = byId(el, 'fix-toggle-costcode/2')!;
    const details = byId(el, 'fix-costcode/2')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(details.id);
    expect(details.hidden).toBe(true);
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    expect(details.textContent).toContain('QuickBooks said: The name "01-100" of the list element is already in use. (error 3100)');
    expect(details.textContent).toContain('What it means: QuickBooks already has an item');
    expect(details.textContent).toContain('How to fix it: Rename or make inactive');
  });

  it('filters by chip and reads the filter from the address', async () => {
    history.replaceState(null, '', '/#/cost-codes?status=ready');
    const fetch = mockFetch({
      'GET /api/work/costcode?status=ready&limit=200': () => jsonResponse(sampleWorkList([ITEMS[0]])),
      'GET /api/work/costcode?status=attention&limit=200': () => jsonResponse(sampleWorkList([ITEMS[1]])),
    });
    const el = render(CostCodes);
    await settle();
    expect(byId(el, 'chip-ready')?.getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelectorAll('tbody tr')).toHaveLength(1);
    await click(byId(el, 'chip-attention'));
    // The list read filtered (then the Latin spellings of its codes needing attention, if any).
    expect(fetch.mock.calls.filter(([url]) => String(url).startsWith('/api/work/')).at(-1)?.[0]).toBe('/api/work/costcode?status=attention&limit=200');
    expect(byId(el, 'chip-attention')?.getAttribute('aria-pressed')).toBe('true');
    expect(byId(el, 'row-costcode/2')).not.toBeNull();
  });

  it('searches after typing', async () => {
    const fetch = mockFetch({
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(ITEMS)),
      'GET /api/work/costcode?q=99-&limit=200': () => jsonResponse(sampleWorkList([], { total: 0 })),
    });
    const el = render(CostCodes);
    await settle();
    const search = byId(el, 'costcode-search') as HTMLInputElement;
    search.value = '99-';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    expect(fetch).toHaveBeenLastCalledWith('/api/work/costcode?q=99-&limit=200', expect.anything());
    expect(text(el, 'costcodes-empty')).toContain('No cost codes match "99-".');
  });

  it('exports the selected and all ready cost codes', async () => {
    const fetch = mockFetch({
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(ITEMS)),
      'POST /api/work/costcode/export': () => jsonResponse({ queued: 2 }),
      'GET /api/costcodes/export-preview': () => jsonResponse({ preview: { new: 1, linked: 0, conflicts: 0, refused: 0, suggested: 0 }, refused: null }),
    });
    const el = render(CostCodes);
    await settle();
    const exportSelected = byId(el, 'export-selected') as HTMLButtonElement;
    expect(exportSelected.disabled).toBe(true);
    await click(byId(el, 'select-all'));
    expect(text(el, 'selection-count')).toBe('4 selected');
    expect(exportSelected.disabled).toBe(false);
    await click(exportSelected);
    expect(fetch).toHaveBeenCalledWith('/api/work/costcode/export', expect.objectContaining({ method: 'POST', body: '{"ids":["costcode/1","costcode/2"]}' }));
    expect(text(el, 'action-notice')).toBe('2 cost codes queued. They go to QuickBooks on the next Web Connector run.');
    expect(text(el, 'selection-count')).toBe('Nothing selected');

    expect(text(el, 'export-all')).toBe('Export all ready (1)');
    const exports = () => fetch.mock.calls.filter(([url]) => url === '/api/work/costcode/export').length;
    await click(byId(el, 'export-all'));
    expect(exports()).toBe(1); // the preview first, nothing queued
    expect(text(el, 'export-preview-lines')).toBe('1 new service item added to QuickBooks');
    await click(byId(el, 'export-preview-confirm'));
    expect(exports()).toBe(2);
    expect(fetch).toHaveBeenCalledWith('/api/work/costcode/export', expect.objectContaining({ body: '{"all":true}' }));
    expect(byId(el, 'export-preview-dialog')).toBeNull();
  });

  it('shows an export error with its fix', async () => {
    mockFetch({
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(ITEMS)),
      'POST /api/work/costcode/export': () => errorResponse(409, 'not_ready', 'Setup is not finished.', 'Finish the setup first.'),
      'GET /api/costcodes/export-preview': () => jsonResponse({ preview: { new: 1, linked: 0, conflicts: 0, refused: 0, suggested: 0 }, refused: null }),
    });
    const el = render(CostCodes);
    await settle();
    await click(byId(el, 'export-all'));
    await click(byId(el, 'export-preview-confirm'));
    expect(text(el, 'action-error')).toContain('Setup is not finished.');
    expect(text(el, 'action-error')).toContain('How to fix it: Finish the setup first.');
  });

  it('says before exporting that setup is not finished, and queues nothing', async () => {
    const fetch = mockFetch({
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(ITEMS)),
      'GET /api/costcodes/export-preview': () =>
        jsonResponse({
          preview: { new: 1, linked: 0, conflicts: 0, refused: 0, suggested: 0 },
          refused: { message: 'The income and expense accounts for cost-code items are not chosen yet.', fix: 'Finish Setup → QuickBooks.' },
        }),
    });
    const el = render(CostCodes);
    await settle();
    await click(byId(el, 'export-all'));
    expect(text(el, 'export-preview-refused')).toContain('not chosen yet');
    expect(text(el, 'export-preview-refused')).toContain('Finish Setup');
    expect(byId(el, 'export-preview-confirm')).toBeNull();
    expect(fetch.mock.calls.some(([url]) => url === '/api/work/costcode/export')).toBe(false);
  });

  it('suggests existing service items, links them, and counts them in the export preview', async () => {
    let suggested = [
      { id: 'costcode/1', code: '01-100', name: 'General Conditions', listId: 'I1', fullName: '01-100 General Conditions', reason: 'Its name starts with the code 01-100.' },
      { id: 'costcode/2', code: '01-200', name: 'Temporary Power', listId: 'I2', fullName: '01 Temp:Power', reason: 'Its description is the code\'s name.' },
    ];
    const fetch = mockFetch({
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(ITEMS)),
      'GET /api/costcodes/suggestions': () => jsonResponse({ total: suggested.length, suggestions: suggested }),
      'POST /api/costcodes/link': () => {
        suggested = [];
        return jsonResponse({ linked: ['costcode/1', 'costcode/2'], failed: [] });
      },
      'GET /api/costcodes/export-preview': () =>
        jsonResponse({ preview: { new: 3, linked: 2, conflicts: 1, refused: 0, suggested: suggested.length }, refused: null }),
    });
    const el = render(CostCodes);
    await settle();
    expect(text(el, 'costcode-suggestions')).toContain('QuickBooks already has service items for 2 cost codes under other names');
    expect(el.querySelectorAll('[data-testid="costcode-suggestion"]')).toHaveLength(2);
    await click(byId(el, 'export-all'));
    expect(text(el, 'export-preview-lines')).toBe(
      '3 new service items added to QuickBooks' +
        '2 cost codes linked to the service item QuickBooks already has under the code' +
        '1 conflict: QuickBooks has another kind of item under the code; it waits for you with the reason',
    );
    expect(text(el, 'export-preview-suggested')).toContain('2 of the new items look like items QuickBooks already has');
    await click(byId(el, 'export-preview-link-first'));
    expect(fetch).toHaveBeenCalledWith(
      '/api/costcodes/link',
      expect.objectContaining({ body: '{"links":[{"id":"costcode/1","listId":"I1"},{"id":"costcode/2","listId":"I2"}]}' }),
    );
    expect(byId(el, 'export-preview-suggested')).toBeNull();
    expect(byId(el, 'costcode-suggestions')).toBeNull();
    expect(text(el, 'action-notice')).toBe('2 cost codes linked to their QuickBooks service items.');
  });

  it('rejects with a required comment in a dialog, then gives the focus back', async () => {
    const fetch = mockFetch({
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(ITEMS)),
      'POST /api/work/costcode/reject': () => jsonResponse({ rejected: 1 }),
    });
    const el = render(CostCodes);
    await settle();
    await click(byId(el, 'row-costcode/1')!.querySelector('input'));
    const opener = byId(el, 'reject-selected') as HTMLButtonElement;
    opener.focus();
    await click(opener);
    const dialog = byId(el, 'reject-dialog')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.querySelector('h2')?.textContent).toBe('Reject 1 cost code');
    const comment = byId(el, 'reject-comment') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(comment);
    expect(el.querySelector(`label[for="${comment.id}"]`)?.textContent).toBe('Reason');

    await click(byId(el, 'reject-confirm'));
    expect(dialog.querySelector('.field-error')?.textContent).toMatch(/^Write a short reason/);
    expect(fetch).not.toHaveBeenCalledWith('/api/work/costcode/reject', expect.anything());

    comment.value = 'Duplicate of 01-200';
    comment.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    await click(byId(el, 'reject-confirm'));
    expect(fetch).toHaveBeenCalledWith('/api/work/costcode/reject', expect.objectContaining({ body: '{"ids":["costcode/1"],"comment":"Duplicate of 01-200"}' }));
    expect(byId(el, 'reject-dialog')).toBeNull();
    // Nothing is selected any more, so the opener is disabled: the focus goes to the page heading.
    expect(document.activeElement?.id).toBe('page-title');
    expect(text(el, 'action-notice')).toBe('1 cost code rejected. Your comment goes back to Procore.');
  });

  it('closes the reject dialog with Escape', async () => {
    mockFetch({ 'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(ITEMS)) });
    const el = render(CostCodes);
    await settle();
    await click(byId(el, 'row-costcode/1')!.querySelector('input'));
    await click(byId(el, 'reject-selected'));
    byId(el, 'reject-dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(byId(el, 'reject-dialog')).toBeNull();
    expect(document.activeElement).toBe(byId(el, 'reject-selected'));
  });

  it('reopens a rejected cost code', async () => {
    const fetch = mockFetch({
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList(ITEMS)),
      'POST /api/work/costcode/reopen': () => jsonResponse({ reopened: 1 }),
    });
    const el = render(CostCodes);
    await settle();
    expect(byId(el, 'reopen-costcode/1')).toBeNull();
    await click(byId(el, 'reopen-costcode/3'));
    expect(fetch).toHaveBeenCalledWith('/api/work/costcode/reopen', expect.objectContaining({ body: '{"ids":["costcode/3"]}' }));
    expect(text(el, 'action-notice')).toBe('1 cost code is ready to export again.');
  });

  it('shows progress while a run is active and polls every 3 s, else every 10 s', async () => {
    vi.useFakeTimers();
    let active = true;
    const all = mockFetch({
      'GET /api/work/costcode?limit=200': () =>
        jsonResponse(sampleWorkList(ITEMS, { run: { active, sent: 1, done: 2, total: 4, startedAt: '2026-11-21T22:40:05Z' } })),
    });
    // The suggestions are read once with the page (and fail here: unmocked); the list is polled.
    const listReads = () => all.mock.calls.filter(([url]) => url === '/api/work/costcode?limit=200').length;
    const el = render(CostCodes);
    await vi.advanceTimersByTimeAsync(0);
    flushSync();
    const progress = byId(el, 'run-progress')!;
    expect(progress.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Exporting 4 cost codes: 2 done, 1 sent to QuickBooks, 1 waiting for the Web Connector.',
    );
    expect(progress.querySelector('progress')?.getAttribute('value')).toBe('50');
    expect(listReads()).toBe(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(listReads()).toBe(2);
    active = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(listReads()).toBe(3);
    flushSync();
    expect(byId(el, 'run-progress')).toBeNull();
    await vi.advanceTimersByTimeAsync(9000);
    expect(listReads()).toBe(3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(listReads()).toBe(4);
  });

  it('explains an empty list when Procore is not connected, with a link to Setup', async () => {
    mockFetch({
      'GET /api/status': () => jsonResponse(sampleStatus({ sync: sampleSync({ procore: { connected: false, company: null } }) })),
      'GET /api/work/costcode?limit=200': () => jsonResponse(sampleWorkList([], { counts: sampleCounts({ all: 0, ready: 0, synced: 0, attention: 0, rejected: 0 }) })),
    });
    await statusStore.refresh();
    const el = render(CostCodes);
    await settle();
    expect(byId(el, 'costcodes-empty')?.getAttribute('data-kind')).toBe('not-connected');
    expect(text(el, 'costcodes-empty')).toContain('not connected to Procore yet');
    expect(byId(el, 'empty-setup-link')?.getAttribute('href')).toBe('#/setup');
  });

  it('explains when the list cannot be read', async () => {
    mockFetch({});
    const el = render(CostCodes);
    await settle();
    expect(text(el, 'costcodes-error')).toContain('Joblink is not answering');
  });
});
