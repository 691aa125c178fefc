// The Job costs routes (docs/api-jobcosts.md): QuickBooks actuals beside Procore's budget, per
// linked project and per cost code, the reconciliation, and the refresh with its progress.
// Money is a decimal string with two places ("12933.36"): never turned into a float here.

import { request } from './api';

export type DirectCostColumn = 'read_only' | 'editable';
export type JobCostRefreshSetting = 'every_run' | 'on_demand';

/** The direct-cost column a stored value means: anything but 'editable' is the default, read-only. */
export const directCostColumnOf = (v: string | undefined): DirectCostColumn => (v === 'editable' ? 'editable' : 'read_only');
/** The refresh setting a stored value means: anything but 'on_demand' is the default, every run. */
export const refreshSettingOf = (v: string | undefined): JobCostRefreshSetting => (v === 'on_demand' ? 'on_demand' : 'every_run');

export interface JobCostSettings {
  directCostColumn: DirectCostColumn | string;
  addNewCostCodes: boolean;
  refresh: JobCostRefreshSetting | string;
}

export type ProcoreWriteState = 'up_to_date' | 'pending' | 'attention' | 'not_written' | 'never';

export interface JobCostProject {
  projectId: string;
  name: string;
  number: string;
  job: { listId: string; fullName: string };
  /** Revised Budget; null before Procore was read. */
  budget: string | null;
  committed: string | null;
  /** QuickBooks actual on cost codes (after exclusions); null: never read. */
  actual: string | null;
  withoutCostCode: string;
  /** actual / budget × 100, one decimal; null when the budget is null or 0. */
  percentSpent: number | null;
  overBudget: boolean;
  overBudgetLines: number;
  lastRefresh: string | null;
  procore: { state: ProcoreWriteState | string; message: string; writtenAt: string | null };
  /** Lines whose difference has no reason (should always be 0). */
  unexplained: number;
}

export interface JobCostTotals {
  projects: number;
  budget: string;
  committed: string;
  actual: string;
  withoutCostCode: string;
  overBudget: number;
}

export type JobCostSort = 'name' | 'number' | 'budget' | 'committed' | 'actual' | 'percentSpent' | 'overBudget' | 'lastRefresh';
export type SortDir = 'asc' | 'desc';

export interface JobCostList {
  settings: JobCostSettings;
  howCalculated: string;
  lastRefresh: string | null;
  /** Over every linked project, before the search. */
  totals: JobCostTotals;
  total: number;
  offset: number;
  limit: number;
  projects: JobCostProject[];
}

export interface JobCostQuery {
  q?: string;
  sort?: JobCostSort;
  dir?: SortDir;
  offset?: number;
  limit?: number;
}

export type LineStatus =
  | 'written'
  | 'pending'
  | 'not_in_budget'
  | 'added'
  | 'tool_on'
  | 'refused'
  | 'editable'
  | 'not_refreshed'
  | 'not_a_cost_code';

export interface JobCostLine {
  costCodeId: number | null;
  costCode: string;
  name: string;
  item: string;
  budgetLineItemId: number | null;
  budget: string | null;
  committed: string | null;
  actual: string;
  /** The figure before the last refresh; null when unchanged or new. */
  previousActual: string | null;
  changed: boolean;
  /** budget − actual; null without a budget line. */
  difference: string | null;
  overBudget: boolean;
  procoreDirectCosts: string | null;
  status: LineStatus | string;
  message: string;
  fix: string;
}

export interface WithoutCostCodeLine {
  txnId: string;
  txnType: string;
  date: string;
  refNumber: string;
  name: string;
  account: string;
  memo: string;
  amount: string;
}

export interface ExcludedAmount {
  item: string;
  amount: string;
  reason: 'retainage' | 'created_by_joblink' | string;
}

export type ReconciliationReasonCode =
  | 'not_refreshed'
  | 'not_in_budget'
  | 'tool_on'
  | 'refused'
  | 'pending'
  | 'without_cost_code'
  | 'editable'
  | 'not_a_cost_code'
  | 'procore_other';

export interface ReconciliationReason {
  reason: ReconciliationReasonCode | string;
  amount: string;
  /** "" for the job as a whole. */
  costCode: string;
  message: string;
  fix: string;
}

export interface Reconciliation {
  quickbooksTotal: string;
  itemsTotal: string;
  withoutCostCodeTotal: string;
  excludedTotal: string;
  procoreShows: string;
  difference: string;
  explainedTotal: string;
  unexplained: string;
  reasons: ReconciliationReason[];
}

export interface JobCostDetail {
  project: JobCostProject;
  lines: JobCostLine[];
  withoutCostCode: { total: string; lines: WithoutCostCodeLine[] };
  excluded: ExcludedAmount[];
  reconciliation: Reconciliation;
}

export type RefreshState = 'idle' | 'waiting' | 'reading' | 'writing' | 'done' | 'failed';

export interface RefreshProgress {
  state: RefreshState | string;
  requestedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  jobsToRead: number;
  jobsRead: number;
  roundTrips: number;
  projectsToWrite: number;
  projectsWritten: number;
  linesWritten: number;
  problem: { message: string; fix: string } | null;
}

/** The preferences' job-cost fields (PUT /api/setup/preferences takes any of them). */
export interface JobCostPreferences {
  jobCostDirectCostColumn?: DirectCostColumn;
  jobCostAddNewCostCodes?: boolean;
  jobCostRefresh?: JobCostRefreshSetting;
}

/** The server's page when none is asked for. */
export const JOBCOSTS_PAGE = 100;

export function jobCostsPath(query: JobCostQuery = {}): string {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  // Defaults are left out, so the first page's address is the plain one.
  if (query.sort && query.sort !== 'name') p.set('sort', query.sort);
  if (query.dir && query.dir !== 'asc') p.set('dir', query.dir);
  if (query.offset) p.set('offset', String(query.offset));
  if (query.limit !== undefined && query.limit !== JOBCOSTS_PAGE) p.set('limit', String(query.limit));
  const s = p.toString();
  return `/api/jobcosts${s ? `?${s}` : ''}`;
}

export function getJobCosts(query: JobCostQuery = {}): Promise<JobCostList> {
  return request<JobCostList>('GET', jobCostsPath(query));
}

export function getJobCostProject(projectId: string): Promise<JobCostDetail> {
  return request<JobCostDetail>('GET', `/api/jobcosts/${encodeURIComponent(projectId)}`);
}

/** Marks the projects' jobs (all linked jobs when none are named) to be read in the next Web Connector run. */
export function requestJobCostRefresh(projectIds: string[] = []): Promise<RefreshProgress> {
  return request<RefreshProgress>('POST', '/api/jobcosts/refresh', { projectIds });
}

export function getJobCostRefresh(): Promise<RefreshProgress> {
  return request<RefreshProgress>('GET', '/api/jobcosts/refresh');
}

/** Saves job-cost settings with the other sync preferences; fields left out stay as they are. */
export function setJobCostPreferences(prefs: JobCostPreferences): Promise<unknown> {
  return request<unknown>('PUT', '/api/setup/preferences', prefs);
}
