// The Approvals page's rules: which kinds are documents waiting for a decision (read from the
// registered kinds, never named here), what each document is (its summary in the item's detail),
// newest first and grouped by project, and what a bulk decision covers (count and total).
// The page and its components only show what these functions return.

import {
  exportWorkItems,
  type PreviewBlock,
  getWorkItems,
  getWorkPreview,
  rejectWorkItems,
  type KindInfo,
  type WorkItem,
  type WorkPreview,
  type WorkStatus,
} from './api';
import { count } from './format';
import { checkReason } from './reason';
import { hrefFor, isPageId } from './router';

/** A document's summary, as its flow writes it in the item's `detail` (JSON). */
export interface DocumentSummary {
  project: string;
  projectId: string;
  /** The Procore number ("" when Procore gives none). */
  number: string;
  title: string;
  /** "45,000.00". */
  total: string;
  totalCents: number;
  /** Line count. */
  lines: number;
  /** The QuickBooks Customer:Job its lines go to ("" while the project is not linked). */
  job: string;
  /** Who last changed it in Procore and when (RFC 3339); "" when Procore's API does not say. */
  changedBy: string;
  changedAt: string;
}

/** One document on the page: the item, its kind and its summary. */
export interface ApprovalDocument {
  id: string;
  kind: string;
  /** "Budget", "Budget change": the kind's singular label. */
  what: string;
  item: WorkItem;
  summary: DocumentSummary;
  /** The moment it is sorted by: the Procore change, else Joblink's last change of the item (ms; 0 unknown). */
  at: number;
}

/** The documents of one project, newest first; groups are ordered by their newest document. */
export interface ProjectGroup {
  /** The Procore project id, or its name when the summary has no id. */
  key: string;
  project: string;
  /** The QuickBooks Customer:Job of the project's newest document that names one; "" when none does. */
  job: string;
  documents: ApprovalDocument[];
  totalCents: number;
}

