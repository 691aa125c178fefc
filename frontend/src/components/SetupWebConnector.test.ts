import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SetupWebConnector from './SetupWebConnector.svelte';
import { setupStore } from '../lib/setup.svelte';
import { clearToken } from '../lib/token';
import { jsonResponse, mockFetch, settle, setupAt } from '../test/helpers';
import { byId, click, render, unmountAll } from '../test/dom';
import type { SetupState } from '../lib/api';

const renderStep = (setup: SetupState) => render(SetupWebConnector, { setup, onnext: () => {} });

beforeEach(() => {
  clearToken();
  setupStore.reset();
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
  setupStore.reset();
});

describe('Web Connector password', () => {
  it('asks before replacing a password the Web Connector uses, and says it stops syncing until re-entered', async () => {
    const state = setupAt('quickbooks') as unknown as SetupState; // a password is set, the Web Connector has called
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      'POST /api/setup/webconnector/password': () => jsonResponse({ password: 'abcde-fghij-kmnpq-rstuv' }),
    });
    const el = renderStep(state);
    await settle();
    await click(byId(el, 'wc-make-password'));
    const posted = () => fetch.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST');
    expect(posted()).toHaveLength(0); // nothing replaced by the first click
    const dialog = byId(document, 'wc-new-password-dialog');
    expect(dialog?.textContent).toContain('cannot sync until you paste the new password');
    expect(document.activeElement).toBe(byId(document, 'wc-new-password-cancel')); // the safe answer has the focus

    await click(byId(document, 'wc-new-password-cancel'));
    expect(byId(document, 'wc-new-password-dialog')).toBeNull();
    expect(posted()).toHaveLength(0);

    await click(byId(el, 'wc-make-password'));
    await click(byId(document, 'wc-new-password-confirm'));
    expect(posted()).toHaveLength(1);
    expect(posted()[0][1]).toMatchObject({ body: '{"replace":true}' });
    expect((byId(el, 'wc-password') as HTMLInputElement).value).toBe('abcde-fghij-kmnpq-rstuv');
  });

  it('makes the first password without asking, and without claiming to replace one', async () => {
    const state = setupAt('webconnector') as unknown as SetupState;
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      'POST /api/setup/webconnector/password': () => jsonResponse({ password: 'abcde-fghij-kmnpq-rstuv' }),
    });
    const el = renderStep(state);
    await settle();
    await click(byId(el, 'wc-make-password'));
    expect(byId(document, 'wc-new-password-dialog')).toBeNull();
    const post = fetch.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'POST');
    expect(post?.[1]).toMatchObject({ body: '{"replace":false}' });
  });
});
