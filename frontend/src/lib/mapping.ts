// Words and rules for the Jobs and Vendors pages (docs/api-mapping.md): which page shows what,
// filters, statuses and match confidence in words, what each row allows, chunking of bulk
// actions, names QuickBooks accepts, keyboard moves between rows, pages of a long list.

import type {
  MappingCounts,
  MappingFilter,
  MappingRow,
  MappingRun,
  MappingSide,
  MappingView,
  QuickBooksRecord,
} from './api';
import type { Tone } from './format';
import { count } from './format';
import { formatCount } from './quickbooks';

// ---------- the two pages ----------

export interface MappingConfig {
  side: MappingSide;
  /** The work-item kind for skip (reject) and reopen: POST /api/work/{kind}/reject. */
  kind: 'job' | 'vendor';
  title: string;
  intro: string;
  /** "job" / "jobs": what a row is called in sentences. */
  one: string;
  many: string;
  /** Column and list headings. */
  procoreLabel: string;
  quickbooksLabel: string;
  /** What "Create in Procore" makes: "Procore project", "Procore company". */
  procoreRecord: string;
  procoreRecords: string;
  /** What "Create in QuickBooks" makes. */
  quickbooksRecord: string;
  quickbooksRecords: string;
}

export const JOBS: MappingConfig = {
  side: 'jobs',
  kind: 'job',
  title: 'Jobs',
  intro:
    'Pair each Procore project with its QuickBooks customer or job. Joblink suggests matches; check them, link them, or create what is missing on either side.',
  one: 'job',
  many: 'jobs',
  procoreLabel: 'Procore project',
  quickbooksLabel: 'QuickBooks customer or job',
  procoreRecord: 'Procore project',
  procoreRecords: 'Procore projects',
  quickbooksRecord: 'QuickBooks job',
  quickbooksRecords: 'QuickBooks jobs',
};

export const VENDORS: MappingConfig = {
  side: 'vendors',
  kind: 'vendor',
  title: 'Vendors',
  intro:
    'Pair each company in your Procore directory with its QuickBooks vendor. Joblink suggests matches; link them, or create what is missing on either side.',
  one: 'vendor',
  many: 'vendors',
  procoreLabel: 'Procore company',
  quickbooksLabel: 'QuickBooks vendor',
  procoreRecord: 'Procore company',
  procoreRecords: 'Procore companies',
  quickbooksRecord: 'QuickBooks vendor',
  quickbooksRecords: 'QuickBooks vendors',
};

// ---------- filters ----------

export interface MappingFilterChip {
  filter: MappingFilter;
  label: string;
  help: string;
}

export const MAPPING_FILTERS: readonly MappingFilterChip[] = [
  { filter: 'all', label: 'All', help: 'Every record, linked or not.' },
  { filter: 'unlinked', label: 'Unlinked', help: 'Not linked, and no likely match found.' },
  { filter: 'suggested', label: 'Suggested', help: 'A likely or exact match waits for you to link it.' },
  { filter: 'linked', label: 'Linked', help: 'Linked to a QuickBooks record.' },
  { filter: 'conflicts', label: 'Conflicts', help: 'Something needs you: the reason and the fix are under the row\'s Details.' },
  { filter: 'creating', label: 'Being created', help: 'Waiting to be created in QuickBooks on the next Web Connector run.' },
  { filter: 'skipped', label: 'Skipped', help: 'Skipped on purpose: not linked and not sent. The reason shows on the row; Reopen brings one back.' },
];

const FILTERS = new Set<string>(MAPPING_FILTERS.map((f) => f.filter));

/** A filter from the address (`?filter=linked`); unknown values mean All. */
export function parseMappingFilter(value: string | null | undefined): MappingFilter {
  const v = (value ?? '').trim().toLowerCase();
  return FILTERS.has(v) ? (v as MappingFilter) : 'all';
}

export function filterCount(counts: MappingCounts | null | undefined, filter: MappingFilter): number | null {
  if (!counts) return null;
  const n = counts[filter];
  return typeof n === 'number' ? n : 0;
}

// ---------- statuses and confidence ----------

