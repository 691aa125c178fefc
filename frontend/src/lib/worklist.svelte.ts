// One work list (cost codes first): filter, search, selection and the export / reject /
// reopen actions. Read again every 3 s while an export run is under way, else every 10 s.

import {
  exportWorkItems,
  getWorkItems,
  rejectWorkItems,
  reopenWorkItems,
  toApiError,
  type ApiError,
  type WorkList,
} from './api';
import { createPoller, type Poller, type VisibilitySource } from './poller';
import { canExport, canReject, canReopen, pollInterval, pruneSelection, selectedWhere, toggleAllVisible, type StatusFilter } from './work';

/** How long to wait after typing before searching. */
export const SEARCH_DELAY_MS = 250;
/** Items a page shows; Next reads on from the last one shown, however long the list. */
export const PAGE_LIMIT = 200;

export class WorkListModel {
  readonly kind: string;
  list = $state<WorkList | null>(null);
  loadError = $state<ApiError | null>(null);
  filter = $state<StatusFilter>('');
  q = $state('');
  selected = $state<Set<string>>(new Set());
  busy = $state('');
  actionError = $state<ApiError | null>(null);
  /** A short note after an action ("12 cost codes queued…"), for a polite live region. */
  notice = $state('');
  /** The pages before this one, each as the id its page was read after ("" for the first). */
  pages = $state<string[]>([]);

  /** The notice announces an export; it is cleared once nothing is queued or being sent. */
  #exportNotice = false;
  #sawExport = false;
  #poller: Poller;
  #searchTimer: ReturnType<typeof setTimeout> | null = null;
  #generation = 0;

  constructor(kind: string, visibility?: VisibilitySource | null) {
    this.kind = kind;
    this.#poller = createPoller(() => this.refresh(), () => pollInterval(this.list?.run), visibility);
  }

  get items() {
    return this.list?.items ?? [];
  }

  start(): void {
    this.#poller.start();
  }

  stop(): void {
    this.#poller.stop();
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#searchTimer = null;
  }

  async refresh(): Promise<void> {
    const generation = ++this.#generation;
    try {
      const after = this.pages.length > 0 ? this.#after : '';
      const list = await getWorkItems(this.kind, { status: this.filter, q: this.q.trim(), limit: PAGE_LIMIT, after: after || undefined });
      if (generation !== this.#generation) return; // a newer request (other filter) is on its way
      this.list = list;
      this.loadError = null;
      if (this.#exportNotice) {
        const inFlight = Boolean(list.run?.active || list.counts?.queued || list.counts?.sending);
        if (inFlight) this.#sawExport = true;
        else if (this.#sawExport) {
          this.notice = '';
          this.#exportNotice = this.#sawExport = false;
        }
      }
      this.selected = pruneSelection(list.items ?? [], this.selected);
    } catch (e) {
      if (generation === this.#generation) this.loadError = toApiError(e);
    }
  }

  /** The id this page was read after ("" on the first page). */
  #after = '';

  /** Where this page starts among the items (0 on the first page). */
  get firstShown(): number {
    return this.pages.length * PAGE_LIMIT;
  }

  get hasNext(): boolean {
    const l = this.list;
    return Boolean(l && l.items.length === PAGE_LIMIT && this.firstShown + l.items.length < l.total);
  }

  get hasPrevious(): boolean {
    return this.pages.length > 0;
  }

  /** Reads the page after the last item shown. */
  nextPage(): void {
    const items = this.list?.items ?? [];
    if (!this.hasNext || items.length === 0) return;
    this.pages = [...this.pages, this.#after];
    this.#after = items[items.length - 1].id;
    void this.#poller.poke();
  }

  previousPage(): void {
    if (this.pages.length === 0) return;
    this.#after = this.pages[this.pages.length - 1];
    this.pages = this.pages.slice(0, -1);
    void this.#poller.poke();
  }

  #firstPage(): void {
    this.pages = [];
    this.#after = '';
  }

  setFilter(filter: StatusFilter): void {
    if (filter === this.filter) return;
    this.filter = filter;
    this.#firstPage();
    void this.#poller.poke();
  }

  /** Searches after a short pause in typing. */
  setSearch(q: string, delayMs = SEARCH_DELAY_MS): void {
    this.q = q;
    this.#firstPage();
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.#searchTimer = null;
      void this.#poller.poke();
    }, delayMs);
  }

  toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  toggleAll(): void {
    this.selected = toggleAllVisible(this.items, this.selected);
  }

  get exportable(): string[] {
    return selectedWhere(this.items, this.selected, canExport);
  }
  get rejectable(): string[] {
    return selectedWhere(this.items, this.selected, canReject);
  }
  get reopenable(): string[] {
    return selectedWhere(this.items, this.selected, canReopen);
  }

  async #act(name: string, fn: () => Promise<string>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = name;
    this.actionError = null;
    this.notice = '';
    this.#exportNotice = name.startsWith('export');
    this.#sawExport = false;
    try {
      this.notice = await fn();
      this.selected = new Set();
      await this.#poller.poke();
      return true;
    } catch (e) {
      this.actionError = toApiError(e);
      return false;
    } finally {
      this.busy = '';
    }
  }

  exportSelected(): Promise<boolean> {
    const ids = this.exportable;
    return this.#act('export', async () => queuedNotice((await exportWorkItems(this.kind, { ids })).queued));
  }

  exportAllReady(): Promise<boolean> {
    return this.#act('export-all', async () => queuedNotice((await exportWorkItems(this.kind, { all: true })).queued));
  }

  reject(ids: string[], comment: string): Promise<boolean> {
    return this.#act('reject', async () => {
      const n = (await rejectWorkItems(this.kind, ids, comment.trim())).rejected;
      return `${n === 1 ? '1 cost code' : `${n} cost codes`} rejected. Your comment goes back to Procore.`;
    });
  }

  reopen(ids: string[]): Promise<boolean> {
    return this.#act('reopen', async () => {
      const n = (await reopenWorkItems(this.kind, ids)).reopened;
      return `${n === 1 ? '1 cost code is' : `${n} cost codes are`} ready to export again.`;
    });
  }
}

export function queuedNotice(n: number): string {
  if (n === 0) return 'Nothing was queued: no selected cost code was ready to export.';
  return `${n === 1 ? '1 cost code' : `${n} cost codes`} queued. ${n === 1 ? 'It goes' : 'They go'} to QuickBooks on the next Web Connector run.`;
}
