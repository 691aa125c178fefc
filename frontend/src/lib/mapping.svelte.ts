// The state of one mapping page (Jobs or Vendors): one page of the view from GET
// /api/mapping/{side} (the server filters, searches and pages; 30,000 records never come at
// once), filter and search, selection on both lists, keyboard focus, and the actions — link
// (with the confirmation some records need), unlink, link all exact matches, create in
// QuickBooks, create in Procore, skip and reopen — sent in chunks with progress, a summary,
// and an undo offer.

import { confirmRecords, type ConfirmRecord, type KnownNames } from './confirmLink';
import {
  createInQuickBooks,
  getMappingParents,
  getMappingView,
  importFromQuickBooks,
  linkExactMatches,
  linkRecords,
  reopenRecords,
  setVendorSettings,
  skipRecords,
  toApiError,
  unlinkRecords,
  ApiError,
  MAPPING_PAGE,
  type CreateRequestItem,
  type ImportResult,
  type LinkRequest,
  type LinkResult,
  type NeedConfirmation,
  type MappingFilter,
  type MappingParents,
  type MappingRow,
  type MappingView,
  type QuickBooksRecord,
  type UnlinkResult,
} from './api';
import { count } from './format';
import { createPoller, type Poller, type VisibilitySource } from './poller';
import {
  canBulkLink,
  canCreate,
  canImport,
  canLinkSuggestion,
  canReopen,
  canReplaceLink,
  canSkip,
  canUnlink,
  clampOffset,
  doneSentence,
  mappingPollInterval,
  moveFocus,
  nextOffset,
  previousOffset,
  pruneIds,
  PICKER_LIMIT,
  runInChunks,
  toggleAll,
  type FailureLine,
  type MappingConfig,
} from './mapping';

export const SEARCH_DELAY_MS = 250;
/** How long "Undo" is offered after a link or an unlink. */
export const UNDO_MS = 10_000;
/** Rows (and QuickBooks-only records) on a page. */
export const PAGE_ROWS = MAPPING_PAGE;
/** Customers the "Create in QuickBooks" dialog lists at once; a search finds the others. */
export const PARENTS_LIMIT = 200;

export type MappingTab = 'procore' | 'quickbooks';

export interface BulkProgress {
  /** "Linking", "Creating", … */
  verb: string;
  done: number;
  /** 0 = one request whose size is not known (link all exact matches). */
  total: number;
}

export interface BulkSummary {
  title: string;
  failures: FailureLine[];
  /** A bulk create: the records sent with their Latin spelling, each with what was sent. */
  sentLatin?: string[];
  /** …the records sent with no letters changed, in a sentence (when some went spelt). */
  sentAsIs?: string;
  /** …the records the dialog left out, each with why. */
  leftOut?: string[];
}

/** What the bulk create dialog tells the summary: the Latin spelling sent, by record, and the records left out. */
export interface CreateReport {
  spelt: Record<string, string>;
  leftOut: { name: string; reason: string }[];
}

export interface PendingConfirmation {
  /** "links": resend these with confirm: true; "exact": call link-exact with confirm: true. */
  mode: 'links' | 'exact';
  /** Each record with the QuickBooks record the link ties it to. */
  records: ConfirmRecord[];
  links: LinkRequest[];
  /** Already linked in the first round (they join the undo offer). */
  linked: string[];
  /** Links that were moved from another QuickBooks record, for undo. */
  previous: LinkRequest[];
  failures: FailureLine[];
  total: number;
}

export interface UndoOffer {
  message: string;
  /** Undo a link: unlink these. */
  unlink: string[];
  /** Undo an unlink (or a moved link): link these again (confirm: true). */
  relink: LinkRequest[];
}

interface LinkTotals {
  linked: string[];
  needConfirmation: { id: string; message: string }[];
  failures: FailureLine[];
}

export class MappingModel {
  readonly config: MappingConfig;
  view = $state<MappingView | null>(null);
  loadError = $state<ApiError | null>(null);
  filter = $state<MappingFilter>('all');
  q = $state('');
  /** Where the page of rows starts in the filtered, searched list. */
  offset = $state(0);
  /** Where the page of "In QuickBooks only" starts. */
  qbOffset = $state(0);
  tab = $state<MappingTab>('procore');
  /** Vendors: the vendor type shown in "In QuickBooks only" ("" = all). */
  vendorType = $state('');
  selected = $state<Set<string>>(new Set());
  /** Selected listIds in "In QuickBooks only". */
  selectedQb = $state<Set<string>>(new Set());
  focusedId = $state<string | null>(null);

