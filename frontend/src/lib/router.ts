// Hash routing: `#/dashboard`, `#/approvals`, … Unknown hashes show the dashboard.

export type PageId =
  | 'dashboard'
  | 'approvals'
  | 'cost-codes'
  | 'jobs'
  | 'vendors'
  | 'job-costs'
  | 'activity'
  | 'settings'
  | 'setup';

export interface Route {
  id: PageId;
  label: string;
}

export const ROUTES: readonly Route[] = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'approvals', label: 'Approvals' },
  { id: 'cost-codes', label: 'Cost codes' },
  { id: 'jobs', label: 'Jobs' },
  { id: 'vendors', label: 'Vendors' },
  { id: 'job-costs', label: 'Job costs' },
  { id: 'activity', label: 'Activity' },
  { id: 'settings', label: 'Settings' },
  { id: 'setup', label: 'Setup' },
];

export const DEFAULT_PAGE: PageId = 'dashboard';

const KNOWN = new Set<string>(ROUTES.map((r) => r.id));

/** `#/approvals` → 'approvals'; anything unknown or empty → 'dashboard'. */
export function pageFromHash(hash: string): PageId {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0].toLowerCase();
  return KNOWN.has(path) ? (path as PageId) : DEFAULT_PAGE;
}

/** `#/cost-codes?status=ready` → URLSearchParams with status=ready. */
export function queryFromHash(hash: string): URLSearchParams {
  const i = hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : hash.slice(i + 1));
}

export function hrefFor(page: PageId, query: Record<string, string> = {}): string {
  const q = new URLSearchParams(query).toString();
  return `#/${page}${q ? `?${q}` : ''}`;
}

export function labelFor(page: PageId): string {
  return ROUTES.find((r) => r.id === page)?.label ?? 'Dashboard';
}

/** Calls `onChange` with the current hash whenever it changes. Returns a stop function. */
export function watchHash(onChange: (hash: string) => void, win: Window = window): () => void {
  const handler = () => onChange(win.location.hash);
  win.addEventListener('hashchange', handler);
  return () => win.removeEventListener('hashchange', handler);
}
