// The Dashboard's "Sync now" and "Pause / Resume syncing" buttons.

import { setSyncPaused, syncNow, toApiError, type ApiError } from './api';
import { statusStore } from './status.svelte';

export class SyncControls {
  busy = $state<'' | 'now' | 'pause'>('');
  error = $state<ApiError | null>(null);
  notice = $state('');

  async syncNow(): Promise<void> {
    if (this.busy) return;
    this.busy = 'now';
    this.error = null;
    this.notice = '';
    try {
      await syncNow();
      this.notice = 'Joblink is checking Procore now.';
      await statusStore.poke();
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.busy = '';
    }
  }

  async setPaused(paused: boolean): Promise<void> {
    if (this.busy) return;
    this.busy = 'pause';
    this.error = null;
    this.notice = '';
    try {
      await setSyncPaused(paused);
      this.notice = paused ? 'Syncing is paused. Nothing is read from or sent to Procore until you resume.' : 'Syncing is on again.';
      await statusStore.poke();
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.busy = '';
    }
  }
}
