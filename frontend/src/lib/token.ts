// Access-token handling for the headless mode.
//
// A headless Joblink protects its UI with a per-install token. The token can
// arrive in the address (`…/#token=abc`, e.g. from a link Joblink prints); we
// move it into sessionStorage at once and rewrite the address to
// `#/dashboard`, so the token never stays in the address bar or history.

export const TOKEN_KEY = 'joblink.token';
const HASH_PREFIX = '#token=';

type LocationLike = Pick<Location, 'hash' | 'pathname' | 'search'>;
type HistoryLike = Pick<History, 'replaceState'>;
type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): StorageLike | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage can be blocked; we then keep the token in memory only
  }
}

let memoryToken: string | null = null;

/**
 * If the address hash carries a token, store it, replace the hash with
 * `#/dashboard` and return the token. Otherwise return null and change nothing.
 */
export function captureTokenFromHash(
  loc: LocationLike = window.location,
  hist: HistoryLike = window.history,
  storage: StorageLike | null = defaultStorage(),
): string | null {
  if (!loc.hash.startsWith(HASH_PREFIX)) return null;
  let token = loc.hash.slice(HASH_PREFIX.length);
  try {
    token = decodeURIComponent(token);
  } catch {
    // keep the raw value if it is not valid percent-encoding
  }
  token = token.trim();
  hist.replaceState(null, '', `${loc.pathname}${loc.search}#/dashboard`);
  if (!token) return null;
  setToken(token, storage);
  return token;
}

/** The token to send, or null when none is known. */
export function getToken(storage: StorageLike | null = defaultStorage()): string | null {
  try {
    const stored = storage?.getItem(TOKEN_KEY);
    if (stored) return stored;
  } catch {
    // fall through to the in-memory copy
  }
  return memoryToken;
}

export function setToken(token: string, storage: StorageLike | null = defaultStorage()): void {
  memoryToken = token;
  try {
    storage?.setItem(TOKEN_KEY, token);
  } catch {
    // in-memory copy is enough for this window
  }
}

export function clearToken(storage: StorageLike | null = defaultStorage()): void {
  memoryToken = null;
  try {
    storage?.removeItem(TOKEN_KEY);
  } catch {
    // nothing else to do
  }
}

/** Called once on start: take a token from the address, else from storage. */
export function initToken(): string | null {
  return captureTokenFromHash() ?? getToken();
}
