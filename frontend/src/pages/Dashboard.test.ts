import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount, unmount } from 'svelte';
import Dashboard from './Dashboard.svelte';
import { statusStore } from '../lib/status.svelte';
import { clearToken } from '../lib/token';
import { jsonResponse, mockFetch, sampleKinds, sampleQuickBooks, sampleStatus, sampleSync, setupAt, settle, waitingQuickBooks } from '../test/helpers';
import { kindsStore } from '../lib/kinds.svelte';
import { setupStore } from '../lib/setup.svelte';

/** The registered kinds with budgets, a document kind decided on Approvals. */
function kindsWithBudgets() {
  return [...sampleKinds(), { kind: 'budget', label: 'Budgets', one: 'Budget', direction: 'to_quickbooks', approval: true, dependsOn: ['costcode'], page: '', rank: 40, directExport: '' }];
}

/** A GET /api/summary reply: 3 budgets to decide, 2 cost codes refused and 1 retried, 12 exported today. */
function sampleSummary(overrides: Record<string, unknown> = {}) {
  return {
    decisions: 3,
    attention: 2,
    retrying: 1,
    queued: 4,
    exportedToday: 12,
    exportedTodayCapped: false,
    since: '2026-11-24T00:00:00+01:00',
    webConnectorEverySeconds: 300,
    kinds: [
      { kind: 'costcode', label: 'Cost codes', approval: false, ready: 1591, attention: 2, retrying: 1, queued: 4, exportedToday: 12 },
      { kind: 'vendor', label: 'Vendors', approval: false, ready: 1597, attention: 1, retrying: 0, queued: 0, exportedToday: 0 },
      { kind: 'budget', label: 'Budgets', approval: true, ready: 3, attention: 0, retrying: 0, queued: 0, exportedToday: 0 },
      { kind: 'widget', label: 'Widgets', approval: true, ready: 9, attention: 9, retrying: 0, queued: 0, exportedToday: 0 },
    ],
    ...overrides,
  };
}

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
  kindsStore.reset();
  setupStore.reset();
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
    // The status, and the day's counts for the first card (failing here: the card says so, the rest stands).
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['/api/status', '/api/summary']);

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
    expect(text(el, 'card-next')).toContain('Not built yet');
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
    expect(el.querySelector('.cards.health > section')?.getAttribute('data-testid')).toBe('qb-card');
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

  it("says truthfully what is built and what is not, from the kinds and where setup is", async () => {
    kindsStore.set(sampleKinds());
    setupStore.setup = setupAt('webconnector') as never;
    mockFetch({ 'GET /api/status': () => jsonResponse(sampleStatus()), 'GET /api/summary': () => jsonResponse(sampleSummary()) });
    const el = render();
    await statusStore.refresh();
    await settle();
    const next = text(el, 'card-next') ?? '';
    expect(text(el, 'next-setup')).toBe('Setup: 2 steps of 5 done. Next: Connect the QuickBooks Web Connector. Continue in Setup.');
    for (const k of sampleKinds()) expect(next).toContain(k.label);
    expect(next).toMatch(/Not built yet: commitments and invoices/);
    expect(el.querySelector('[data-testid="card-next"] a[href="#/setup"]')).not.toBeNull();
    // The first card leads with the same step.
    expect(text(el, 'today-next')).toContain('Setup is not finished');
    expect(el.querySelector('[data-testid="today-next-link"]')?.getAttribute('href')).toBe('#/setup');

    setupStore.setup = setupAt('done', { completed: true }) as never;
    await settle();
    expect(text(el, 'next-setup')).toMatch(/^Setup is finished/);
  });

  it('leads with what needs the bookkeeper: decisions, refused items per kind with links, the last and next Web Connector run, today\'s exports', async () => {
    kindsStore.set(kindsWithBudgets());
    setupStore.setup = setupAt('done', { completed: true }) as never;
    const lastContact = new Date(Date.now() - 60_000).toISOString();
    mockFetch({
      'GET /api/status': () => jsonResponse(sampleStatus({ quickbooks: sampleQuickBooks({ lastContactAt: lastContact, lastResult: 'Sent 3 cost codes.' }) })),
      'GET /api/summary': () => jsonResponse(sampleSummary()),
    });
    const el = render();
    await statusStore.refresh();
    await settle();
    // The work card comes first, above every health card.
    expect(el.querySelector('.cards > section')?.getAttribute('data-testid')).toBe('card-today');
    const lines = [...el.querySelectorAll('[data-testid="today-work"] li')].map((li) => [li.getAttribute('data-what'), li.textContent?.trim(), li.querySelector('a')?.getAttribute('href')]);
    expect(lines).toEqual([
      ['decision', 'Budgets: 3 documents wait for your decision', '#/approvals'],
      ['attention', 'Cost codes: 2 need your attention', '#/cost-codes?status=attention'],
      ['attention', 'Vendors: 1 needs your attention', '#/vendors?filter=conflicts'],
      ['retrying', 'Cost codes: 1 will be tried again by Joblink', '#/cost-codes?status=retrying'],
    ]);
    // 1,591 cost codes and 1,597 vendors nobody asked to export are not work.
    expect(text(el, 'card-today')).not.toContain('1,591');
    expect(text(el, 'card-today')).not.toContain('1,597');
    expect(text(el, 'today-last-run')).toMatch(/^Today at .+: Sent 3 cost codes\.$/);
    expect(text(el, 'today-next-run')).toMatch(/^Around .+ \(every 5 minutes\)\.$/);
    expect(text(el, 'today-exported')).toBe('12 exported today');
    expect(el.querySelector('[data-testid="today-exported"] a')?.getAttribute('href')).toBe(
      '#/activity?to=synced&since=' + encodeURIComponent('2026-11-24T00:00:00+01:00'),
    );
    expect(text(el, 'today-moving')).toBe('Cost codes: 12 exported today, 4 on the way');
    expect(text(el, 'today-next')).toBe('3 documents wait for your decision. Open Approvals');
  });

  it('says when nothing waits, and that the Web Connector has not run yet', async () => {
    kindsStore.set(sampleKinds());
    mockFetch({
      'GET /api/status': () => jsonResponse(sampleStatus({ quickbooks: waitingQuickBooks() })),
      'GET /api/summary': () => jsonResponse(sampleSummary({ decisions: 0, kinds: [] , exportedToday: 0 })),
    });
    const el = render();
    await statusStore.refresh();
    await settle();
    expect(text(el, 'today-nothing')).toMatch(/^Nothing waits for you/);
    expect(text(el, 'today-last-run')).toBe('The Web Connector has not run yet.');
    expect(el.querySelector('[data-testid="today-next-run"]')).toBeNull();
    expect(text(el, 'today-exported')).toBe('Nothing exported yet today');
    expect(text(el, 'today-next')).toMatch(/^The QuickBooks Web Connector has not contacted Joblink yet/);
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
    const cards = [...el.querySelectorAll('.cards.health > section')].map((c) => c.getAttribute('data-testid'));
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
