// Words for the Procore part of the status (the Dashboard's Procore card).

import type { SyncCalls, SyncStatus } from './api';
import { formatWhenCapitalized, type Tone } from './format';

export type ProcoreState = 'not-connected' | 'paused' | 'polling' | 'problem' | 'connected';

export function procoreState(sync: SyncStatus): ProcoreState {
  if (!sync.procore?.connected) return 'not-connected';
  if (sync.problem) return 'problem';
  if (sync.paused) return 'paused';
  if (sync.polling) return 'polling';
  return 'connected';
}

export function procoreStateLabel(state: ProcoreState): string {
  switch (state) {
    case 'not-connected':
      return 'Not connected';
    case 'problem':
      return 'Needs attention';
    case 'paused':
      return 'Syncing paused';
    case 'polling':
      return 'Checking Procore…';
    default:
      return 'Connected';
  }
}

export function procoreStateTone(state: ProcoreState): Tone {
  switch (state) {
    case 'connected':
    case 'polling':
      return 'ok';
    case 'problem':
      return 'error';
    case 'paused':
      return 'warning';
    default:
      return 'neutral';
  }
}

export function formatLastPoll(value: string | null | undefined, now?: Date): string {
  return value ? formatWhenCapitalized(value, now) : 'Not yet';
}

export function formatNextPoll(sync: SyncStatus, now?: Date): string {
  if (!sync.procore?.connected) return 'After you sign in to Procore';
  if (sync.paused) return 'Paused – click Resume syncing';
  if (sync.polling) return 'Checking now';
  return sync.nextPollAt ? formatWhenCapitalized(sync.nextPollAt, now) : 'Soon';
}

/** The Procore request meter on the Procore card. */
export interface CallsView {
  /** "Procore requests this hour: 412 of 1,800" */
  label: string;
  /** The meter's text equivalent: "412 of 1,800 requests". */
  valueText: string;
  /** The meter: 0…max, value never beyond max (more may have been used), high marks the last tenth. */
  max: number;
  value: number;
  low: number;
  high: number;
  /** What the budget is, for the bookkeeper. */
  help: string;
  /** Reading waits for the budget. */
  waiting: boolean;
  /** What the budget means now and, when reading waits, until when ('' when nothing to say). */
  says: string;
}

/** The meter's words and figures; null before Joblink has read Procore once. */
export function callsView(calls: SyncCalls | null | undefined, locale?: string): CallsView | null {
  if (!calls || !Number.isFinite(calls.used) || !Number.isFinite(calls.budget)) return null;
  const used = Math.max(0, calls.used);
  const max = Math.max(1, calls.budget);
  const n = (v: number) => v.toLocaleString(locale);
  return {
    label: `Procore requests this hour: ${n(used)} of ${n(calls.budget)}`,
    valueText: `${n(used)} of ${n(calls.budget)} requests`,
    max,
    value: Math.min(used, max),
    low: Math.round(max * 0.75),
    high: Math.round(max * 0.9),
    help:
      `Regular reading stays within ${n(calls.budget)} requests an hour, the share of Procore's hourly limit chosen in Setup. ` +
      'The rest is kept for what you do yourself.',
    waiting: !!calls.waiting,
    says: (calls.says ?? '').trim(),
  };
}
