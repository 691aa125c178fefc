// Words for the QuickBooks part of the status (the Dashboard's QuickBooks card).

import type { QuickBooksCompany, QuickBooksList, QuickBooksStatus } from './api';
import { formatWhenCapitalized, type Tone } from './format';

export function qbStateLabel(state: string): string {
  switch (state) {
    case 'waiting':
      return 'Waiting for the Web Connector';
    case 'connected':
      return 'Connected';
    case 'problem':
      return 'Needs attention';
    default:
      return state ? state.charAt(0).toUpperCase() + state.slice(1) : 'Unknown';
  }
}

export function qbStateTone(state: string): Tone {
  switch (state) {
    case 'connected':
      return 'ok';
    case 'problem':
      return 'error';
    case 'waiting':
      return 'neutral';
    default:
      return 'warning';
  }
}

/** The lists that have a problem of their own. */
export function listsWithProblems(lists: QuickBooksList[] | null | undefined): QuickBooksList[] {
  return (lists ?? []).filter((l) => l.problem !== null && l.problem !== undefined);
}

/** The card's edge colour: red for a problem, amber when a list has one, else plain. */
export function qbCardTone(qb: QuickBooksStatus): Tone {
  if (qb.state === 'problem' || qb.problem) return 'error';
  if (listsWithProblems(qb.lists).length > 0) return 'warning';
  return qbStateTone(qb.state) === 'warning' ? 'warning' : 'neutral';
}

const COUNTRIES: Record<string, string> = { US: 'United States', CA: 'Canada' };

/** "US" → "United States", "CA" → "Canada", other codes as they are. */
export function countryLabel(code: string | null | undefined): string {
  const c = (code ?? '').trim();
  if (!c) return 'Unknown';
  return COUNTRIES[c.toUpperCase()] ?? c;
}

/** "QuickBooks Enterprise Solutions: Contractor 24.0 (version 34.0)". */
export function productLabel(company: Pick<QuickBooksCompany, 'product' | 'version'> | null | undefined): string {
  const product = company?.product?.trim() ?? '';
  const version = company?.version?.trim() ?? '';
  if (!product) return version ? `QuickBooks (version ${version})` : 'Unknown';
  return version ? `${product} (version ${version})` : product;
}

export function passwordLabel(set: boolean | null | undefined): string {
  return set ? 'Set' : 'Not set yet';
}

/** "No contact yet" before the first contact, else "Today at 10:40 PM" etc. */
export function formatLastContact(value: string | null | undefined, now?: Date, locale?: string): string {
  if (!value) return 'No contact yet';
  return formatWhenCapitalized(value, now, locale);
}

/** "Not yet" for a list never read from QuickBooks, else "Today at 10:40 PM" etc. */
export function formatRefreshed(value: string | null | undefined, now?: Date, locale?: string): string {
  if (!value) return 'Not yet';
  return formatWhenCapitalized(value, now, locale);
}

/** 1234 → "1,234" (in the user's locale); missing or bad values → "Unknown". */
export function formatCount(n: number | null | undefined, locale?: string): string {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return 'Unknown';
  return n.toLocaleString(locale);
}
