import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import App from './App.svelte';
import { statusStore } from './lib/status.svelte';
import { session } from './lib/session.svelte';
import { TOKEN_KEY, clearToken } from './lib/token';
import { errorResponse, jsonResponse, sampleKinds, sampleSetup, sampleStatus, settle } from './test/helpers';
import { setupStore } from './lib/setup.svelte';
import { kindsStore } from './lib/kinds.svelte';
import { shortcuts } from './lib/shortcuts.svelte';

let app: Record<string, unknown> | null = null;
const GOOD = 'good-token';

function render() {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(App, { target });
  return target;
}

/** A server that wants the bearer token GOOD. */
function stubServer() {
  const fn = vi.fn(async (_url: string, init?: RequestInit) => {
    const auth = (init?.headers as Record<string, string>)?.['Authorization'];
    if (auth !== `Bearer ${GOOD}`) {
      return errorResponse(401, 'unauthorized', auth ? 'That access token is not right.' : 'An access token is needed.', 'Copy it again from ui-token.');
    }
    return jsonResponse(sampleStatus({ approvals: { pending: 2 } }));
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

beforeEach(() => {
  clearToken();
  sessionStorage.clear();
  statusStore.reset();
  setupStore.reset();
  kindsStore.reset();
  session.needsSignIn = false;
  history.replaceState(null, '', '/#/dashboard');
});
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  statusStore.reset();
});

describe('App', () => {
  it('shows the sign-in panel instead of the shell on 401, and signs in with the right token', async () => {
    stubServer();
    const el = render();
    await settle();
    const panel = el.querySelector('[data-testid="signin"]');
    expect(panel).not.toBeNull();
    expect(panel?.textContent).toContain(
      'This Joblink is running without its window (headless mode). Paste the access token from the file ui-token in Joblink\'s data folder.',
    );
    expect(el.querySelector('nav')).toBeNull();
    const input = el.querySelector<HTMLInputElement>('#access-token')!;
    expect(input.type).toBe('password');
    expect(el.querySelector('label[for="access-token"]')?.textContent).toBe('Access token');

    // wrong token: the server's message is shown
    input.value = 'nope';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    expect(el.querySelector('[data-testid="signin-error"]')?.textContent).toContain('That access token is not right.');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull();

    // right token: stored, and the shell with the dashboard appears
    input.value = GOOD;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe(GOOD);
    expect(el.querySelector('[data-testid="signin"]')).toBeNull();
    expect(el.querySelector('[data-testid="status-version"]')?.textContent).toBe('0.1.0-dev');
    expect(el.querySelector('[data-testid="app-version"]')?.textContent?.trim()).toBe('Joblink 0.1.0-dev');
    expect(el.querySelector('[data-testid="approvals-badge"]')?.getAttribute('aria-label')).toBe('2 documents waiting for a decision');
  });

  it('routes by hash to the built screens', async () => {
    sessionStorage.setItem(TOKEN_KEY, GOOD);
    stubServer();
    const el = render();
    await settle();
    expect(el.querySelector('a[aria-current="page"]')?.textContent?.trim()).toBe('Dashboard');

    location.hash = '#/job-costs';
    await settle();
    expect(el.querySelector('h1')?.textContent).toBe('Job costs');
    expect(el.querySelector('[data-testid="not-built-yet"]')).toBeNull();
    expect(el.querySelector('a[aria-current="page"]')?.textContent?.trim()).toMatch(/^Job costs/);
    expect(document.activeElement?.id).toBe('page-title');

    // Jobs is built: the mapping page.
    location.hash = '#/jobs';
    await settle();
    expect(el.querySelector('h1')?.textContent).toBe('Jobs');
    expect(el.querySelector('[data-testid="not-built-yet"]')).toBeNull();
    expect(el.querySelector('[data-testid="mapping-filters"]')).not.toBeNull();
    expect(document.activeElement?.id).toBe('page-title');

    location.hash = '#/nowhere';
    await settle();
    expect(el.querySelector('h1')?.textContent).toBe('Dashboard');
  });

  it('titles every page: "Approvals — Joblink", a kind\'s page by its kind', async () => {
    sessionStorage.setItem(TOKEN_KEY, GOOD);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url === '/api/setup') return jsonResponse(sampleSetup({ completed: true, step: 'done' }));
        if (url === '/api/kinds') return jsonResponse({ kinds: sampleKinds() });
        if (url.startsWith('/api/activity')) return jsonResponse({ entries: [], next: '' });
        return jsonResponse(sampleStatus());
      }),
    );
    render();
    await settle();
    expect(document.title).toBe('Dashboard — Joblink');
    for (const [hash, title] of [
      ['#/approvals', 'Approvals — Joblink'],
      ['#/vendors', 'Vendors — Joblink'],
      ['#/activity', 'Activity — Joblink'],
      ['#/settings', 'Settings — Joblink'],
      ['#/setup', 'Setup — Joblink'],
    ]) {
      location.hash = hash;
      await settle();
      expect(document.title).toBe(title);
    }
  });

  it('shows a banner on every page while syncing is paused, and Resume ends it', async () => {
    sessionStorage.setItem(TOKEN_KEY, GOOD);
    let paused = true;
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/sync/paused' && init?.method === 'PUT') {
        paused = JSON.parse(String(init.body)).paused;
        return jsonResponse({ paused });
      }
      return jsonResponse(sampleStatus({ sync: { paused, pollMinutes: 15, lastPollAt: null, nextPollAt: null, polling: false, problem: null, procore: { connected: true, company: null }, calls: null } }));
    });
    vi.stubGlobal('fetch', fetch);
    const el = render();
    await settle();
    for (const hash of ['#/dashboard', '#/activity', '#/settings']) {
      location.hash = hash;
      await settle();
      expect(el.querySelector('[data-testid="pause-banner"]')?.textContent).toContain('Syncing is paused.');
    }
    el.querySelector<HTMLButtonElement>('[data-testid="pause-resume"]')!.click();
    await settle(10);
    expect(fetch).toHaveBeenCalledWith('/api/sync/paused', expect.objectContaining({ method: 'PUT', body: '{"paused":false}' }));
    expect(el.querySelector('[data-testid="pause-banner"]')).toBeNull();
    expect(el.querySelector('[data-testid="pause-notice"]')?.textContent).toBe('Syncing is on again.');
    // The button went with the banner: focus is on the page's title, not lost to the body.
    expect(document.activeElement?.id).toBe('page-title');
  });

  it('lets "/" be turned off: then it reaches no page shortcut outside a text field', async () => {
    sessionStorage.setItem(TOKEN_KEY, GOOD);
    stubServer();
    render();
    await settle();
    const heard: string[] = [];
    const listener = (e: KeyboardEvent) => heard.push(e.key);
    document.addEventListener('keydown', listener);
    try {
      shortcuts.setSlash(false);
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
      expect(heard).toEqual([]);
      const input = document.createElement('input');
      document.body.append(input);
      input.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
      expect(heard).toEqual(['/']); // typing a slash in a field is never stopped
      shortcuts.setSlash(true);
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
      expect(heard).toEqual(['/', '/']);
    } finally {
      document.removeEventListener('keydown', listener);
      shortcuts.setSlash(true);
    }
  });

  it('opens the setup wizard on start while setup is not finished, with the demo banner', async () => {
    sessionStorage.setItem(TOKEN_KEY, GOOD);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url === '/api/setup') return jsonResponse(sampleSetup({ demo: true }));
        return jsonResponse(sampleStatus({ approvals: { pending: 2 } }));
      }),
    );
    const el = render();
    await settle(10);
    expect(location.hash).toBe('#/setup');
    expect(el.querySelector('h1')?.textContent).toBe('Setup');
    expect(el.querySelector('[data-testid="demo-banner"]')?.textContent).toContain('Demo: simulated Procore and QuickBooks');
    expect(el.querySelector('a[aria-current="page"]')?.textContent?.trim()).toBe('Setup');
  });

  it('stays on the dashboard when setup is finished', async () => {
    sessionStorage.setItem(TOKEN_KEY, GOOD);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url === '/api/setup') return jsonResponse(sampleSetup({ completed: true, step: 'done' }));
        return jsonResponse(sampleStatus());
      }),
    );
    const el = render();
    await settle(10);
    expect(location.hash).toBe('#/dashboard');
    expect(el.querySelector('[data-testid="demo-banner"]')).toBeNull();
  });

  it('reads the registered kinds once signed in: the navigation shows their pages, and only theirs', async () => {
    sessionStorage.setItem(TOKEN_KEY, GOOD);
    const fetch = vi.fn(async (url: string) => {
      if (url === '/api/kinds') return jsonResponse({ kinds: sampleKinds().filter((k) => k.kind !== 'vendor') });
      if (url === '/api/setup') return jsonResponse(sampleSetup({ completed: true, step: 'done' }));
      return jsonResponse(sampleStatus());
    });
    vi.stubGlobal('fetch', fetch);
    const el = render();
    await settle(10);
    const links = [...el.querySelectorAll('nav a')].map((a) => a.textContent?.trim());
    expect(links).toEqual(['Dashboard', 'Approvals', 'Cost codes', 'Jobs', 'Job costs', 'Activity', 'Settings', 'Setup']);
    await statusStore.poke();
    await settle();
    expect(fetch.mock.calls.filter((c) => c[0] === '/api/kinds')).toHaveLength(1);
  });

  it('takes a #token= that arrives while open', async () => {
    stubServer();
    const el = render();
    await settle();
    expect(el.querySelector('[data-testid="signin"]')).not.toBeNull();
    location.hash = `#token=${GOOD}`;
    await settle(10);
    expect(location.hash).toBe('#/dashboard');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe(GOOD);
    expect(el.querySelector('[data-testid="status-version"]')?.textContent).toBe('0.1.0-dev');
  });
});
