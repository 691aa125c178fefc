// "Group by division" on the Cost codes page. A Procore cost code's division is the start of
// its code ("01" of "01-100", Procore's "01 General Requirements"); the list is in code order,
// so a page shows each division's codes together. The server counts each division's codes
// under the list's filter (GET /api/costcodes/divisions) and says how many came on earlier
// pages: a division that spans pages is headed "continued" and says it goes on.

import { request, type WorkItem } from './api';
import { formatCount } from './quickbooks';

/** A division as the server counts it. */
export interface DivisionCount {
  code: string;
  /** The division's own name ("General Requirements"), "" when the list has no code for it. */
  name: string;
  /** Its codes under the list's status and search. */
  count: number;
  /** How many of those come before the page's first code (on earlier pages). */
  before: number;
}

/** One heading of the grouped list and the page's codes under it. */
export interface DivisionGroup {
  code: string;
  name: string;
  /** Codes in the division (under the filter), null while the counts are being read. */
  count: number | null;
  items: WorkItem[];
  /** Started on an earlier page. */
  continued: boolean;
  /** Goes on on the next page. */
  continues: boolean;
}

/** The division of a code: its first part, before "-", "." or a space ("01" of "01-100"). */
export function divisionOf(code: string): string {
  const trimmed = code.trim();
  const m = /^[^-.\s]+/.exec(trimmed);
  return m ? m[0] : trimmed;
}

/** The divisions a page shows, in page order, each once. */
export function divisionsOf(items: readonly WorkItem[]): string[] {
  const out: string[] = [];
  for (const it of items) {
    const d = divisionOf(it.title);
    if (out[out.length - 1] !== d && !out.includes(d)) out.push(d);
  }
  return out;
}

/**
 * The page's codes under their division headings, in page order. counts (null: not read yet)
 * gives each division's name, size and codes on earlier pages.
 */
export function groupByDivision(items: readonly WorkItem[], counts: readonly DivisionCount[] | null): DivisionGroup[] {
  const byCode = new Map((counts ?? []).map((c) => [c.code, c]));
  const groups: DivisionGroup[] = [];
  for (const it of items) {
    const code = divisionOf(it.title);
    let g = groups[groups.length - 1];
    if (!g || g.code !== code) {
      const c = byCode.get(code);
      g = { code, name: c?.name ?? '', count: c ? c.count : null, items: [], continued: (c?.before ?? 0) > 0, continues: false };
      groups.push(g);
    }
    g.items.push(it);
  }
  for (const g of groups) {
    const c = byCode.get(g.code);
    g.continues = c ? c.before + g.items.length < c.count : false;
  }
  return groups;
}

/** "01 General Requirements", or "01" when the division has no name. */
export function divisionTitle(g: Pick<DivisionGroup, 'code' | 'name'>): string {
  return g.name && g.name !== g.code ? `${g.code} ${g.name}` : g.code;
}

/** What the heading says besides the title: "14 cost codes, continued from the previous page". */
export function divisionFacts(g: DivisionGroup): string {
  const parts: string[] = [];
  if (g.count !== null) parts.push(`${formatCount(g.count)} ${g.count === 1 ? 'cost code' : 'cost codes'}`);
  if (g.continued) parts.push(`continued from the previous page`);
  if (g.continues) parts.push(`continues on the next page`);
  return parts.join(', ');
}

/** Reads the counts of the page's divisions, under the list's status and search. */
export function getDivisionCounts(
  codes: readonly string[],
  opts: { status?: string; q?: string; first?: string },
): Promise<{ divisions: DivisionCount[] }> {
  const p = new URLSearchParams();
  for (const c of codes) p.append('code', c);
  if (opts.status) p.set('status', opts.status);
  if (opts.q) p.set('q', opts.q);
  if (opts.first) p.set('first', opts.first);
  return request<{ divisions: DivisionCount[] }>('GET', `/api/costcodes/divisions?${p.toString()}`);
}
