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

export interface Status {
  version: string;
  mode: RunMode | string;
  startedAt: string;
  dataDir: string;
  store: StoreStatus;
  listener: ListenerStatus;
  approvals: ApprovalsStatus;
  logFile: string;
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

// ---------- the request helper ----------

const NO_BODY = Symbol('no body');

async function request<T>(method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = getToken();
  if (token) headers['Authorization'] = `Bearer ${token}`;
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
    throw new ApiError(0, 'not_answering', NOT_ANSWERING_MESSAGE, NOT_ANSWERING_FIX);
  }

  let data: unknown = NO_BODY;
  if (text.trim() !== '') {
    try {
      data = JSON.parse(text);
    } catch {
      data = NO_BODY;
    }
  }

  if (!res.ok) {
    const err = isErrorBody(data)
      ? new ApiError(res.status, data.error.code || 'error', data.error.message, data.error.fix ?? '')
      : new ApiError(
          res.status,
          'bad_reply',
          `${BAD_REPLY_MESSAGE} (error ${res.status})`,
          NOT_ANSWERING_FIX,
        );
    if (err.status === 401 && unauthorizedHandler) unauthorizedHandler(err);
    throw err;
  }
  if (data === NO_BODY) {
    throw new ApiError(res.status, 'bad_reply', BAD_REPLY_MESSAGE, NOT_ANSWERING_FIX);
  }
  return data as T;
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
