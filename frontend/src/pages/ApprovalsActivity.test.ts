import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import Activity from './Activity.svelte';
import { clearToken } from '../lib/token';
import { kindsStore } from '../lib/kinds.svelte';
import { jsonResponse, mockFetch, sampleKinds, settle } from '../test/helpers';
import { byId, render, unmountAll } from '../test/dom';

beforeEach(() => {
  clearToken();
  kindsStore.set(sampleKinds());
});
afterEach(() => {
  kindsStore.reset();
  unmountAll();
  vi.unstubAllGlobals();
});

describe('Activity page', () => {
  const entries = [
    { at: '2026-11-21T22:40:00Z', itemId: 'costcode/1', kind: 'costcode', title: '01-100', from: 'waiting', to: 'queued', who: 'Ann', message: '' },
    { at: '2026-11-21T22:45:00Z', itemId: 'costcode/1', kind: 'costcode', title: '01-100', from: 'sent', to: 'failed', who: '', message: 'The name is already in use.' },
  ];

  it('shows plain sentences, newest first, and filters by kind', async () => {
    const fetch = mockFetch({
      'GET /api/activity?limit=100': () => jsonResponse({ entries }),
      'GET /api/activity?limit=100&kind=costcode': () => jsonResponse({ entries: [] }),
    });
    const el = render(Activity);
    await settle();
    const items = [...el.querySelectorAll('[data-testid="activity-list"] li')];
    expect(items[0].textContent).toContain('Cost code 01-100 was refused by QuickBooks.');
    expect(items[0].textContent).toContain('The name is already in use.');
    expect(items[1].textContent).toContain('Cost code 01-100 was accepted for export to QuickBooks by Ann.');
    expect(items[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-11-21T22:45:00Z');

    const select = byId(el, 'activity-kind') as HTMLSelectElement;
    expect(el.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Show');
    // the registered kinds, in export order: no kind that is not built
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Everything'],
      ['costcode', 'Cost codes'],
      ['job', 'Jobs'],
      ['vendor', 'Vendors'],
    ]);
    select.value = 'costcode';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    await settle();
    expect(fetch).toHaveBeenLastCalledWith('/api/activity?limit=100&kind=costcode', expect.anything());
    expect(byId(el, 'activity-empty')?.textContent).toBe('Nothing has happened yet for cost codes.');
  });

  it('pages back to older entries below the newest', async () => {
    const older = [{ at: '2026-11-20T08:00:00Z', itemId: 'costcode/2', kind: 'costcode', title: '01-200', from: 'detected', to: 'waiting', who: 'Procore', message: '' }];
    const fetch = mockFetch({
      'GET /api/activity?limit=100': () => jsonResponse({ entries, next: 'stamp-2' }),
      'GET /api/activity?limit=100&before=stamp-2': () => jsonResponse({ entries: older, next: '' }),
    });
    const el = render(Activity);
    await settle();
    const button = byId(el, 'activity-older') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Show older entries');
    button.click();
    await settle();
    expect(fetch).toHaveBeenLastCalledWith('/api/activity?limit=100&before=stamp-2', expect.anything());
    const items = [...el.querySelectorAll('[data-testid="activity-list"] li')];
    expect(items).toHaveLength(3);
    expect(items[2].textContent).toContain('01-200');
    expect(byId(el, 'activity-older')).toBeNull(); // the beginning of the log
    // The button that disabled itself is gone: focus is on the first entry it brought.
    expect(document.activeElement).toBe(items[2]);
  });

  it('filters by outcome, dates and search, and reads them from the address (the Dashboard links to today\'s exports)', async () => {
    history.replaceState(null, '', '/#/activity?to=synced&since=' + encodeURIComponent(new Date(2026, 10, 24, 0, 0).toISOString()));
    const since = new Date(2026, 10, 24).toISOString();
    const untilNextDay = new Date(2026, 10, 26).toISOString();
    const q = (extra: string) => `GET /api/activity?limit=100&to=synced&since=${encodeURIComponent(since)}${extra}`;
    const exported = [{ at: '2026-11-24T10:00:00Z', itemId: 'costcode/1', kind: 'costcode', title: '01-100', from: 'sent', to: 'synced', who: 'QuickBooks', message: '' }];
    const fetch = mockFetch({
      [q('')]: () => jsonResponse({ entries: exported, next: '' }),
      [q(`&until=${encodeURIComponent(untilNextDay)}`)]: () => jsonResponse({ entries: exported, next: '' }),
      [q(`&until=${encodeURIComponent(untilNextDay)}&q=01-100`)]: () => jsonResponse({ entries: exported, next: '' }),
      'GET /api/activity?limit=100': () => jsonResponse({ entries: [], next: '' }),
    });
    try {
      const el = render(Activity);
      await settle();
      expect((byId(el, 'activity-to') as HTMLSelectElement).value).toBe('synced');
      expect((byId(el, 'activity-since') as HTMLInputElement).value).toBe('2026-11-24');
      expect([...(byId(el, 'activity-to') as HTMLSelectElement).options].map((o) => o.textContent)).toContain('Exported or linked');
      expect(el.querySelector('[data-testid="activity-list"] li')?.textContent).toContain('Cost code 01-100 was exported to QuickBooks.');
      expect(byId(el, 'activity-announce')?.textContent).toBe('Showing 1 entries.');

      const until = byId(el, 'activity-until') as HTMLInputElement;
      until.value = '2026-11-25';
      until.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
      expect(fetch).toHaveBeenLastCalledWith(q(`&until=${encodeURIComponent(untilNextDay)}`).slice(4), expect.anything());

      const search = byId(el, 'activity-q') as HTMLInputElement;
      search.value = ' 01-100 ';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      byId(el, 'activity-search')!.click();
      await settle();
      expect(fetch).toHaveBeenLastCalledWith(q(`&until=${encodeURIComponent(untilNextDay)}&q=01-100`).slice(4), expect.anything());

      byId(el, 'activity-clear')!.click();
      await settle();
      expect(fetch).toHaveBeenLastCalledWith('/api/activity?limit=100', expect.anything());
      expect(byId(el, 'activity-empty')?.textContent?.trim()).toBe('Nothing has happened yet.');
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('says how far back a search looked when it stopped at its bound, and searches further on request', async () => {
    mockFetch({
      'GET /api/activity?limit=100&q=Harbor': () => jsonResponse({ entries: [], next: 'stamp-5000', scanned: 5000, scannedTo: '2026-10-02T09:00:00Z' }),
      'GET /api/activity?limit=100&before=stamp-5000&q=Harbor': () =>
        jsonResponse({ entries: [{ at: '2026-09-01T09:00:00Z', itemId: 'job/7', kind: 'job', title: 'Harbor Point', from: 'waiting', to: 'rejected', who: 'Ann', message: 'Not ours.' }], next: '', scanned: 900 }),
      'GET /api/activity?limit=100': () => jsonResponse({ entries: [], next: '' }),
    });
    const el = render(Activity);
    await settle();
    const search = byId(el, 'activity-q') as HTMLInputElement;
    search.value = 'Harbor';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    byId(el, 'activity-search')!.click();
    await settle();
    expect(byId(el, 'activity-none-yet')?.textContent).toBe('No entries match in the part of the history read so far.');
    expect(byId(el, 'activity-scanned')?.textContent).toMatch(/^Looked through the history back to (2 Oct|Oct 2)/);
    const button = byId(el, 'activity-older') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Search older entries');
    button.click();
    await settle();
    const items = [...el.querySelectorAll('[data-testid="activity-list"] li')];
    expect(items.map((li) => li.querySelector('span')?.textContent)).toEqual(['Job Harbor Point was skipped by Ann.']);
    expect(byId(el, 'activity-older')).toBeNull();
    expect(document.activeElement).toBe(items[0]);
  });
});
