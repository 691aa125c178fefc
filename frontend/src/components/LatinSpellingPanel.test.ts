import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import LatinSpellingPanel from './LatinSpellingPanel.svelte';
import { jsonResponse, mockFetch, settle } from '../test/helpers';

let app: Record<string, unknown> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

function render(rows: unknown[], refresh = vi.fn()) {
  const target = document.createElement('div');
  document.body.append(target);
  const model = { view: { rows }, config: { side: 'vendors' }, refresh };
  app = mount(LatinSpellingPanel, { target, props: { model } as never });
  return target;
}

describe('LatinSpellingPanel', () => {
  it('lists the records of the page that wait for a Latin spelling, each sent in one action', async () => {
    const fetch = mockFetch({ 'POST /api/mapping/vendors/accept-spelling': () => jsonResponse({ queued: ['vendor/87'], failed: [] }) });
    const refresh = vi.fn();
    const el = render(
      [
        { id: 'vendor/87', procore: { name: 'Строймонтаж' }, latinSpelling: { name: 'Stroymontazh' } },
        { id: 'vendor/86', procore: { name: '北京建工' }, latinSpelling: null },
        { id: 'vendor/1', procore: { name: 'Acme' } },
      ],
      refresh,
    );
    const panel = el.querySelector<HTMLElement>('[data-testid="latin-panel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(panel.querySelector('h2')?.id);
    expect(panel.querySelector('h2')?.textContent?.trim()).toBe('1 record on this page QuickBooks cannot store as written');
    expect([...panel.querySelectorAll('li')].map((li) => li.dataset.testid)).toEqual(['latin-row-vendor/87']);
    panel.querySelector<HTMLButtonElement>('[data-testid="use-latin-vendor/87"]')!.click();
    flushSync();
    await settle();
    expect(fetch).toHaveBeenCalledWith('/api/mapping/vendors/accept-spelling', expect.objectContaining({ body: '{"ids":["vendor/87"]}' }));
    expect(refresh).toHaveBeenCalled();
    expect(el.querySelector('[data-testid="latin-done"]')?.textContent).toContain('Строймонтаж: sent with the Latin spelling');
  });

  it('shows nothing when no record on the page needs one', () => {
    const el = render([{ id: 'vendor/1', procore: { name: 'Acme' } }]);
    expect(el.querySelector('[data-testid="latin-panel"]')).toBeNull();
  });
});
