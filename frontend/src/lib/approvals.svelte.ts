// The Approvals page's state: the documents read every few seconds, the bookkeeper's choice,
// the preview being looked at, and the decision being confirmed. The rules are in approvals.ts;
// the components only show this state and call its methods.

import { getWorkPreview, toApiError, type ApiError, type KindInfo, type PreviewBlock, type WorkPreview } from './api';
import {
  decide,
  exportBlocker,
  groupByProject,
  outcomeSentence,
  pruneSelected,
  readApprovals,
  rejectionPreviews,
  rejectionWords,
  selectionTotal,
  type ApprovalDocument,
  type Decision,
  type ProjectGroup,
} from './approvals';
import { createPoller, type Poller } from './poller';

export const APPROVALS_POLL_MS = 10_000;

/** A decision waiting for its confirmation: the documents, their count and total. */
export interface PendingDecision {
  decision: Decision;
  ids: Set<string>;
  count: number;
  cents: number;
  /** Reject only: what a rejection does for each kind chosen (from the previews). */
  words: string[];
}

export class ApprovalsModel {
  pending = $state<ApprovalDocument[]>([]);
  waiting = $state<ApprovalDocument[]>([]);
  attention = $state<ApprovalDocument[]>([]);
  unread = $state(0);
  loaded = $state(false);
  loadError = $state<ApiError | null>(null);

  selected = $state<Set<string>>(new Set());
  /** '' | 'accept' | 'reject' | 'export:<item id>' | 'retry:<item id>' while a call is under way. */
  busy = $state('');
  notice = $state('');
  actionError = $state<ApiError | null>(null);

  /** The document whose preview is open. */
  open = $state<ApprovalDocument | null>(null);
  preview = $state<WorkPreview | null>(null);
  previewError = $state<ApiError | null>(null);

  confirming = $state<PendingDecision | null>(null);

  readonly groups: ProjectGroup[] = $derived(groupByProject(this.pending));
  readonly chosen = $derived(selectionTotal(this.pending, this.selected));

  #kinds: () => readonly KindInfo[];
  #poller: Poller;
  /** Called when the count of documents waiting changed (a decision, or new documents): the badge follows. */
  #decided: () => void;

  constructor(kinds: () => readonly KindInfo[], decided: () => void = () => {}, pollMs = APPROVALS_POLL_MS) {
    this.#kinds = kinds;
    this.#decided = decided;
    this.#poller = createPoller(() => this.#read(), pollMs);
  }

  start(): void {
    this.#poller.start();
  }

  stop(): void {
    this.#poller.stop();
  }

  refresh(): Promise<void> {
    return this.#poller.poke();
  }

  async #read(): Promise<void> {
    try {
      const r = await readApprovals(this.#kinds());
      // The badge reads the status on its own schedule: tell it when the page saw the count move.
      if (this.loaded && r.pending.length !== this.pending.length) this.#decided();
      this.pending = r.pending;
      this.waiting = r.waiting;
      this.attention = r.attention;
      this.unread = r.unread;
      this.selected = pruneSelected(r.pending, this.selected);
      this.loadError = null;
      this.loaded = true;
    } catch (e) {
      this.loadError = toApiError(e);
    }
  }

  // ---------- the choice ----------

  toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  /** Ticks a project's documents, or unticks them when all are ticked. */
  toggleGroup(group: ProjectGroup): void {
    const all = group.documents.every((d) => this.selected.has(d.id));
    const next = new Set(this.selected);
    for (const d of group.documents) {
      if (all) next.delete(d.id);
      else next.add(d.id);
    }
    this.selected = next;
  }

  groupState(group: ProjectGroup): 'all' | 'some' | 'none' {
    const n = group.documents.filter((d) => this.selected.has(d.id)).length;
    return n === 0 ? 'none' : n === group.documents.length ? 'all' : 'some';
  }

  // ---------- the preview ----------

