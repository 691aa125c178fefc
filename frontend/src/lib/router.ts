// Hash routing: `#/dashboard`, `#/approvals`, … Unknown hashes show the dashboard.

/** Every screen the app has (App.svelte maps each to its page). */
export const PAGE_IDS = [
  'dashboard',
  'approvals',
  'cost-codes',
  'jobs',
  'vendors',
  'job-costs',
  'activity',
  'settings',
  'setup',
] as const;

export type PageId = (typeof PAGE_IDS)[number];

export interface Route {
  id: PageId;
  label: string;
}

/**
 * The screens that are not a kind's own page, in navigation order. The kinds' pages come from
 * the registered kinds (GET /api/kinds, see navRoutes): a kind that is not built has no entry.
 */
export const ROUTES: readonly Route[] = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'approvals', label: 'Approvals' },
  { id: 'job-costs', label: 'Job costs' },
  { id: 'activity', label: 'Activity' },
  { id: 'settings', label: 'Settings' },
  { id: 'setup', label: 'Setup' },
];

/** The kinds' pages go after this screen in the navigation. */
const KIND_PAGES_AFTER: PageId = 'approvals';

export const DEFAULT_PAGE: PageId = 'dashboard';

const KNOWN = new Set<string>(PAGE_IDS);

export function isPageId(id: string): id is PageId {
  return KNOWN.has(id);
}

/**
 * The navigation: the fixed screens, with the page of each registered kind (in the kinds'
 * export order, labelled by the kind) after Approvals. A kind whose page this app does not
 * have, or that has none, adds nothing.
 */
export function navRoutes(kinds: readonly { page: string; label: string }[]): Route[] {
  const own: Route[] = [];
  for (const k of kinds) {
    if (isPageId(k.page) && !ROUTES.some((r) => r.id === k.page) && !own.some((r) => r.id === k.page)) {
      own.push({ id: k.page, label: k.label });
    }
  }
  const at = ROUTES.findIndex((r) => r.id === KIND_PAGES_AFTER) + 1;
  return [...ROUTES.slice(0, at), ...own, ...ROUTES.slice(at)];
}

/** `#/approvals` → 'approvals'; anything unknown or empty → 'dashboard'. */
export function pageFromHash(hash: string): PageId {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0].toLowerCase();
  return isPageId(path) ? path : DEFAULT_PAGE;
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

/** The screen's label; a kind's page is labelled by its kind. */
export function labelFor(page: PageId, kinds: readonly { page: string; label: string }[] = []): string {
  return navRoutes(kinds).find((r) => r.id === page)?.label ?? 'Dashboard';
}

/** Calls `onChange` with the current hash whenever it changes. Returns a stop function. */
export function watchHash(onChange: (hash: string) => void, win: Window = window): () => void {
  const handler = () => onChange(win.location.hash);
  win.addEventListener('hashchange', handler);
  return () => win.removeEventListener('hashchange', handler);
}