export function mappingStatusLabel(status: string): string {
  switch (status) {
    case 'unlinked':
      return 'Not linked';
    case 'suggested':
      return 'Match suggested';
    case 'linked':
      return 'Linked';
    case 'creating':
      return 'Being created';
    case 'conflict':
      return 'Needs attention';
    case 'skipped':
      return 'Skipped';
    default:
      return status ? status.charAt(0).toUpperCase() + status.slice(1) : 'Unknown';
  }
}

export function mappingStatusTone(status: string): Tone {
  switch (status) {
    case 'linked':
      return 'ok';
    case 'conflict':
      return 'error';
    case 'skipped':
    case 'creating':
      return 'warning';
    default:
      return 'neutral';
  }
}

export function mappingStatusHelp(status: string, c: MappingConfig): string {
  switch (status) {
    case 'unlinked':
      return `No QuickBooks record is linked yet, and Joblink found no likely match.`;
    case 'suggested':
      return `Joblink found a likely match. Link it, or choose another ${c.quickbooksLabel}.`;
    case 'linked':
      return `Linked: Joblink keeps the two records paired.`;
    case 'creating':
      return `Waiting to be created in QuickBooks on the next Web Connector run.`;
    case 'conflict':
      return 'Needs you: what is wrong and how to fix it follow.';
    case 'skipped':
      return `Skipped: not linked and not sent to QuickBooks. Reopen it to link it after all.`;
    default:
      return '';
  }
}

export function confidenceLabel(confidence: string): string {
  switch (confidence) {
    case 'exact':
      return 'Exact';
    case 'likely':
      return 'Likely';
    case 'possible':
      return 'Possible';
    default:
      return confidence ? confidence.charAt(0).toUpperCase() + confidence.slice(1) : 'Unknown';
  }
}

export function confidenceHelp(confidence: string): string {
  switch (confidence) {
    case 'exact':
      return 'Exact match: safe to link; "Link all exact matches" links these.';
    case 'likely':
      return 'Likely match: safe to link with one click.';
    case 'possible':
      return 'Possible match: have a look before you link it.';
    default:
      return '';
  }
}

/** Exact and likely suggestions are safe to link without a closer look. */
export function isConfident(confidence: string | undefined): boolean {
  return confidence === 'exact' || confidence === 'likely';
}

// ---------- what a row allows ----------

type RowLike = Pick<MappingRow, 'status' | 'suggestion' | 'quickbooks'>;

const OPEN = new Set(['unlinked', 'suggested', 'conflict']);

/** "Link to suggestion" on the row (any confidence: the bookkeeper is looking at it). */
export function canLinkSuggestion(row: RowLike): boolean {
  return Boolean(row.suggestion?.listId) && OPEN.has(row.status);
}

/**
 * Bulk "Link selected suggestions": only exact and likely ones, and not on a conflict, whose
 * link in Procore belongs to another integration: that goes through "Replace links in Procore…".
 */
export function canBulkLink(row: RowLike): boolean {
  return canLinkSuggestion(row) && isConfident(row.suggestion?.confidence) && row.status !== 'conflict';
}

/**
 * A conflict whose way out is linking it to its suggestion, which replaces the link Procore
 * holds (another integration's, or one to a record this company file does not have).
 */
export function canReplaceLink(row: RowLike): boolean {
  return row.status === 'conflict' && row.quickbooks === null && Boolean(row.suggestion?.listId);
}

/** "Link to…" (choose a QuickBooks record); on a linked row it moves the link. */
export function canPick(row: RowLike): boolean {
  return OPEN.has(row.status) || row.status === 'linked';
}

export function canUnlink(row: RowLike): boolean {
  return row.quickbooks !== null && (row.status === 'linked' || row.status === 'conflict');
}

export function canCreate(row: RowLike): boolean {
  return OPEN.has(row.status) && row.quickbooks === null;
}

export function canSkip(row: RowLike): boolean {
  return OPEN.has(row.status) && row.quickbooks === null;
}

export function canReopen(row: RowLike): boolean {
  return row.status === 'skipped';
}

