// The kinds of record Joblink syncs, read once from GET /api/kinds after sign-in. The navigation,
// the Activity filter and sentences, Approvals and the setup wizard read kinds from here only:
// a kind that is not built is not registered on the server, so it appears nowhere.

import { getKinds, toApiError, type ApiError, type KindInfo, type WorkKind } from './api';

export class KindsStore {
  /** The registered kinds, in export order; empty until loaded. */
  list = $state<KindInfo[]>([]);
  /** True once the list was read. */
  loaded = $state(false);
  /** Why the last read failed, or null. */
  error = $state<ApiError | null>(null);

  #loading: Promise<void> | null = null;

  /** Reads the kinds unless they were read already (or are being read); after a failure the next call tries again. */
  load(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    this.#loading ??= this.#read().finally(() => (this.#loading = null));
    return this.#loading;
  }

  async #read(): Promise<void> {
    try {
      const r = await getKinds();
      this.set(Array.isArray(r?.kinds) ? r.kinds : []);
    } catch (e) {
      this.error = toApiError(e);
    }
  }

  /** Takes a list as read (also for tests). */
  set(list: KindInfo[]): void {
    this.list = list;
    this.loaded = true;
    this.error = null;
  }

  get(kind: WorkKind): KindInfo | undefined {
    return this.list.find((k) => k.kind === kind);
  }

  /** "Cost code", or "Cost codes" in the plural. A kind not registered (an old entry) shows its name, capitalised. */
  label(kind: WorkKind, plural = false): string {
    const k = this.get(kind);
    if (k) return plural ? k.label : k.one;
    return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : 'Item';
  }

  /** The kinds setup offers to send to QuickBooks without approval, in export order. */
  get directExport(): KindInfo[] {
    return this.list.filter((k) => k.directExport);
  }

  /** For tests: forget everything. */
  reset(): void {
    this.list = [];
    this.loaded = false;
    this.error = null;
    this.#loading = null;
  }
}

export const kindsStore = new KindsStore();
