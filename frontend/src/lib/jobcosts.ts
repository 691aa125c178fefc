// The Job costs page's rules: money in words, sorting, the refresh's progress, what changed,
// the reconciliation's flags, the chart's data and the rows of the CSV and Excel exports.
// Money comes as decimal strings ("12933.36"); sums and differences are done in whole cents
// (BigInt), never through floats, so the page shows exactly what QuickBooks and Procore hold.

import type { Cell, Row } from 'write-excel-file/browser';
import type {
  JobCostDetail,
  JobCostLine,
  JobCostList,
  JobCostProject,
  JobCostSort,
  Reconciliation,
  RefreshProgress,
  SortDir,
} from './jobcosts-api';
import type { Tone } from './format';

// ---------- money ----------

const MONEY = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "12933.36" → 1293336n; "-50" → -5000n; anything else → null. */
export function cents(amount: string | null | undefined): bigint | null {
  const m = amount == null ? null : MONEY.exec(amount.trim());
  if (!m) return null;
  const c = BigInt(m[2]) * 100n + BigInt((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -c : c;
}

/** 1293336n → "12933.36" (the API's shape). */
export function centsToAmount(c: bigint): string {
  const neg = c < 0n;
  const abs = neg ? -c : c;
  const whole = abs / 100n;
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${whole}.${frac}`;
}

/** "12933.36" → "12,933.36"; "-50.00" → "-50.00"; null → the placeholder. Grouping by hand: no float. */
export function formatMoney(amount: string | null | undefined, none = '—'): string {
  const c = cents(amount);
  if (c === null) return amount == null || amount === '' ? none : amount;
  const plain = centsToAmount(c);
  const neg = plain.startsWith('-');
  const [whole, frac] = (neg ? plain.slice(1) : plain).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}.${frac}`;
}

export function isZero(amount: string | null | undefined): boolean {
  return cents(amount) === 0n;
}

/** A change in words: "+200.00", "-1,250.00". */
export function signedMoney(c: bigint): string {
  return `${c > 0n ? '+' : ''}${formatMoney(centsToAmount(c))}`;
}

/** 29.8 → "29.8%"; null → "—" (no budget to compare with). */
export function formatPercent(p: number | null | undefined): string {
  return typeof p === 'number' && Number.isFinite(p) ? `${p.toFixed(1)}%` : '—';
}

// ---------- sorting ----------

export interface SortState {
  sort: JobCostSort;
  dir: SortDir;
}

export interface ListColumn {
  key: JobCostSort;
  label: string;
  numeric: boolean;
}

/** The list's sortable columns, in the table's order. */
export const LIST_COLUMNS: readonly ListColumn[] = [
  { key: 'name', label: 'Project', numeric: false },
  { key: 'number', label: 'Number', numeric: false },
  { key: 'budget', label: 'Budget', numeric: true },
  { key: 'committed', label: 'Committed', numeric: true },
  { key: 'actual', label: 'QuickBooks actual', numeric: true },
  { key: 'percentSpent', label: 'Spent', numeric: true },
  { key: 'overBudget', label: 'Over budget', numeric: false },
  { key: 'lastRefresh', label: 'Last refresh', numeric: false },
];

const SORTS = new Set<string>(LIST_COLUMNS.map((c) => c.key));

export function parseSort(sort: string | null | undefined, dir: string | null | undefined): SortState {
  return {
    sort: sort && SORTS.has(sort) ? (sort as JobCostSort) : 'name',
    dir: dir === 'desc' ? 'desc' : 'asc',
  };
}

/**
 * The sort after a click on a column's header: the same column turns round; another column starts
 * with what a bookkeeper looks for first (names A→Z, the biggest figures, over budget, the latest refresh).
 */
export function nextSort(current: SortState, key: JobCostSort): SortState {
  if (current.sort === key) return { sort: key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { sort: key, dir: key === 'name' || key === 'number' ? 'asc' : 'desc' };
}

/** aria-sort for a header: only the sorted column has one. */
export function ariaSort(key: JobCostSort, current: SortState): 'ascending' | 'descending' | undefined {
  if (current.sort !== key) return undefined;
  return current.dir === 'asc' ? 'ascending' : 'descending';
}

/** What the header's button says to a screen reader: "Sort by Budget, largest first". */
export function sortButtonLabel(column: ListColumn, current: SortState): string {
  const next = nextSort(current, column.key);
  const words =
    column.key === 'overBudget'
      ? next.dir === 'desc' ? 'over budget first' : 'within budget first'
      : column.key === 'lastRefresh'
        ? next.dir === 'desc' ? 'latest first' : 'oldest first'
        : column.numeric
          ? next.dir === 'desc' ? 'largest first' : 'smallest first'
          : next.dir === 'asc' ? 'A to Z' : 'Z to A';
  return `Sort by ${column.label}, ${words}`;
}

/** "Sorted by Budget, largest first" for the table's caption. */
export function sortSentence(current: SortState): string {
  const column = LIST_COLUMNS.find((c) => c.key === current.sort) ?? LIST_COLUMNS[0];
  const flipped: SortState = { sort: current.sort, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return sortButtonLabel(column, flipped).replace(/^Sort by/, 'sorted by');
}

// ---------- words for states ----------

export function procoreStateLabel(state: string): string {
  switch (state) {
    case 'up_to_date':
      return 'Up to date';
    case 'pending':
      return 'Waiting to be written';
    case 'attention':
      return 'Needs attention';
    case 'not_written':
      return 'Not written (editable column)';
    case 'never':
      return 'Not read yet';
    default:
      return state || 'Unknown';
  }
}

export function procoreStateTone(state: string): Tone {
  switch (state) {
    case 'up_to_date':
      return 'ok';
    case 'pending':
      return 'warning';
    case 'attention':
      return 'error';
    default:
      return 'neutral';
  }
}

export function lineStatusLabel(status: string): string {
  switch (status) {
    case 'written':
      return 'In Procore';
    case 'pending':
      return 'Waiting to be written';
    case 'not_in_budget':
      return 'Not in the budget';
    case 'added':
      return 'Added to the budget';
    case 'tool_on':
      return 'Direct Costs tool on';
    case 'refused':
      return 'Procore refused';
    case 'editable':
      return 'Not written (editable)';
    case 'not_refreshed':
      return 'Not read yet';
    case 'not_a_cost_code':
      return 'Not a cost code';
    default:
      return status || 'Unknown';
  }
}

export function lineStatusTone(status: string): Tone {
  switch (status) {
    case 'written':
    case 'added':
      return 'ok';
    case 'tool_on':
    case 'refused':
      return 'error';
    case 'pending':
    case 'not_in_budget':
    case 'not_refreshed':
      return 'warning';
    default:
      return 'neutral';
  }
}

export function reasonLabel(reason: string): string {
  switch (reason) {
    case 'not_refreshed':
      return 'Not refreshed yet';
    case 'not_in_budget':
      return 'Not in the budget';
    case 'tool_on':
      return 'Direct Costs tool on';
    case 'refused':
      return 'Procore refused the write';
    case 'pending':
      return 'Waiting to be written';
    case 'without_cost_code':
      return 'Costs without a cost code';
    case 'editable':
      return 'Direct-cost column is editable';
    case 'not_a_cost_code':
      return 'QuickBooks item is not a cost code';
    case 'procore_other':
      return 'Direct costs entered in Procore';
    default:
      return reason || 'Other';
  }
}

export function excludedReasonLabel(reason: string): string {
  switch (reason) {
    case 'retainage':
      return 'Retainage (already in the gross cost)';
    case 'created_by_joblink':
      return 'Bill Joblink created from a Procore invoice (Procore counts it already)';
    default:
      return reason || 'Excluded';
  }
}

/** What the list's "Over budget" cell says. */
export function overBudgetWords(p: Pick<JobCostProject, 'overBudget' | 'overBudgetLines'>): string {
  if (!p.overBudget) return 'No';
  return p.overBudgetLines > 0 ? `Yes (${p.overBudgetLines} ${p.overBudgetLines === 1 ? 'line' : 'lines'})` : 'Yes';
}

// ---------- the refresh ----------

const ACTIVE = new Set(['waiting', 'reading', 'writing']);

export function refreshActive(p: Pick<RefreshProgress, 'state'> | null | undefined): boolean {
  return !!p && ACTIVE.has(p.state);
}

/** Every second and a half while a refresh is under way; otherwise now and then (a scheduled refresh shows too). */
export function refreshPollMs(p: Pick<RefreshProgress, 'state'> | null | undefined): number {
  return refreshActive(p) ? 1500 : 20_000;
}

/** 0–100 for a <progress>; 0 while nothing is known. */
export function fraction(done: number, total: number): number {
  if (!(total > 0) || !(done >= 0)) return 0;
  return Math.min(100, Math.round((done / total) * 100));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The refresh in one sentence, for the live region. */
export function refreshSentence(p: RefreshProgress | null | undefined): string {
  if (!p) return '';
  switch (p.state) {
    case 'waiting':
      return `Waiting for the next QuickBooks Web Connector run to read ${p.jobsToRead > 0 ? plural(p.jobsToRead, 'job') : 'the jobs'}.`;
    case 'reading':
      return `Reading QuickBooks: ${p.jobsRead} of ${plural(p.jobsToRead, 'job')} read.`;
    case 'writing':
      return `Writing to Procore: ${p.projectsWritten} of ${plural(p.projectsToWrite, 'project')} written, ${plural(p.linesWritten, 'budget line')} updated.`;
    case 'done':
      if (p.jobsRead === 0) return 'Refresh finished: QuickBooks reports no change to any job’s costs since the last refresh, so nothing needed reading or writing.';
      return `Refresh finished: ${plural(p.jobsRead, 'job')} read from QuickBooks, ${plural(p.linesWritten, 'budget line')} updated in Procore.`;
    case 'failed':
      return `The refresh did not finish: ${p.problem?.message ?? 'no reason was given.'}`;
    default:
      return '';
  }
}

// ---------- one project ----------

/** The lines that changed at the last refresh, with the change in words. */
export interface LineChange {
  line: JobCostLine;
  before: string;
  after: string;
  change: string;
}

export function changedLines(lines: readonly JobCostLine[]): LineChange[] {
  const out: LineChange[] = [];
  for (const line of lines) {
    if (!line.changed) continue;
    const now = cents(line.actual) ?? 0n;
    const was = cents(line.previousActual);
    out.push({
      line,
      before: was === null ? 'none' : formatMoney(line.previousActual),
      after: formatMoney(line.actual),
      change: signedMoney(now - (was ?? 0n)),
    });
  }
  return out;
}

export interface ReconciliationCheck {
  /** QuickBooks and Procore show the same total. */
  balanced: boolean;
  /** What no reason explains, as the server says it. */
  unexplained: string;
  /** The reasons' amounts added up here, in cents. */
  reasonsTotal: string;
  /** The reasons do not add up to the difference (a flag even if the server says 0.00). */
  mismatch: boolean;
  /** Anything to flag: an unexplained amount, a mismatch, or lines the server could not explain. */
  flagged: boolean;
}

/**
 * Checks the reconciliation rather than trusting it: the reasons' amounts must add up to the
 * difference, and the server's `unexplained` must be zero; either failing is flagged.
 */
export function checkReconciliation(rec: Reconciliation, unexplainedLines = 0): ReconciliationCheck {
  let sum = 0n;
  for (const r of rec.reasons) sum += cents(r.amount) ?? 0n;
  const difference = cents(rec.difference);
  const mismatch = difference === null || difference !== sum;
  const unexplained = cents(rec.unexplained);
  return {
    balanced: difference === 0n,
    unexplained: rec.unexplained,
    reasonsTotal: centsToAmount(sum),
    mismatch,
    flagged: mismatch || unexplained === null || unexplained !== 0n || unexplainedLines > 0,
  };
}

/** The amount the page flags as unexplained: the server's, or what the reasons leave over. */
export function unexplainedAmount(rec: Reconciliation): string {
  const difference = cents(rec.difference);
  if (difference === null) return rec.unexplained;
  let sum = 0n;
  for (const r of rec.reasons) sum += cents(r.amount) ?? 0n;
  const left = difference - sum;
  const server = cents(rec.unexplained) ?? 0n;
  // The larger of the two (in size): never hide what either side cannot explain.
  const abs = (c: bigint) => (c < 0n ? -c : c);
  return centsToAmount(abs(left) > abs(server) ? left : server);
}

// ---------- the chart ----------

export interface ChartData {
  labels: string[];
  budget: (number | null)[];
  actual: number[];
  over: boolean[];
  /** What the chart shows, in words (its accessible name). */
  summary: string;
}

/** Chart values only: the bars' lengths may be floats; the figures shown in text never are. */
function barValue(amount: string | null): number | null {
  const c = cents(amount);
  return c === null ? null : Number(c) / 100;
}

export function lineLabel(line: Pick<JobCostLine, 'costCode' | 'name'>): string {
  return line.name && line.name !== line.costCode ? `${line.costCode} ${line.name}` : line.costCode;
}

/** Budget against QuickBooks actual per cost code, with a summary naming what is over budget. */
export function chartData(lines: readonly JobCostLine[], named = 5): ChartData {
  const shown = lines.filter((l) => !isZero(l.actual) || (l.budget !== null && !isZero(l.budget)));
  const over = shown.filter((l) => l.overBudget);
  const noBudget = shown.filter((l) => l.budget === null && !isZero(l.actual));
  const parts = [`Budget against QuickBooks actual for ${plural(shown.length, 'cost code')}.`];
  if (over.length === 0) parts.push('None is over budget.');
  else {
    const names = over
      .slice(0, named)
      .map((l) => `${lineLabel(l)} (actual ${formatMoney(l.actual)} against budget ${formatMoney(l.budget, 'none')})`);
    const more = over.length > named ? `, and ${over.length - named} more` : '';
    parts.push(`${plural(over.length, 'cost code')} over budget: ${names.join('; ')}${more}.`);
  }
  if (noBudget.length > 0) parts.push(`${plural(noBudget.length, 'cost code')} with actual costs but no budget line.`);
  return {
    labels: shown.map(lineLabel),
    budget: shown.map((l) => barValue(l.budget)),
    actual: shown.map((l) => barValue(l.actual) ?? 0),
    over: shown.map((l) => l.overBudget),
    summary: parts.join(' '),
  };
}

/** Height for a horizontal bar chart: enough room for every cost code's label. */
export function chartHeight(bars: number): number {
  return Math.max(160, 60 + bars * 34);
}

// ---------- exports: CSV ----------

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula is made inert. */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v) && cents(v) === null) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** RFC 4180 text: CRLF line ends, a BOM so Excel reads the accents of "Café" as UTF-8. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const LIST_HEADER = [
  'Project',
  'Number',
  'QuickBooks job',
  'Budget',
  'Committed',
  'QuickBooks actual',
  'Without cost code',
  '% spent',
  'Over budget',
  'Over-budget lines',
  'Last refresh',
  'Procore',
  'Procore message',
];

function plainPercent(p: number | null): string {
  return typeof p === 'number' && Number.isFinite(p) ? p.toFixed(1) : '';
}

/** The list as rows of strings (money kept exactly as the API sent it), with the totals last. */
export function listCsvRows(list: Pick<JobCostList, 'totals'>, projects: readonly JobCostProject[]): string[][] {
  const rows = [LIST_HEADER];
  for (const p of projects) {
    rows.push([
      p.name,
      p.number,
      p.job.fullName,
      p.budget ?? '',
      p.committed ?? '',
      p.actual ?? '',
      p.withoutCostCode,
      plainPercent(p.percentSpent),
      p.overBudget ? 'Yes' : 'No',
      String(p.overBudgetLines),
      p.lastRefresh ?? '',
      procoreStateLabel(p.procore.state),
      p.procore.message,
    ]);
  }
  const t = list.totals;
  rows.push([`Total (${plural(t.projects, 'linked project')})`, '', '', t.budget, t.committed, t.actual, t.withoutCostCode, '', String(t.overBudget), '', '', '', '']);
  return rows;
}

const LINE_HEADER = [
  'Cost code',
  'Name',
  'QuickBooks item',
  'Budget',
  'Committed',
  'QuickBooks actual',
  'Before last refresh',
  'Changed',
  'Difference (budget − actual)',
  'Over budget',
  'Procore direct costs',
  'Status',
  'Message',
  'Fix',
];

const WITHOUT_HEADER = ['Date', 'Type', 'Number', 'Name', 'Account', 'Memo', 'Amount'];
const EXCLUDED_HEADER = ['QuickBooks item', 'Amount', 'Why it is left out'];
const REASON_HEADER = ['Reason', 'Cost code', 'Amount', 'What it means', 'Fix'];

function lineRow(l: JobCostLine): string[] {
  return [
    l.costCode,
    l.name,
    l.item,
    l.budget ?? '',
    l.committed ?? '',
    l.actual,
    l.previousActual ?? '',
    l.changed ? 'Yes' : 'No',
    l.difference ?? '',
    l.overBudget ? 'Yes' : 'No',
    l.procoreDirectCosts ?? '',
    lineStatusLabel(l.status),
    l.message,
    l.fix,
  ];
}

function reconciliationRows(rec: Reconciliation): string[][] {
  return [
    ['QuickBooks total', rec.quickbooksTotal],
    ['On cost codes', rec.itemsTotal],
    ['Without a cost code', rec.withoutCostCodeTotal],
    ['Excluded (not in the total)', rec.excludedTotal],
    ['Procore shows', rec.procoreShows],
    ['Difference', rec.difference],
    ['Explained', rec.explainedTotal],
    ['Unexplained', unexplainedAmount(rec)],
  ];
}

/** One project in one CSV: its cost codes, then the costs without a cost code, the exclusions and the reconciliation. */
export function projectCsvRows(d: JobCostDetail): string[][] {
  const p = d.project;
  const rows: string[][] = [
    ['Project', p.name],
    ['Number', p.number],
    ['QuickBooks job', p.job.fullName],
    ['Last refresh', p.lastRefresh ?? ''],
    [],
    ['Cost codes'],
    LINE_HEADER,
    ...d.lines.map(lineRow),
    [],
    ['Costs without a cost code', d.withoutCostCode.total],
    WITHOUT_HEADER,
    ...d.withoutCostCode.lines.map((w) => [w.date, w.txnType, w.refNumber, w.name, w.account, w.memo, w.amount]),
    [],
    ['Excluded so nothing counts twice'],
    EXCLUDED_HEADER,
    ...d.excluded.map((e) => [e.item, e.amount, excludedReasonLabel(e.reason)]),
    [],
    ['Reconciliation'],
    ...reconciliationRows(d.reconciliation),
    [],
    REASON_HEADER,
    ...d.reconciliation.reasons.map((r) => [reasonLabel(r.reason), r.costCode, r.amount, r.message, r.fix]),
  ];
  return rows;
}

// ---------- exports: Excel ----------

const MONEY_FORMAT = '#,##0.00';

/** One worksheet as write-excel-file takes it (its Sheet type, without images). */
export interface SheetSpec {
  sheet: string;
  data: Row[];
  columns?: { width?: number }[];
  stickyRowsCount?: number;
}

/**
 * A money cell: a number parsed from the decimal string when the number prints back as the same
 * figure (always so for two decimals below 15 digits), else the exact string as text.
 */
export function moneyCell(amount: string | null | undefined): Cell {
  const c = cents(amount);
  if (amount == null || c === null) return amount ? { type: String, value: amount } : null;
  const n = Number(amount);
  if (cents(String(n)) !== c) return { type: String, value: amount };
  return { type: Number, value: n, format: MONEY_FORMAT };
}

function header(labels: readonly string[]): Row {
  return labels.map((value) => ({ value, fontWeight: 'bold' as const }));
}

function text(value: string | null | undefined): Cell {
  return value ? { type: String, value } : null;
}

function percentCell(p: number | null): Cell {
  return typeof p === 'number' && Number.isFinite(p) ? { type: Number, value: p, format: '0.0' } : null;
}

function dateCell(value: string | null): Cell {
  const d = value ? new Date(value) : null;
  return d && !Number.isNaN(d.getTime()) ? { type: Date, value: d, format: 'yyyy-mm-dd hh:mm' } : null;
}

export function listSheets(list: Pick<JobCostList, 'totals' | 'howCalculated'>, projects: readonly JobCostProject[]): SheetSpec[] {
  const rows: Row[] = [header(LIST_HEADER)];
  for (const p of projects) {
    rows.push([
      text(p.name),
      text(p.number),
      text(p.job.fullName),
      moneyCell(p.budget),
      moneyCell(p.committed),
      moneyCell(p.actual),
      moneyCell(p.withoutCostCode),
      percentCell(p.percentSpent),
      text(p.overBudget ? 'Yes' : 'No'),
      { type: Number, value: p.overBudgetLines },
      dateCell(p.lastRefresh),
      text(procoreStateLabel(p.procore.state)),
      text(p.procore.message),
    ]);
  }
  const t = list.totals;
  rows.push([
    { value: `Total (${plural(t.projects, 'linked project')})`, fontWeight: 'bold' },
    null,
    null,
    moneyCell(t.budget),
    moneyCell(t.committed),
    moneyCell(t.actual),
    moneyCell(t.withoutCostCode),
    null,
    { type: Number, value: t.overBudget },
  ]);
  return [
    { sheet: 'Job costs', data: rows, columns: [{ width: 40 }, { width: 12 }, { width: 36 }, ...Array(4).fill({ width: 14 })], stickyRowsCount: 1 },
    { sheet: 'How the figures are made', data: [[text(list.howCalculated)]], columns: [{ width: 120 }] },
  ];
}

export function projectSheets(d: JobCostDetail): SheetSpec[] {
  const lines: Row[] = [header(LINE_HEADER)];
  for (const l of d.lines) {
    lines.push([
      text(l.costCode),
      text(l.name),
      text(l.item),
      moneyCell(l.budget),
      moneyCell(l.committed),
      moneyCell(l.actual),
      moneyCell(l.previousActual),
      text(l.changed ? 'Yes' : 'No'),
      moneyCell(l.difference),
      text(l.overBudget ? 'Yes' : 'No'),
      moneyCell(l.procoreDirectCosts),
      text(lineStatusLabel(l.status)),
      text(l.message),
      text(l.fix),
    ]);
  }
  const without: Row[] = [header(WITHOUT_HEADER)];
  for (const w of d.withoutCostCode.lines) {
    without.push([text(w.date), text(w.txnType), text(w.refNumber), text(w.name), text(w.account), text(w.memo), moneyCell(w.amount)]);
  }
  without.push([{ value: 'Total', fontWeight: 'bold' }, null, null, null, null, null, moneyCell(d.withoutCostCode.total)]);
  const excluded: Row[] = [header(EXCLUDED_HEADER), ...d.excluded.map((e) => [text(e.item), moneyCell(e.amount), text(excludedReasonLabel(e.reason))])];
  const rec: Row[] = reconciliationRows(d.reconciliation).map(([label, amount]) => [{ value: label, fontWeight: 'bold' as const }, moneyCell(amount)]);
  rec.push([], header(REASON_HEADER));
  for (const r of d.reconciliation.reasons) rec.push([text(reasonLabel(r.reason)), text(r.costCode), moneyCell(r.amount), text(r.message), text(r.fix)]);
  const wide = [{ width: 12 }, { width: 28 }, { width: 30 }, ...Array(8).fill({ width: 14 }), { width: 22 }, { width: 40 }, { width: 40 }];
  return [
    { sheet: 'Cost codes', data: lines, columns: wide, stickyRowsCount: 1 },
    { sheet: 'Without cost code', data: without, columns: [{ width: 12 }, { width: 14 }, { width: 10 }, { width: 28 }, { width: 28 }, { width: 28 }, { width: 14 }] },
    { sheet: 'Excluded', data: excluded, columns: [{ width: 30 }, { width: 14 }, { width: 60 }] },
    { sheet: 'Reconciliation', data: rec, columns: [{ width: 30 }, { width: 14 }, { width: 14 }, { width: 60 }, { width: 60 }] },
  ];
}

// ---------- file names ----------

/** "Café Lumière – Phase 2" → "cafe-lumiere-phase-2". */
export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function day(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function exportFileName(project: Pick<JobCostProject, 'name' | 'number'> | null, ext: 'csv' | 'xlsx', now = new Date()): string {
  const what = project ? `job-costs-${slug([project.number, project.name].filter(Boolean).join(' ')) || 'project'}` : 'job-costs';
  return `${what}-${day(now)}.${ext}`;
}
