// Sample Job costs answers in the shape of docs/api-jobcosts.md, shared by the unit and page tests.

import type { JobCostDetail, JobCostLine, JobCostProject, Reconciliation, RefreshProgress } from './jobcosts-api';

export function project(over: Partial<JobCostProject> = {}): JobCostProject {
  return {
    projectId: '3000004912',
    name: 'Café Lumière Renovation – Phase 2',
    number: '2024-001',
    job: { listId: '80000041-1700000000', fullName: 'Lumière Café:Renovation Phase 2' },
    budget: '480000.00',
    committed: '220000.00',
    actual: '143210.55',
    withoutCostCode: '1250.00',
    percentSpent: 29.8,
    overBudget: false,
    overBudgetLines: 0,
    lastRefresh: '2026-12-06T21:04:11Z',
    procore: { state: 'up_to_date', message: '', writtenAt: '2026-12-06T21:05:02Z' },
    unexplained: 0,
    ...over,
  };
}

export function line(over: Partial<JobCostLine> = {}): JobCostLine {
  return {
    costCodeId: 562949953,
    costCode: '01-010',
    name: 'Project Manager',
    item: '01 General:01-010',
    budgetLineItemId: 77001,
    budget: '12000.00',
    committed: '8000.00',
    actual: '9300.50',
    previousActual: '9100.50',
    changed: true,
    difference: '2699.50',
    overBudget: false,
    procoreDirectCosts: '9300.50',
    status: 'written',
    message: '',
    fix: '',
    ...over,
  };
}

export function reconciliation(over: Partial<Reconciliation> = {}): Reconciliation {
  return {
    quickbooksTotal: '144460.55',
    itemsTotal: '143210.55',
    withoutCostCodeTotal: '1250.00',
    excludedTotal: '-1500.00',
    procoreShows: '141900.05',
    difference: '2560.50',
    explainedTotal: '2560.50',
    unexplained: '0.00',
    reasons: [
      { reason: 'without_cost_code', amount: '1250.00', costCode: '', message: 'No cost code.', fix: 'Post on the Items tab.' },
      { reason: 'not_in_budget', amount: '1310.50', costCode: '09-900', message: 'No budget line.', fix: 'Turn the setting on.' },
    ],
    ...over,
  };
}

export function detail(over: Partial<JobCostDetail> = {}): JobCostDetail {
  return {
    project: project(),
    lines: [
      line(),
      line({ costCode: '03-100', name: 'Concrete', item: '03 Concrete:03-100', budget: '10000.00', actual: '12400.00', previousActual: null, changed: false, difference: '-2400.00', overBudget: true }),
      line({ costCode: '09-900', name: 'Paint', item: '09-900', budgetLineItemId: null, budget: null, committed: null, actual: '1310.50', previousActual: null, changed: true, difference: null, procoreDirectCosts: null, status: 'not_in_budget', message: 'No line.', fix: 'Add it.' }),
      line({ costCode: '16-000', name: 'Electrical', budget: '0.00', actual: '0.00', previousActual: null, changed: false, difference: '0.00' }),
    ],
    withoutCostCode: {
      total: '1250.00',
      lines: [{ txnId: '1A2B-1700000000', txnType: 'Check', date: '2026-10-02', refNumber: '1043', name: 'Ace Rentals, Inc.', account: 'Equipment Rental', memo: '=SUM(A1)', amount: '1250.00' }],
    },
    excluded: [{ item: 'Retainage', amount: '-1500.00', reason: 'retainage' }],
    reconciliation: reconciliation(),
    ...over,
  };
}

/** The refresh's progress: idle, nothing read or written, unless over says otherwise. */
export function progress(over: Partial<RefreshProgress> = {}): RefreshProgress {
  return {
    state: 'idle',
    requestedAt: null,
    startedAt: null,
    finishedAt: null,
    jobsToRead: 0,
    jobsRead: 0,
    roundTrips: 0,
    projectsToWrite: 0,
    projectsWritten: 0,
    linesWritten: 0,
    problem: null,
    ...over,
  };
}