  busy = $state('');
  actionError = $state<ApiError | null>(null);
  /** A short sentence after an action, for a polite live region. */
  notice = $state('');
  progress = $state<BulkProgress | null>(null);
  summary = $state<BulkSummary | null>(null);
  pending = $state<PendingConfirmation | null>(null);
  undoOffer = $state<UndoOffer | null>(null);

  settingsSaving = $state(false);
  settingsSaved = $state(false);
  settingsError = $state<ApiError | null>(null);

  #poller: Poller;
  #searchTimer: ReturnType<typeof setTimeout> | null = null;
  #undoTimer: ReturnType<typeof setTimeout> | null = null;
  #generation = 0;
  /** Names of every record seen, so results outside the current filter still read well. */
  #names = new Map<string, string>();

  constructor(config: MappingConfig, visibility?: VisibilitySource | null) {
    this.config = config;
    this.#poller = createPoller(() => this.refresh(), () => mappingPollInterval(this.view), visibility);
  }

  // ---------- reading ----------

  /** The page of rows. */
  get rows(): MappingRow[] {
    return this.view?.rows ?? [];
  }

  /** The rows drawn: the page. */
  get visibleRows(): MappingRow[] {
    return this.rows;
  }

  /** The page of "In QuickBooks only" (the server narrows it by vendor type). */
  get quickbooksOnly(): QuickBooksRecord[] {
    return this.view?.quickbooksOnly ?? [];
  }

  start(): void {
    this.#poller.start();
  }

  stop(): void {
    this.#poller.stop();
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#searchTimer = null;
    this.#clearUndoTimer();
  }

  /** Reads the page shown (only that page, also when polling). */
  async refresh(): Promise<void> {
    const generation = ++this.#generation;
    try {
      let view = await this.#read();
      if (generation !== this.#generation) return; // a newer request (other filter, search or page) is on its way
      // The list got shorter than the page shown (records linked, filtered out): its last page.
      const offset = clampOffset(this.offset, PAGE_ROWS, view.total ?? 0);
      const qbOffset = clampOffset(this.qbOffset, PAGE_ROWS, view.quickbooksOnlyTotal ?? 0);
      if (offset !== this.offset || qbOffset !== this.qbOffset) {
        this.offset = offset;
        this.qbOffset = qbOffset;
        view = await this.#read();
        if (generation !== this.#generation) return;
      }
      view.rows ??= [];
      view.quickbooksOnly ??= [];
      for (const r of view.rows) {
        this.#names.set(r.id, r.procore.name);
        // The QuickBooks records rows point at, for the confirmation's pairs.
        if (r.suggestion) this.#names.set(r.suggestion.listId, r.suggestion.fullName);
        if (r.quickbooks) this.#names.set(r.quickbooks.listId, r.quickbooks.fullName);
      }
      for (const r of view.quickbooksOnly) this.#names.set(r.listId, r.fullName);
      this.view = view;
      this.loadError = null;
      this.selected = pruneIds(
        view.rows.map((r) => r.id),
        this.selected,
      );
      this.selectedQb = pruneIds(
        view.quickbooksOnly.map((r) => r.listId),
        this.selectedQb,
      );
    } catch (e) {
      if (generation === this.#generation) this.loadError = toApiError(e);
    }
  }

  #read(): Promise<MappingView> {
    return getMappingView(this.config.side, {
      filter: this.filter,
      q: this.q.trim(),
      offset: this.offset,
      limit: PAGE_ROWS,
      qbOffset: this.qbOffset,
      qbLimit: PAGE_ROWS,
      vendorType: this.vendorType,
    });
  }

  setFilter(filter: MappingFilter): void {
    if (filter === this.filter) return;
    this.filter = filter;
    this.offset = 0;
    void this.#poller.poke();
  }

  /** Searches (both lists, on the server) after a short pause in typing. */
  setSearch(q: string, delayMs = SEARCH_DELAY_MS): void {
    this.q = q;
    this.offset = 0;
    this.qbOffset = 0;
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.#searchTimer = null;
      void this.#poller.poke();
    }, delayMs);
  }

