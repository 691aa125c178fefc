// Words for the Procore part of the status (the Dashboard's Procore card).

import type { SyncStatus } from './api';
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
