// Hash routing: `#/dashboard`, `#/approvals`, … Unknown hashes show the dashboard.

export type PageId =
  | 'dashboard'
  | 'approvals'
  | 'cost-codes'
  | 'jobs'
  | 'vendors'
  | 'job-costs'
  | 'activity'
  | 'settings';

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
];

export const DEFAULT_PAGE: PageId = 'dashboard';

const KNOWN = new Set<string>(ROUTES.map((r) => r.id));

/** `#/approvals` → 'approvals'; anything unknown or empty → 'dashboard'. */
export function pageFromHash(hash: string): PageId {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0].toLowerCase();
  return KNOWN.has(path) ? (path as PageId) : DEFAULT_PAGE;
}

export function hrefFor(page: PageId): string {
  return `#/${page}`;
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
