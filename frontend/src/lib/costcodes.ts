// The Cost codes page's links to service items QuickBooks already has ("01-100 General
// Conditions" for the code 01-100), and the preview "Export all" shows before it queues anything.

import { request } from './api';
import { count } from './format';

export interface CostCodeSuggestion {
  /** The cost code's work item. */
  id: string;
  code: string;
  name: string;
  /** The existing QuickBooks service item. */
  listId: string;
  fullName: string;
  reason: string;
}

export interface ExportPreview {
  new: number;
  linked: number;
  conflicts: number;
  refused: number;
  /** Among `new`: QuickBooks has an item that looks like theirs, which export would not use. */
  suggested: number;
}

export interface ExportPreviewAnswer {
  preview: ExportPreview;
  /** Setup is not finished: the export would be refused (message, meaning, fix). */
  refused: { message: string; meaning?: string; fix?: string } | null;
}

export interface CostCodeLinkResult {
  linked: string[];
  failed: { id: string; message: string; fix?: string }[];
}

export function getCostCodeSuggestions(): Promise<{ total: number; suggestions: CostCodeSuggestion[] }> {
  return request('GET', '/api/costcodes/suggestions');
}

export function getExportPreview(): Promise<ExportPreviewAnswer> {
  return request('GET', '/api/costcodes/export-preview');
}

export function linkCostCodes(links: { id: string; listId: string }[]): Promise<CostCodeLinkResult> {
  return request('POST', '/api/costcodes/link', { links });
}

/** What "Export all" will do, one line per outcome that happens. */
export function previewLines(p: ExportPreview): string[] {
  const lines: string[] = [];
  if (p.new) lines.push(`${count(p.new, 'new service item')} added to QuickBooks`);
  if (p.linked) lines.push(`${count(p.linked, 'cost code')} linked to the service item QuickBooks already has under the code`);
  if (p.conflicts)
    lines.push(`${count(p.conflicts, 'conflict')}: QuickBooks has another kind of item under the code; ${p.conflicts === 1 ? 'it waits' : 'they wait'} for you with the reason`);
  if (p.refused) lines.push(`${count(p.refused, 'cost code')} that cannot be a QuickBooks item name (too long, or a colon): ${p.refused === 1 ? 'it waits' : 'they wait'} with the fix`);
  return lines;
}

/** The total the preview covers. */
export function previewTotal(p: ExportPreview): number {
  return p.new + p.linked + p.conflicts + p.refused;
}

/** One field of a code QuickBooks can store only spelt in the Latin alphabet, as Procore has it and as it would be sent. */
export interface LatinSpelling {
  field: string;
  text: string;
  latin: string;
}

/** The Latin spellings offered for the codes among ids that wait for one (GET /api/costcodes/latin). */
export function getLatinOffers(ids: readonly string[]): Promise<{ offers: Record<string, LatinSpelling[]> }> {
  const p = new URLSearchParams();
  for (const id of ids) p.append('id', id);
  return request('GET', `/api/costcodes/latin?${p.toString()}`);
}

/** "Use the Latin spelling": sends the codes spelt so (POST /api/costcodes/accept-spelling). */
export function acceptLatinSpelling(ids: readonly string[]): Promise<{ queued: string[]; failed: { id: string; message: string; fix?: string }[] }> {
  return request('POST', '/api/costcodes/accept-spelling', { ids });
}

/** What accepting sends, in words: `the description “Бетонные работы” as “Betonnye raboty”`. */
export function latinWords(list: readonly LatinSpelling[]): string {
  return list.map((s) => `the ${s.field} “${s.text}” as “${s.latin}”`).join(' and ');
}