/** A QuickBooks-only record can be made in Procore unless the server says why not. */
export function canImport(rec: Pick<QuickBooksRecord, 'unsupported'>): boolean {
  return !rec.unsupported;
}

// ---------- what a row says to a screen reader ----------

/** A row's short accessible name: the record, where it stands, and its match. */
export function rowName(row: MappingRow): string {
  const parts = [row.procore.name, mappingStatusLabel(row.status)];
  if (row.quickbooks) parts.push(`linked to ${row.quickbooks.fullName}`);
  else if (row.suggestion && (row.status === 'suggested' || row.status === 'conflict' || row.status === 'unlinked'))
    parts.push(`${confidenceLabel(row.suggestion.confidence).toLowerCase()} match ${row.suggestion.fullName}`);
  return parts.join(', ');
}

/** The explanations a row folds behind Details, in reading order ([] when there are none). */
export function rowExplanation(row: MappingRow): string[] {
  const out: string[] = [];
  if (row.skipReason) out.push(`Skipped because: ${row.skipReason}`);
  if (row.problem) {
    out.push(row.problem.message);
    if (row.problem.meaning) out.push(`What it means: ${row.problem.meaning}`);
    if (row.problem.fix) out.push(`How to fix it: ${row.problem.fix}`);
  }
  if (row.suggestion?.reason && !row.quickbooks && row.status !== 'creating' && row.status !== 'skipped') out.push(`Why this match: ${row.suggestion.reason}`);
  if (row.linkProblem) out.push(`Procore did not record the link: ${row.linkProblem}`);
  out.push(...(row.notes ?? []));
  return out;
}

/** A string usable as (part of) an element id, from a row id such as "job/3000004912". */
export function domId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-');
}

// ---------- selection ----------

export function selectAllState(ids: string[], selected: ReadonlySet<string>): 'all' | 'some' | 'none' {
  if (ids.length === 0) return 'none';
  const n = ids.filter((id) => selected.has(id)).length;
  if (n === 0) return 'none';
  return n === ids.length ? 'all' : 'some';
}

/** Selects every visible id, or clears them when all are already selected. */
export function toggleAll(ids: string[], selected: ReadonlySet<string>): Set<string> {
  const next = new Set(selected);
  if (selectAllState(ids, selected) === 'all') ids.forEach((id) => next.delete(id));
  else ids.forEach((id) => next.add(id));
  return next;
}

/** Keeps only the ids still listed. */
export function pruneIds(ids: Iterable<string>, selected: ReadonlySet<string>): Set<string> {
  const keep = new Set(ids);
  return new Set([...selected].filter((id) => keep.has(id)));
}

// ---------- bulk actions in chunks ----------

/** Records sent per request: small enough for a progress bar that moves, well under the 1,000 limit. */
export const CHUNK_SIZE = 50;

export function chunk<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface ChunkOutcome<T, R> {
  results: R[];
  /** Chunks whose request failed as a whole (network, a 4xx/5xx): every record in it failed. */
  errors: { items: T[]; error: unknown }[];
}

/**
 * Sends `items` in chunks, one request after the other, and reports after each how many records
 * were handled. A chunk that fails does not stop the others.
 */
export async function runInChunks<T, R>(
  items: readonly T[],
  call: (part: T[]) => Promise<R>,
  onProgress: (done: number, total: number) => void = () => {},
  size = CHUNK_SIZE,
): Promise<ChunkOutcome<T, R>> {
  const outcome: ChunkOutcome<T, R> = { results: [], errors: [] };
  let done = 0;
  onProgress(0, items.length);
  for (const part of chunk(items, size)) {
    try {
      outcome.results.push(await call(part));
    } catch (error) {
      outcome.errors.push({ items: part, error });
    }
    done += part.length;
    onProgress(done, items.length);
  }
  return outcome;
}

/** "Linking 150 of 300 jobs…" */
export function progressSentence(verb: string, done: number, total: number, one: string, many: string): string {
  return `${verb} ${done} of ${count(total, one, many)}…`;
}

export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((done / total) * 100)));
}

// ---------- names QuickBooks accepts ----------

