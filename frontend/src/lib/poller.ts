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
  /**
   * Runs the task now and restarts the interval; while it is running, once more right after
   * (what the poke asks for — a search just typed — may not be in the run under way).
   */
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
  let again = false; // poked during a run: run again when it ends

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
        if (again && active) {
          again = false;
          void run();
        } else schedule();
      }
    })();
    return inFlight;
  };

  const poke = (): Promise<void> => {
    if (!inFlight) return run();
    again = true;
    // The run under way's finally starts the next one: wait for that one too.
    return inFlight.then(() => inFlight ?? undefined);
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
    poke,
    get running() {
      return active;
    },
  };
}
