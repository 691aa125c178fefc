// "Use the Latin spelling": text QuickBooks would store with letters lost (Cyrillic
// "Строймонтаж", Polish "Łódź") is never sent on Joblink's own; the row offers the Latin
// spelling Joblink suggests and the bookkeeper accepts it in one action
// (POST /api/mapping/{side}/accept-spelling), or types another name in Create in QuickBooks.

import { request, type CreateResult, type LatinOffer, type MappingSide } from './api';

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