/** Characters as QuickBooks counts them (not UTF-16 halves). */
export function nameLength(name: string): number {
  return [...name].length;
}

export const DEFAULT_NAME_LIMIT = 41;

/** Whether the Procore name is longer than QuickBooks allows. */
export function nameTooLong(row: Pick<MappingRow, 'procore' | 'nameLimit'>): boolean {
  return nameLength(row.procore.name) > (row.nameLimit || DEFAULT_NAME_LIMIT);
}

/** Whether the Procore name cannot go to QuickBooks as it is: too long, or with characters QuickBooks cannot store. */
export function nameNeedsLook(row: Pick<MappingRow, 'procore' | 'nameLimit' | 'nameProblem'>): boolean {
  return nameTooLong(row) || Boolean(row.nameProblem);
}

/** The name "Create in QuickBooks" starts with: the one chosen before, else the suggestion when the Procore
 * name cannot be used (empty when there is none: the bookkeeper types a Latin-alphabet name). */
export function defaultCreateName(row: Pick<MappingRow, 'procore' | 'nameLimit' | 'suggestedName' | 'choice' | 'nameProblem'>): string {
  if (row.choice?.name) return row.choice.name;
  if (nameNeedsLook(row)) return row.suggestedName || (row.nameProblem ? '' : row.procore.name);
  return row.procore.name;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** Letters, digits and symbols outside Latin-1, which QuickBooks Desktop cannot store (punctuation such as “ ” – is sent as ASCII). */
export function lettersQuickBooksLoses(name: string): string[] {
  return [...name.normalize('NFC')].filter((ch) => ch.codePointAt(0)! > 0xff && /[\p{L}\p{N}\p{S}]/u.test(ch));
}

/** Why QuickBooks would refuse the name, or null. */
export function checkCreateName(name: string, limit = DEFAULT_NAME_LIMIT): string | null {
  if (CONTROL.test(name.trim()))
    return 'The name contains a tab, a line break or another invisible character. Type it on one line: QuickBooks would keep the character inside the name.';
  const v = name.trim();
  if (!v) return 'Write a name. It is the name the record gets in QuickBooks.';
  const lost = lettersQuickBooksLoses(v);
  if (lost.length > 0)
    return `QuickBooks cannot store ${[...new Set(lost)].slice(0, 5).join(' ')}: write the name in the Latin alphabet (accented letters such as é, ñ or ü are kept).`;
  const n = nameLength(v);
  if (n > limit) return `QuickBooks takes at most ${limit} characters in a name. This one has ${n}: shorten it by ${n - limit}.`;
  if (v.includes(':')) return 'QuickBooks uses ":" to separate a customer from its jobs, so a name cannot contain it.';
  return null;
}

/** "23 of 41 characters" */
export function nameCounter(name: string, limit = DEFAULT_NAME_LIMIT): string {
  return `${nameLength(name.trim())} of ${limit} characters`;
}

export type ParentMode = 'parent' | 'customer';

export function checkParent(mode: ParentMode, parentListId: string): string | null {
  if (mode === 'parent' && !parentListId) return 'Choose the customer the new job goes under, or choose "As a customer".';
  return null;
}

// ---------- keyboard ----------

export type RowKeyAction = 'next' | 'prev' | 'first' | 'last' | 'toggle' | 'link' | 'unlink';

/** What a key pressed on a focused row does (null: leave it to the browser). */
export function rowKeyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): RowKeyAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowDown':
    case 'j':
      return 'next';
    case 'ArrowUp':
    case 'k':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
    case 'Spacebar':
      return 'toggle';
    case 'Enter':
    case 'l':
      return 'link';
    case 'u':
      return 'unlink';
    default:
      return null;
  }
}

/** The row id focus moves to; stays put at either end. */
export function moveFocus(ids: readonly string[], current: string | null, action: 'next' | 'prev' | 'first' | 'last'): string | null {
  if (ids.length === 0) return null;
  if (action === 'first') return ids[0];
  if (action === 'last') return ids[ids.length - 1];
  const i = current === null ? -1 : ids.indexOf(current);
  if (i < 0) return ids[0];
  const j = action === 'next' ? Math.min(ids.length - 1, i + 1) : Math.max(0, i - 1);
  return ids[j];
}

