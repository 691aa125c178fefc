import { describe, expect, it } from 'vitest';
import type { QuickBooksStatus } from './api';
import {
  countryLabel,
  formatCount,
  formatLastContact,
  formatRefreshed,
  listsWithProblems,
  passwordLabel,
  productLabel,
  qbCardTone,
  qbStateLabel,
  qbStateTone,
} from './quickbooks';
import { sampleQuickBooks } from '../test/helpers';

const qb = (overrides: Record<string, unknown> = {}) => sampleQuickBooks(overrides) as QuickBooksStatus;
const problem = { message: 'QuickBooks refused the request.', fix: 'Open the company file as Admin.' };

describe('QuickBooks state', () => {
  it('says the state in words with a tone', () => {
    expect(qbStateLabel('waiting')).toBe('Waiting for the Web Connector');
    expect(qbStateTone('waiting')).toBe('neutral');
    expect(qbStateLabel('connected')).toBe('Connected');
    expect(qbStateTone('connected')).toBe('ok');
    expect(qbStateLabel('problem')).toBe('Needs attention');
    expect(qbStateTone('problem')).toBe('error');
    expect(qbStateLabel('syncing')).toBe('Syncing');
    expect(qbStateTone('syncing')).toBe('warning');
    expect(qbStateLabel('')).toBe('Unknown');
  });

  it('colours the card by the worst problem', () => {
    expect(qbCardTone(qb())).toBe('neutral');
    expect(qbCardTone(qb({ state: 'waiting' }))).toBe('neutral');
    expect(qbCardTone(qb({ state: 'problem', problem }))).toBe('error');
    expect(qbCardTone(qb({ state: 'connected', problem }))).toBe('error');
    const lists = qb().lists.map((l, i) => (i === 1 ? { ...l, problem } : l));
    expect(qbCardTone(qb({ lists }))).toBe('warning');
    expect(listsWithProblems(lists).map((l) => l.kind)).toEqual(['item']);
    expect(listsWithProblems(undefined)).toEqual([]);
  });
});

describe('QuickBooks words', () => {
  it('names the country', () => {
    expect(countryLabel('US')).toBe('United States');
    expect(countryLabel('us')).toBe('United States');
    expect(countryLabel('CA')).toBe('Canada');
    expect(countryLabel('UK')).toBe('UK');
    expect(countryLabel('')).toBe('Unknown');
    expect(countryLabel(null)).toBe('Unknown');
  });

  it('joins product and version', () => {
    expect(productLabel({ product: 'QuickBooks Enterprise Solutions: Contractor 24.0', version: '34.0' })).toBe(
      'QuickBooks Enterprise Solutions: Contractor 24.0 (version 34.0)',
    );
    expect(productLabel({ product: 'QuickBooks Pro 2024', version: '' })).toBe('QuickBooks Pro 2024');
    expect(productLabel({ product: '', version: '34.0' })).toBe('QuickBooks (version 34.0)');
    expect(productLabel({ product: '', version: '' })).toBe('Unknown');
    expect(productLabel(null)).toBe('Unknown');
  });

  it('says whether the password is set', () => {
    expect(passwordLabel(true)).toBe('Set');
    expect(passwordLabel(false)).toBe('Not set yet');
    expect(passwordLabel(undefined)).toBe('Not set yet');
  });

  it('describes the last contact and list refreshes relative to now', () => {
    const now = new Date(2026, 10, 21, 22, 45);
    const at = new Date(2026, 10, 21, 22, 40, 5).toISOString();
    expect(formatLastContact(at, now, 'en-US')).toMatch(/^Today at 10:40\sPM$/);
    expect(formatLastContact(new Date(2026, 10, 20, 9, 0).toISOString(), now, 'en-GB')).toBe('Yesterday at 09:00');
    expect(formatLastContact(null, now)).toBe('No contact yet');
    expect(formatRefreshed(at, now, 'en-GB')).toBe('Today at 22:40');
    expect(formatRefreshed(null, now)).toBe('Not yet');
    expect(formatRefreshed('', now)).toBe('Not yet');
  });

  it('formats counts', () => {
    expect(formatCount(0, 'en-US')).toBe('0');
    expect(formatCount(21, 'en-US')).toBe('21');
    expect(formatCount(12345, 'en-US')).toBe('12,345');
    expect(formatCount(null)).toBe('Unknown');
    expect(formatCount(Number.NaN)).toBe('Unknown');
    expect(formatCount(-1)).toBe('Unknown');
  });
});
