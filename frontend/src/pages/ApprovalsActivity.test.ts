import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount, type Component } from 'svelte';
import Activity from './Activity.svelte';
import { clearToken } from '../lib/token';
import { kindsStore } from '../lib/kinds.svelte';
import { jsonResponse, mockFetch, sampleKinds, settle } from '../test/helpers';

let app: Record<string, unknown> | null = null;

function render(c: Component) {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(c, { target });
  return target;
}

const byId = (el: ParentNode, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);

beforeEach(() => {
  clearToken();
  kindsStore.set(sampleKinds());
});
afterEach(() => {
  kindsStore.reset();
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
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
    expect(items[1].textContent).toContain('Cost code 01-100 was queued for QuickBooks by Ann.');
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
  });
});
