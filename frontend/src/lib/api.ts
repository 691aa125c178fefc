// The one module that talks to Joblink's JSON API (served by Go under /api/).
// Every call uses a relative URL so it works inside the Wails window and on
// the headless listener alike.

import { getToken } from './token';

// ---------- response types ----------

export interface Health {
  status: string;
  version: string;
}

export type RunMode = 'tray' | 'headless';

export interface StoreStatus {
  /** "ok" or "error" (other values are shown as they come). */
  state: string;
  path: string;
  schemaVersion: number;
  sizeBytes: number;
  lastBackupAt: string | null;
  backupDir: string;
  backupCount: number;
  /** Explains the problem when state is "error". */
  message: string;
}

export interface ListenerStatus {
  state: string;
  addresses: string[];
  uiURL: string;
}

export interface ApprovalsStatus {
  /** null = the approval queue is not built yet. */
  pending: number | null;
}

/** Something that needs the user's attention, with what to do about it. */
export interface Problem {
  message: string;
  fix: string;
}

/** "waiting" = no Web Connector contact yet; other values are shown as they come. */
export type QuickBooksState = 'waiting' | 'connected' | 'problem';

/** The QuickBooks company file, as the Web Connector reported it at its last contact. */
export interface QuickBooksCompany {
  file: string;
  name: string;
  product: string;
  version: string;
  /** "US", "CA", … */
  country: string;
}

/** One QuickBooks list Joblink keeps a copy of (accounts, items, vendors, customers and jobs). */
export interface QuickBooksList {
  /** "account", "item", "vendor", "customer", … */
  kind: string;
  label: string;
  count: number;
  /** null = not read from QuickBooks yet. */
  refreshedAt: string | null;
  problem: Problem | null;
}

export interface QuickBooksStatus {
  state: QuickBooksState | string;
  webConnectorURL: string;
  /** Whether the Web Connector password has been set. */
  passwordSet: boolean;
  /** null until the Web Connector's first contact. */
  company: QuickBooksCompany | null;
  /** null until the Web Connector's first contact. */
  lastContactAt: string | null;
  /** "" when there is none. */
  lastResult: string;
  problem: Problem | null;
  lists: QuickBooksList[];
}

export interface Status {
  version: string;
  mode: RunMode | string;
  startedAt: string;
  dataDir: string;
  store: StoreStatus;
  listener: ListenerStatus;
  approvals: ApprovalsStatus;
  logFile: string;
  /** Missing on older Joblink servers. */
  quickbooks?: QuickBooksStatus;
  /** The Procore sync engine; missing on older Joblink servers. */
  sync?: SyncStatus;
}

export interface AutostartSettings {
  available: boolean;
  enabled: boolean;
  /** Why autostart is unavailable (when available is false). */
  reason: string;
}

export interface Settings {
  autostart: AutostartSettings;
}

// ---------- request types ----------

export interface AutostartRequest {
  enabled: boolean;
}

// ---------- errors ----------

export interface ApiErrorBody {
  error: { code: string; message: string; fix?: string };
}

export const NOT_ANSWERING_MESSAGE = 'Joblink is not answering. It may have stopped, or it may still be starting.';
export const NOT_ANSWERING_FIX =
  'Check that Joblink is running (look for its icon in the system tray), then try again. If it keeps happening, restart Joblink.';
export const BAD_REPLY_MESSAGE = 'Joblink is not answering properly: its reply could not be read.';

/** Any failure of an API call: an error reply, a network failure or an unreadable reply. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fix: string;

  constructor(status: number, code: string, message: string, fix = '') {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fix = fix;
  }

  get unauthorized(): boolean {
    return this.status === 401;
  }
}

/** Turns anything thrown into an ApiError (used by callers that catch). */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error && err.message ? err.message : String(err);
  return new ApiError(0, 'unexpected', message, NOT_ANSWERING_FIX);
}

function isErrorBody(v: unknown): v is ApiErrorBody {
  if (typeof v !== 'object' || v === null) return false;
  const e = (v as { error?: unknown }).error;
  return typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string';
}

/** A bare problem body `{"message","fix","detail"}` (docs/api-mapping.md words errors so). */
function isProblemBody(v: unknown): v is { message: string; fix?: string; code?: string } {
  return typeof v === 'object' && v !== null && !('error' in v) && typeof (v as { message?: unknown }).message === 'string';
}

// ---------- 401 notification ----------

type UnauthorizedHandler = (err: ApiError) => void;
let unauthorizedHandler: UnauthorizedHandler | null = null;

/** Registers the function called whenever the API answers 401 (the UI then asks for the token). */
export function onUnauthorized(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler;
}

// ---------- the request helpers ----------

const NO_BODY = Symbol('no body');

function headersFor(accept: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept };
  const token = getToken();
  if (token) headers['Authorization'] = `Bearer ${token}`;
  return headers;
}

