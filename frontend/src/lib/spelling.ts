// "Use the Latin spelling": text QuickBooks would store with letters lost (Cyrillic
// "Строймонтаж", Polish "Łódź") is never sent on Joblink's own; the row offers the Latin
// spelling Joblink suggests and the bookkeeper accepts it in one action
// (POST /api/mapping/{side}/accept-spelling), or types another name in Create in QuickBooks.

import { request, type CreateRequestItem, type CreateResult, type LatinField, type LatinOffer, type MappingRow, type MappingSide } from './api';
import { checkCreateName, DEFAULT_NAME_LIMIT, lettersQuickBooksLoses } from './mapping';

/** What accepting sends, in words: `the name "Stroymontazh", the city "Łódź" as "Lódz"`. */
export function latinOfferWords(offer: LatinOffer): string {
  const parts: string[] = [];
  if (offer.name) parts.push(`the name “${offer.name}”`);
  for (const f of offer.fields ?? []) parts.push(`the ${f.field} “${f.text}” as “${f.latin}”`);
  return parts.join(', ');
}

/** Whether a row has a spelling to accept. */
export function hasLatinOffer(row: { latinSpelling?: LatinOffer | null }): row is { latinSpelling: LatinOffer } {
  const o = row.latinSpelling;
  return Boolean(o && (o.name || (o.fields?.length ?? 0) > 0));
}

/** Sends the records with the spelling their rows offer. */
export function acceptSpelling(side: MappingSide, ids: string[]): Promise<CreateResult> {
  return request<CreateResult>('POST', `/api/mapping/${side}/accept-spelling`, { ids });
}

/** The outcome in a sentence, for the row's live region. */
export function acceptSpellingNotice(r: CreateResult): { ok: boolean; text: string } {
  if (r.queued.length > 0) return { ok: true, text: 'Sent with the Latin spelling: it goes to QuickBooks on the next Web Connector run.' };
  const f = r.failed[0] ?? r.matches?.[0] ?? r.needConfirmation?.[0];
  if (!f) return { ok: false, text: 'Nothing was sent.' };
  const fix = 'fix' in f && f.fix ? ` ${f.fix}` : '';
  return { ok: false, text: `Not sent: ${f.message}${fix}` };
}

// ---------- in Create in QuickBooks ----------
// A record merely ready (not waiting) is created through the dialog: when its name or its
// address and numbers have a Latin spelling (the server's: suggestedName for the Procore name,
// latinFields for the rest), the dialog offers "Use the Latin spelling “…”", which creates it
// with latinSpelling: true. Text with no Latin spelling (Chinese, Arabic) is still refused: the
// name is typed in the Latin alphabet, a field corrected in Procore.

type SpellingRow = Pick<MappingRow, 'procore' | 'nameLimit' | 'suggestedName' | 'nameProblem' | 'latinFields'> & { choice?: MappingRow['choice'] };

/** What "Use the Latin spelling" in the create dialog sends. */
export interface CreateSpelling {
  /** The name sent: the Latin spelling of the Procore name, or the name typed when QuickBooks stores it as it is. */
  name: string;
  /** Whether the name is the Latin spelling (not what was typed). */
  spelt: boolean;
  fields: LatinField[];
}

const same = (a: string, b: string) => a.trim().normalize('NFC') === b.trim().normalize('NFC');

/** The server's Latin spelling of a name typed in the dialog (GET /api/mapping/{side}/spelling): `latin` is ""
 * when QuickBooks stores the name as it is or some letter has no Latin spelling. */
export interface TypedSpelling {
  name: string;
  latin: string;
}

/** Asks the server for the Latin spelling of a name typed in the create dialog (nothing is stored). */
export function nameSpelling(side: MappingSide, name: string): Promise<TypedSpelling> {
  return request<TypedSpelling>('GET', `/api/mapping/${side}/spelling?name=${encodeURIComponent(name.trim())}`);
}

/** The name the row's suggestedName spells: the name chosen before (kept in its choice), else the Procore name. */
const spelledName = (row: SpellingRow) => row.choice?.name || row.procore.name;

