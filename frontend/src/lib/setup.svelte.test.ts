import { afterEach, describe, expect, it, vi } from 'vitest';
import { SIGN_IN_TIMED_OUT, SetupStore } from './setup.svelte';
import { jsonResponse, mockFetch, sampleSetup, setupAt } from '../test/helpers';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('SetupStore browser sign-in', () => {
  it('polls GET /api/setup until Procore is connected, then stops', async () => {
    vi.useFakeTimers();
    let connected = false;
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(connected ? setupAt('company') : sampleSetup()),
      'POST /api/setup/procore/browser': () => jsonResponse({ authorizeURL: 'https://login.test/a' }),
    });
    const open = vi.fn(() => true);
    const store = new SetupStore({ open, visibility: null, pollMs: 2000 });
    await store.startBrowser({});
    expect(open).toHaveBeenCalledWith('https://login.test/a');
    expect(store.waitingForBrowser).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.waitingForBrowser).toBe(true);
    connected = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.waitingForBrowser).toBe(false);
    expect(store.setup?.procore.connected).toBe(true);
    const n = fetch.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetch.mock.calls.length).toBe(n); // stopped polling
  });

  it('gives up after 10 minutes with a message and a fix', async () => {
    vi.useFakeTimers();
    let t = 0;
    mockFetch({
      'GET /api/setup': () => jsonResponse(sampleSetup()),
      'POST /api/setup/procore/browser': () => jsonResponse({ authorizeURL: 'https://login.test/a', opened: true }),
    });
    const open = vi.fn(() => true);
    const store = new SetupStore({ open, visibility: null, pollMs: 1000, now: () => t });
    await store.startBrowser({});
    expect(open).not.toHaveBeenCalled();
    t = 11 * 60 * 1000;
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.waitingForBrowser).toBe(false);
    expect(store.errorOf('signin')).toEqual(SIGN_IN_TIMED_OUT);
  });

  it('cancel stops waiting', async () => {
    vi.useFakeTimers();
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(sampleSetup()),
      'POST /api/setup/procore/browser': () => jsonResponse({ authorizeURL: 'https://login.test/a' }),
    });
    const store = new SetupStore({ open: () => true, visibility: null, pollMs: 1000 });
    await store.startBrowser({});
    await vi.advanceTimersByTimeAsync(0);
    store.cancelBrowser();
    const n = fetch.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetch.mock.calls.length).toBe(n);
    expect(store.waitingForBrowser).toBe(false);
  });
});