  setTab(tab: MappingTab): void {
    this.tab = tab;
  }

  /** Vendors: narrows "In QuickBooks only" to a vendor type ("" = all). */
  setVendorType(vendorType: string): Promise<void> {
    this.vendorType = vendorType;
    this.qbOffset = 0;
    return this.#poller.poke();
  }

  get hasNextPage(): boolean {
    return nextOffset(this.offset, PAGE_ROWS, this.view?.total ?? 0) !== null;
  }

  get hasPreviousPage(): boolean {
    return previousOffset(this.offset, PAGE_ROWS) !== null;
  }

  /** The next page of rows (nothing on the last). */
  nextPage(): Promise<void> {
    return this.#turn(nextOffset(this.offset, PAGE_ROWS, this.view?.total ?? 0));
  }

  previousPage(): Promise<void> {
    return this.#turn(previousOffset(this.offset, PAGE_ROWS));
  }

  #turn(offset: number | null): Promise<void> {
    if (offset === null) return Promise.resolve();
    this.offset = offset;
    this.focusedId = null;
    return this.#poller.poke();
  }

  get hasNextQbPage(): boolean {
    return nextOffset(this.qbOffset, PAGE_ROWS, this.view?.quickbooksOnlyTotal ?? 0) !== null;
  }

  get hasPreviousQbPage(): boolean {
    return previousOffset(this.qbOffset, PAGE_ROWS) !== null;
  }

  /** The next page of "In QuickBooks only". */
  nextQbPage(): Promise<void> {
    return this.#turnQb(nextOffset(this.qbOffset, PAGE_ROWS, this.view?.quickbooksOnlyTotal ?? 0));
  }

  previousQbPage(): Promise<void> {
    return this.#turnQb(previousOffset(this.qbOffset, PAGE_ROWS));
  }

  #turnQb(offset: number | null): Promise<void> {
    if (offset === null) return Promise.resolve();
    this.qbOffset = offset;
    return this.#poller.poke();
  }

  /** Names the page has read, Procore's by id and QuickBooks' by ListID (the two never collide). */
  #known: KnownNames = { procore: (id) => this.#names.get(id), quickbooks: (listId) => this.#names.get(listId) };

  nameOf(id: string): string {
    return this.#names.get(id) ?? id;
  }

  row(id: string): MappingRow | undefined {
    return this.rows.find((r) => r.id === id);
  }

  // ---------- selection and focus ----------

  toggle(id: string, on = !this.selected.has(id)): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  toggleAllVisible(): void {
    this.selected = toggleAll(
      this.visibleRows.map((r) => r.id),
      this.selected,
    );
  }

  toggleQb(listId: string, on = !this.selectedQb.has(listId)): void {
    const next = new Set(this.selectedQb);
    if (on) next.add(listId);
    else next.delete(listId);
    this.selectedQb = next;
  }

  toggleAllQb(): void {
    this.selectedQb = toggleAll(
      this.quickbooksOnly.filter(canImport).map((r) => r.listId),
      this.selectedQb,
    );
  }

  #selectedRows(test: (r: MappingRow) => boolean): MappingRow[] {
    return this.rows.filter((r) => this.selected.has(r.id) && test(r));
  }

  /** Selected rows with an exact or likely suggestion. */
  get linkable(): MappingRow[] {
    return this.#selectedRows(canBulkLink);
  }

  get creatable(): MappingRow[] {
    return this.#selectedRows(canCreate);
  }

  /** Selected rows that can be skipped ("Skip selected…", conflicts' first way out). */
  get skippable(): MappingRow[] {
    return this.#selectedRows(canSkip);
  }

  /** Selected conflicts whose suggestion can replace the link Procore holds. */
  get replaceable(): MappingRow[] {
    return this.#selectedRows(canReplaceLink);
  }

  get importable(): QuickBooksRecord[] {
    return this.quickbooksOnly.filter((r) => this.selectedQb.has(r.listId) && canImport(r));
  }

  /** The row that takes the Tab stop: the focused one if it is still drawn, else the first. */
  get tabStopId(): string | null {
    const ids = this.visibleRows.map((r) => r.id);
    if (this.focusedId && ids.includes(this.focusedId)) return this.focusedId;
    return ids[0] ?? null;
  }

  /** Moves the keyboard focus among the drawn rows; returns the row to focus. */
  moveFocus(action: 'next' | 'prev' | 'first' | 'last'): string | null {
    const next = moveFocus(
      this.visibleRows.map((r) => r.id),
      this.tabStopId,
      action,
    );
    this.focusedId = next;
    return next;
  }

  // ---------- actions ----------

  async #act(name: string, fn: () => Promise<void>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = name;
    this.actionError = null;
    this.notice = '';
    this.summary = null;
    try {
      await fn();
      return true;
    } catch (e) {
      this.actionError = toApiError(e);
      return false;
    } finally {
      this.progress = null;
      this.busy = '';
      // Not poke(): a read already under way may have started before the change.
      await this.refresh();
    }
  }

  #failure(id: string, message: string, fix = ''): FailureLine {
    return { name: this.nameOf(id), message, fix };
  }

  /** Sends links in chunks; failures of whole requests become failures of their records. */
  async #sendLinks(links: LinkRequest[], verb = 'Linking'): Promise<LinkTotals> {
    const totals: LinkTotals = { linked: [], needConfirmation: [], failures: [] };
    const outcome = await runInChunks(
      links,
      (part) => linkRecords(this.config.side, part),
      (done, total) => (this.progress = total > 1 ? { verb, done, total } : null),
    );
    for (const r of outcome.results) this.#addLinkResult(totals, r);
    for (const { items, error } of outcome.errors) {
      const e = toApiError(error);
      for (const l of items) totals.failures.push(this.#failure(l.id, e.message, e.fix));
    }
    return totals;
  }

  #addLinkResult(totals: LinkTotals, r: LinkResult): void {
    totals.linked.push(...(r.linked ?? []));
    totals.needConfirmation.push(...(r.needConfirmation ?? []));
    for (const f of r.failed ?? []) totals.failures.push(this.#failure(f.id, f.message, f.fix));
  }

  /** What the links replace (rows already linked to another record), for undo. */
  #previousLinks(links: LinkRequest[]): LinkRequest[] {
    const out: LinkRequest[] = [];
    for (const l of links) {
      const prev = this.row(l.id)?.quickbooks?.listId;
      if (prev && prev !== l.listId) out.push({ id: l.id, listId: prev, confirm: true });
    }
    return out;
  }

  /** The link flow: send, ask for confirmation where needed, then report and offer undo. */
  async #linkFlow(links: LinkRequest[]): Promise<void> {
    const previous = this.#previousLinks(links);
    const totals = await this.#sendLinks(links);
    if (links.length === 1 && totals.failures.length === 1) throw apiProblem(totals.failures[0].message, totals.failures[0].fix);
    this.#afterLinks('links', links, totals, previous, links.length);
  }

  #afterLinks(mode: 'links' | 'exact', links: LinkRequest[], totals: LinkTotals, previous: LinkRequest[], total: number): void {
    if (totals.needConfirmation.length > 0) {
      const waiting = new Set(totals.needConfirmation.map((n) => n.id));
      this.pending = {
        mode,
        records: confirmRecords(totals.needConfirmation, links, this.#known),
        links: links.filter((l) => waiting.has(l.id)).map((l) => ({ ...l, confirm: true })),
        linked: totals.linked,
        previous,
        failures: totals.failures,
        total,
      };
      return;
    }
    this.#reportLinks(totals.linked, totals.failures, previous, total, 0, mode === 'exact' || total > 1);
  }

  /** The notice, the summary of a bulk action (with its failures) and the undo offer. */
  #reportLinks(linked: string[], failures: FailureLine[], previous: LinkRequest[], total: number, leftUnlinked: number, bulk: boolean): void {
    const c = this.config;
    if (!bulk) {
      if (linked.length === 1) this.notice = `Linked ${this.nameOf(linked[0])}.`;
      else if (failures.length > 0) this.actionError = apiProblem(failures[0].message, failures[0].fix);
    } else {
      const left = leftUnlinked > 0 ? ` ${count(leftUnlinked, c.one, c.many)} left unlinked, as you chose.` : '';
      this.notice = `${doneSentence('Linked', linked.length, total, c.one, c.many)}${left}`;
      this.summary = { title: this.notice, failures };
    }
    const linkedSet = new Set(linked);
    this.selected = new Set([...this.selected].filter((id) => !linkedSet.has(id)));
    if (linked.length > 0) {
      const relink = previous.filter((p) => linkedSet.has(p.id));
      const moved = new Set(relink.map((p) => p.id));
      this.#offerUndo({
        message: `Linked ${count(linked.length, c.one, c.many)}.`,
        unlink: linked.filter((id) => !moved.has(id)),
        relink,
      });
    }
  }

  /** Links one row to its suggestion. */
  linkSuggestion(id: string): Promise<boolean> {
    const row = this.row(id);
    if (!row || !canLinkSuggestion(row)) {
      this.notice = row
        ? `${row.procore.name} has no suggested match to link. Use "Link to…" to choose a ${this.config.quickbooksLabel}.`
        : '';
      return Promise.resolve(false);
    }
    return this.#act('link', () => this.#linkFlow([{ id, listId: row.suggestion!.listId, confirm: false }]));
  }

  /** Links one row to the QuickBooks record chosen in the picker. */
  linkTo(id: string, listId: string): Promise<boolean> {
    return this.#act('link', () => this.#linkFlow([{ id, listId, confirm: false }]));
  }

  /** Links the selected rows' exact and likely suggestions. */
  linkSelected(): Promise<boolean> {
    const links = this.linkable.map((r) => ({ id: r.id, listId: r.suggestion!.listId, confirm: false }));
    if (links.length === 0) return Promise.resolve(false);
    return this.#act('link', () => this.#linkFlow(links));
  }

  /**
   * Links the given conflicts to their suggestions, which replaces the link Procore holds for
   * each (the page has asked first, naming what changes in Procore).
   */
  replaceLinks(ids: string[]): Promise<boolean> {
    const wanted = new Set(ids);
    const links = this.replaceable.filter((r) => wanted.has(r.id)).map((r) => ({ id: r.id, listId: r.suggestion!.listId, confirm: false }));
    if (links.length === 0) return Promise.resolve(false);
    return this.#act('link', () => this.#linkFlow(links));
  }

  linkAllExact(): Promise<boolean> {
    return this.#act('link-exact', async () => {
      this.progress = { verb: 'Linking all exact matches', done: 0, total: 0 };
      const totals: LinkTotals = { linked: [], needConfirmation: [], failures: [] };
      this.#addLinkResult(totals, await linkExactMatches(this.config.side, false));
      const total = totals.linked.length + totals.needConfirmation.length + totals.failures.length;
      if (total === 0) {
        this.notice = `No exact matches are waiting: nothing was linked.`;
        return;
      }
      const links = totals.needConfirmation.map((n) => ({ id: n.id, listId: this.row(n.id)?.suggestion?.listId ?? '', confirm: true }));
      this.#afterLinks('exact', links, totals, [], total);
    });
  }

  /** "Link anyway" in the confirmation dialog. */
  confirmPending(): Promise<boolean> {
    const p = this.pending;
    if (!p) return Promise.resolve(false);
    this.pending = null;
    return this.#act('link', async () => {
      const totals: LinkTotals = { linked: [], needConfirmation: [], failures: [] };
      if (p.mode === 'exact' || p.links.some((l) => !l.listId)) {
        this.progress = { verb: 'Linking all exact matches', done: 0, total: 0 };
        this.#addLinkResult(totals, await linkExactMatches(this.config.side, true));
      } else {
        const t = await this.#sendLinks(p.links);
        totals.linked = t.linked;
        totals.failures = t.failures;
        // Asked again even with confirm: true: count them as failed rather than ask forever.
        for (const n of t.needConfirmation) totals.failures.push(this.#failure(n.id, n.message));
      }
      const linked = [...p.linked, ...totals.linked];
      const failures = [...p.failures, ...totals.failures];
      const total = Math.max(p.total, linked.length + failures.length);
      this.#reportLinks(linked, failures, p.previous, total, 0, p.mode === 'exact' || total > 1);
    });
  }

  /** "Cancel" in the confirmation dialog: those records stay unlinked. */
  cancelPending(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.actionError = null;
    this.summary = null;
    if (p.mode === 'links' && p.total === 1) {
      this.notice = `Not linked: ${p.records[0]?.name ?? 'it'} stays unlinked.`;
      return;
    }
    this.#reportLinks(p.linked, p.failures, p.previous, p.total, p.records.length, true);
  }

  unlink(ids: string[]): Promise<boolean> {
    const rows = ids.map((id) => this.row(id)).filter((r): r is MappingRow => Boolean(r && canUnlink(r)));
    if (rows.length === 0) return Promise.resolve(false);
    const previous = new Map(rows.map((r) => [r.id, r.quickbooks!.listId]));
    return this.#act('unlink', async () => {
      const c = this.config;
      const result = await this.#sendUnlinks(rows.map((r) => r.id));
      const total = rows.length;
      if (total === 1 && result.failures.length === 1) {
        this.actionError = apiProblem(result.failures[0].message, result.failures[0].fix);
      } else {
        this.notice =
          total === 1 ? `Unlinked ${this.nameOf(rows[0].id)}.` : doneSentence('Unlinked', result.unlinked.length, total, c.one, c.many);
        if (total > 1) this.summary = { title: this.notice, failures: result.failures };
      }
      if (result.unlinked.length > 0) {
        this.#offerUndo({
          message: `Unlinked ${count(result.unlinked.length, c.one, c.many)}.`,
          unlink: [],
          relink: result.unlinked.filter((id) => previous.has(id)).map((id) => ({ id, listId: previous.get(id)!, confirm: true })),
        });
      }
    });
  }

  async #sendUnlinks(ids: string[], verb = 'Unlinking'): Promise<{ unlinked: string[]; failures: FailureLine[] }> {
    const out = { unlinked: [] as string[], failures: [] as FailureLine[] };
    const outcome = await runInChunks<string, UnlinkResult>(
      ids,
      (part) => unlinkRecords(this.config.side, part),
      (done, total) => (this.progress = total > 1 ? { verb, done, total } : null),
    );
    for (const r of outcome.results) {
      out.unlinked.push(...(r.unlinked ?? []));
      for (const f of r.failed ?? []) out.failures.push(this.#failure(f.id, f.message, f.fix));
    }
    for (const { items, error } of outcome.errors) {
      const e = toApiError(error);
      for (const id of items) out.failures.push(this.#failure(id, e.message, e.fix));
    }
    return out;
  }

  // ---------- undo ----------

  #clearUndoTimer(): void {
    if (this.#undoTimer) clearTimeout(this.#undoTimer);
    this.#undoTimer = null;
  }

  #offerUndo(offer: UndoOffer): void {
    if (offer.unlink.length === 0 && offer.relink.length === 0) return;
    this.undoOffer = offer;
    this.releaseUndo();
  }

  /** Keeps the offer while the bookkeeper is on it (the toast has focus or the pointer). */
  holdUndo(): void {
    this.#clearUndoTimer();
  }

  /** Starts the countdown again. */
  releaseUndo(): void {
    this.#clearUndoTimer();
    if (!this.undoOffer) return;
    this.#undoTimer = setTimeout(() => this.dismissUndo(), UNDO_MS);
  }

  dismissUndo(): void {
    this.#clearUndoTimer();
    this.undoOffer = null;
  }

  undo(): Promise<boolean> {
    const offer = this.undoOffer;
    if (!offer) return Promise.resolve(false);
    this.dismissUndo();
    return this.#act('undo', async () => {
      const c = this.config;
      const failures: FailureLine[] = [];
      const parts: string[] = [];
      if (offer.unlink.length > 0) {
        const r = await this.#sendUnlinks(offer.unlink, 'Undoing');
        if (r.unlinked.length) parts.push(`${count(r.unlinked.length, c.one, c.many)} unlinked again`);
        failures.push(...r.failures);
      }
      if (offer.relink.length > 0) {
        const r = await this.#sendLinks(offer.relink, 'Undoing');
        if (r.linked.length) parts.push(`${count(r.linked.length, c.one, c.many)} linked again`);
        failures.push(...r.failures);
        for (const n of r.needConfirmation) failures.push(this.#failure(n.id, n.message));
      }
      this.notice = parts.length ? `Undone: ${parts.join(', ')}.` : 'Nothing was undone.';
      if (failures.length > 0) this.summary = { title: `Not everything could be undone. ${this.notice}`, failures };
    });
  }

  // ---------- create in QuickBooks, create in Procore ----------

  create(items: CreateRequestItem[], report?: CreateReport): Promise<boolean> {
    return this.#act('create', async () => {
      const c = this.config;
      const queued: string[] = [];
      const failures: FailureLine[] = [];
      const confirm: (NeedConfirmation & { listId: string })[] = [];
      const outcome = await runInChunks(
        items,
        (part) => createInQuickBooks(c.side, part),
        (done, total) => (this.progress = total > 1 ? { verb: 'Creating', done, total } : null),
      );
      for (const r of outcome.results) {
        queued.push(...(r.queued ?? []));
        confirm.push(...(r.needConfirmation ?? []));
        for (const f of r.failed ?? []) failures.push(this.#failure(f.id, f.message, f.fix));
        // Sent unconfirmed (a match found since the dialog opened): not created, and said why.
        for (const m of r.matches ?? []) failures.push(this.#failure(m.id, m.message, m.fix));
      }
      for (const { items: part, error } of outcome.errors) {
        const e = toApiError(error);
        for (const it of part) failures.push(this.#failure(it.id, e.message, e.fix));
      }
      if (confirm.length > 0) {
        // QuickBooks already has the job: linking it, not creating another, after the same
        // confirmation a link asks for (the project was created before Joblink was connected).
        this.pending = {
          mode: 'links',
          records: confirmRecords(confirm, [], this.#known),
          links: confirm.map((n) => ({ id: n.id, listId: n.listId, confirm: true })),
          linked: [],
          previous: [],
          failures,
          total: items.length,
        };
        return;
      }
      if (items.length === 1 && failures.length === 1) throw apiProblem(failures[0].message, failures[0].fix);
      const queuedSet = new Set(queued);
      this.selected = new Set([...this.selected].filter((id) => !queuedSet.has(id)));
      const goes = queued.length === 1 ? 'It is created' : 'They are created';
      this.notice =
        queued.length === 0
          ? `Nothing was queued for QuickBooks.`
          : `${count(queued.length, c.one, c.many)} queued for QuickBooks${queued.length < items.length ? ` (of ${items.length})` : ''}. ${goes} on the next Web Connector run.`;
      if (items.length > 1 || (report && report.leftOut.length > 0)) this.summary = { title: this.notice, failures, ...spellingSummary(queued, report, (id) => this.nameOf(id), c) };
    });
  }

  /** Creates Procore records from QuickBooks ones; `confirmed`: the bookkeeper saw the matches Procore has. */
  importRecords(listIds: string[], confirmed = false): Promise<boolean> {
    if (listIds.length === 0) return Promise.resolve(false);
    return this.#act('import', async () => {
      const c = this.config;
      const created: ImportResult['created'] = [];
      const failures: FailureLine[] = [];
      const outcome = await runInChunks(
        listIds,
        (part) => importFromQuickBooks(c.side, part, confirmed),
        (done, total) => (this.progress = total > 1 ? { verb: 'Creating in Procore', done, total } : null),
      );
      for (const r of outcome.results) {
        created.push(...(r.created ?? []));
        for (const f of r.failed ?? []) failures.push(this.#failure(f.listId, f.message, f.fix));
        for (const m of r.matches ?? []) failures.push(this.#failure(m.listId, m.message, m.fix));
      }
      for (const { items, error } of outcome.errors) {
        const e = toApiError(error);
        for (const id of items) failures.push(this.#failure(id, e.message, e.fix));
      }
      if (listIds.length === 1 && failures.length === 1) throw apiProblem(failures[0].message, failures[0].fix);
      const done = new Set(created.map((r) => r.listId));
      this.selectedQb = new Set([...this.selectedQb].filter((id) => !done.has(id)));
      this.notice =
        listIds.length === 1 && created.length === 1
          ? `${created[0].name || this.nameOf(created[0].listId)} was created in Procore and linked.`
          : `${doneSentence('Created', created.length, listIds.length, c.procoreRecord, c.procoreRecords)} ${created.length === 1 ? 'It is' : 'They are'} linked to QuickBooks.`;
      if (listIds.length > 1) this.summary = { title: this.notice, failures };
    });
  }

  // ---------- skip and reopen (the work API) ----------

  skip(ids: string[], comment: string): Promise<boolean> {
    return this.#act('skip', async () => {
      const n = (await skipRecords(this.config.side, ids, comment.trim())).rejected;
      const skipped = new Set(ids);
      this.selected = new Set([...this.selected].filter((id) => !skipped.has(id)));
      this.notice = `${count(n, this.config.one, this.config.many)} skipped. Your reason goes back to Procore.`;
    });
  }

  reopen(ids: string[]): Promise<boolean> {
    const open = ids.filter((id) => {
      const r = this.row(id);
      return !r || canReopen(r);
    });
    if (open.length === 0) return Promise.resolve(false);
    return this.#act('reopen', async () => {
      const n = (await reopenRecords(this.config.side, open)).reopened;
      this.notice = `${count(n, this.config.one, this.config.many)} reopened: ${n === 1 ? 'it is' : 'they are'} back in the list to link.`;
    });
  }

  // ---------- vendors: settings ----------

  async setUpdateProcore(on: boolean): Promise<void> {
    const current = this.view?.settings;
    if (!this.view || !current || this.settingsSaving) return;
    const before = current.updateProcoreFromQuickBooks;
    this.view.settings = { ...current, updateProcoreFromQuickBooks: on }; // show the change at once
    this.settingsSaving = true;
    this.settingsSaved = false;
    this.settingsError = null;
    try {
      const saved = await setVendorSettings({ updateProcoreFromQuickBooks: on, importVendorTypes: current.importVendorTypes ?? [] });
      if (this.view) this.view.settings = saved;
      this.settingsSaved = true;
    } catch (e) {
      if (this.view?.settings) this.view.settings = { ...this.view.settings, updateProcoreFromQuickBooks: before };
      this.settingsError = toApiError(e);
    } finally {
      this.settingsSaving = false;
    }
  }

  // ---------- the picker and the customers of new jobs ----------

  /**
   * The QuickBooks records a row can be linked to (those no Procore record is linked to) that
   * match the picker's search, the row's suggestion first; the server searches the whole list.
   */
  async pickerRecords(q: string, suggested = ''): Promise<{ records: QuickBooksRecord[]; total: number }> {
    const view = await getMappingView(this.config.side, { q: q.trim(), limit: 0, qbLimit: PICKER_LIMIT, prefer: suggested });
    return { records: view.quickbooksOnly ?? [], total: view.quickbooksOnlyTotal ?? 0 };
  }

  /** Jobs: the customers a new job can go under that match the search. */
  /** The customers a new job can go under, with the one the rows `forIds` likely all go under. */
  parents(q: string, forIds: readonly string[] = []): Promise<MappingParents> {
    return getMappingParents(this.config.side, { q: q.trim(), limit: PARENTS_LIMIT, for: forIds.join(',') });
  }

}

