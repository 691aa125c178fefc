import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import JobCosts from './JobCosts.svelte';
import { clearToken } from '../lib/token';
import { errorResponse, jsonResponse, mockFetch, settle } from '../test/helpers';
import { byId, click, render, text, unmountAll } from '../test/dom';
import { detail, progress as refreshProgress, project, reconciliation } from '../lib/jobcosts.fixtures';
import type { JobCostList, RefreshProgress } from '../lib/jobcosts-api';

function list(over: Partial<JobCostList> = {}): JobCostList {
  return {
    settings: { directCostColumn: 'read_only', addNewCostCodes: false, refresh: 'every_run' },
    howCalculated: 'QuickBooks actual = Act. Cost per item of the Job Estimates vs. Actuals Detail report.',
    lastRefresh: '2026-12-06T21:04:11Z',
    totals: { projects: 2, budget: '500000.00', committed: '230000.00', actual: '160000.10', withoutCostCode: '1250.00', overBudget: 1 },
    total: 2,
    offset: 0,
    limit: 100,
    projects: [project(), project({ projectId: '3000004913', name: 'Depot', number: '2024-002', overBudget: true, overBudgetLines: 2, procore: { state: 'attention', message: 'The Direct Costs tool is on.', writtenAt: null } })],
    ...over,
  };
}

const idle = refreshProgress();