function notAnswering(): ApiError {
  return new ApiError(0, 'not_answering', NOT_ANSWERING_MESSAGE, NOT_ANSWERING_FIX);
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return NO_BODY;
  try {
    return JSON.parse(text);
  } catch {
    return NO_BODY;
  }
}

/** The ApiError for a reply that is not OK; a 401 is also reported to the unauthorized handler. */
function replyError(res: Response, data: unknown): ApiError {
  const err = isErrorBody(data)
    ? new ApiError(res.status, data.error.code || 'error', data.error.message, data.error.fix ?? '')
    : isProblemBody(data)
      ? new ApiError(res.status, data.code || 'error', data.message, data.fix ?? '')
      : new ApiError(res.status, 'bad_reply', `${BAD_REPLY_MESSAGE} (error ${res.status})`, NOT_ANSWERING_FIX);
  if (err.status === 401 && unauthorizedHandler) unauthorizedHandler(err);
  return err;
}

/** One JSON call to the API (exported for the other typed route modules, e.g. lib/mapping routes). */
export async function request<T>(method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers = headersFor('application/json');
  const init: RequestInit = { method, headers, cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    // A string, never a Blob or FormData: in the Linux desktop window (Wails v2, WebKitGTK 2.50)
    // reading a Blob or FormData body crashes the whole process before Joblink sees the request.
    init.body = JSON.stringify(body);
  }

  let res: Response;
  let text: string;
  try {
    res = await globalThis.fetch(path, init);
    text = await res.text();
  } catch {
    throw notAnswering();
  }

  const data = parseBody(text);
  if (!res.ok) throw replyError(res, data);
  if (data === NO_BODY) {
    throw new ApiError(res.status, 'bad_reply', BAD_REPLY_MESSAGE, NOT_ANSWERING_FIX);
  }
  return data as T;
}

/** GETs a file (not JSON) and returns its contents; errors come as JSON like everywhere else. */
async function requestFile(path: string, accept: string): Promise<Blob> {
  const init: RequestInit = { method: 'GET', headers: headersFor(`${accept}, application/json;q=0.5`), cache: 'no-store' };
  let res: Response;
  try {
    res = await globalThis.fetch(path, init);
    if (!res.ok) throw replyError(res, parseBody(await res.text()));
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw notAnswering();
  }

  // A web page instead of the file means something other than Joblink answered (or an older Joblink).
  const type = res.headers.get('Content-Type') ?? '';
  if (/^\s*(text\/html|application\/json)/i.test(type)) {
    throw new ApiError(res.status, 'bad_reply', `${BAD_REPLY_MESSAGE} (it did not send a file)`, NOT_ANSWERING_FIX);
  }
  let blob: Blob;
  try {
    blob = await res.blob();
  } catch {
    throw notAnswering();
  }
  if (blob.size === 0) {
    throw new ApiError(res.status, 'bad_reply', `${BAD_REPLY_MESSAGE} (the file was empty)`, NOT_ANSWERING_FIX);
  }
  return blob;
}

// ---------- endpoints ----------

export function getHealth(): Promise<Health> {
  return request<Health>('GET', '/api/health');
}

export function getStatus(): Promise<Status> {
  return request<Status>('GET', '/api/status');
}

export function getSettings(): Promise<Settings> {
  return request<Settings>('GET', '/api/settings');
}

export function setAutostart(enabled: boolean): Promise<Settings> {
  const body: AutostartRequest = { enabled };
  return request<Settings>('PUT', '/api/settings/autostart', body);
}

/** The name the Web Connector file is saved under. */
export const QWC_FILENAME = 'joblink.qwc';

/** The QuickBooks Web Connector file (.qwc) that points the Web Connector at this Joblink. */
export function getWebConnectorFile(): Promise<Blob> {
  return requestFile('/api/qbwc/qwc', 'application/xml');
}

// ====================================================================================
// Setup wizard, sync engine and work items (docs/api-sync.md)
// ====================================================================================

// ---------- setup ----------

export type SetupStep = 'procore' | 'company' | 'webconnector' | 'quickbooks' | 'preferences' | 'done';
export type ProcoreEnvironment = 'production' | 'sandbox' | 'monthly_sandbox' | 'custom';
export type SignInMethod = 'browser' | 'code' | 'service_account';

export interface ProcoreUser {
  id: number;
  name: string;
  login: string;
}

export interface ProcoreCompany {
  id: number;
  name: string;
}

export interface SetupProcore {
  environment: ProcoreEnvironment | string;
  baseURL: string;
  connected: boolean;
  method: SignInMethod | null;
  user: ProcoreUser | null;
  company: ProcoreCompany | null;
  browserSignIn: { available: boolean; reason: string };
  problem: Problem | null;
}

export interface SetupWebConnector {
  passwordSet: boolean;
  url: string;
  firstContactAt: string | null;
  company: QuickBooksCompany | null;
  problem: Problem | null;
}

