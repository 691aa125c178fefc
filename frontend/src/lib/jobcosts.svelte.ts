// The Job costs page's state: the linked projects (searched, sorted and paged by the server), the
// project being looked at, the refresh's progress, the exports and the job-cost settings. The
// rules are in jobcosts.ts; the components only show this state and call its methods.

import { toApiError, type ApiError } from './api';
import {
  getJobCostProject,
  getJobCostRefresh,
  getJobCosts,
  requestJobCostRefresh,
  setJobCostPreferences,
  JOBCOSTS_PAGE,
  type JobCostDetail,
  type JobCostList,
  type JobCostPreferences,
  type JobCostProject,
  type JobCostSort,
  type RefreshProgress,
} from './jobcosts-api';
import {
  csvText,
  exportFileName,
  listCsvRows,
  listSheets,
  nextSort,
  projectCsvRows,
  projectSheets,
  refreshActive,
  refreshPollMs,
  type SheetSpec,
  type SortState,
} from './jobcosts';
import { createPoller, type Poller } from './poller';
import { saveBlob } from './download';

/** The list and the open project are read again this often (a scheduled refresh changes them). */
export const JOBCOSTS_POLL_MS = 30_000;
/** The API's largest page: an export reads every matching project in pages this big. */
const EXPORT_PAGE = 500;
const SEARCH_DELAY_MS = 250;

export type ExportFormat = 'csv' | 'xlsx';

export class JobCostsModel {
  list = $state<JobCostList | null>(null);
  loadError = $state<ApiError | null>(null);
  q = $state('');
  order = $state<SortState>({ sort: 'name', dir: 'asc' });
  offset = $state(0);

  progress = $state<RefreshProgress | null>(null);
  progressError = $state<ApiError | null>(null);

  projectId = $state<string | null>(null);
  detail = $state<JobCostDetail | null>(null);
  detailError = $state<ApiError | null>(null);

  /** '' | 'refresh' | 'refresh:<projectId>' | 'export:csv' | 'export:xlsx' | 'settings' while a call is under way. */
  busy = $state('');
  notice = $state('');
  actionError = $state<ApiError | null>(null);

  readonly refreshing = $derived(refreshActive(this.progress));
  readonly hasPrevious = $derived(this.offset > 0);
  readonly hasNext = $derived(!!this.list && this.list.offset + this.list.projects.length < this.list.total);

  #listPoller: Poller;
  #progressPoller: Poller;
  #searchTimer: ReturnType<typeof setTimeout> | null = null;
  /** Answers to older questions (a search typed since) are dropped. */
  #listSeq = 0;
  #detailSeq = 0;
  #wasActive = false;

