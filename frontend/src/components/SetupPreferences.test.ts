import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import SetupPreferences from './SetupPreferences.svelte';
import { setupStore } from '../lib/setup.svelte';
import { clearToken } from '../lib/token';
import { jsonResponse, mockFetch, settle, setupAt } from '../test/helpers';
import type { SetupState } from '../lib/api';

let app: Record<string, unknown> | null = null;

function render(setup: SetupState, onnext: () => void = () => {}) {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(SetupPreferences, { target, props: { setup, onnext } });
  return target;
}

const byId = (el: HTMLElement | Document, id: string) => el.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);

async function click(el: HTMLElement | null) {
  el!.click();
  flushSync();
  await settle();
}

function stateWith(prefs: Record<string, unknown>): SetupState {
  const s = setupAt('preferences') as unknown as SetupState;
  return { ...s, preferences: { ...s.preferences, ...prefs } };
}

/** The body of the PUT /api/setup/preferences the form sent. */
function putBody(fetch: ReturnType<typeof mockFetch>): Record<string, unknown> {
  const put = fetch.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'PUT');
  expect(put, 'a PUT /api/setup/preferences').toBeTruthy();
  return JSON.parse(String((put![1] as RequestInit).body));
}

beforeEach(() => {
  clearToken();
  setupStore.reset();
});
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  setupStore.reset();
});

describe('Setup preferences: job costs', () => {
  it('starts from the saved job-cost settings and sends the ones chosen with the other preferences', async () => {
    const state = stateWith({ jobCostDirectCostColumn: 'read_only', jobCostAddNewCostCodes: false, jobCostRefresh: 'every_run' });
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      'PUT /api/setup/preferences': () => jsonResponse(state),
    });
    let next = 0;
    const el = render(state, () => next++);
    await settle();
    expect(byId(el, 'setup-jobcost-column-read_only')!.checked).toBe(true);
    expect(byId(el, 'setup-jobcost-add-new')!.checked).toBe(false);
    expect(byId(el, 'setup-jobcost-refresh-every_run')!.checked).toBe(true);
    expect(byId(el, 'setup-jobcosts')!.textContent).toContain('Automatically add new cost codes to budgets');

    await click(byId(el, 'setup-jobcost-column-editable'));
    await click(byId(el, 'setup-jobcost-add-new'));
    await click(byId(el, 'setup-jobcost-refresh-on_demand'));
    await click(byId(el, 'setup-next'));
    expect(putBody(fetch)).toMatchObject({
      pollMinutes: 15,
      callSharePercent: 50,
      jobCostDirectCostColumn: 'editable',
      jobCostAddNewCostCodes: true,
      jobCostRefresh: 'on_demand',
    });
    expect(next).toBe(1);
  });

  it('shows the saved choices of a user who set them before (editable, add new, on demand)', async () => {
    const state = stateWith({ jobCostDirectCostColumn: 'editable', jobCostAddNewCostCodes: true, jobCostRefresh: 'on_demand' });
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      'PUT /api/setup/preferences': () => jsonResponse(state),
    });
    const el = render(state);
    await settle();
    expect(byId(el, 'setup-jobcost-column-editable')!.checked).toBe(true);
    expect(byId(el, 'setup-jobcost-add-new')!.checked).toBe(true);
    expect(byId(el, 'setup-jobcost-refresh-on_demand')!.checked).toBe(true);
    await click(byId(el, 'setup-next'));
    expect(putBody(fetch)).toMatchObject({ jobCostDirectCostColumn: 'editable', jobCostAddNewCostCodes: true, jobCostRefresh: 'on_demand' });
  });

  it('offers the defaults when the server says nothing of job costs (populated from QuickBooks, every run, no new lines)', async () => {
    const state = setupAt('preferences') as unknown as SetupState;
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      'PUT /api/setup/preferences': () => jsonResponse(state),
    });
    const el = render(state);
    await settle();
    expect(byId(el, 'setup-jobcost-column-read_only')!.checked).toBe(true);
    expect(byId(el, 'setup-jobcost-add-new')!.checked).toBe(false);
    expect(byId(el, 'setup-jobcost-refresh-every_run')!.checked).toBe(true);
    await click(byId(el, 'setup-next'));
    expect(putBody(fetch)).toMatchObject({ jobCostDirectCostColumn: 'read_only', jobCostAddNewCostCodes: false, jobCostRefresh: 'every_run' });
  });
});
