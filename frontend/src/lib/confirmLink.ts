// The confirmation for records created in Procore before Joblink was connected: each record
// with the QuickBooks record the link ties it to, so the bookkeeper checks the pairs, not names
// alone. The server names both (needConfirmation's name and fullName); an answer that does not
// is completed from what the page has read.
import type { NeedConfirmation } from './api';
import { formatCount } from './quickbooks';

export interface ConfirmRecord {
  id: string;
  /** The Procore record. */
  name: string;
  /** The QuickBooks record's full name, or "" when it is not known (the dialog says so). */
  match: string;
  /** The server's words for why it asks. */
  message: string;
}

export interface KnownNames {
  /** A Procore record's name by its id, if read. */
  procore: (id: string) => string | undefined;
  /** A QuickBooks record's full name by its ListID, if read. */
  quickbooks: (listId: string) => string | undefined;
}

/**
 * The records to confirm, in the server's order. `links` are the links that were asked for: the
 * QuickBooks record of an answer without a listId is the one its link asked for.
 */
export function confirmRecords(
  asks: readonly NeedConfirmation[],
  links: readonly { id: string; listId: string }[],
  known: KnownNames,
): ConfirmRecord[] {
  const asked = new Map(links.map((l) => [l.id, l.listId]));
  return asks.map((a) => {
    const listId = a.listId || asked.get(a.id) || '';
    return {
      id: a.id,
      name: a.name || known.procore(a.id) || a.id,
      match: a.fullName || (listId ? (known.quickbooks(listId) ?? '') : ''),
      message: a.message,
    };
  });
}

/** The dialog's title: how many, of what, and that they were in Procore first. */
export function confirmTitle(n: number, one: string, many: string): string {
  return n === 1 ? `Link a ${one} that was in Procore before Joblink?` : `Link ${formatCount(n)} ${many} that were in Procore before Joblink?`;
}

/** What a line of the list says for the QuickBooks side. */
export function matchText(r: Pick<ConfirmRecord, 'match'>, quickbooksRecord: string): string {
  return r.match || `the ${quickbooksRecord} Joblink suggested (its name was not read)`;
}