/** Whether the dialog must ask the server for the spelling of `typed`: it has letters QuickBooks cannot store and
 * is not the name the row's own suggestion spells. */
export function asksSpelling(row: SpellingRow, typed: string): boolean {
  const t = typed.trim();
  return t !== '' && lettersQuickBooksLoses(t).length > 0 && !(row.nameProblem && row.suggestedName && same(t, spelledName(row)));
}

/** The Latin spelling the create dialog offers for a row with `typed` in its name field, or null when there is
 * nothing to accept: everything can go as it is, the name has another problem, or some text has no Latin
 * spelling. The spelling is always the server's, of the name typed: the row's suggestedName spells the name a
 * create would send untouched (the one chosen before, kept in its choice, else the Procore name); any other name
 * typed in another alphabet is spelt by `asked` (nameSpelling's answer for it, null until it comes). */
export function createSpelling(row: SpellingRow, typed: string, asked: TypedSpelling | null = null): CreateSpelling | null {
  const fields = row.latinFields ?? [];
  if (fields.some((f) => !f.latin)) return null;
  const t = typed.trim();
  let name = t;
  let spelt = false;
  if (lettersQuickBooksLoses(t).length > 0) {
    if (row.nameProblem && row.suggestedName && same(t, spelledName(row))) name = row.suggestedName;
    else if (asked?.latin && same(t, asked.name)) name = asked.latin;
    else return null;
    spelt = true;
  }
  if (checkCreateName(name, row.nameLimit || DEFAULT_NAME_LIMIT)) return null;
  if (!spelt && fields.length === 0) return null;
  return { name, spelt, fields };
}

/** The button's words: `Use the Latin spelling “Stroymontazh”` (the name, else the first field's spelling). */
export function createSpellingLabel(s: CreateSpelling): string {
  return `Use the Latin spelling “${s.spelt ? s.name : (s.fields[0]?.latin ?? s.name)}”`;
}

/** What it sends, in words, for the button's description. */
export function createSpellingWords(s: CreateSpelling): string {
  return `Creates it with ${latinOfferWords({ name: s.spelt ? s.name : undefined, fields: s.fields })}${s.spelt ? '' : `, named “${s.name}”`}.`;
}

/** The name field's message when the name typed has a Latin spelling to accept (else the field's own problem). */
export function spellingNameProblem(problem: string | null, s: CreateSpelling | null): string | null {
  if (!problem || !s?.spelt) return problem;
  return `${problem.replace(/: write the name in the Latin alphabet.*$/, ':')} choose “Use the Latin spelling” to send “${s.name}”, or write the name in the Latin alphabet.`;
}

/** Why the row's address or numbers stop a create as it is (null when they can go): with a Latin spelling the
 * bookkeeper accepts it in the dialog; without one it is corrected in Procore. */
export function fieldsProblem(row: SpellingRow): string | null {
  const fields = row.latinFields ?? [];
  const none = fields.find((f) => !f.latin);
  if (none)
    return `QuickBooks cannot store the ${none.field} “${none.text}”, and its letters have no Latin spelling: correct the ${none.field} of ${row.procore.name} in Procore (in the Latin alphabet), then create it.`;
  if (fields.length === 0) return null;
  const what = fields.map((f) => `the ${f.field} “${f.text}”`).join(', ');
  return `QuickBooks cannot store ${what} as written: choose “Use the Latin spelling” to send ${fields.length === 1 ? 'it' : 'them'} spelt as shown, or correct ${fields.length === 1 ? 'it' : 'them'} in Procore.`;
}

/** The create items with one row's Latin spelling accepted. */
export function withLatinSpelling<T extends CreateRequestItem>(items: T[], id: string, s: CreateSpelling): T[] {
  return items.map((it) => (it.id === id ? { ...it, name: s.name, latinSpelling: true } : it));
}

