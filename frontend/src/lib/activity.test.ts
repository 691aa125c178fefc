import { describe, expect, it } from 'vitest';
import { activitySentence, approvalsHref, kindLabel } from './activity';
import { formatNextPoll, procoreState, procoreStateLabel } from './procore';
import { sampleSync } from '../test/helpers';
import type { SyncStatus } from './api';

describe('activity sentences', () => {
  it('says what happened in plain words', () => {
    expect(activitySentence({ kind: 'costcode', title: '01-100', to: 'queued', who: 'Ann' })).toBe('Cost code 01-100 was queued for QuickBooks by Ann.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', to: 'synced', who: 'system' })).toBe('Cost code 01-100 is in QuickBooks.');
    expect(activitySentence({ kind: 'costcode', title: '01-100', to: 'failed', who: '' })).toBe('Cost code 01-100 was refused by QuickBooks.');
    expect(activitySentence({ kind: 'invoice', title: 'INV-7', to: 'rejected', who: 'Ann' })).toBe('Subcontractor invoice INV-7 was rejected by Ann.');
    expect(activitySentence({ kind: 'costcode', title: '', to: 'sending', who: '' })).toBe('Cost code was sent to QuickBooks.');
    expect(kindLabel('changeorder', true)).toBe('Change orders');
  });

  it('links cost-code approvals to the Cost codes page filtered to Ready', () => {
    expect(approvalsHref('costcode')).toBe('#/cost-codes?status=ready');
    expect(approvalsHref('budget')).toBeNull();
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
