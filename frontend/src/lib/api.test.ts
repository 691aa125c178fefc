import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  getHealth,
  getSettings,
  getStatus,
  getWebConnectorFile,
  onUnauthorized,
  setAutostart,
  NOT_ANSWERING_MESSAGE,
} from './api';
import { TOKEN_KEY, clearToken, setToken } from './token';
import { errorResponse, jsonResponse, sampleStatus } from '../test/helpers';

function stubFetch(impl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const fn = vi.fn(impl);
  vi.stubGlobal('fetch', fn);
  return fn;
}

function headersOf(fn: ReturnType<typeof vi.fn>, call = 0): Record<string, string> {
  const init = fn.mock.calls[call][1] as RequestInit;
  return init.headers as Record<string, string>;
}

beforeEach(() => {
  clearToken();
  sessionStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
  onUnauthorized(null);
});

describe('api client', () => {
  it('calls relative /api URLs and returns the parsed body', async () => {
    const fn = stubFetch(async () => jsonResponse(sampleStatus()));
    const status = await getStatus();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn.mock.calls[0][0]).toBe('/api/status');
    expect(status.version).toBe('0.1.0-dev');
    expect(status.store.sizeBytes).toBe(123456);
    expect(status.approvals.pending).toBeNull();
  });

  it('sends no Authorization header when no token is known', async () => {
    const fn = stubFetch(async () => jsonResponse({ status: 'ok', version: '1.2.3' }));
    const health = await getHealth();
    expect(health).toEqual({ status: 'ok', version: '1.2.3' });
    expect(headersOf(fn)).not.toHaveProperty('Authorization');
  });

  it('sends the bearer token when one is stored', async () => {
    setToken('s3cret');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('s3cret');
    const fn = stubFetch(async () => jsonResponse({ autostart: { available: true, enabled: false, reason: '' } }));
    await getSettings();
    expect(headersOf(fn)['Authorization']).toBe('Bearer s3cret');
  });

  it('PUTs the autostart choice as JSON', async () => {
    const fn = stubFetch(async () => jsonResponse({ autostart: { available: true, enabled: true, reason: '' } }));
    const settings = await setAutostart(true);
    expect(settings.autostart.enabled).toBe(true);
    expect(fn.mock.calls[0][0]).toBe('/api/settings/autostart');
    const init = fn.mock.calls[0][1] as RequestInit;
    expect(init.method).toBe('PUT');
    expect(init.body).toBe('{"enabled":true}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('turns the error shape into an ApiError with status, code, message and fix', async () => {
    stubFetch(async () => errorResponse(409, 'autostart_failed', 'Windows refused the change.', 'Try again later.'));
    const err = await setAutostart(false).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(409);
    expect(err.code).toBe('autostart_failed');
    expect(err.message).toBe('Windows refused the change.');
    expect(err.fix).toBe('Try again later.');
    expect(err.unauthorized).toBe(false);
  });

  it('reports 401 to the unauthorized handler', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    stubFetch(async () => errorResponse(401, 'unauthorized', 'The access token is missing or wrong.', 'Paste it again.'));
    const err = await getStatus().catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.unauthorized).toBe(true);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0][0].message).toBe('The access token is missing or wrong.');
  });

  it('turns a network failure into a clear ApiError', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const err = await getStatus().catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(0);
    expect(err.code).toBe('not_answering');
    expect(err.message).toBe(NOT_ANSWERING_MESSAGE);
    expect(err.message).toMatch(/^Joblink is not answering/);
    expect(err.fix).not.toBe('');
  });

  it('turns a non-JSON success body into an ApiError', async () => {
    stubFetch(async () => new Response('<html>proxy page</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const err = await getStatus().catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('bad_reply');
    expect(err.message).toMatch(/^Joblink is not answering properly/);
  });

  it('turns a non-JSON error body into an ApiError carrying the status', async () => {
    stubFetch(async () => new Response('Bad Gateway', { status: 502 }));
    const err = await getStatus().catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(502);
    expect(err.code).toBe('bad_reply');
    expect(err.message).toContain('502');
  });
});

describe('Web Connector file download', () => {
  const QWC = '<?xml version="1.0"?><QBWCXML><AppName>Joblink</AppName></QBWCXML>';
  const qwcResponse = () =>
    new Response(QWC, {
      status: 200,
      headers: { 'Content-Type': 'application/xml', 'Content-Disposition': 'attachment; filename="joblink.qwc"' },
    });

  it('GETs /api/qbwc/qwc with the bearer token and returns the file as a Blob', async () => {
    setToken('s3cret');
    const fn = stubFetch(async () => qwcResponse());
    const blob = await getWebConnectorFile();
    expect(fn.mock.calls[0][0]).toBe('/api/qbwc/qwc');
    expect((fn.mock.calls[0][1] as RequestInit).method).toBe('GET');
    expect(headersOf(fn)['Authorization']).toBe('Bearer s3cret');
    expect(await blob.text()).toBe(QWC);
  });

  it('sends no Authorization header without a token', async () => {
    const fn = stubFetch(async () => qwcResponse());
    await getWebConnectorFile();
    expect(headersOf(fn)).not.toHaveProperty('Authorization');
  });

  it('turns an error reply into an ApiError and reports 401', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    stubFetch(async () => errorResponse(401, 'unauthorized', 'The access token is missing or wrong.', 'Paste it again.'));
    const err = await getWebConnectorFile().catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.unauthorized).toBe(true);
    expect(err.fix).toBe('Paste it again.');
    expect(handler).toHaveBeenCalledTimes(1);

    stubFetch(async () => errorResponse(409, 'no_password', 'The Web Connector password is not set.', 'Set it first.'));
    const err2 = await getWebConnectorFile().catch((e) => e);
    expect(err2.status).toBe(409);
    expect(err2.message).toBe('The Web Connector password is not set.');
  });

  it('refuses a web page or an empty reply instead of the file', async () => {
    stubFetch(async () => new Response('<html>index</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const err = await getWebConnectorFile().catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('bad_reply');

    stubFetch(async () => new Response('', { status: 200, headers: { 'Content-Type': 'application/xml' } }));
    const err2 = await getWebConnectorFile().catch((e) => e);
    expect(err2.code).toBe('bad_reply');
  });

  it('turns a network failure into the not-answering error', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const err = await getWebConnectorFile().catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('not_answering');
    expect(err.message).toBe(NOT_ANSWERING_MESSAGE);
  });
});