/** True when "/" should go to the search box: not while typing in a field. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  return tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable === true;
}

export const SHORTCUTS_HELP =
  "Keys: Tab goes through each row's checkbox and buttons; ↑ ↓ change rows; on a checkbox Space selects, Enter or l links, u unlinks; / searches.";

// ---------- the QuickBooks picker ----------

/** Records the "Link to…" picker shows for a search (the server searches the whole list). */
export const PICKER_LIMIT = 50;

export function levelLabel(level: string): string {
  switch (level) {
    case 'customer':
      return 'Customer';
    case 'job':
      return 'Job';
    case 'subjob':
      return 'Sub job';
    case 'vendor':
      return 'Vendor';
    default:
      return level;
  }
}

/** "12 Pier Way, Oakland, CA 94607" */
export function placeText(r: { address?: string; city?: string; state?: string; zip?: string }): string {
  const cityLine = [r.city, [r.state, r.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [r.address, cityLine].filter(Boolean).join(', ');
}

// ---------- polling ----------

export const ACTIVE_POLL_MS = 3000;
export const IDLE_POLL_MS = 15_000;

/**
 * Every 3 s while a run is under way or a record is being created (on any page: the counts say
 * so), else every 15 s. Either way only the page shown is read again.
 */
export function mappingPollInterval(view: (Pick<MappingView, 'rows' | 'run'> & { counts?: Partial<MappingCounts> }) | null | undefined): number {
  if (!view) return IDLE_POLL_MS;
  if (view.run?.active || (view.counts?.creating ?? 0) > 0 || view.rows?.some((r) => r.status === 'creating')) return ACTIVE_POLL_MS;
  return IDLE_POLL_MS;
}

// ---------- pages ----------

export interface PageSpan {
  offset: number;
  /** Records on this page. */
  shown: number;
  total: number;
}

/** "Showing 1–100 of 30,000 vendors" (or "Showing all 12 vendors" on a single page). */
export function pageRange(p: PageSpan, one: string, many: string): string {
  if (p.total === 0) return `No ${many}`;
  if (p.offset === 0 && p.shown >= p.total) return p.total === 1 ? `Showing the one ${one}` : `Showing all ${formatCount(p.total)} ${many}`;
  const from = Math.min(p.offset + 1, p.total);
  const to = Math.min(p.offset + p.shown, p.total);
  return `Showing ${formatCount(from)}–${formatCount(to)} of ${formatCount(p.total)} ${p.total === 1 ? one : many}`;
}

/** Where the next page starts, or null on the last page. */
export function nextOffset(offset: number, size: number, total: number): number | null {
  return offset + size < total ? offset + size : null;
}

/** Where the previous page starts, or null on the first. */
export function previousOffset(offset: number, size: number): number | null {
  return offset > 0 ? Math.max(0, offset - size) : null;
}

/** An offset past the end (the list got shorter) moves to the last page that has records. */
export function clampOffset(offset: number, size: number, total: number): number {
  if (offset < total || total === 0) return offset > 0 && total === 0 ? 0 : offset;
  return Math.max(0, Math.floor((total - 1) / size) * size);
}

/** RunProgress wants `startedAt`; the mapping run has none. */
export function asWorkRun(run: MappingRun) {
  return { ...run, startedAt: null };
}

// ---------- empty states ----------

export function emptyMessage(
  c: MappingConfig,
  counts: MappingCounts | null,
  filter: MappingFilter,
  q: string,
  procoreConnected: boolean | null = null,
  records: number | null = null,
): { kind: 'not-connected' | 'none' | 'no-match'; message: string } {
  // The counts follow the search: with one, only `records` can say that there is nothing at all.
  const none = records !== null ? records === 0 : !counts || (counts.all === 0 && !q.trim());
  if (procoreConnected === false && none) {
    return { kind: 'not-connected', message: `Joblink is not connected to Procore yet, so it has no ${c.many} to show.` };
  }
  if (none) {
    return {
      kind: 'none',
      message:
        c.side === 'jobs'
          ? 'Joblink has not found any projects in your Procore company yet. They appear here after the next check of Procore.'
          : 'Joblink has not found any companies in your Procore directory yet. They appear here after the next check of Procore.',
    };
  }
  const label = MAPPING_FILTERS.find((f) => f.filter === filter)?.label ?? '';
  const search = q.trim();
  let message = `No ${c.many} to show.`;
  if (filter !== 'all' && search) message = `No ${c.many} in "${label}" match "${search}".`;
  else if (filter !== 'all') message = `No ${c.many} are in "${label}" right now.`;
  else if (search) message = `No ${c.many} match "${search}".`;
  return { kind: 'no-match', message };
}

// ---------- result words ----------

export interface FailureLine {
  name: string;
  message: string;
  fix: string;
}

/** "Linked 148 of 150 jobs." / "Linked 3 jobs." */
export function doneSentence(verbPast: string, ok: number, total: number, one: string, many: string): string {
  if (ok === total) return `${verbPast} ${count(ok, one, many)}.`;
  return `${verbPast} ${ok} of ${count(total, one, many)}.`;
}

// ---------- the "Create in QuickBooks" form ----------

export interface CreateForm {
  /** Name per row id (only for the rows that show a name field). */
  names: Record<string, string>;
  /** Jobs: under a customer, or as a customer. */
  mode: ParentMode;
  parentListId: string;
}

type CreateRow = Pick<MappingRow, 'id' | 'procore' | 'nameLimit' | 'suggestedName' | 'choice' | 'nameProblem'>;

/** The rows whose name is shown for editing: the one row, or those whose name needs a look. */
export function rowsWithNameField<T extends CreateRow>(rows: readonly T[]): T[] {
  if (rows.length === 1) return [...rows];
  return rows.filter((r) => nameNeedsLook(r) || Boolean(r.choice?.name && r.choice.name !== r.procore.name));
}

/** The other side's exact or likely match for a row: creating the row would make a second record. */
export function matchOf(row: Pick<MappingRow, 'suggestion'>): MappingRow['suggestion'] {
  const s = row.suggestion;
  return s && (s.confidence === 'exact' || s.confidence === 'likely') ? s : null;
}

export function initialCreateForm(rows: readonly CreateRow[]): CreateForm {
  const names: Record<string, string> = {};
  for (const r of rowsWithNameField(rows)) names[r.id] = defaultCreateName(r);
  const chosen = rows.find((r) => r.choice?.asCustomer || r.choice?.parentListId)?.choice;
  return { names, mode: chosen?.asCustomer ? 'customer' : 'parent', parentListId: chosen?.parentListId ?? '' };
}

export function createFormErrors(
  c: MappingConfig,
  rows: readonly CreateRow[],
  form: CreateForm,
): { names: Record<string, string>; parent: string | null; any: boolean } {
  const names: Record<string, string> = {};
  for (const r of rows) {
    if (!(r.id in form.names)) continue;
    const problem = checkCreateName(form.names[r.id], r.nameLimit || DEFAULT_NAME_LIMIT);
    if (problem) names[r.id] = problem;
  }
  const parent = c.side === 'jobs' ? checkParent(form.mode, form.parentListId) : null;
  return { names, parent, any: Object.keys(names).length > 0 || parent !== null };
}

/** The items for POST /api/mapping/{side}/create (vendors take only id and name). The dialog showed each
 * row's match, so sending it is the bookkeeper's confirmation: `confirmed` on the rows that have one. */
export function createItems(c: MappingConfig, rows: readonly (CreateRow & Pick<MappingRow, 'suggestion'>)[], form: CreateForm) {
  return rows.map((r) => {
    const name = (form.names[r.id] ?? defaultCreateName(r)).trim();
    const confirmed = matchOf(r) ? { confirmed: true } : {};
    if (c.side !== 'jobs') return { id: r.id, name, ...confirmed };
    return form.mode === 'customer'
      ? { id: r.id, name, asCustomer: true, ...confirmed }
      : { id: r.id, name, parentListId: form.parentListId, asCustomer: false, ...confirmed };
  });
}
