import { describe, expect, it } from 'vitest';
import type { WorkItem } from './api';
import {
  STATUS_CHIPS,
  canExport,
  canReject,
  canReopen,
  checkRejectComment,
  emptyReason,
  itemMessage,
  statusHelp,
  parseStatusFilter,
  pollInterval,
  pruneSelection,
  runPercent,
  runSentence,
  selectAllState,
  selectedWhere,
  statusLabel,
  statusTone,
  visibleChips,
  toggleAllVisible,
} from './work';
import { sampleCounts, workItem } from '../test/helpers';

const items = [workItem('1', 'ready'), workItem('2', 'attention'), workItem('3', 'rejected'), workItem('4', 'synced')] as WorkItem[];

describe('cost-code statuses', () => {
  it('offers the nine filter chips in order', () => {
    expect(STATUS_CHIPS.map((c) => c.label)).toEqual(['All', 'Ready', 'Queued', 'Waiting for another record', 'Sending', 'Synced', 'Needs attention', 'Retrying', 'Rejected']);
  });

  it('reads the filter from the address, unknown values meaning All', () => {
    expect(parseStatusFilter('ready')).toBe('ready');
    expect(parseStatusFilter('Attention')).toBe('attention');
    expect(parseStatusFilter('nope')).toBe('');
    expect(parseStatusFilter(null)).toBe('');
  });

  it('labels and colours statuses', () => {
    expect(statusLabel('attention')).toBe('Needs attention');
    expect(statusLabel('sending')).toBe('Sending');
    expect(statusLabel('odd')).toBe('Odd');
    expect(statusTone('synced')).toBe('ok');
    expect(statusTone('attention')).toBe('error');
    expect(statusTone('retrying')).toBe('warning');
    expect(statusTone('ready')).toBe('neutral');
  });

  it('knows which items each action applies to', () => {
    expect(items.filter(canExport).map((i) => i.id)).toEqual(['costcode/1', 'costcode/2']);
    expect(items.filter(canReject).map((i) => i.id)).toEqual(['costcode/1', 'costcode/2']);
    expect(items.filter(canReopen).map((i) => i.id)).toEqual(['costcode/3']);
    const sel = new Set(['costcode/1', 'costcode/3', 'costcode/4']);
    expect(selectedWhere(items, sel, canExport)).toEqual(['costcode/1']);
  });
});

describe('selection', () => {
  it('selects all visible, then clears them', () => {
    expect(selectAllState(items, new Set())).toBe('none');
    expect(selectAllState(items, new Set(['costcode/1']))).toBe('some');
    const all = toggleAllVisible(items, new Set(['costcode/1']));
    expect(all.size).toBe(4);
    expect(selectAllState(items, all)).toBe('all');
    expect(toggleAllVisible(items, all).size).toBe(0);
    expect(selectAllState([], new Set())).toBe('none');
  });

  it('forgets selected ids that are no longer listed', () => {
    expect([...pruneSelection(items.slice(0, 2), new Set(['costcode/1', 'costcode/4']))]).toEqual(['costcode/1']);
  });
});

describe('runs and polling', () => {
  it('polls every 3 s during a run, else every 10 s', () => {
    expect(pollInterval({ active: true, sent: 0, done: 0, total: 3, startedAt: null })).toBe(3000);
    expect(pollInterval({ active: false, sent: 0, done: 0, total: 0, startedAt: null })).toBe(10_000);
    expect(pollInterval(null)).toBe(10_000);
  });

  it('describes progress', () => {
    const run = { active: true, sent: 3, done: 5, total: 12, startedAt: null };
    expect(runPercent(run)).toBe(42);
    expect(runSentence(run)).toBe('Exporting 12 cost codes: 5 done, 3 sent to QuickBooks, 4 waiting for the Web Connector.');
    expect(runSentence({ ...run, sent: 0, done: 1, total: 1 })).toBe('Exporting 1 cost code: 1 done.');
    expect(runPercent({ ...run, total: 0 })).toBe(0);
  });
});

describe('messages', () => {
  it('shows the QuickBooks message, a rejection comment, or notes', () => {
    expect(itemMessage(items[1])).toBe('The name "01-100" of the list element is already in use.');
    expect(itemMessage({ ...items[2], comment: 'Not ours' })).toBe('Rejected: Not ours');
    expect(itemMessage({ ...items[0], notes: ['É was sent as E.'] })).toBe('É was sent as E.');
    expect(itemMessage(items[0])).toBe('');
  });

  it('says what a waiting item waits for, with its status explained', () => {
    const says = 'Waiting for purchase order SC-014 to reach QuickBooks.';
    expect(itemMessage({ ...items[0], status: 'waiting', waitingFor: says })).toBe(says);
    expect(statusLabel('waiting')).toBe('Waiting for another record');
    expect(statusHelp('waiting')).toContain('records it depends on');
  });

  it('shows the waiting chip only when something waits (or it is the filter)', () => {
    const counts = { all: 2, ready: 2, queued: 0, waiting: 0, sending: 0, synced: 0, attention: 0, retrying: 0, rejected: 0 };
    expect(visibleChips(counts, '').map((c) => c.status)).not.toContain('waiting');
    expect(visibleChips({ ...counts, waiting: 1 }, '').map((c) => c.status)).toContain('waiting');
    expect(visibleChips(counts, 'waiting').map((c) => c.status)).toContain('waiting');
  });

  it('asks for a rejection reason', () => {
    expect(checkRejectComment('  ')).toMatch(/^Write a short reason/);
    expect(checkRejectComment('x'.repeat(501))).toMatch(/under 500 characters/);
    expect(checkRejectComment('Duplicate of 01-100')).toBeNull();
  });

  it('explains an empty list', () => {
    expect(emptyReason(3, sampleCounts(), '', '', true)).toBeNull();
    expect(emptyReason(0, sampleCounts({ all: 0 }), '', '', false)?.kind).toBe('not-connected');
    expect(emptyReason(0, sampleCounts({ all: 0 }), '', '', true)?.kind).toBe('none');
    expect(emptyReason(0, sampleCounts(), 'retrying', '', true)?.message).toBe('No cost codes are marked "Retrying" right now.');
    expect(emptyReason(0, sampleCounts(), '', '99-', true)?.message).toBe('No cost codes match "99-".');
    expect(emptyReason(0, sampleCounts(), 'ready', '99-', true)?.message).toBe('No cost codes marked "Ready" match "99-".');
  });
});
