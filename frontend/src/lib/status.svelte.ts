// Joblink's live status, shared by the dashboard, the nav badge and the footer.
// Polled every 5 s while the page is visible.

import { getStatus, toApiError, type ApiError, type Status } from './api';
import { createPoller, type Poller, type VisibilitySource } from './poller';

export const STATUS_POLL_MS = 5000;

export class StatusStore {
  /** The last status received; kept when a later poll fails. */
  current = $state<Status | null>(null);
  /** The error of the last poll, or null when it succeeded. */
  error = $state<ApiError | null>(null);
  /** When contact was lost (first failed poll after a success), or null. */
  lostAt = $state<Date | null>(null);
  /** When the last poll finished (success or not). */
  checkedAt = $state<Date | null>(null);

  #poller: Poller;

  constructor(intervalMs = STATUS_POLL_MS, visibility?: VisibilitySource | null) {
    this.#poller = createPoller(() => this.refresh(), intervalMs, visibility);
  }

  /** True once the first answer (or failure) came back. */
  get checked(): boolean {
    return this.checkedAt !== null;
  }

  async refresh(): Promise<void> {
    try {
      const status = await getStatus();
      this.current = status;
      this.error = null;
      this.lostAt = null;
    } catch (e) {
      const err = toApiError(e);
      this.error = err;
      if (!err.unauthorized && this.lostAt === null) this.lostAt = new Date();
    } finally {
      this.checkedAt = new Date();
    }
  }

  start(): void {
    this.#poller.start();
  }

  stop(): void {
    this.#poller.stop();
  }

  /** Ask again now (e.g. after signing in or from a "Try again" button). */
  poke(): Promise<void> {
    return this.#poller.poke();
  }

  /** For tests: forget everything. */
  reset(): void {
    this.stop();
    this.current = null;
    this.error = null;
    this.lostAt = null;
    this.checkedAt = null;
  }
}

export const statusStore = new StatusStore();