/** A QuickBooks list entry Joblink refers to by its ListID. */
export interface QuickBooksRef {
  listID: string;
  fullName: string;
}

export interface SetupQuickBooks {
  incomeAccount: QuickBooksRef | null;
  expenseAccount: QuickBooksRef | null;
  retainageItem: QuickBooksRef | null;
  /** Accounts and items read from QuickBooks at least once. */
  listsReady: boolean;
  /** Remarks about the choices (e.g. no retainage item yet); sent by newer servers only. */
  notes?: string[];
}

/** A kind's name, e.g. "costcode": one of those GET /api/kinds lists (see kinds.svelte.ts). */
export type WorkKind = string;

/** Where a kind's records travel. */
export type KindDirection = 'to_quickbooks' | 'to_procore';

/** One registered kind of record, as GET /api/kinds serves it (export order). */
export interface KindInfo {
  kind: WorkKind;
  /** Plural: "Cost codes". */
  label: string;
  /** Singular: "Cost code". */
  one: string;
  direction: KindDirection | string;
  /** True: its items wait on the Approvals page; false: exported from its own page. */
  approval: boolean;
  /** Kinds its records refer to (exported first). */
  dependsOn: WorkKind[];
  /** The route of its own page ("cost-codes"); "" when it has none. */
  page: string;
  /** Export order: lower first. */
  rank: number;
  /** Setup's help for "send without approval"; "" when the kind has no such choice. */
  directExport: string;
}

/** Kind → skip the approval queue, for every registered kind offering it. */
export type DirectExport = Record<WorkKind, boolean>;

export interface SetupPreferences {
  directExport: DirectExport;
  /** 1–1440. */
  pollMinutes: number;
  /** Share of Procore's hourly request limit regular reading may use, in percent: 10–90 (default 50). */
  callSharePercent: number;
  autostart: AutostartSettings;
  /** Job costs (docs/api-jobcosts.md): the budget's direct-cost column, "read_only" (populated from QuickBooks) or "editable". */
  jobCostDirectCostColumn?: 'read_only' | 'editable' | string;
  /** A cost code with QuickBooks actuals but no budget line gets one. */
  jobCostAddNewCostCodes?: boolean;
  /** When QuickBooks' job costs are read: "every_run" (changed jobs) or "on_demand". */
  jobCostRefresh?: 'every_run' | 'on_demand' | string;
}

export interface SetupPrefill {
  environment: ProcoreEnvironment | string;
  baseURL: string;
  clientId: string;
  clientSecret: string;
}

export interface SetupState {
  /** The first step not yet complete, or "done". */
  step: SetupStep;
  /** True once "finish" was accepted. */
  completed: boolean;
  /** Running on the embedded simulators. */
  demo: boolean;
  procore: SetupProcore;
  webConnector: SetupWebConnector;
  quickbooks: SetupQuickBooks;
  preferences: SetupPreferences;
  /** Demo only. */
  prefill: SetupPrefill | null;
}

export interface ProcoreCredentials {
  clientId?: string;
  clientSecret?: string;
}

export interface BrowserSignIn {
  authorizeURL: string;
  /** True when Joblink opened the browser itself (window mode). */
  opened?: boolean;
}

export interface QuickBooksAccount {
  listID: string;
  fullName: string;
  type: string;
  active: boolean;
}

export type QuickBooksItem = QuickBooksAccount;

export interface SetupQuickBooksRequest {
  incomeAccount: string;
  expenseAccount: string;
  /** "" = none chosen yet (Joblink asks for it when it first exports a subcontractor invoice). */
  retainageItem: string;
}

export interface SetupPreferencesRequest {
  directExport: DirectExport;
  pollMinutes: number;
  /** 10–90; left out, the saved share stays. */
  callSharePercent?: number;
  autostart: boolean;
  /** Left out, the saved job-cost settings stay. */
  jobCostDirectCostColumn?: 'read_only' | 'editable';
  jobCostAddNewCostCodes?: boolean;
  jobCostRefresh?: 'every_run' | 'on_demand';
}

// ---------- work items ----------

export type WorkState = 'waiting' | 'queued' | 'sent' | 'synced' | 'failed' | 'rejected';
export type WorkStatus = 'ready' | 'queued' | 'waiting' | 'sending' | 'synced' | 'attention' | 'retrying' | 'rejected';

/** The one problem shape the server sends (message, meaning, fix); empty parts are left out. */
export interface WorkFailure {
  class?: 'fix_data' | 'retry_later' | 'reread' | string;
  /** QuickBooks' status code or Procore's HTTP status; absent for Joblink's own checks. */
  code?: number;
  /** QuickBooks' (or Procore's) own text. */
  message: string;
  meaning?: string;
  fix?: string;
  at?: string | null;
}