beforeEach(() => {
  clearToken();
  history.replaceState(null, '', '/#/job-costs');
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

describe('Job costs page', () => {
  it('lists the linked projects with totals, how the figures are made, and flags over budget', async () => {
    mockFetch({
      'GET /api/jobcosts': () => jsonResponse(list()),
      'GET /api/jobcosts/refresh': () => jsonResponse(idle),
    });
    const el = render(JobCosts);
    await settle();
    expect(text(el, 'total-actual')).toBe('160,000.10');
    expect(text(el, 'total-over')).toBe('1 project');
    expect(text(el, 'jobcosts-how')).toContain('Job Estimates vs. Actuals Detail');
    const rows = el.querySelectorAll('[data-testid="jobcosts-list"] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('143,210.55');
    expect(rows[0].textContent).toContain('29.8%');
    expect(text(el, 'over-3000004913')).toBe('Yes (2 lines)');
    expect(rows[1].textContent).toContain('The Direct Costs tool is on.');
    expect(el.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('Project');
    expect(el.querySelector('caption')?.textContent).toBe('Linked projects, sorted by Project, A to Z');
  });

  it('asks the server to sort, search and refresh one project, and shows the progress', async () => {
    let progress: RefreshProgress = idle;
    const fetch = mockFetch({
      'GET /api/jobcosts': () => jsonResponse(list()),
      'GET /api/jobcosts?sort=actual&dir=desc': () => jsonResponse(list()),
      'GET /api/jobcosts?q=depot&sort=actual&dir=desc': () => jsonResponse(list({ total: 1, projects: [list().projects[1]] })),
      'GET /api/jobcosts/refresh': () => jsonResponse(progress),
      'POST /api/jobcosts/refresh': () => {
        progress = { ...idle, state: 'reading', jobsToRead: 1, jobsRead: 0 };
        return jsonResponse(progress, 202);
      },
    });
    const el = render(JobCosts);
    await settle();
    await click(byId(el, 'sort-actual'));
    expect(fetch).toHaveBeenLastCalledWith('/api/jobcosts?sort=actual&dir=desc', expect.anything());
    expect(el.querySelector('th[aria-sort="descending"]')?.textContent).toContain('QuickBooks actual');

    const search = byId(el, 'jobcosts-search') as HTMLInputElement;
    search.value = 'depot';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    expect(el.querySelectorAll('[data-testid="jobcosts-list"] tbody tr')).toHaveLength(1);

    await click(byId(el, 'refresh-3000004913'));
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ projectIds: ['3000004913'] });
    expect(text(el, 'jobcosts-refresh-progress')).toBe('Reading QuickBooks: 0 of 1 job read.');
    expect((byId(el, 'jobcosts-refresh-button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens one project: cost codes, what changed, costs without a cost code and the reconciliation', async () => {
    history.replaceState(null, '', '/#/job-costs?project=3000004912');
    mockFetch({
      'GET /api/jobcosts': () => jsonResponse(list()),
      'GET /api/jobcosts/refresh': () => jsonResponse(idle),
      'GET /api/jobcosts/3000004912': () => jsonResponse(detail()),
    });
    const el = render(JobCosts);
    await settle();
    expect(el.querySelector('#jobcost-project-title')?.textContent).toContain('Café Lumière Renovation – Phase 2');
    expect(el.querySelectorAll('[data-testid="jobcost-lines"] tbody tr')).toHaveLength(4);
    expect(text(el, 'line-03-100')).toContain('over budget');
    expect(text(el, 'line-09-900')).toContain('Not in the budget');
    expect(text(el, 'jobcost-chart-summary')).toContain('03-100 Concrete (actual 12,400.00 against budget 10,000.00)');
    expect(byId(el, 'jobcost-chart-image')?.getAttribute('aria-label')).toContain('1 cost code over budget');
    expect(text(el, 'jobcost-changes')).toContain('+200.00');
    expect(text(el, 'jobcost-without')).toContain('Ace Rentals, Inc.');
    expect(text(el, 'jobcost-excluded')).toContain('Retainage');
    expect(byId(el, 'jobcost-reconciliation')?.dataset.flagged).toBe('no');
    expect(text(el, 'rec-explained')).toBe('Every difference is explained: the 2,560.50 between QuickBooks and Procore is accounted for by the 2 reasons below.');
    expect(byId(el, 'rec-reason-not_in_budget')?.textContent).toContain('Turn the setting on.');
  });

  it('flags a reconciliation whose reasons do not add up', async () => {
    history.replaceState(null, '', '/#/job-costs?project=3000004912');
    const rec = reconciliation({ reasons: [reconciliation().reasons[0]] });
    mockFetch({
      'GET /api/jobcosts': () => jsonResponse(list()),
      'GET /api/jobcosts/refresh': () => jsonResponse(idle),
      'GET /api/jobcosts/3000004912': () => jsonResponse(detail({ reconciliation: rec })),
    });
    const el = render(JobCosts);
    await settle();
    expect(byId(el, 'jobcost-reconciliation')?.dataset.flagged).toBe('yes');
    expect(text(el, 'rec-unexplained')).toBe('1,310.50');
    expect(text(el, 'rec-flag')).toContain('the reasons below add up to 1,250.00');
  });

  it('explains a project that is not linked', async () => {
    history.replaceState(null, '', '/#/job-costs?project=1');
    mockFetch({
      'GET /api/jobcosts': () => jsonResponse(list()),
      'GET /api/jobcosts/refresh': () => jsonResponse(idle),
      'GET /api/jobcosts/1': () => errorResponse(404, 'unknown_project', 'Procore project 1 is not linked to a QuickBooks job.', 'Link it on the Jobs page.'),
    });
    const el = render(JobCosts);
    await settle();
    expect(text(el, 'jobcost-project-error')).toContain('Link it on the Jobs page.');
  });

  it('exports the list as CSV, every page of it, money kept as sent', async () => {
    const many = Array.from({ length: 600 }, (_, i) => project({ projectId: String(i), name: `P${i}`, actual: '0.10' }));
    mockFetch({
      'GET /api/jobcosts': () => jsonResponse(list()),
      'GET /api/jobcosts/refresh': () => jsonResponse(idle),
      'GET /api/jobcosts?limit=500': () => jsonResponse(list({ total: 600, limit: 500, projects: many.slice(0, 500) })),
      'GET /api/jobcosts?offset=500&limit=500': () => jsonResponse(list({ total: 600, offset: 500, limit: 500, projects: many.slice(500) })),
    });
    let saved: Blob | null = null;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => ((saved = b), 'blob:x'), revokeObjectURL: () => {} }));
    const el = render(JobCosts);
    await settle();
    await click(byId(el, 'export-csv'));
    expect(text(el, 'jobcosts-notice')).toMatch(/^Saved job-costs-\d{4}-\d\d-\d\d\.csv\.$/);
    const csv = await (saved as unknown as Blob).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(602);
    expect(lines[1]).toContain(',0.10,');
  });

  it('saves the job-cost settings with the sync preferences', async () => {
    const fetch = mockFetch({
      'GET /api/jobcosts': () => jsonResponse(list()),
      'GET /api/jobcosts/refresh': () => jsonResponse(idle),
      'PUT /api/setup/preferences': () => jsonResponse({}),
    });
    const el = render(JobCosts);
    await settle();
    const save = byId(el, 'setting-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await click(byId(el, 'setting-column-editable'));
    await click(byId(el, 'setting-add-new'));
    expect(save.disabled).toBe(false);
    await click(save);
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ jobCostDirectCostColumn: 'editable', jobCostAddNewCostCodes: true, jobCostRefresh: 'every_run' });
    expect(text(el, 'jobcosts-notice')).toBe('Job-cost settings saved.');
  });
});