/** What the page says (and focuses) once a row's Latin spelling is sent: what was sent, and when it arrives. */
export function latinSentNotice(row: { procore: { name: string }; latinSpelling?: LatinOffer | null }): string {
  const what = row.latinSpelling ? latinOfferWords(row.latinSpelling) : '';
  return `${row.procore.name}: sent with the Latin spelling${what ? ` (${what})` : ''}; it goes to QuickBooks on the next Web Connector run.`;
}

// ---------- in Create in QuickBooks for several records ----------
// The bulk dialog lists the records it cannot send as they are: those with a Latin spelling are
// included with it only on the bookkeeper's one confirmation (each sent with latinSpelling: true);
// those without one (Chinese) are left out, each with the reason. A name the bookkeeper types for a
// row in another alphabet is spelt by the server (nameSpelling), as in the one-record dialog.

/** A record of a bulk create and what its Latin spelling sends, or why it is left out. */
export type BulkSpelling = { id: string; name: string; spelling: CreateSpelling; words: string } | { id: string; name: string; reason: string };

/** The rows of a bulk create that cannot go as they are (`names`: the names typed, by row): each with its Latin
 * spelling in words, or the reason it is left out. Rows that can go as they are are not listed. A name typed in
 * another alphabet is spelt by `asked` (nameSpelling's answers, by row; see bulkAsks), as in the one-record dialog. */
export function bulkSpellings(
  rows: readonly (SpellingRow & { id: string })[],
  names: Readonly<Record<string, string>>,
  asked: Readonly<Record<string, TypedSpelling>> = {},
): { latin: Extract<BulkSpelling, { spelling: CreateSpelling }>[]; leftOut: Extract<BulkSpelling, { reason: string }>[] } {
  const latin: Extract<BulkSpelling, { spelling: CreateSpelling }>[] = [];
  const leftOut: Extract<BulkSpelling, { reason: string }>[] = [];
  for (const r of rows) {
    const fields = r.latinFields ?? [];
    const none = fields.find((f) => !f.latin);
    if (none) {
      leftOut.push({ id: r.id, name: r.procore.name, reason: `the ${none.field} “${none.text}” has no Latin spelling: correct it in Procore (in the Latin alphabet), then create it.` });
      continue;
    }
    const typed = (names[r.id] ?? r.procore.name).trim();
    const s = createSpelling(r, typed, asked[r.id] ?? null);
    if (s) latin.push({ id: r.id, name: r.procore.name, spelling: s, words: bulkSpellingWords(s) });
    else if (lettersQuickBooksLoses(typed || r.procore.name).length > 0)
      // A name with no Latin spelling (Chinese), or another one typed in another alphabet: the bookkeeper types it.
      leftOut.push({ id: r.id, name: r.procore.name, reason: `the name “${typed || r.procore.name}” has no Latin spelling: type a name in the Latin alphabet in its field below to include it.` });
  }
  return { latin, leftOut };
}

/** The names typed in a bulk create that the server must spell (nameSpelling), by row: those asksSpelling
 * wants and `asked` has no answer for yet. Only the rows with a name field have one in `names`, and a name
 * left as the dialog gave it needs no asking, so the requests follow what the bookkeeper types. */
export function bulkAsks(
  rows: readonly (SpellingRow & { id: string })[],
  names: Readonly<Record<string, string>>,
  asked: Readonly<Record<string, TypedSpelling>>,
): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  for (const r of rows) {
    const typed = names[r.id];
    if (typed === undefined || !asksSpelling(r, typed)) continue;
    const a = asked[r.id];
    if (!a || !same(a.name, typed)) out.push({ id: r.id, name: typed.trim() });
  }
  return out;
}

/** What one record's Latin spelling sends, for the bulk list: `the city “Łódź” as “Lódz”`. */
export function bulkSpellingWords(s: CreateSpelling): string {
  return latinOfferWords({ name: s.spelt ? s.name : undefined, fields: s.fields });
}

/** The create items with the Latin spelling of each listed record accepted. */
export function withLatinSpellings<T extends CreateRequestItem>(items: T[], spelt: readonly { id: string; spelling: CreateSpelling }[]): T[] {
  return spelt.reduce((acc, s) => withLatinSpelling(acc, s.id, s.spelling), items);
}