export interface WorkItem {
  id: string;
  kind: WorkKind;
  /** The Procore id. */
  key: string;
  /** The code / name the bookkeeper knows it by. */
  title: string;
  detail: string;
  state: WorkState | string;
  status: WorkStatus | string;
  qb: QuickBooksRef | null;
  failure: WorkFailure | null;
  notes: string[];
  /** Rejection comment. */
  comment: string;
  /** For a waiting item: the records it waits for, in words ("" otherwise). */
  waitingFor: string;
  updatedAt: string | null;
}

export type WorkCounts = Record<'all' | WorkStatus, number>;

export interface WorkRun {
  active: boolean;
  sent: number;
  done: number;
  total: number;
  startedAt: string | null;
}

export interface WorkList {
  kind: string;
  /** How many items match the filter. */
  total: number;
  counts: WorkCounts;
  items: WorkItem[];
  run: WorkRun;
}

export interface WorkListQuery {
  status?: WorkStatus | '';
  q?: string;
  offset?: number;
  /** The id of the last item of the page before: the page after it. */
  after?: string;
  limit?: number;
}

export type ExportRequest = { ids: string[] } | { all: true };

export interface ApprovalKind {
  kind: WorkKind;
  label: string;
  /** Its ready items. */
  pending: number;
  /** True: they wait for a decision on Approvals (counted in `pending` of Approvals); false: ready to export
   * from the kind's own page (not counted). Missing on older Joblink servers. */
  approval?: boolean;
}

export interface Approvals {
  /** Documents waiting for a decision (the badge): only kinds with approval. */
  pending: number;
  kinds: ApprovalKind[];
}

/** One line QuickBooks will receive. */
export interface PreviewLine {
  /** The QuickBooks item ("01-010"); the cost code while it is not an item yet. */
  item: string;
  description: string;
  /** As the bookkeeper reads it: "45,000.00". */
  amount: string;
}

/** Something that stops an item from being sent, and the item that would clear it (a cost code to export). */
export interface PreviewBlock {
  says: string;
  /** "" when no single item clears it. */
  itemId: string;
  kind: WorkKind | '';
}

/** What QuickBooks will receive for one item (GET /api/work/{kind}/{id}/preview). */
export interface WorkPreview {
  id: string;
  kind: WorkKind;
  title: string;
  /** "EstimateAdd", "EstimateMod"; "" when nothing will be sent. */
  request: string;
  /** The preview in one sentence. */
  says: string;
  project: string;
  number: string;
  /** The QuickBooks Customer:Job; "" while the project is not linked. */
  job: string;
  /** The QuickBooks record it changes ("Estimate 1001"); "" for a new record. */
  target: string;
  /** Every line of a new record; the appended lines of a change. */
  lines: PreviewLine[];
  total: string;
  lineCount: number;
  /** For a change to an existing record; "" otherwise. */
  totalBefore: string;
  totalAfter: string;
  changedBy: string;
  changedAt: string;
  blocks: PreviewBlock[];
  notes: string[];
  /** What Reject does for the kind, in a sentence. */
  rejection: string;
}

export interface ActivityEntry {
  at: string;
  itemId: string;
  kind: WorkKind;
  title: string;
  from: string;
  to: string;
  who: string;
  message: string;
}

export interface ActivityQuery {
  limit?: number;
  kind?: string;
  /** The `next` of the page before: entries older than it. */
  before?: string;
  /** The state the entries moved to ("synced": exported, "failed": refused, …). */
  to?: string;
  /** From this moment (inclusive) / until this moment (exclusive), ISO 8601. */
  since?: string;
  until?: string;
  /** Words in the title, item id or message. */
  q?: string;
}

/** A page of the activity log; `next` ("" at the end) asks for the older entries. */
export interface ActivityPage {
  entries: ActivityEntry[];
  next?: string;
  /** Entries read for this page (a filtered walk reads at most 5,000 a request). */
  scanned?: number;
  /** When the walk stopped at its bound before the page was full: how far back it looked. */
  scannedTo?: string;
}

/** One kind's share of the bookkeeper's day (GET /api/summary). */
export interface KindWork {
  kind: WorkKind;
  label: string;
  approval: boolean;
  /** Waiting for a decision (approval kinds) or ready to export from the kind's page. */
  ready: number;
  attention: number;
  /** The part of attention Procore links to another integration's records (one decision, in bulk). */
  linkedElsewhere?: number;
  retrying: number;
  queued: number;
  exportedToday: number;
}

/** The bookkeeper's day in counts: what the Dashboard leads with and the daily summary counts. */
export interface DaySummary {
  decisions: number;
  attention: number;
  retrying: number;
  queued: number;
  kinds: KindWork[];
  exportedToday: number;
  /** More of today's entries than Joblink reads for the count: exportedToday is a floor. */
  exportedTodayCapped: boolean;
  since: string;
  /** The Auto-Run interval of the Web Connector file Joblink makes. */
  webConnectorEverySeconds: number;
}

