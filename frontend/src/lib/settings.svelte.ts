// The Settings page's state: load the settings and switch autostart on or off.

import { getSettings, setAutostart, toApiError, type ApiError, type Settings } from './api';

export class SettingsModel {
  settings = $state<Settings | null>(null);
  loading = $state(false);
  saving = $state(false);
  /** Error loading the settings. */
  loadError = $state<ApiError | null>(null);
  /** Error saving a change (shown next to the toggle). */
  saveError = $state<ApiError | null>(null);
  /** Set after a successful save, for a short "Saved" note. */
  savedAt = $state<Date | null>(null);

  async load(): Promise<void> {
    this.loading = true;
    try {
      this.settings = await getSettings();
      this.loadError = null;
    } catch (e) {
      this.loadError = toApiError(e);
    } finally {
      this.loading = false;
    }
  }

  /** Switches autostart; on failure the toggle returns to the server's value and the error is kept. */
  async setAutostart(enabled: boolean): Promise<void> {
    if (!this.settings || this.saving) return;
    const before = this.settings.autostart.enabled;
    this.settings.autostart.enabled = enabled; // show the change at once
    this.saving = true;
    this.saveError = null;
    this.savedAt = null;
    try {
      this.settings = await setAutostart(enabled);
      this.savedAt = new Date();
    } catch (e) {
      if (this.settings) this.settings.autostart.enabled = before;
      this.saveError = toApiError(e);
    } finally {
      this.saving = false;
    }
  }
}
