// The customer picker of "Create in QuickBooks" (jobs): customers in reading order, and the one
// the job likely goes under chosen at first, with why. The server knows the likely customer
// (GET …/parents?for=<row>: the customer of the QuickBooks job Joblink matched the project to,
// or one whose whole name is in the project's name); without one nothing is chosen.
import type { MappingLikelyParent, MappingParent } from './api';

// Case and accents set aside ("émile" among the Es), numbers in number order ("Phase 2" before
// "Phase 10"), as the bookkeeper's language reads them.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The customers sorted by name for reading; equal names keep a fixed order (case, then id). */
export function sortParents(parents: readonly MappingParent[]): MappingParent[] {
  return [...parents].sort(
    (a, b) => collator.compare(a.fullName, b.fullName) || (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0) || (a.listId < b.listId ? -1 : 1),
  );
}

/**
 * The options of the picker: the customers shown, sorted, with the likely one among them even
 * when the page or the search does not hold it (a company file can have thousands).
 */
export function parentOptions(parents: readonly MappingParent[], likely: MappingLikelyParent | null | undefined): MappingParent[] {
  const list = likely && !parents.some((p) => p.listId === likely.listId) ? [...parents, { listId: likely.listId, fullName: likely.fullName }] : parents;
  return sortParents(list);
}

/**
 * The customer to choose when the server's answer arrives: the likely one, unless the
 * bookkeeper chose one already (in this dialog or before) or keeps the job as a customer.
 */
export function preselectParent(current: string, mode: 'parent' | 'customer', likely: MappingLikelyParent | null | undefined): string {
  if (current || mode !== 'parent' || !likely) return current;
  return likely.listId;
}

/** The words under the picker: which customer Joblink chose or suggests, and why. */
export function likelyParentNote(likely: MappingLikelyParent | null | undefined, chosen: string): string {
  if (!likely) return '';
  return chosen === likely.listId
    ? `Chosen by Joblink: ${likely.reason} Check it, or choose another.`
    : `Joblink suggests “${likely.fullName}”: ${likely.reason}`;
}
