import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import QuickBooksCard from './QuickBooksCard.svelte';
import type { QuickBooksStatus } from '../lib/api';
import { clearToken, setToken } from '../lib/token';
import { blobResponse, errorResponse, mockFetch, sampleQuickBooks, settle, waitingQuickBooks } from '../test/helpers';
import { byId, render, text, unmountAll } from '../test/dom';

const NOW = new Date('2026-11-21T22:45:00Z');

function renderCard(qb: unknown) {
  const el = render(QuickBooksCard, { qb: qb as QuickBooksStatus, now: NOW });
  flushSync();
  return el;
}

const listProblem = { message: 'QuickBooks did not send the item list.', fix: 'Close any open QuickBooks windows and wait.' };

// jsdom has no object URLs; the download test provides them.
const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;

beforeEach(() => clearToken());
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
});

describe('QuickBooksCard', () => {
  it('shows a connected company file, the Web Connector and the last contact', () => {
    const el = renderCard(sampleQuickBooks());
    const card = byId(el, 'qb-card');
    expect(card?.tagName).toBe('SECTION');
    expect(card?.querySelector('h2')?.textContent?.trim()).toBe('QuickBooks');
    expect(byId(el, 'qb-state')?.getAttribute('data-state')).toBe('connected');
    expect(text(el, 'qb-state')).toBe('Connected');
    expect(byId(el, 'qb-state')?.className).toContain('pill-ok');
    expect(byId(el, 'qb-waiting')).toBeNull();
    expect(byId(el, 'qb-problem')).toBeNull();

    expect(text(el, 'qb-company-file')).toBe(
      'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Acme Construction.qbw',
    );
    expect(text(el, 'qb-company-name')).toBe('Acme Construction LLC');
    expect(text(el, 'qb-product')).toBe('QuickBooks Enterprise Solutions: Contractor 24.0 (version 34.0)');
    expect(text(el, 'qb-country')).toBe('United States');
    expect(text(el, 'qb-wc-url')).toBe('http://localhost:41740/qbwc');
    expect(text(el, 'qb-password')).toBe('Set');
    expect(text(el, 'qb-last-contact')).toMatch(/^Today at \d/);
    expect(text(el, 'qb-last-result')).toBe('QuickBooks lists refreshed: 2 accounts, 14 items changed');
    expect(text(el, 'qb-download-qwc')).toBe('Download the Web Connector file (.qwc)');
  });

  it('explains the waiting state and points to Setup', () => {
    const el = renderCard(waitingQuickBooks());
    expect(byId(el, 'qb-state')?.getAttribute('data-state')).toBe('waiting');
    expect(text(el, 'qb-state')).toBe('Waiting for the Web Connector');
    const note = text(el, 'qb-waiting') ?? '';
    expect(note).toContain('has not contacted Joblink yet');
    expect(note).toContain('Open Setup');
    expect(byId(el, 'qb-waiting')?.querySelector('a')?.getAttribute('href')).toBe('#/setup');
    expect(text(el, 'qb-password')).toBe('Not set yet');
    expect(text(el, 'qb-last-contact')).toBe('No contact yet');
    expect(byId(el, 'qb-last-result')).toBeNull();
    expect(byId(el, 'qb-company-file')).toBeNull();
    expect(text(el, 'qb-company-unknown')).toMatch(/^Not known yet/);
    expect(text(el, 'qb-list-refreshed-account')).toBe('Not yet');
    expect(text(el, 'qb-list-count-account')).toBe('0');
  });

  it('shows a problem with its fix like other errors', () => {
    const el = renderCard(
      sampleQuickBooks({
        state: 'problem',
        problem: { message: 'The Web Connector used a wrong password.', fix: 'Enter the password again in the Web Connector.' },
        company: { ...sampleQuickBooks().company, country: 'CA' },
      }),
    );
    expect(byId(el, 'qb-state')?.getAttribute('data-state')).toBe('problem');
    expect(text(el, 'qb-state')).toBe('Needs attention');
    expect(byId(el, 'qb-card')?.className).toContain('tone-error');
    const problem = byId(el, 'qb-problem');
    expect(problem?.getAttribute('role')).toBe('alert');
    expect(problem?.textContent).toContain('The Web Connector used a wrong password.');
    expect(problem?.textContent).toContain('How to fix it: Enter the password again in the Web Connector.');
    expect(text(el, 'qb-country')).toBe('Canada');
  });

  it('lists the QuickBooks lists in an accessible table with problem markers', () => {
    const base = sampleQuickBooks();
    const lists = base.lists.map((l) => (l.kind === 'item' ? { ...l, count: 1234, refreshedAt: null, problem: listProblem } : l));
    const el = renderCard({ ...base, lists });
    const table = byId(el, 'qb-lists') as HTMLTableElement;
    expect(table.tagName).toBe('TABLE');
    expect(table.caption?.textContent).toBe('QuickBooks lists kept in Joblink');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((th) => th.textContent)).toEqual(['List', 'In Joblink', 'Last refreshed', 'Problem']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual([
      'qb-list-account',
      'qb-list-item',
      'qb-list-vendor',
      'qb-list-customer',
    ]);
    expect(rows.map((r) => r.querySelector('th[scope="row"]')?.textContent)).toEqual([
      'Accounts',
      'Items',
      'Vendors',
      'Customers and jobs',
    ]);
    expect(text(el, 'qb-list-count-account')).toBe('21');
    expect(text(el, 'qb-list-count-item')).toBe((1234).toLocaleString());
    expect(text(el, 'qb-list-refreshed-account')).toMatch(/^Today at \d/);
    expect(text(el, 'qb-list-refreshed-item')).toBe('Not yet');
    expect(text(el, 'qb-list-problem-account')).toBe('None');
    expect(text(el, 'qb-list-problem-item')).toBe(`${listProblem.message} How to fix it: ${listProblem.fix}`);
    expect(byId(el, 'qb-list-item')?.className).toContain('has-problem');
    expect(byId(el, 'qb-list-account')?.className).not.toContain('has-problem');
    // A list problem alone marks the card but does not change the overall state.
    expect(text(el, 'qb-state')).toBe('Connected');
    expect(byId(el, 'qb-card')?.className).toContain('tone-warning');
  });

  it('says so when no list is known', () => {
    const el = renderCard(sampleQuickBooks({ lists: [] }));
    expect(byId(el, 'qb-lists')).toBeNull();
    expect(text(el, 'qb-lists-empty')).toBe('Joblink has not read any QuickBooks lists yet.');
  });

  it('downloads the Web Connector file with the token through an object URL', async () => {
    setToken('s3cret');
    const qwc = new Blob(['<QBWCXML/>'], { type: 'application/xml' });
    const fetch = mockFetch({
      'GET /api/qbwc/qwc': () => blobResponse(qwc, { 'Content-Disposition': 'attachment; filename="joblink.qwc"' }),
    });
    const createObjectURL = vi.fn((_: Blob) => 'blob:joblink/qwc');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const links: { href: string | null; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      links.push({ href: this.getAttribute('href'), download: this.download });
    });

    const el = renderCard(sampleQuickBooks());
    const button = byId(el, 'qb-download-qwc') as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    button.focus();
    button.click();
    flushSync();
    expect(button.disabled).toBe(true);
    button.blur(); // what a browser does to a focused button that becomes disabled
    await settle();
    expect(document.activeElement).toBe(button); // given back, not left on the page body

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/qbwc/qwc');
    expect((init?.headers as Record<string, string>)['Authorization']).toBe('Bearer s3cret');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(createObjectURL.mock.calls[0][0]).toBe(qwc);
    expect(links).toEqual([{ href: 'blob:joblink/qwc', download: 'joblink.qwc' }]);
    expect(byId(el, 'qb-download-error')).toBeNull();
    expect(button.disabled).toBe(false);
  });

  it('shows the error and its fix when the download fails', async () => {
    mockFetch({
      'GET /api/qbwc/qwc': () =>
        errorResponse(409, 'no_password', 'The Web Connector password is not set yet.', 'Set the password first.'),
    });
    const createObjectURL = vi.fn(() => 'blob:x');
    URL.createObjectURL = createObjectURL;
    const el = renderCard(sampleQuickBooks());
    byId(el, 'qb-download-qwc')?.click();
    await settle();
    const err = byId(el, 'qb-download-error');
    expect(err?.getAttribute('role')).toBe('alert');
    expect(err?.textContent).toContain('The Web Connector file could not be downloaded');
    expect(err?.textContent).toContain('The Web Connector password is not set yet.');
    expect(err?.textContent).toContain('How to fix it: Set the password first.');
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  it('explains a network failure during the download', async () => {
    mockFetch({});
    const el = renderCard(sampleQuickBooks());
    byId(el, 'qb-download-qwc')?.click();
    await settle();
    expect(text(el, 'qb-download-error')).toContain('Joblink is not answering');
  });
});
