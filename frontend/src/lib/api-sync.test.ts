// The setup, work-item, approvals, activity and sync routes of docs/api-sync.md.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as api from './api';
import { clearToken, setToken } from './token';
import { errorResponse, jsonResponse, sampleSetup } from '../test/helpers';

type Call = { url: string; method: string; body: unknown; auth?: string };
let calls: Call[] = [];

function stub(reply: () => Response = () => jsonResponse(sampleSetup())) {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      calls.push({
        url,
        method: init?.method ?? 'GET',
        body: init?.body ? JSON.parse(init.body as string) : undefined,
        auth: headers['Authorization'],
      });
      return reply();
    }),
  );
}

beforeEach(() => {
  clearToken();
  sessionStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe('setup routes', () => {
  it.each<[string, () => Promise<unknown>, string, string, unknown]>([
    ['getSetup', () => api.getSetup(), 'GET', '/api/setup', undefined],
    ['custom environment', () => api.setProcoreEnvironment('custom', 'http://127.0.0.1:41750'), 'PUT', '/api/setup/procore/environment', { environment: 'custom', baseURL: 'http://127.0.0.1:41750' }],
    ['production environment (no baseURL)', () => api.setProcoreEnvironment('production', 'http://ignored'), 'PUT', '/api/setup/procore/environment', { environment: 'production' }],
    ['browser sign-in, no credentials', () => api.startBrowserSignIn(), 'POST', '/api/setup/procore/browser', {}],
    ['browser sign-in with credentials', () => api.startBrowserSignIn({ clientId: 'id', clientSecret: 's' }), 'POST', '/api/setup/procore/browser', { clientId: 'id', clientSecret: 's' }],
    ['code page', () => api.getCodeSignInURL(), 'GET', '/api/setup/procore/browser?oob=1', undefined],
    ['code page with own app', () => api.getCodeSignInURL('my id'), 'GET', '/api/setup/procore/browser?oob=1&clientId=my%20id', undefined],
    ['code', () => api.signInWithCode('abc', { clientId: 'id' }), 'POST', '/api/setup/procore/code', { code: 'abc', clientId: 'id' }],
    ['service account', () => api.signInServiceAccount('id', 's'), 'POST', '/api/setup/procore/service-account', { clientId: 'id', clientSecret: 's' }],
    ['companies', () => api.getProcoreCompanies(), 'GET', '/api/setup/procore/companies', undefined],
    ['company', () => api.setProcoreCompany(7), 'PUT', '/api/setup/procore/company', { id: 7 }],
    ['disconnect', () => api.disconnectProcore(), 'POST', '/api/setup/procore/disconnect', undefined],
    ['password', () => api.newWebConnectorPassword(), 'POST', '/api/setup/webconnector/password', { replace: false }],
    ['password replaced', () => api.newWebConnectorPassword(true), 'POST', '/api/setup/webconnector/password', { replace: true }],
    ['accounts', () => api.getQuickBooksAccounts('Income', 'OtherIncome'), 'GET', '/api/quickbooks/accounts?type=Income&type=OtherIncome', undefined],
    ['items (all)', () => api.getQuickBooksItems(), 'GET', '/api/quickbooks/items', undefined],
    ['items (service)', () => api.getQuickBooksItems('Service'), 'GET', '/api/quickbooks/items?type=Service', undefined],
    ['quickbooks choices', () => api.setSetupQuickBooks({ incomeAccount: 'A', expenseAccount: 'B', retainageItem: 'C' }), 'PUT', '/api/setup/quickbooks', { incomeAccount: 'A', expenseAccount: 'B', retainageItem: 'C' }],
    ['finish', () => api.finishSetup(), 'POST', '/api/setup/finish', undefined],
  ])('%s', async (_name, call, method, url, body) => {
    stub();
    await call();
    expect(calls).toEqual([{ url, method, body, auth: undefined }]);
  });

  it('sends preferences as the contract shape', async () => {
    stub();
    const directExport = { costcode: true, job: false, vendor: false };
    await api.setSetupPreferences({ directExport, pollMinutes: 30, callSharePercent: 40, autostart: true });
    expect(calls[0].body).toEqual({ directExport, pollMinutes: 30, callSharePercent: 40, autostart: true });
  });

  it('sends the token and turns a 409 from finish into an ApiError with the fix', async () => {
    setToken('t');
    stub(() => errorResponse(409, 'setup_incomplete', 'Choose the retainage item first.', 'Open the QuickBooks step.'));
    const err = await api.finishSetup().catch((e) => e);
    expect(calls[0].auth).toBe('Bearer t');
    expect(err).toBeInstanceOf(api.ApiError);
    expect(err.status).toBe(409);
    expect(err.message).toBe('Choose the retainage item first.');
    expect(err.fix).toBe('Open the QuickBooks step.');
  });
});

describe('work, approvals, activity and sync routes', () => {
  it.each<[string, () => Promise<unknown>, string, string, unknown]>([
    ['list all', () => api.getWorkItems('costcode'), 'GET', '/api/work/costcode', undefined],
    ['list filtered', () => api.getWorkItems('costcode', { status: 'ready', q: '01-', offset: 0, limit: 200 }), 'GET', '/api/work/costcode?status=ready&q=01-&offset=0&limit=200', undefined],
    ['export ids', () => api.exportWorkItems('costcode', { ids: ['costcode/1'] }), 'POST', '/api/work/costcode/export', { ids: ['costcode/1'] }],
    ['export all', () => api.exportWorkItems('costcode', { all: true }), 'POST', '/api/work/costcode/export', { all: true }],
    ['reject', () => api.rejectWorkItems('costcode', ['costcode/1'], 'Duplicate'), 'POST', '/api/work/costcode/reject', { ids: ['costcode/1'], comment: 'Duplicate' }],
    ['reopen', () => api.reopenWorkItems('costcode', ['costcode/1']), 'POST', '/api/work/costcode/reopen', { ids: ['costcode/1'] }],
    ['kinds', () => api.getKinds(), 'GET', '/api/kinds', undefined],
    ['approvals', () => api.getApprovals(), 'GET', '/api/approvals', undefined],
    ['activity', () => api.getActivity(), 'GET', '/api/activity?limit=100', undefined],
    ['activity by kind', () => api.getActivity({ limit: 50, kind: 'costcode' }), 'GET', '/api/activity?limit=50&kind=costcode', undefined],
    ['sync now', () => api.syncNow(), 'POST', '/api/sync/now', undefined],
    ['pause', () => api.setSyncPaused(true), 'PUT', '/api/sync/paused', { paused: true }],
  ])('%s', async (_name, call, method, url, body) => {
    stub(() => jsonResponse({ ok: true }, url === '/api/sync/now' ? 202 : 200));
    await call();
    expect(calls).toEqual([{ url, method, body, auth: undefined }]);
  });

  it('takes the 202 of sync now as success', async () => {
    stub(() => jsonResponse({ started: true }, 202));
    await expect(api.syncNow()).resolves.toEqual({ started: true });
  });
});
