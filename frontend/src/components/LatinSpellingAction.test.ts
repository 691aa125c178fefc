import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import LatinSpellingAction from './LatinSpellingAction.svelte';
import { jsonResponse, mockFetch, settle } from '../test/helpers';
import { latinOfferWords, acceptSpellingNotice } from '../lib/spelling';

let app: Record<string, unknown> | null = null;
function render(props: Record<string, unknown>) {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(LatinSpellingAction, { target, props: props as never });
  return target;
}
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

const row = {
  id: 'vendor/87',
  latinSpelling: { name: 'Stroymontazh', fields: [{ field: 'city', text: 'Łódź', latin: 'Lódz' }] },
};

describe('Use the Latin spelling', () => {
  it('says what it sends, sends it in one action, and says it is on its way', async () => {
    const fetch = mockFetch({ 'POST /api/mapping/vendors/accept-spelling': () => jsonResponse({ queued: ['vendor/87'], failed: [] }) });
    const onaccepted = vi.fn();
    const el = render({ row, side: 'vendors', onaccepted });
    const button = el.querySelector<HTMLButtonElement>('[data-testid="use-latin-vendor/87"]')!;
    expect(button.textContent?.trim()).toBe('Use the Latin spelling');
    const what = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(what.textContent).toBe('Sends the name “Stroymontazh”, the city “Łódź” as “Lódz”.');
    button.click();
    flushSync();
    await settle();
    expect(fetch).toHaveBeenCalledWith('/api/mapping/vendors/accept-spelling', expect.objectContaining({ body: '{"ids":["vendor/87"]}' }));
    expect(onaccepted).toHaveBeenCalled();
    const result = el.querySelector<HTMLElement>('[data-testid="latin-result-vendor/87"]')!;
    expect(result.textContent).toContain('Sent with the Latin spelling');
    expect(document.activeElement).toBe(result);
    expect(el.querySelector('[data-testid="use-latin-vendor/87"]')).toBeNull();
  });

  it('says why not when the server refuses, and keeps the button', async () => {
    mockFetch({
      'POST /api/mapping/jobs/accept-spelling': () =>
        jsonResponse({ queued: [], failed: [{ id: 'job/1', message: 'Choose the QuickBooks customer "Стадион" goes under, or create it as a customer.', fix: '' }] }),
    });
    const el = render({ row: { ...row, id: 'job/1' }, side: 'jobs' });
    el.querySelector<HTMLButtonElement>('[data-testid="use-latin-job/1"]')!.click();
    flushSync();
    await settle();
    expect(el.querySelector('[data-testid="latin-result-job/1"]')?.textContent).toContain('Not sent: Choose the QuickBooks customer');
    expect(el.querySelector('[data-testid="use-latin-job/1"]')).not.toBeNull();
  });

  it('offers nothing for a row without a spelling to accept', () => {
    const el = render({ row: { id: 'vendor/86', latinSpelling: null }, side: 'vendors' });
    expect(el.querySelector('button')).toBeNull();
  });

  it('words the offer and the outcome', () => {
    expect(latinOfferWords({ fields: [{ field: 'street', text: 'ул. Ленина 5', latin: 'ul. Lenina 5' }] })).toBe('the street “ул. Ленина 5” as “ul. Lenina 5”');
    expect(acceptSpellingNotice({ queued: [], failed: [], matches: [{ id: 'x', listId: 'L', message: 'QuickBooks already has "A".', fix: 'Link to it instead.' } as never] }).text).toBe(
      'Not sent: QuickBooks already has "A". Link to it instead.',
    );
  });
});
