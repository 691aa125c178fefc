import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activitySentence, approvalsHref, kindLabel } from './activity';
import { kindsStore } from './kinds.svelte';
import { formatNextPoll, procoreState, procoreStateLabel } from './procore';
import { sampleKinds, sampleSync } from '../test/helpers';
import type { SyncStatus } from './api';

describe('activity sentences', () => {
  beforeEach(() => kindsStore.set(sampleKinds()));
  afterEach(() => kindsStore.reset());

  it('says what happened in plain words, naming kinds as the registry does', () => {
    expect(activitySentence({ kind: 'costcode', title: '01-100', to: 'queued', who: 'Ann' })).toBe('Cost code 01-100 was queued for QuickBooks by Ann.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', to: 'synced', who: 'system' })).toBe('Cost code 01-100 is in QuickBooks.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', to: 'failed', who: '' })).toBe('Cost code 01-100 was refused by QuickBooks.');
    expect(activitySentence({ kind: 'vendor', title: 'Bay Electric', to: 'rejected', who: 'Ann' })).toBe('Vendor Bay Electric was rejected by Ann.');
    expect(activitySentence({ kind: 'costcode', title: '', to: 'sending', who: '' })).toBe('Cost code was sent to QuickBooks.');
    expect(kindLabel('job', true)).toBe('Jobs');
    // a kind the registry does not list (an old entry): its name
    expect(activitySentence({ kind: 'budget', title: 'B-1', to: 'synced', who: '' })).toBe('Budget B-1 is in QuickBooks.');
    expect(kindLabel('', true)).toBe('Item');
  });

  it("links approvals to the kind's own page filtered to Ready, and nowhere for a kind without one", () => {
    expect(approvalsHref('costcode')).toBe('#/cost-codes?status=ready');
    expect(approvalsHref('vendor')).toBe('#/vendors?status=ready');
    expect(approvalsHref('budget')).toBeNull();
    kindsStore.set([...sampleKinds(), { ...sampleKinds()[0], kind: 'budget', page: 'budgets' }]);
    expect(approvalsHref('budget')).toBeNull(); // a page this app does not have
  });
});

describe('Procore card words', () => {
  const s = (o: Record<string, unknown> = {}) => sampleSync(o) as unknown as SyncStatus;
  it('names the state', () => {
    expect(procoreStateLabel(procoreState(s()))).toBe('Connected');
    expect(procoreStateLabel(procoreState(s({ paused: true })))).toBe('Syncing paused');
    expect(procoreStateLabel(procoreState(s({ polling: true })))).toBe('Checking Procore…');
    expect(procoreStateLabel(procoreState(s({ problem: { message: 'x', fix: 'y' } })))).toBe('Needs attention');
    expect(procoreStateLabel(procoreState(s({ procore: { connected: false, company: null } })))).toBe('Not connected');
  });

  it('says when the next check is', () => {
    expect(formatNextPoll(s({ paused: true }))).toBe('Paused – click Resume syncing');
    expect(formatNextPoll(s({ nextPollAt: null }))).toBe('Soon');
    expect(formatNextPoll(s({ procore: { connected: false, company: null } }))).toBe('After you sign in to Procore');
  });
});