  constructor(pollMs = JOBCOSTS_POLL_MS) {
    this.#listPoller = createPoller(() => this.#readAll(), pollMs);
    this.#progressPoller = createPoller(
      () => this.#readProgress(),
      () => refreshPollMs(this.progress),
    );
  }

  start(): void {
    this.#listPoller.start();
    this.#progressPoller.start();
  }

  stop(): void {
    this.#listPoller.stop();
    this.#progressPoller.stop();
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
  }

  reload(): Promise<void> {
    return this.#listPoller.poke();
  }

  async #readAll(): Promise<void> {
    await Promise.all([this.#readList(), this.projectId ? this.#readDetail(this.projectId) : Promise.resolve()]);
  }

  async #readList(): Promise<void> {
    const seq = ++this.#listSeq;
    try {
      const list = await getJobCosts({ q: this.q.trim(), sort: this.order.sort, dir: this.order.dir, offset: this.offset, limit: JOBCOSTS_PAGE });
      if (seq !== this.#listSeq) return;
      // A search or a refresh can leave the page past the end: go back to the last page.
      if (list.projects.length === 0 && list.total > 0 && this.offset > 0) {
        this.offset = Math.max(0, Math.floor((list.total - 1) / JOBCOSTS_PAGE) * JOBCOSTS_PAGE);
        return this.#readList();
      }
      this.list = list;
      this.loadError = null;
    } catch (e) {
      if (seq === this.#listSeq) this.loadError = toApiError(e);
    }
  }

  async #readDetail(projectId: string): Promise<void> {
    const seq = ++this.#detailSeq;
    try {
      const detail = await getJobCostProject(projectId);
      if (seq !== this.#detailSeq || this.projectId !== projectId) return;
      this.detail = detail;
      this.detailError = null;
    } catch (e) {
      if (seq === this.#detailSeq && this.projectId === projectId) this.detailError = toApiError(e);
    }
  }

  async #readProgress(): Promise<void> {
    try {
      this.progress = await getJobCostRefresh();
      this.progressError = null;
    } catch (e) {
      this.progressError = toApiError(e);
      return;
    }
    const active = refreshActive(this.progress);
    // A refresh just finished: the figures changed.
    if (this.#wasActive && !active) void this.#listPoller.poke();
    this.#wasActive = active;
  }

  // ---------- the list ----------

  setSearch(q: string, delay = SEARCH_DELAY_MS): void {
    this.q = q;
    this.offset = 0;
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => void this.#readList(), delay);
  }

  sortBy(key: JobCostSort): void {
    this.order = nextSort(this.order, key);
    this.offset = 0;
    void this.#readList();
  }

  nextPage(): void {
    if (!this.list || !this.hasNext) return;
    this.offset = this.list.offset + this.list.projects.length;
    void this.#readList();
  }

  previousPage(): void {
    this.offset = Math.max(0, this.offset - JOBCOSTS_PAGE);
    void this.#readList();
  }

  // ---------- one project ----------

  open(projectId: string | null): void {
    if (projectId === this.projectId) return;
    this.projectId = projectId;
    this.notice = '';
    this.actionError = null;
    this.detail = null;
    this.detailError = null;
    if (projectId) void this.#readDetail(projectId);
  }

  // ---------- the refresh ----------

  /** Asks for a refresh of one project, or of every linked project when none is given. */
  async refresh(projectId: string | null = null): Promise<void> {
    if (this.busy) return;
    this.busy = projectId ? `refresh:${projectId}` : 'refresh';
    this.actionError = null;
    this.notice = '';
    try {
      this.progress = await requestJobCostRefresh(projectId ? [projectId] : []);
      this.#wasActive = refreshActive(this.progress);
      this.notice = projectId ? 'Refresh asked for this project.' : 'Refresh asked for every linked project.';
      void this.#progressPoller.poke();
    } catch (e) {
      this.actionError = toApiError(e);
    } finally {
      this.busy = '';
    }
  }

  // ---------- exports ----------

  /** Every project matching the search, in the list's order (page by page: the API's limit is 500). */
  async #allProjects(): Promise<{ list: JobCostList; projects: JobCostProject[] }> {
    const projects: JobCostProject[] = [];
    let first: JobCostList | null = null;
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const page = await getJobCosts({ q: this.q.trim(), sort: this.order.sort, dir: this.order.dir, offset, limit: EXPORT_PAGE });
      first ??= page;
      projects.push(...page.projects);
      if (page.projects.length === 0 || offset + page.projects.length >= page.total) break;
    }
    return { list: first, projects };
  }

  /** Downloads the list (every matching project) or the open project, as CSV or as an Excel workbook. */
  async exportPage(format: ExportFormat, scope: 'list' | 'project'): Promise<void> {
    if (this.busy) return;
    this.busy = `export:${format}`;
    this.actionError = null;
    this.notice = '';
    try {
      let rows: string[][];
      let sheets: SheetSpec[];
      let name: string;
      if (scope === 'project') {
        if (!this.projectId) return;
        const detail = await getJobCostProject(this.projectId);
        rows = format === 'csv' ? projectCsvRows(detail) : [];
        sheets = format === 'xlsx' ? projectSheets(detail) : [];
        name = exportFileName(detail.project, format);
      } else {
        const { list, projects } = await this.#allProjects();
        rows = format === 'csv' ? listCsvRows(list, projects) : [];
        sheets = format === 'xlsx' ? listSheets(list, projects) : [];
        name = exportFileName(null, format);
      }
      const blob = format === 'csv' ? new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' }) : await workbook(sheets);
      saveBlob(blob, name);
      this.notice = `Saved ${name}.`;
    } catch (e) {
      this.actionError = toApiError(e);
    } finally {
      this.busy = '';
    }
  }

  // ---------- settings ----------

  async saveSettings(prefs: JobCostPreferences): Promise<boolean> {
    if (this.busy) return false;
    this.busy = 'settings';
    this.actionError = null;
    this.notice = '';
    try {
      await setJobCostPreferences(prefs);
      this.notice = 'Job-cost settings saved.';
      await this.#readAll();
      return true;
    } catch (e) {
      this.actionError = toApiError(e);
      return false;
    } finally {
      this.busy = '';
    }
  }
}

/**
 * The Excel workbook. write-excel-file (MIT, ~25 KB gzipped with its one dependency, fflate; kept up
 * to date by its author) writes real .xlsx files in the browser from rows of typed cells. Chosen over
 * exceljs (about ten times larger, with Node polyfills, last released in 2023) and the npm `xlsx`
 * package (stale on the registry). Loaded only when someone exports, so the first screen stays small.
 */
async function workbook(sheets: SheetSpec[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0] & object[]).toBlob();
}
