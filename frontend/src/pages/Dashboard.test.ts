import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount, unmount } from 'svelte';
import Dashboard from './Dashboard.svelte';
import { statusStore } from '../lib/status.svelte';
import { clearToken } from '../lib/token';
import { jsonResponse, mockFetch, sampleQuickBooks, sampleStatus, sampleSync, settle, waitingQuickBooks } from '../test/helpers';

let app: Record<string, unknown> | null = null;

function render() {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(Dashboard, { target });
  return target;
}

const text = (el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

beforeEach(() => {
  clearToken();
  statusStore.reset();
});
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  statusStore.reset();
});

describe('Dashboard', () => {
  it('says it is checking before any status arrived', () => {
    const el = render();
    expect(el.textContent).toContain("Checking Joblink's status…");
    expect(el.querySelector('[data-testid="status-version"]')).toBeNull();
  });

  it('renders a status object as cards', async () => {
    const fetch = mockFetch({ 'GET /api/status': () => jsonResponse(sampleStatus()) });
    const el = render();
    await statusStore.refresh();
    await settle();
    expect(fetch).toHaveBeenCalledTimes(1);

    expect(text(el, 'status-version')).toBe('0.1.0-dev');
    expect(text(el, 'status-mode')).toBe('Running in the system tray');
    expect(el.querySelector('[data-testid="status-store-state"]')?.getAttribute('data-state')).toBe('ok');
    expect(text(el, 'status-store-state')).toBe('Working normally');
    expect(text(el, 'status-store-size')).toBe('121 KB');
    expect(text(el, 'status-backup-count')).toBe('3 backups');
    expect(text(el, 'status-schema-version')).toBe('1');
    expect(text(el, 'status-backup-dir')).toBe('C:\\Users\\ann\\AppData\\Local\\Joblink\\backups');
    expect(text(el, 'status-last-backup')).toMatch(/^(Today|Yesterday|On .+) at \d/);
    expect(text(el, 'status-data-dir')).toBe('C:\\Users\\ann\\AppData\\Local\\Joblink');
    expect(text(el, 'status-log-file')).toBe('C:\\Users\\ann\\AppData\\Local\\Joblink\\logs\\joblink.log');
    const addresses = [...el.querySelectorAll('[data-testid="status-listener"] li')].map((li) => li.textContent);
    expect(addresses).toEqual(['127.0.0.1:41740', '[::1]:41740']);
    expect(text(el, 'status-ui-url')).toBe('http://127.0.0.1:41740/');
    expect(el.querySelector('[data-testid="status-store-message"]')).toBeNull();
    expect(el.querySelector('[data-testid="lost-contact"]')).toBeNull();
    // The "What's next" card is honest about what is missing.
    expect(text(el, 'card-next')).toContain('not built yet');
    expect(text(el, 'card-next')).toContain('Web Connector');
    // An older server sends no QuickBooks part: no card, nothing broken.
    expect(el.querySelector('[data-testid="qb-card"]')).toBeNull();
  });

  it('shows the QuickBooks card when the status has a quickbooks part', async () => {
    mockFetch({ 'GET /api/status': () => jsonResponse(sampleStatus({ quickbooks: sampleQuickBooks() })) });
    const el = render();
    await statusStore.refresh();
    await settle();
    const card = el.querySelector('[data-testid="qb-card"]');
    expect(card).not.toBeNull();
    expect(el.querySelector('[data-testid="qb-state"]')?.getAttribute('data-state')).toBe('connected');
    expect(text(el, 'qb-product')).toBe('QuickBooks Enterprise Solutions: Contractor 24.0 (version 34.0)');
    expect(text(el, 'qb-last-contact')).toMatch(/^(Today|Yesterday|On .+) at \d/);
    expect(text(el, 'qb-list-count-vendor')).toBe('40');
    // The QuickBooks card comes first; the other cards are still there.
    expect(el.querySelector('.cards > section')?.getAttribute('data-testid')).toBe('qb-card');
    expect(text(el, 'status-version')).toBe('0.1.0-dev');
  });

  it('updates the QuickBooks card when a later poll brings news', async () => {
    let qb: unknown = waitingQuickBooks();
    mockFetch({ 'GET /api/status': () => jsonResponse(sampleStatus({ quickbooks: qb })) });
    const el = render();
    await statusStore.refresh();
    await settle();
    expect(text(el, 'qb-state')).toBe('Waiting for the Web Connector');
    expect(text(el, 'qb-last-contact')).toBe('No contact yet');

    qb = sampleQuickBooks();
    await statusStore.refresh();
    await settle();
    expect(text(el, 'qb-state')).toBe('Connected');
    expect(el.querySelector('[data-testid="qb-waiting"]')).toBeNull();
    expect(text(el, 'qb-company-file')).toContain('Acme Construction.qbw');
  });

  it("says truthfully what is built and what is not", async () => {
    mockFetch({ 'GET /api/status': () => jsonResponse(sampleStatus()) });
    const el = render();
    await statusStore.refresh();
    await settle();
    const next = text(el, 'card-next') ?? '';
    expect(next).toContain('reads your QuickBooks lists');
    expect(next).toContain('exports Procore cost codes to QuickBooks');
    expect(next).toMatch(/Locked Procore budgets and budget changes wait for your decision on\s+Approvals/);
    expect(next).toMatch(/Commitments, invoices and job costs are not built yet/);
    expect(el.querySelector('[data-testid="card-next"] a[href="#/setup"]')).not.toBeNull();
  });

  it('shows the Procore card beside the QuickBooks card, with sync controls', async () => {
    const fetch = mockFetch({
      'GET /api/status': () => jsonResponse(sampleStatus({ quickbooks: sampleQuickBooks(), sync: sampleSync() })),
      'POST /api/sync/now': () => jsonResponse({ started: true }, 202),
      'PUT /api/sync/paused': () => jsonResponse({ ...sampleSync(), paused: true }),
    });
    const el = render();
    await statusStore.refresh();
    await settle();
    const cards = [...el.querySelectorAll('.cards > section')].map((c) => c.getAttribute('data-testid'));
    expect(cards.slice(0, 2)).toEqual(['procore-card', 'qb-card']);
    expect(text(el, 'procore-state')).toBe('Connected');
    expect(text(el, 'procore-company')).toBe('Acme Construction');
    expect(text(el, 'procore-last-poll')).toMatch(/^(Today|Yesterday|On .+) at \d/);
    expect(text(el, 'procore-next-poll')).toMatch(/^(Today|Tomorrow|Yesterday|On .+) at \d/);

    el.querySelector<HTMLButtonElement>('[data-testid="sync-now"]')!.click();
    await settle();
    expect(fetch).toHaveBeenCalledWith('/api/sync/now', expect.objectContaining({ method: 'POST' }));
    expect(text(el, 'sync-notice')).toBe('Joblink is checking Procore now.');

    el.querySelector<HTMLButtonElement>('[data-testid="sync-pause"]')!.click();
    await settle();
    expect(fetch).toHaveBeenCalledWith('/api/sync/paused', expect.objectContaining({ method: 'PUT', body: '{"paused":true}' }));
  });

  it('shows the Procore problem with its fix, and a link to Setup when not connected', async () => {
    let sync: unknown = sampleSync({ problem: { message: 'Procore refused the sign-in.', fix: 'Sign in again in Setup.' } });
    mockFetch({ 'GET /api/status': () => jsonResponse(sampleStatus({ sync })) });
    const el = render();
    await statusStore.refresh();
    await settle();
    expect(text(el, 'procore-state')).toBe('Needs attention');
    expect(text(el, 'procore-problem')).toContain('How to fix it: Sign in again in Setup.');

    sync = sampleSync({ procore: { connected: false, company: null } });
    await statusStore.refresh();
    await settle();
    expect(text(el, 'procore-state')).toBe('Not connected');
    expect(el.querySelector('[data-testid="procore-setup-link"]')?.getAttribute('href')).toBe('#/setup');
    expect(el.querySelector('[data-testid="sync-now"]')).toBeNull();
  });

  it('shows headless mode, a database problem and "No backup yet"', async () => {
    const base = sampleStatus();
    mockFetch({
      'GET /api/status': () =>
        jsonResponse({
          ...base,
          mode: 'headless',
          store: { ...base.store, state: 'error', message: 'The database is damaged.', lastBackupAt: null, backupCount: 0 },
        }),
    });
    const el = render();
    await statusStore.refresh();
    await settle();
    expect(text(el, 'status-mode')).toBe('Running without a window (headless)');
    expect(text(el, 'status-store-state')).toBe('Problem');
    expect(text(el, 'status-store-message')).toBe('The database is damaged.');
    expect(text(el, 'status-last-backup')).toBe('No backup yet');
    expect(text(el, 'status-backup-count')).toBe('0 backups');
  });

  it('keeps the last data and shows a banner when a poll fails', async () => {
    let up = true;
    mockFetch({
      'GET /api/status': () => {
        if (!up) throw new TypeError('Failed to fetch');
        return jsonResponse(sampleStatus());
      },
    });
    const el = render();
    await statusStore.refresh();
    await settle();
    expect(text(el, 'status-version')).toBe('0.1.0-dev');

    up = false;
    await statusStore.refresh();
    await settle();
    expect(text(el, 'status-version')).toBe('0.1.0-dev');
    const banner = el.querySelector('[data-testid="lost-contact"]');
    expect(banner?.getAttribute('role')).toBe('status');
    expect(banner?.textContent).toMatch(/^\s*Lost contact with Joblink at .+ – retrying…\s*$/);

    up = true;
    await statusStore.refresh();
    await settle();
    expect(el.querySelector('[data-testid="lost-contact"]')).toBeNull();
  });

  it('explains the problem when the very first status cannot be read', async () => {
    mockFetch({});
    const el = render();
    await statusStore.refresh();
    await settle();
    expect(el.querySelector('[data-testid="status-version"]')).toBeNull();
    const err = el.querySelector('[data-testid="status-error"]');
    expect(err?.getAttribute('role')).toBe('alert');
    expect(err?.textContent).toContain('Joblink is not answering');
    expect(err?.textContent).toContain('How to fix it:');
  });
});