// ---------- sync ----------

export interface SyncStatus {
  paused: boolean;
  pollMinutes: number;
  lastPollAt: string | null;
  nextPollAt: string | null;
  polling: boolean;
  problem: Problem | null;
  procore: { connected: boolean; company: ProcoreCompany | null };
  /** Procore's request budget; null until Joblink has read Procore once. */
  calls: SyncCalls | null;
}

/** `sync.calls`: the Procore requests of the last hour and what regular reading may use. */
export interface SyncCalls {
  /** Requests Joblink sent to Procore in the last 60 minutes (all of them, not only regular reading). */
  used: number;
  /** Requests regular reading may use in an hour: the chosen share of Procore's hourly limit. */
  budget: number;
  /** True while reading Procore waits for the budget; `resumesAt` says until when. */
  waiting: boolean;
  resumesAt?: string;
  /** Project reads left for a later pass (absent when none). */
  deferred?: number;
  /** What the budget means right now, in a sentence (absent when there is nothing to say). */
  says?: string;
}

// ---------- kinds ----------

/** The registered kinds, in export order (kinds not built yet are not listed). */
export function getKinds(): Promise<{ kinds: KindInfo[] }> {
  return request<{ kinds: KindInfo[] }>('GET', '/api/kinds');
}

// ---------- setup endpoints ----------

export function getSetup(): Promise<SetupState> {
  return request<SetupState>('GET', '/api/setup');
}

/** `baseURL` only for the custom environment. Changing the environment signs out of Procore. */
export function setProcoreEnvironment(environment: ProcoreEnvironment, baseURL?: string): Promise<SetupState> {
  const body: { environment: ProcoreEnvironment; baseURL?: string } = { environment };
  if (environment === 'custom') body.baseURL = baseURL ?? '';
  return request<SetupState>('PUT', '/api/setup/procore/environment', body);
}

function credentials(c: ProcoreCredentials): ProcoreCredentials {
  const body: ProcoreCredentials = {};
  if (c.clientId) body.clientId = c.clientId;
  if (c.clientSecret) body.clientSecret = c.clientSecret;
  return body;
}

/** Starts the browser sign-in; the UI opens `authorizeURL` unless `opened` says Joblink did. */
export function startBrowserSignIn(c: ProcoreCredentials = {}): Promise<BrowserSignIn> {
  return request<BrowserSignIn>('POST', '/api/setup/procore/browser', credentials(c));
}

/** The sign-in page for the paste-the-code flow (with the client ID of the user's own Procore app, if any). */
export function getCodeSignInURL(clientId = ''): Promise<BrowserSignIn> {
  const extra = clientId ? `&clientId=${encodeURIComponent(clientId)}` : '';
  return request<BrowserSignIn>('GET', `/api/setup/procore/browser?oob=1${extra}`);
}

export function signInWithCode(code: string, c: ProcoreCredentials = {}): Promise<SetupState> {
  return request<SetupState>('POST', '/api/setup/procore/code', { code, ...credentials(c) });
}

export function signInServiceAccount(clientId: string, clientSecret: string): Promise<SetupState> {
  return request<SetupState>('POST', '/api/setup/procore/service-account', { clientId, clientSecret });
}

export function getProcoreCompanies(): Promise<{ companies: ProcoreCompany[] }> {
  return request<{ companies: ProcoreCompany[] }>('GET', '/api/setup/procore/companies');
}

export function setProcoreCompany(id: number): Promise<SetupState> {
  return request<SetupState>('PUT', '/api/setup/procore/company', { id });
}

export function disconnectProcore(): Promise<SetupState> {
  return request<SetupState>('POST', '/api/setup/procore/disconnect');
}

/** A new random Web Connector password; it is shown once. */
export function newWebConnectorPassword(replace = false): Promise<{ password: string }> {
  // replace confirms replacing a password the Web Connector uses: the server refuses it otherwise.
  return request<{ password: string }>('POST', '/api/setup/webconnector/password', { replace });
}

