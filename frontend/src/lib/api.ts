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
    : new ApiError(res.status, 'bad_reply', `${BAD_REPLY_MESSAGE} (error ${res.status})`, NOT_ANSWERING_FIX);
  if (err.status === 401 && unauthorizedHandler) unauthorizedHandler(err);
  return err;
}

async function request<T>(method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers = headersFor('application/json');
  const init: RequestInit = { method, headers, cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
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