/** The kinds whose items wait for a decision on Approvals, in export order. */
export function approvalKinds(kinds: readonly KindInfo[]): KindInfo[] {
  return kinds.filter((k) => k.approval).sort((a, b) => a.rank - b.rank);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Cents from "45,000.00" / "-1,200.50" (0 when it is not an amount). */
export function centsOf(amount: string): number {
  const m = amount.replace(/[,\s]/g, '').match(/^(-)?(\d+)(?:\.(\d{1,2}))?$/);
  if (!m) return 0;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

/** 4500000 → "45,000.00"; -120050 → "-1,200.50" (the way the server writes amounts). */
export function money(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** Reads an item's detail; a detail that is not a summary leaves the fields empty (the title still shows). */
export function readSummary(detail: string): DocumentSummary {
  let d: Record<string, unknown> = {};
  try {
    const v: unknown = JSON.parse(detail);
    if (v && typeof v === 'object' && !Array.isArray(v)) d = v as Record<string, unknown>;
  } catch {
    // not JSON: an older item, or a kind that writes words
  }
  const total = str(d.total);
  const totalCents = typeof d.totalCents === 'number' ? num(d.totalCents) : centsOf(total);
  return {
    project: str(d.project),
    projectId: str(d.projectId),
    number: str(d.number),
    title: str(d.title),
    total: total || (typeof d.totalCents === 'number' ? money(totalCents) : ''),
    totalCents,
    lines: num(d.lines),
    job: str(d.job),
    changedBy: str(d.changedBy),
    changedAt: str(d.changedAt),
  };
}

function time(value: string | null | undefined): number {
  if (!value) return 0;
  const t = Date.parse(value);
  return Number.isNaN(t) ? 0 : t;
}

/** One item as a document of the page. */
export function toDocument(item: WorkItem, kind: KindInfo | undefined): ApprovalDocument {
  const summary = readSummary(item.detail);
  return {
    id: item.id,
    kind: item.kind,
    what: kind?.one ?? item.kind,
    item,
    summary,
    at: time(summary.changedAt) || time(item.updatedAt),
  };
}

/** Newest first; equal moments by id, so the order never jumps between reads. */
export function newestFirst(docs: readonly ApprovalDocument[]): ApprovalDocument[] {
  return [...docs].sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The key a document's project is grouped under. */
export function projectKey(d: ApprovalDocument): string {
  return d.summary.projectId || d.summary.project || 'Project not named';
}

/** Documents grouped by project: groups by their newest document, documents newest first in each,
 * each group named by its QuickBooks job as the summaries say it (no preview is read for it). */
export function groupByProject(docs: readonly ApprovalDocument[]): ProjectGroup[] {
  const groups = new Map<string, ProjectGroup>();
  for (const d of newestFirst(docs)) {
    const key = projectKey(d);
    let g = groups.get(key);
    if (!g) {
      g = { key, project: d.summary.project || 'Project not named', job: '', documents: [], totalCents: 0 };
      groups.set(key, g);
    }
    g.job ||= d.summary.job;
    g.documents.push(d);
    g.totalCents += d.summary.totalCents;
  }
  return [...groups.values()]; // Map keeps insertion order: the newest document's group first
}

/** How many documents are chosen and what they add up to. */
export function selectionTotal(docs: readonly ApprovalDocument[], selected: ReadonlySet<string>): { count: number; cents: number } {
  let n = 0;
  let cents = 0;
  for (const d of docs) {
    if (!selected.has(d.id)) continue;
    n++;
    cents += d.summary.totalCents;
  }
  return { count: n, cents };
}

/** Keeps only the chosen ids still on the page (a document decided elsewhere goes). */
export function pruneSelected(docs: readonly ApprovalDocument[], selected: ReadonlySet<string>): Set<string> {
  const ids = new Set(docs.map((d) => d.id));
  return new Set([...selected].filter((id) => ids.has(id)));
}

/** The documents chosen, by kind (a decision is sent per kind). */
export function idsByKind(docs: readonly ApprovalDocument[], selected: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of docs) {
    if (!selected.has(d.id)) continue;
    const ids = out.get(d.kind) ?? [];
    ids.push(d.id);
    out.set(d.kind, ids);
  }
  return out;
}

export type Decision = 'accept' | 'reject';

/** The confirmation's title: "Accept 3 documents totalling 45,000.00?". */
export function confirmationTitle(decision: Decision, n: number, cents: number): string {
  const verb = decision === 'accept' ? 'Accept' : 'Reject';
  return `${verb} ${count(n, 'document')} totalling ${money(cents)}?`;
}

/** What accepting does, in a sentence. */
export function acceptDescription(n: number): string {
  return n === 1
    ? 'It goes to QuickBooks on the next Web Connector run, once the records it needs are there.'
    : 'They go to QuickBooks on the next Web Connector run, each once the records it needs are there.';
}

/** The sentence after a decision: "Accepted 2 documents: …". */
export function outcomeSentence(decision: Decision, n: number, cents: number): string {
  if (decision === 'accept') {
    return `Accepted ${count(n, 'document')} (${money(cents)}): ${n === 1 ? 'it goes' : 'they go'} to QuickBooks on the next Web Connector run.`;
  }
  return `Rejected ${count(n, 'document')} (${money(cents)}): nothing is sent to QuickBooks; your comment is in Activity.`;
}

/** "Budget #2024-048: Original budget", "Budget change #2: Owner-added rooftop unit". */
export function documentName(d: ApprovalDocument): string {
  const head = d.summary.number ? `${d.what} #${d.summary.number}` : d.what;
  const title = d.summary.title || d.item.title;
  return title ? `${head}: ${title}` : head;
}

/** Where the preview's document goes in QuickBooks: the record it changes, or "A new estimate" for
 * an Add request, or a dash when nothing will be sent. */
export function targetWords(p: Pick<WorkPreview, 'target' | 'request'>): string {
  if (p.target) return p.target;
  const m = p.request.match(/^([A-Z][A-Za-z]*?)Add$/);
  if (!m) return '—';
  const noun = m[1].replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `A new ${noun}`;
}

/** Whether sending a refused document again can help: QuickBooks (or Procore) refused it, or asked
 * to try later. Joblink's own explanations (an unlocked budget, no lines) clear themselves once
 * the document is fixed in Procore: sending it again would only fail the same way. */
export function canRetry(d: ApprovalDocument): boolean {
  const f = d.item.failure;
  return !!f && (f.code !== undefined || f.class === 'retry_later' || f.class === 'reread');
}

/** The words of a line's amount column for a line count and total: "12 lines, 45,000.00". */
export function linesAndTotal(s: Pick<DocumentSummary, 'lines' | 'total'>): string {
  return `${count(s.lines, 'line')}, ${s.total || '—'}`;
}

/** "by Ann Lee", "" when Procore's API does not say who. */
export function changedByWords(s: Pick<DocumentSummary, 'changedBy'>): string {
  return s.changedBy ? `by ${s.changedBy}` : '';
}

/** Problem with a rejection comment (null: fine). The comment is required. */
export function checkComment(value: string): string | null {
  return checkReason(value, 'Write a short reason: it is kept with the document in Activity.');
}

/** The distinct rejection sentences of the kinds in a choice (from their previews), in order. */
export function rejectionWords(previews: readonly Pick<WorkPreview, 'rejection'>[]): string[] {
  return [...new Set(previews.map((p) => p.rejection.trim()).filter(Boolean))];
}

/** What the preview offers for a block: export the record named (one click), open the document
 * it waits for, go to the page where it is settled (jobs and vendors are linked there, with
 * choices), or nothing but the words. */
export type BlockAction =
  | { type: 'export'; label: string; kind: string; itemId: string }
  | { type: 'open'; label: string; document: ApprovalDocument }
  | { type: 'link'; label: string; href: string }
  | { type: 'none' };

/** The pages where records are paired with QuickBooks records by choice, not exported in one click. */
const MAPPING_PAGES = new Set(['jobs', 'vendors']);

export function blockAction(block: PreviewBlock, kinds: readonly KindInfo[], pending: readonly ApprovalDocument[]): BlockAction {
  if (!block.itemId || !block.kind) return { type: 'none' };
  const kind = kinds.find((k) => k.kind === block.kind);
  if (!kind) return { type: 'none' };
  if (kind.approval) {
    const document = pending.find((d) => d.id === block.itemId);
    return document ? { type: 'open', label: `Open the ${kind.one.toLowerCase()}`, document } : { type: 'none' };
  }
  if (isPageId(kind.page) && MAPPING_PAGES.has(kind.page)) {
    return { type: 'link', label: `Open the ${kind.label} page`, href: hrefFor(kind.page) };
  }
  if (kind.direction !== 'to_quickbooks') return { type: 'none' };
  return { type: 'export', label: `Export this ${kind.one.toLowerCase()} now`, kind: kind.kind, itemId: block.itemId };
}

// ---------- reading and deciding ----------

/** At most this many documents of one kind and status are read (pages of 1,000). */
export const READ_LIMIT = 5000;
const PAGE = 1000;

/** Every item of kind with status, page by page (each page after the last id of the one before). */
export async function readItems(kind: string, status: WorkStatus): Promise<{ items: WorkItem[]; total: number }> {
  const items: WorkItem[] = [];
  let total = 0;
  let after: string | undefined;
  for (;;) {
    const page = await getWorkItems(kind, { status, limit: PAGE, after });
    total = page.total;
    items.push(...page.items);
    if (page.items.length < PAGE || items.length >= Math.min(total, READ_LIMIT)) break;
    after = page.items[page.items.length - 1].id;
  }
  return { items, total };
}

export interface ApprovalsRead {
  /** Waiting for a decision. */
  pending: ApprovalDocument[];
  /** Accepted, waiting for the records they need to reach QuickBooks. */
  waiting: ApprovalDocument[];
  /** Cannot be sent as they are: explained by Joblink, or refused by QuickBooks. */
  attention: ApprovalDocument[];
  /** Documents left unread beyond READ_LIMIT per kind (0 normally). */
  unread: number;
}

/** Reads the documents of every approval kind. */
export async function readApprovals(kinds: readonly KindInfo[]): Promise<ApprovalsRead> {
  const out: ApprovalsRead = { pending: [], waiting: [], attention: [], unread: 0 };
  const byKind = new Map(kinds.map((k) => [k.kind, k]));
  const reads = approvalKinds(kinds).flatMap((k) =>
    (['ready', 'waiting', 'attention'] as const).map(async (status) => ({ status, ...(await readItems(k.kind, status)) })),
  );
  for (const r of await Promise.all(reads)) {
    out.unread += Math.max(0, r.total - r.items.length);
    const docs = r.items.map((i) => toDocument(i, byKind.get(i.kind)));
    (r.status === 'ready' ? out.pending : r.status === 'waiting' ? out.waiting : out.attention).push(...docs);
  }
  out.pending = newestFirst(out.pending);
  out.waiting = newestFirst(out.waiting);
  out.attention = newestFirst(out.attention);
  return out;
}

/** Sends a decision for the chosen documents, one call per kind; returns how many were taken. */
export async function decide(
  decision: Decision,
  docs: readonly ApprovalDocument[],
  selected: ReadonlySet<string>,
  comment = '',
): Promise<number> {
  let n = 0;
  for (const [kind, ids] of idsByKind(docs, selected)) {
    n += decision === 'accept' ? (await exportWorkItems(kind, { ids })).queued : (await rejectWorkItems(kind, ids, comment)).rejected;
  }
  return n;
}

/** The previews of the first chosen document of each kind: what Reject does for each kind chosen
 * (a preview that cannot be read is left out: the dialog then says what every rejection does). */
export async function rejectionPreviews(docs: readonly ApprovalDocument[], selected: ReadonlySet<string>): Promise<WorkPreview[]> {
  const firsts = await Promise.allSettled([...idsByKind(docs, selected)].map(([kind, ids]) => getWorkPreview(kind, ids[0])));
  return firsts.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}

/** The records the export buttons of a preview's blocks name, by kind (for "Export all"). */
export function exportableBlocks(blocks: readonly PreviewBlock[], kinds: readonly KindInfo[], pending: readonly ApprovalDocument[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const b of blocks) {
    const a = blockAction(b, kinds, pending);
    if (a.type !== 'export') continue;
    const ids = out.get(a.kind) ?? [];
    if (!ids.includes(a.itemId)) ids.push(a.itemId);
    out.set(a.kind, ids);
  }
  return out;
}

/** Exports one record a document waits for (a cost code named in a block): one click from the preview. */
export async function exportBlocker(kind: string, ...itemIds: string[]): Promise<number> {
  return (await exportWorkItems(kind, { ids: itemIds })).queued;
}