function typeQuery(types: string[]): string {
  const p = new URLSearchParams();
  for (const t of types) p.append('type', t);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** QuickBooks accounts of the given types (as QuickBooks names them: Income, Expense, CostOfGoodsSold, …). */
export function getQuickBooksAccounts(...types: string[]): Promise<{ accounts: QuickBooksAccount[] }> {
  return request<{ accounts: QuickBooksAccount[] }>('GET', `/api/quickbooks/accounts${typeQuery(types)}`);
}

/** QuickBooks items of the given types (Service, OtherCharge, …); all items when none are given. */
export function getQuickBooksItems(...types: string[]): Promise<{ items: QuickBooksItem[] }> {
  return request<{ items: QuickBooksItem[] }>('GET', `/api/quickbooks/items${typeQuery(types)}`);
}

export function setSetupQuickBooks(body: SetupQuickBooksRequest): Promise<SetupState> {
  return request<SetupState>('PUT', '/api/setup/quickbooks', body);
}

export function setSetupPreferences(body: SetupPreferencesRequest): Promise<SetupState> {
  return request<SetupState>('PUT', '/api/setup/preferences', body);
}

/** 409 with the first incomplete step's message when setup is not ready. */
export function finishSetup(): Promise<SetupState> {
  return request<SetupState>('POST', '/api/setup/finish');
}

// ---------- work item endpoints ----------

export function workListPath(kind: string, query: WorkListQuery = {}): string {
  const p = new URLSearchParams();
  if (query.status) p.set('status', query.status);
  if (query.q) p.set('q', query.q);
  if (query.offset !== undefined) p.set('offset', String(query.offset));
  if (query.after) p.set('after', query.after);
  if (query.limit !== undefined) p.set('limit', String(query.limit));
  const s = p.toString();
  return `/api/work/${encodeURIComponent(kind)}${s ? `?${s}` : ''}`;
}

export function getWorkItems(kind: string, query: WorkListQuery = {}): Promise<WorkList> {
  return request<WorkList>('GET', workListPath(kind, query));
}

/** Accepts ready items (and re-queues ones needing attention or retrying) for the next Web Connector run. */
export function exportWorkItems(kind: string, body: ExportRequest): Promise<{ queued: number }> {
  return request<{ queued: number }>('POST', `/api/work/${encodeURIComponent(kind)}/export`, body);
}

export function rejectWorkItems(kind: string, ids: string[], comment: string): Promise<{ rejected: number }> {
  return request<{ rejected: number }>('POST', `/api/work/${encodeURIComponent(kind)}/reject`, { ids, comment });
}

export function reopenWorkItems(kind: string, ids: string[]): Promise<{ reopened: number }> {
  return request<{ reopened: number }>('POST', `/api/work/${encodeURIComponent(kind)}/reopen`, { ids });
}

/** What QuickBooks will receive for item `id` ("budget/5001"), and what blocks it. */
export function getWorkPreview(kind: string, id: string): Promise<WorkPreview> {
  return request<WorkPreview>('GET', `/api/work/${encodeURIComponent(kind)}/${encodeURIComponent(id)}/preview`);
}

export function getApprovals(): Promise<Approvals> {
  return request<Approvals>('GET', '/api/approvals');
}

export function activityPath(query: ActivityQuery = {}): string {
  const p = new URLSearchParams();
  p.set('limit', String(query.limit ?? 100));
  if (query.kind) p.set('kind', query.kind);
  if (query.before) p.set('before', query.before);
  if (query.to) p.set('to', query.to);
  if (query.since) p.set('since', query.since);
  if (query.until) p.set('until', query.until);
  if (query.q) p.set('q', query.q);
  return `/api/activity?${p.toString()}`;
}

export function getActivity(query: ActivityQuery = {}): Promise<ActivityPage> {
  return request<ActivityPage>('GET', activityPath(query));
}

/** The bookkeeper's day: documents waiting, items needing attention, exported today. */
export function getSummary(): Promise<DaySummary> {
  return request<DaySummary>('GET', '/api/summary');
}

// ---------- sync controls ----------

export function syncNow(): Promise<{ started: boolean }> {
  return request<{ started: boolean }>('POST', '/api/sync/now');
}

export function setSyncPaused(paused: boolean): Promise<SyncStatus> {
  return request<SyncStatus>('PUT', '/api/sync/paused', { paused });
}

// ====================================================================================
// Jobs and vendors: mapping Procore records to QuickBooks records (docs/api-mapping.md)
// ====================================================================================

export type MappingSide = 'jobs' | 'vendors';
export type MappingFilter = 'all' | 'unlinked' | 'suggested' | 'linked' | 'conflicts' | 'creating' | 'skipped';
export type MappingStatus = 'unlinked' | 'suggested' | 'linked' | 'creating' | 'conflict' | 'skipped';
export type MatchConfidence = 'exact' | 'likely' | 'possible';

/** A Procore project (jobs) or directory company (vendors). */
export interface ProcoreRecord {
  id: string;
  name: string;
  number: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
  active: boolean;
  /** Existed in Procore before Joblink was connected: linking it needs `confirm: true`. */
  createdBeforeConnection: boolean;
}

/** A QuickBooks customer, job or sub job (jobs) or vendor (vendors). */
export interface QuickBooksRecord {
  listId: string;
  fullName: string;
  name: string;
  parentFullName: string;
  /** "customer", "job", "subjob" or "vendor". */
  level: 'customer' | 'job' | 'subjob' | 'vendor' | string;
  active: boolean;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
  vendorType: string;
  /** Why it cannot be linked or imported ("" when it can). */
  unsupported: string;
  /** The Procore record this one is the exact or likely match of: creating it in Procore would make a second one. */
  procoreMatch?: { id: string; name: string; confidence: MatchConfidence | string; reason: string } | null;
}

export interface MatchSuggestion {
  listId: string;
  fullName: string;
  confidence: MatchConfidence | string;
  score: number;
  reason: string;
}

export interface MappingProblem {
  message: string;
  meaning: string;
  fix: string;
}

export interface MappingChoice {
  name: string;
  parentListId: string;
  asCustomer: boolean;
}

export interface MappingRow {
  /** The work item id: "job/3000004912", "vendor/4000000276". */
  id: string;
  procore: ProcoreRecord;
  status: MappingStatus | string;
  quickbooks: QuickBooksRecord | null;
  suggestion: MatchSuggestion | null;
  problem: MappingProblem | null;
  notes: string[];
  nameLimit: number;
  suggestedName: string;
  /** Why the Procore name cannot be QuickBooks' as it is (control characters, letters QuickBooks cannot store). */
  nameProblem?: MappingProblem | null;
  /** What "Use the Latin spelling" sends instead of text QuickBooks cannot store (absent when nothing to accept). */
  latinSpelling?: LatinOffer | null;
  /** Not in QuickBooks: its address and numbers QuickBooks could store only spelt otherwise, with Joblink's spelling ("" when none). */
  latinFields?: LatinField[] | null;
  choice: MappingChoice | null;
  linkWritten: boolean;
  linkProblem: string;
  /** What the bookkeeper wrote when skipping it (skipped rows only). */
  skipReason?: string;
}

/** Per filter chip among the rows the search matches (before the filter): they add up to `all`. */
export type MappingCounts = Record<Exclude<MappingFilter, 'creating' | 'skipped'> | 'quickbooksOnly', number> & Partial<Record<'creating' | 'skipped', number>>;

export interface MappingParent {
  listId: string;
  fullName: string;
}

export interface VendorSettings {
  updateProcoreFromQuickBooks: boolean;
  /** Empty: every vendor type is offered for import. */
  importVendorTypes: string[];
}

export interface MappingRun {
  active: boolean;
  sent: number;
  done: number;
  total: number;
}

export interface MappingView {
  side: MappingSide | string;
  counts: MappingCounts;
  /** Every row of the side, searched or not (0: Joblink has found none yet). */
  records?: number;
  /** Rows matching the filter and search; `rows` are `offset`… of them, at most `limit`. */
  total: number;
  offset: number;
  limit: number;
  rows: MappingRow[];
  /** QuickBooks-only records matching the search and vendor type, paged the same way. */
  quickbooksOnly: QuickBooksRecord[];
  quickbooksOnlyTotal: number;
  qbOffset: number;
  qbLimit: number;
  /** Vendors only. */
  vendorTypes?: string[];
  /** Vendors only. */
  settings?: VendorSettings;
  /** Shown before linking a record created in Procore before Joblink was connected. */
  confirmation: string;
  run: MappingRun;
}

export interface MappingQuery {
  filter?: MappingFilter;
  q?: string;
  /** Rows: from offset, at most limit (the server's default page: 100, at most 500; 0: none). */
  offset?: number;
  limit?: number;
  /** The QuickBooks-only list, paged on its own and narrowed by vendor type. */
  qbOffset?: number;
  qbLimit?: number;
  vendorType?: string;
  /** A ListID put first in the QuickBooks-only list when it is there (the picker's suggestion). */
  prefer?: string;
}

/** The server's page size when none is asked for. */
export const MAPPING_PAGE = 100;

export interface LinkRequest {
  id: string;
  listId: string;
  confirm: boolean;
}

export interface MappingFailure {
  id: string;
  message: string;
  fix: string;
  /** A create refused for a name with letters QuickBooks cannot store: that name's Latin spelling. */
  suggestedName?: string;
}

/** A record created in Procore before Joblink was connected: linked only once confirmed. The
 * server names the Procore record (name) and the QuickBooks record the link ties it to. */
export interface NeedConfirmation {
  id: string;
  name?: string;
  listId?: string;
  fullName?: string;
  message: string;
}

export interface LinkResult {
  linked: string[];
  needConfirmation: NeedConfirmation[];
  failed: MappingFailure[];
}

export interface UnlinkResult {
  unlinked: string[];
  failed: MappingFailure[];
}

/** Jobs need `parentListId` or `asCustomer: true`; vendors take only `id` and `name`. */
export interface CreateRequestItem {
  id: string;
  name?: string;
  parentListId?: string;
  asCustomer?: boolean;
  /** The bookkeeper saw the exact match QuickBooks has and chose to create another record. */
  confirmed?: boolean;
  /** The bookkeeper accepted the Latin spelling shown for the name (when none is typed) and the address and numbers. */
  latinSpelling?: boolean;
}

/** A record not created because the other side already has an exact match for it. */
export interface MappingMatch {
  /** The Procore record. */
  id: string;
  /** The QuickBooks record. */
  listId: string;
  message: string;
  fix?: string;
}

/** The Latin spelling a row offers: the name (when it changes) and the fields, each as Procore has it and as sent. */
export interface LatinOffer {
  name?: string;
  fields?: LatinField[];
}

/** A field as Procore has it and as it would be sent spelt in the Latin alphabet ("" when some letter has no Latin spelling). */
export interface LatinField {
  field: string;
  text: string;
  latin: string;
}

export interface CreateResult {
  queued: string[];
  failed: MappingFailure[];
  /** Projects created in Procore before Joblink was connected whose QuickBooks job already exists:
   * linked only once the bookkeeper confirms (sent again as links with confirm: true). */
  needConfirmation?: (NeedConfirmation & { listId: string })[];
  /** Not created: QuickBooks has an exact match (sent without confirmed). */
  matches?: MappingMatch[];
}

export interface ImportResult {
  created: { listId: string; procoreId: string; name: string }[];
  failed: { listId: string; message: string; fix: string }[];
  /** Not created: Procore has an exact match (sent without confirmed). */
  matches?: MappingMatch[];
}

/** At most this many links, imports… in one call. */
export const MAPPING_CALL_LIMIT = 1000;

export function mappingPath(side: MappingSide, query: MappingQuery = {}): string {
  const p = new URLSearchParams();
  if (query.filter && query.filter !== 'all') p.set('filter', query.filter);
  if (query.q) p.set('q', query.q);
  // Defaults are left out, so the first page's address is the plain one.
  if (query.offset) p.set('offset', String(query.offset));
  if (query.limit !== undefined && query.limit !== MAPPING_PAGE) p.set('limit', String(query.limit));
  if (query.qbOffset) p.set('qbOffset', String(query.qbOffset));
  if (query.qbLimit !== undefined && query.qbLimit !== MAPPING_PAGE) p.set('qbLimit', String(query.qbLimit));
  if (query.vendorType) p.set('vendorType', query.vendorType);
  if (query.prefer) p.set('prefer', query.prefer);
  const s = p.toString();
  return `/api/mapping/${side}${s ? `?${s}` : ''}`;
}

export function getMappingView(side: MappingSide, query: MappingQuery = {}): Promise<MappingView> {
  return request<MappingView>('GET', mappingPath(side, query));
}

export function linkRecords(side: MappingSide, links: LinkRequest[]): Promise<LinkResult> {
  return request<LinkResult>('POST', `/api/mapping/${side}/link`, { links });
}

export function unlinkRecords(side: MappingSide, ids: string[]): Promise<UnlinkResult> {
  return request<UnlinkResult>('POST', `/api/mapping/${side}/unlink`, { ids });
}

export function linkExactMatches(side: MappingSide, confirm: boolean): Promise<LinkResult> {
  return request<LinkResult>('POST', `/api/mapping/${side}/link-exact`, { confirm });
}

export function createInQuickBooks(side: MappingSide, items: CreateRequestItem[]): Promise<CreateResult> {
  return request<CreateResult>('POST', `/api/mapping/${side}/create`, { items });
}

export function importFromQuickBooks(side: MappingSide, listIds: string[], confirmed = false): Promise<ImportResult> {
  return request<ImportResult>('POST', `/api/mapping/${side}/import`, { listIds, confirmed });
}

/** Skips records (not linked, not sent to QuickBooks); through the mapping API the page shows it at once. */
export function skipRecords(side: MappingSide, ids: string[], comment: string): Promise<{ rejected: number }> {
  return request<{ rejected: number }>('POST', `/api/mapping/${side}/skip`, { ids, comment });
}

export function reopenRecords(side: MappingSide, ids: string[]): Promise<{ reopened: number }> {
  return request<{ reopened: number }>('POST', `/api/mapping/${side}/reopen`, { ids });
}

/** The customer a new job likely goes under, and why (GET …/parents?for=<row>). */
export interface MappingLikelyParent {
  listId: string;
  fullName: string;
  reason: string;
}

export interface MappingParents {
  total: number;
  offset: number;
  limit: number;
  parents: MappingParent[];
  likely?: MappingLikelyParent | null;
}

/** The customers a new QuickBooks job can go under, searched and paged. */
export function getMappingParents(
  side: MappingSide,
  query: { q?: string; offset?: number; limit?: number; for?: string } = {},
): Promise<MappingParents> {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  if (query.offset) p.set('offset', String(query.offset));
  if (query.limit !== undefined) p.set('limit', String(query.limit));
  if (query.for) p.set('for', query.for);
  const s = p.toString();
  return request<MappingParents>('GET', `/api/mapping/${side}/parents${s ? `?${s}` : ''}`);
}

export function setVendorSettings(settings: VendorSettings): Promise<VendorSettings> {
  return request<VendorSettings>('PUT', '/api/mapping/vendors/settings', settings);
}
