import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import Settings from './Settings.svelte';
import { clearToken } from '../lib/token';
import { Shortcuts, shortcuts } from '../lib/shortcuts.svelte';
import { errorResponse, jsonResponse, mockFetch, settle } from '../test/helpers';

let app: Record<string, unknown> | null = null;

function render() {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(Settings, { target });
  return target;
}

function checkbox(el: HTMLElement): HTMLInputElement {
  const input = el.querySelector<HTMLInputElement>('#autostart');
  if (!input) throw new Error('no autostart checkbox');
  return input;
}

beforeEach(() => clearToken());
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('Settings', () => {
  it('turns the "/" shortcut off and on (WCAG 2.1.4), kept in this browser', async () => {
    mockFetch({ 'GET /api/settings': () => jsonResponse({ autostart: { available: true, enabled: false, reason: '' } }) });
    const el = render();
    await settle();
    const input = el.querySelector<HTMLInputElement>('[data-testid="slash-shortcut"]')!;
    expect(el.querySelector('label[for="slash-shortcut"]')?.textContent).toContain('to jump to a page');
    expect(input.checked).toBe(true);
    input.click();
    flushSync();
    expect(shortcuts.slash).toBe(false);
    expect(localStorage.getItem('joblink.slashShortcut')).toBe('off');
    expect(new Shortcuts(localStorage).slash).toBe(false); // read back after a restart
    input.click();
    flushSync();
    expect(shortcuts.slash).toBe(true);
    expect(new Shortcuts(localStorage).slash).toBe(true);
  });

  it('shows a labelled autostart checkbox bound to the server value and saves a change', async () => {
    const fetch = mockFetch({
      'GET /api/settings': () => jsonResponse({ autostart: { available: true, enabled: false, reason: '' } }),
      'PUT /api/settings/autostart': () => jsonResponse({ autostart: { available: true, enabled: true, reason: '' } }),
    });
    const el = render();
    await settle();
    const input = checkbox(el);
    expect(input.type).toBe('checkbox');
    expect(input.checked).toBe(false);
    expect(input.disabled).toBe(false);
    expect(el.querySelector('label[for="autostart"]')?.textContent).toBe('Start Joblink when I sign in to Windows');

    input.focus();
    input.click();
    flushSync();
    expect(input.disabled).toBe(true);
    input.blur(); // what a browser does to a focused control that becomes disabled
    await settle();
    expect(document.activeElement).toBe(checkbox(el)); // given back once saved
    expect(fetch).toHaveBeenCalledWith('/api/settings/autostart', expect.objectContaining({ method: 'PUT', body: '{"enabled":true}' }));
    expect(checkbox(el).checked).toBe(true);
    expect(el.textContent).toContain('Saved');
    expect(el.querySelector('[data-testid="settings-setup-link"]')?.getAttribute('href')).toBe('#/setup');
    expect(el.querySelector('[data-testid="card-more-settings"]')?.textContent).toContain("how much of Procore's hourly request limit");
  });

  it('is disabled with the reason when autostart is not available', async () => {
    mockFetch({
      'GET /api/settings': () =>
        jsonResponse({ autostart: { available: false, enabled: false, reason: 'Joblink is running without a window.' } }),
    });
    const el = render();
    await settle();
    expect(checkbox(el).disabled).toBe(true);
    expect(el.querySelector('[data-testid="autostart-reason"]')?.textContent).toContain('Joblink is running without a window.');
  });

  it('shows the error inline and puts the checkbox back when saving fails', async () => {
    mockFetch({
      'GET /api/settings': () => jsonResponse({ autostart: { available: true, enabled: false, reason: '' } }),
      'PUT /api/settings/autostart': () =>
        errorResponse(500, 'autostart_failed', 'Windows did not accept the change.', 'Try again in a minute.'),
    });
    const el = render();
    await settle();
    checkbox(el).click();
    flushSync();
    await settle();
    expect(checkbox(el).checked).toBe(false);
    const err = el.querySelector('[data-testid="autostart-error"]');
    expect(err?.textContent).toContain('Windows did not accept the change.');
    expect(err?.textContent).toContain('Try again in a minute.');
  });
});
