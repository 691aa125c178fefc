// Runs a task now and then every `intervalMs` after it finishes (never two at
// once), pausing while the page is hidden and running at once when it shows again.
// `intervalMs` may be a function: it is asked again after each run (e.g. faster while work is under way).

export interface VisibilitySource {
  readonly hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface Poller {
  start(): void;
  stop(): void;
  /** Runs the task now (unless it is already running) and restarts the interval. */
  poke(): Promise<void>;
  readonly running: boolean;
}

export function createPoller(
  task: () => Promise<void>,
  intervalMs: number | (() => number),
  visibility: VisibilitySource | null = typeof document !== 'undefined' ? document : null,
): Poller {
  let active = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const schedule = () => {
    clear();
    if (!active || visibility?.hidden) return;
    timer = setTimeout(() => void run(), typeof intervalMs === 'function' ? intervalMs() : intervalMs);
  };

  const run = (): Promise<void> => {
    if (inFlight) return inFlight;
    clear();
    inFlight = (async () => {
      try {
        await task();
      } catch {
        // the task reports its own errors
      } finally {
        inFlight = null;
        schedule();
      }
    })();
    return inFlight;
  };

  const onVisibility = () => {
    if (!active) return;
    if (visibility?.hidden) clear();
    else void run();
  };

  return {
    start() {
      if (active) return;
      active = true;
      visibility?.addEventListener('visibilitychange', onVisibility);
      if (!visibility?.hidden) void run();
    },
    stop() {
      active = false;
      clear();
      visibility?.removeEventListener('visibilitychange', onVisibility);
    },
    poke: run,
    get running() {
      return active;
    },
  };
}
