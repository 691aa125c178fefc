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
    expect(activitySentence({ kind: 'costcode', title: '01-100', from: 'waiting', to: 'queued', who: 'Ann' })).toBe('Cost code 01-100 was accepted for export to QuickBooks by Ann.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', from: 'sent', to: 'synced', who: 'QuickBooks' })).toBe('Cost code 01-100 was exported to QuickBooks.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', from: 'sent', to: 'failed', who: 'QuickBooks' })).toBe('Cost code 01-100 was refused by QuickBooks.');
    expect(activitySentence({ kind: 'costcode', title: '', to: 'sending', who: '' })).toBe('Cost code was sent to QuickBooks.');
    expect(kindLabel('job', true)).toBe('Jobs');
    // a kind the registry does not list (an old entry): its name
    expect(activitySentence({ kind: 'budget', title: 'B-1', from: 'sent', to: 'synced', who: '' })).toBe('Budget B-1 was exported to QuickBooks.');
    expect(kindLabel('', true)).toBe('Item');
  });

  it('never says "rejected" or "tried again" for what was skipped or exported the first time', () => {
    // A vendor set aside on its own page was skipped; only a document decided on Approvals is rejected.
    expect(activitySentence({ kind: 'vendor', title: 'Bay Electric', from: 'waiting', to: 'rejected', who: 'Ann' })).toBe('Vendor Bay Electric was skipped by Ann.');
    kindsStore.set([...sampleKinds(), { ...sampleKinds()[0], kind: 'budget', label: 'Budgets', one: 'Budget', approval: true, page: '' }]);
    expect(activitySentence({ kind: 'budget', title: 'B-1', from: 'waiting', to: 'rejected', who: 'Ann' })).toBe('Budget B-1 was rejected by Ann.');
    expect(activitySentence({ kind: 'budget', title: 'B-1', from: 'detected', to: 'waiting', who: 'Procore' })).toBe('Budget B-1 is waiting for a decision.');
    // Stopped by Joblink's own check before it was sent, then exported: a first export.
    expect(activitySentence({ kind: 'costcode', title: '01-100', from: 'detected', to: 'failed', who: 'Joblink' })).toBe('Cost code 01-100 needs a fix before it can be exported.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', from: 'failed', to: 'queued', who: 'Ann', message: 'Accepted for export.' })).toBe('Cost code 01-100 was accepted for export to QuickBooks by Ann.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', from: 'failed', to: 'queued', who: 'Ann', message: 'Export tried again.' })).toBe('Cost code 01-100 will be sent to QuickBooks again by Ann.');
    // Found already linked, or linked by the bookkeeper: linked, not exported.
    expect(activitySentence({ kind: 'job', title: 'Harbor Point', from: 'detected', to: 'synced', who: 'Procore' })).toBe('Job Harbor Point was linked to a QuickBooks record.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', from: 'detected', to: 'waiting', who: 'Procore' })).toBe('Cost code 01-100 is ready to export.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', from: 'rejected', to: 'waiting', who: 'Ann' })).toBe('Cost code 01-100 was reopened by Ann.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', from: 'waiting', to: 'rejected', who: 'bookkeeper' })).toBe('Cost code 01-100 was skipped by you.');
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