  async openPreview(doc: ApprovalDocument): Promise<void> {
    this.open = doc;
    this.preview = null;
    this.previewError = null;
    this.actionError = null;
    try {
      const p = await getWorkPreview(doc.kind, doc.id);
      if (this.open?.id === doc.id) this.preview = p;
    } catch (e) {
      if (this.open?.id === doc.id) this.previewError = toApiError(e);
    }
  }

  closePreview(): void {
    this.open = null;
    this.preview = null;
    this.previewError = null;
  }

  /** Exports the record a block names (a cost code), then reads the preview again. */
  async exportBlock(block: PreviewBlock): Promise<void> {
    if (!block.itemId || !block.kind || this.busy) return;
    this.busy = `export:${block.itemId}`;
    this.actionError = null;
    try {
      const n = await exportBlocker(block.kind, block.itemId);
      this.notice = n > 0 ? `${block.itemId.split('/').pop()} is queued: it goes to QuickBooks on the next Web Connector run.` : 'It was already on its way to QuickBooks.';
      if (this.open) await this.openPreview(this.open);
    } catch (e) {
      this.actionError = toApiError(e);
    } finally {
      this.busy = '';
    }
  }

  /** Sends an accepted document QuickBooks refused once more (after the bookkeeper fixed the cause). */
  async retry(doc: ApprovalDocument): Promise<void> {
    if (this.busy) return;
    this.busy = `retry:${doc.id}`;
    this.actionError = null;
    try {
      await exportBlocker(doc.kind, doc.id);
      this.notice = `${doc.what} ${doc.summary.title || doc.item.title} goes to QuickBooks again on the next Web Connector run.`;
      await this.refresh();
    } catch (e) {
      this.actionError = toApiError(e);
    } finally {
      this.busy = '';
    }
  }

  /** Exports every record of one kind the open preview's blocks name (its cost codes), in one call. */
  async exportBlocks(kind: string, itemIds: string[]): Promise<void> {
    if (itemIds.length === 0 || this.busy) return;
    this.busy = `export:${kind}`;
    this.actionError = null;
    try {
      const n = await exportBlocker(kind, ...itemIds);
      this.notice = `${n} queued: ${n === 1 ? 'it goes' : 'they go'} to QuickBooks on the next Web Connector run.`;
      if (this.open) await this.openPreview(this.open);
    } catch (e) {
      this.actionError = toApiError(e);
    } finally {
      this.busy = '';
    }
  }

  // ---------- decisions ----------

  /** Asks for the confirmation of a decision on ids (the open document, or the ticked ones). */
  async ask(decision: Decision, ids: ReadonlySet<string>): Promise<void> {
    const chosen = new Set(ids);
    const { count, cents } = selectionTotal(this.pending, chosen);
    if (count === 0) return;
    this.actionError = null;
    let words: string[] = [];
    if (decision === 'reject') {
      // The open document's preview says it already; otherwise one preview per kind chosen.
      const open = this.preview && chosen.size === 1 && chosen.has(this.preview.id) ? [this.preview] : null;
      try {
        words = rejectionWords(open ?? (await rejectionPreviews(this.pending, chosen)));
      } catch {
        words = []; // the dialog still says the comment is kept in Activity
      }
    }
    this.confirming = { decision, ids: chosen, count, cents, words };
  }

  cancel(): void {
    this.confirming = null;
    this.actionError = null;
  }

  /** Sends the confirmed decision; true when it went through. */
  async confirm(comment = ''): Promise<boolean> {
    const c = this.confirming;
    if (!c || this.busy) return false;
    this.busy = c.decision;
    this.actionError = null;
    try {
      const n = await decide(c.decision, this.pending, c.ids, comment.trim());
      this.notice = outcomeSentence(c.decision, n, c.cents);
      this.confirming = null;
      if (this.open && c.ids.has(this.open.id)) this.closePreview();
      const left = new Set(this.selected);
      for (const id of c.ids) left.delete(id);
      this.selected = left;
      this.#decided();
      await this.refresh();
      return true;
    } catch (e) {
      this.actionError = toApiError(e);
      return false;
    } finally {
      this.busy = '';
    }
  }
}
