import { vi } from 'vitest';
import { flushSync, tick } from 'svelte';
import type { KindInfo } from '../lib/api';

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function errorResponse(status: number, code: string, message: string, fix = ''): Response {
  return jsonResponse({ error: { code, message, fix } }, status);
}

/** Installs a fetch mock answering by "METHOD /path". Unknown routes reject like a network failure. */
export function mockFetch(routes: Record<string, () => Response | Promise<Response>>) {
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = `${(init?.method ?? 'GET').toUpperCase()} ${url}`;
    const handler = routes[key];
    if (!handler) throw new TypeError(`Failed to fetch (${key})`);
    return handler();
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** A call the recording fetch mock (serve) received: its method, URL and JSON body. */
export type FetchCall = { method: string; url: string; body: unknown };
/** What serve's fetch mock received since it was installed, oldest first. */
export const calls: FetchCall[] = [];

/**
 * Installs a fetch mock answering by "METHOD /path" (the query is part of the key) with the
 * route's answer to the JSON body sent, and records every call in calls (emptied first). With
 * anyQuery, a route named without a query answers whatever the query. An unknown route rejects
 * like a network failure.
 */
export function serve(routes: Record<string, (body: unknown, url: string) => Response | Promise<Response>>, { anyQuery = false } = {}) {
  calls.length = 0;
  const fn = vi.fn(async (url: string, init?: RequestInit) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = init?.body ? JSON.parse(init.body as string) : undefined;
    calls.push({ method, url, body });
    const handler = (anyQuery ? routes[`${method} ${url.split('?')[0]}`] : undefined) ?? routes[`${method} ${url}`];
    if (!handler) throw new TypeError(`Failed to fetch (${method} ${url})`);
    return handler(body, url);
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** The bodies serve's mock received for url with any method but GET, oldest first. */
export const posted = (url: string) => calls.filter((c) => c.method !== 'GET' && c.url === url).map((c) => c.body);

/** Lets pending promises (fetch mocks) settle and Svelte apply the changes. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await tick();
  }
  flushSync();
}

export function sampleStatus(overrides: Record<string, unknown> = {}) {
  return {
    version: '0.1.0-dev',
    mode: 'tray',
    startedAt: '2026-11-21T22:30:00Z',
    dataDir: 'C:\\Users\\ann\\AppData\\Local\\Joblink',
    store: {
      state: 'ok',
      path: 'C:\\Users\\ann\\AppData\\Local\\Joblink\\db',
      schemaVersion: 1,
      sizeBytes: 123456,
      lastBackupAt: '2026-11-21T22:30:01Z',
      backupDir: 'C:\\Users\\ann\\AppData\\Local\\Joblink\\backups',
      backupCount: 3,
      message: '',
    },
    listener: { state: 'listening', addresses: ['127.0.0.1:41740', '[::1]:41740'], uiURL: 'http://127.0.0.1:41740/' },
    approvals: { pending: null },
    logFile: 'C:\\Users\\ann\\AppData\\Local\\Joblink\\logs\\joblink.log',
    ...overrides,
  };
}

/** A `quickbooks` status part: connected, all four lists read, no problems. */
export function sampleQuickBooks(overrides: Record<string, unknown> = {}) {
  return {
    state: 'connected',
    webConnectorURL: 'http://localhost:41740/qbwc',
    passwordSet: true,
    company: {
      file: 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Acme Construction.qbw',
      name: 'Acme Construction LLC',
      product: 'QuickBooks Enterprise Solutions: Contractor 24.0',
      version: '34.0',
      country: 'US',
    },
    lastContactAt: '2026-11-21T22:40:05Z',
    lastResult: 'QuickBooks lists refreshed: 2 accounts, 14 items changed',
    problem: null,
    lists: [
      { kind: 'account', label: 'Accounts', count: 21, refreshedAt: '2026-11-21T22:40:05Z', problem: null },
      { kind: 'item', label: 'Items', count: 34, refreshedAt: '2026-11-21T22:40:05Z', problem: null },
      { kind: 'vendor', label: 'Vendors', count: 40, refreshedAt: '2026-11-21T22:40:05Z', problem: null },
      { kind: 'customer', label: 'Customers and jobs', count: 25, refreshedAt: '2026-11-21T22:40:05Z', problem: null },
    ],
    ...overrides,
  };
}

/** The `quickbooks` part before the Web Connector's first contact. */
export function waitingQuickBooks() {
  return sampleQuickBooks({
    state: 'waiting',
    passwordSet: false,
    company: null,
    lastContactAt: null,
    lastResult: '',
    lists: [
      { kind: 'account', label: 'Accounts', count: 0, refreshedAt: null, problem: null },
      { kind: 'item', label: 'Items', count: 0, refreshedAt: null, problem: null },
      { kind: 'vendor', label: 'Vendors', count: 0, refreshedAt: null, problem: null },
      { kind: 'customer', label: 'Customers and jobs', count: 0, refreshedAt: null, problem: null },
    ],
  });
}

/**
 * A file reply whose blob() gives exactly `blob`. (jsdom's Blob cannot be a body of Node's
 * Response, so the body is replaced instead.)
 */
export function blobResponse(blob: Blob, headers: Record<string, string> = {}, status = 200): Response {
  const res = new Response('file', { status, headers: { 'Content-Type': blob.type || 'application/octet-stream', ...headers } });
  Object.defineProperty(res, 'blob', { value: async () => blob });
  return res;
}

/** A `sync` status part: connected to Procore, not paused. */
export function sampleSync(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    paused: false,
    pollMinutes: 15,
    lastPollAt: new Date(now - 60_000).toISOString(),
    nextPollAt: new Date(now + 14 * 60_000).toISOString(),
    polling: false,
    problem: null,
    procore: { connected: true, company: { id: 5, name: 'Acme Construction' } },
    calls: null,
    ...overrides,
  };
}

/** GET /api/setup at the very start: nothing done. */
export function sampleSetup(overrides: Record<string, unknown> = {}) {
  return {
    step: 'procore',
    completed: false,
    demo: false,
    procore: {
      environment: 'production',
      baseURL: 'https://api.procore.com',
      connected: false,
      method: null,
      user: null,
      company: null,
      browserSignIn: { available: true, reason: '' },
      problem: null,
    },
    webConnector: { passwordSet: false, url: 'http://localhost:41740/qbwc', firstContactAt: null, company: null, problem: null },
    quickbooks: { incomeAccount: null, expenseAccount: null, retainageItem: null, listsReady: false },
    preferences: {
      directExport: { costcode: false, job: false, vendor: false },
      pollMinutes: 15,
      callSharePercent: 50,
      autostart: { available: true, enabled: false, reason: '' },
    },
    prefill: null,
    ...overrides,
  };
}

/** A GET /api/kinds list: the kinds the Go registry declares today, in export order. */
export function sampleKinds(): KindInfo[] {
  const kind = (k: string, label: string, one: string, page: string, rank: number, directExport: string): KindInfo => ({
    kind: k,
    label,
    one,
    direction: 'to_quickbooks',
    approval: false,
    dependsOn: [],
    page,
    rank,
    directExport,
  });
  return [
    kind('costcode', 'Cost codes', 'Cost code', 'cost-codes', 10, 'New and changed cost codes become QuickBooks service items without waiting for you.'),
    kind('job', 'Jobs', 'Job', 'jobs', 20, 'Procore projects are created as QuickBooks jobs without waiting for you.'),
    kind('vendor', 'Vendors', 'Vendor', 'vendors', 20, 'Procore directory companies are created as QuickBooks vendors without waiting for you.'),
  ];
}

/** A setup state with everything up to `step` done. */
export function setupAt(step: string, overrides: Record<string, unknown> = {}) {
  const base = sampleSetup();
  const order = ['procore', 'company', 'webconnector', 'quickbooks', 'preferences', 'done'];
  const i = order.indexOf(step);
  const s = { ...base, step } as ReturnType<typeof sampleSetup> & Record<string, unknown>;
  if (i > 0) s.procore = { ...base.procore, connected: true, method: 'service_account', user: { id: 1, name: 'Ann Smith', login: 'ann@acme.test' } } as never;
  if (i > 1) s.procore = { ...s.procore, company: { id: 5, name: 'Acme Construction' } } as never;
  if (i > 2)
    s.webConnector = {
      ...base.webConnector,
      passwordSet: true,
      firstContactAt: '2026-11-21T22:40:05Z',
      company: sampleQuickBooks().company,
    } as never;
  if (i > 3)
    s.quickbooks = {
      incomeAccount: { listID: 'A1', fullName: 'Construction Income' },
      expenseAccount: { listID: 'A2', fullName: 'Job Expenses' },
      retainageItem: { listID: 'I9', fullName: 'Retainage' },
      listsReady: true,
    } as never;
  return { ...s, ...overrides };
}

export function sampleCounts(overrides: Record<string, number> = {}) {
  return { all: 4, ready: 1, queued: 0, waiting: 0, sending: 0, synced: 1, attention: 1, retrying: 0, rejected: 1, ...overrides };
}

/** A cost-code work item in the given page status. */
export function workItem(key: string, status: string, overrides: Record<string, unknown> = {}) {
  const state: Record<string, string> = {
    ready: 'waiting',
    queued: 'queued',
    sending: 'sent',
    synced: 'synced',
    attention: 'failed',
    retrying: 'failed',
    rejected: 'rejected',
  };
  return {
    id: `costcode/${key}`,
    kind: 'costcode',
    key,
    title: `01-${key}00`,
    detail: `Description ${key}`,
    state: state[status] ?? status,
    status,
    qb: status === 'synced' ? { listID: `80000${key}-1`, fullName: `01-${key}00` } : null,
    failure:
      status === 'attention'
        ? {
            class: 'fix_data',
            code: 3100,
            message: 'The name "01-100" of the list element is already in use.',
            meaning: 'QuickBooks already has an item with this name that is not a Service item.',
            fix: 'Rename or make inactive the other item in QuickBooks, then export again.',
            at: '2026-11-21T22:40:05Z',
          }
        : null,
    notes: [],
    comment: '',
    waitingFor: '',
    updatedAt: '2026-11-21T22:40:05Z',
    ...overrides,
  };
}

/** A GET /api/work/costcode reply. */
export function sampleWorkList(items: unknown[], overrides: Record<string, unknown> = {}) {
  return {
    kind: 'costcode',
    total: items.length,
    counts: sampleCounts(),
    items,
    run: { active: false, sent: 0, done: 0, total: 0, startedAt: null },
    ...overrides,
  };
}

// ---------- mapping (docs/api-mapping.md) ----------

/** A Procore record row of GET /api/mapping/{side}. */
export function mappingRow(key: string, status: string, overrides: Record<string, unknown> = {}) {
  const procore = {
    id: key,
    name: `Project ${key}`,
    number: `2024-${key}`,
    address: '12 Main St',
    city: 'Atlanta',
    state: 'GA',
    zip: '30301',
    phone: '',
    fax: '',
    active: true,
    createdBeforeConnection: false,
    ...((overrides.procore as Record<string, unknown>) ?? {}),
  };
  const linked = status === 'linked' || status === 'conflict';
  return {
    id: `job/${key}`,
    status,
    quickbooks: linked ? qbRecord(`QB${key}`, { fullName: `Customer:Project ${key}` }) : null,
    suggestion:
      status === 'suggested'
        ? { listId: `S${key}`, fullName: `Customer:Project ${key}`, confidence: 'likely', score: 0.93, reason: 'Same name apart from punctuation' }
        : null,
    problem:
      status === 'conflict'
        ? { message: 'Two Procore projects claim this QuickBooks job.', meaning: 'Only one can be linked to it.', fix: 'Unlink one of them.' }
        : null,
    notes: [],
    nameLimit: 41,
    suggestedName: '',
    choice: { name: '', parentListId: '', asCustomer: false },
    linkWritten: linked,
    linkProblem: '',
    ...overrides,
    procore,
  };
}

/** A QuickBooks record (quickbooksOnly entry or linked record). */
export function qbRecord(listId: string, overrides: Record<string, unknown> = {}) {
  return {
    listId,
    fullName: `Customer:${listId}`,
    name: listId,
    parentFullName: 'Customer',
    level: 'job',
    active: true,
    address: '',
    city: 'Oakland',
    state: 'CA',
    zip: '94607',
    phone: '',
    fax: '',
    vendorType: '',
    unsupported: '',
    ...overrides,
  };
}

/** A page of GET /api/mapping/{side}: the totals are those of the rows and records given unless overridden. */
export function sampleMappingView(rows: unknown[], overrides: Record<string, unknown> = {}) {
  const view: Record<string, unknown> = {
    side: 'jobs',
    counts: { all: rows.length, unlinked: 1, suggested: 1, linked: 1, conflicts: 1, quickbooksOnly: 2 },
    offset: 0,
    limit: 100,
    rows,
    quickbooksOnly: [
      qbRecord('Q1', { fullName: 'Harbor Point Development LLC:Harbor Point Phase 2', name: 'Harbor Point Phase 2' }),
      qbRecord('Q2', { fullName: 'Acme Builders:Warehouse:Roof', level: 'subjob', unsupported: 'Sub jobs (a job under a job) are not supported' }),
    ],
    qbOffset: 0,
    qbLimit: 100,
    confirmation: 'These were in Procore before Joblink was connected.',
    run: { active: false, sent: 0, done: 0, total: 0 },
    ...overrides,
  };
  view.total ??= (view.rows as unknown[]).length;
  view.quickbooksOnlyTotal ??= (view.quickbooksOnly as unknown[]).length;
  return view;
}

/** A GET /api/mapping/jobs/parents reply. */
export function sampleParents(parents = [{ listId: 'P1', fullName: 'Harbor Point Development LLC' }], total = parents.length) {
  return { total, offset: 0, limit: 200, parents };
}
