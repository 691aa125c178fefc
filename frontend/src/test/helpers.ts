import { vi } from 'vitest';
import { flushSync, tick } from 'svelte';

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