/** A problem reported for one record, in the ApiError shape the page shows. */
export function apiProblem(message: string, fix = ''): ApiError {
  return new ApiError(0, 'refused', message, fix);
}

/** Records sent with no letters changed named in the summary (the others counted). */
const AS_IS_NAMED = 20;

/** The summary's lines on spelling: which records went with their Latin spelling (and what it sent), which
 * with no letters changed, and which the dialog left out; nothing when no record needed a spelling. */
function spellingSummary(
  queued: string[],
  report: CreateReport | undefined,
  nameOf: (id: string) => string,
  c: MappingConfig,
): Pick<BulkSummary, 'sentLatin' | 'sentAsIs' | 'leftOut'> {
  if (!report || (Object.keys(report.spelt).length === 0 && report.leftOut.length === 0)) return {};
  const spelt = queued.filter((id) => id in report.spelt);
  const asIs = queued.filter((id) => !(id in report.spelt));
  return {
    sentLatin: spelt.map((id) => `${nameOf(id)}: sent with the Latin spelling (${report.spelt[id]})`),
    sentAsIs: asIs.length > 0 ? `${count(asIs.length, c.one, c.many)} sent with no letters changed: ${asIs.slice(0, AS_IS_NAMED).map(nameOf).join(', ')}${asIs.length > AS_IS_NAMED ? ` and ${asIs.length - AS_IS_NAMED} more` : ''}.` : undefined,
    leftOut: report.leftOut.map((l) => `${l.name}: ${l.reason}`),
  };
}
