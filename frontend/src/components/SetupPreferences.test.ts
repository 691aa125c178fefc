import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SetupPreferences from './SetupPreferences.svelte';
import { setupStore } from '../lib/setup.svelte';
import { clearToken } from '../lib/token';
import { jsonResponse, mockFetch, settle, setupAt } from '../test/helpers';
import { byId, click, render, unmountAll } from '../test/dom';
import type { SetupState } from '../lib/api';

const renderStep = (setup: SetupState, onnext: () => void = () => {}) => render(SetupPreferences, { setup, onnext });

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
  unmountAll();
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
    const el = renderStep(state, () => next++);
    await settle();
    expect(byId<HTMLInputElement>(el, 'setup-jobcost-column-read_only')!.checked).toBe(true);
    expect(byId<HTMLInputElement>(el, 'setup-jobcost-add-new')!.checked).toBe(false);
    expect(byId<HTMLInputElement>(el, 'setup-jobcost-refresh-every_run')!.checked).toBe(true);
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
    const el = renderStep(state);
    await settle();
    expect(byId<HTMLInputElement>(el, 'setup-jobcost-column-editable')!.checked).toBe(true);
    expect(byId<HTMLInputElement>(el, 'setup-jobcost-add-new')!.checked).toBe(true);
    expect(byId<HTMLInputElement>(el, 'setup-jobcost-refresh-on_demand')!.checked).toBe(true);
    await click(byId(el, 'setup-next'));
    expect(putBody(fetch)).toMatchObject({ jobCostDirectCostColumn: 'editable', jobCostAddNewCostCodes: true, jobCostRefresh: 'on_demand' });
  });

  it('offers the defaults when the server says nothing of job costs (populated from QuickBooks, every run, no new lines)', async () => {
    const state = setupAt('preferences') as unknown as SetupState;
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      'PUT /api/setup/preferences': () => jsonResponse(state),
    });
    const el = renderStep(state);
    await settle();
    expect(byId<HTMLInputElement>(el, 'setup-jobcost-column-read_only')!.checked).toBe(true);
    expect(byId<HTMLInputElement>(el, 'setup-jobcost-add-new')!.checked).toBe(false);
    expect(byId<HTMLInputElement>(el, 'setup-jobcost-refresh-every_run')!.checked).toBe(true);
    await click(byId(el, 'setup-next'));
    expect(putBody(fetch)).toMatchObject({ jobCostDirectCostColumn: 'read_only', jobCostAddNewCostCodes: false, jobCostRefresh: 'every_run' });
  });
});
