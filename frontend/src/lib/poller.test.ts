import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoller, type VisibilitySource } from './poller';

class FakeVisibility implements VisibilitySource {
  hidden = false;
  #listeners = new Set<() => void>();
  addEventListener(_t: 'visibilitychange', l: () => void) {
    this.#listeners.add(l);
  }
  removeEventListener(_t: 'visibilitychange', l: () => void) {
    this.#listeners.delete(l);
  }
  set(hidden: boolean) {
    this.hidden = hidden;
    this.#listeners.forEach((l) => l());
  }
  get listenerCount() {
    return this.#listeners.size;
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('poller', () => {
  it('runs at once and then every interval', async () => {
    const task = vi.fn(async () => {});
    const p = createPoller(task, 5000, new FakeVisibility());
    p.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(4999);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(task).toHaveBeenCalledTimes(4);
    p.stop();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(task).toHaveBeenCalledTimes(4);
  });

  it('keeps polling after a failing task', async () => {
    const task = vi.fn(async () => {
      throw new Error('boom');
    });
    const p = createPoller(task, 1000, new FakeVisibility());
    p.start();
    await vi.advanceTimersByTimeAsync(2000);
    expect(task).toHaveBeenCalledTimes(3);
    p.stop();
  });

  it('pauses while hidden and runs at once when shown again', async () => {
    const vis = new FakeVisibility();
    const task = vi.fn(async () => {});
    const p = createPoller(task, 5000, vis);
    p.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(task).toHaveBeenCalledTimes(1);
    vis.set(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(task).toHaveBeenCalledTimes(1);
    vis.set(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(task).toHaveBeenCalledTimes(3);
    p.stop();
    expect(vis.listenerCount).toBe(0);
  });

  it('does not start while hidden', async () => {
    const vis = new FakeVisibility();
    vis.hidden = true;
    const task = vi.fn(async () => {});
    const p = createPoller(task, 5000, vis);
    p.start();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(task).not.toHaveBeenCalled();
    p.stop();
  });

  it('never runs two tasks at once', async () => {
    let resolve!: () => void;
    const task = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    const p = createPoller(task, 1000, new FakeVisibility());
    p.start();
    void p.poke();
    await vi.advanceTimersByTimeAsync(5000);
    expect(task).toHaveBeenCalledTimes(1);
    resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(2);
    p.stop();
  });
});

describe('poller poked while it runs', () => {
  it('runs the task once more right after the run under way (a search typed meanwhile is not lost)', async () => {
    const asked: string[] = [];
    let query = 'old';
    const resolvers: (() => void)[] = [];
    const task = vi.fn(() => {
      asked.push(query);
      return new Promise<void>((r) => resolvers.push(r));
    });
    const p = createPoller(task, 15_000, new FakeVisibility());
    p.start();
    await vi.advanceTimersByTimeAsync(0);
    query = 'new';
    let done = false;
    void p.poke().then(() => (done = true));
    void p.poke(); // twice: still one more run
    resolvers[0]();
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toEqual(['old', 'new']);
    expect(done).toBe(false); // the poke waits for the run that asked for it
    resolvers[1]();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    await vi.advanceTimersByTimeAsync(14_999);
    expect(task).toHaveBeenCalledTimes(2);
    p.stop();
  });
});

describe('poller with a changing interval', () => {
  it('asks for the interval after each run', async () => {
    let fast = true;
    const task = vi.fn(async () => {});
    const p = createPoller(task, () => (fast ? 3000 : 10_000), new FakeVisibility());
    p.start();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(3000);
    expect(task).toHaveBeenCalledTimes(2);
    fast = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(task).toHaveBeenCalledTimes(3); // the interval chosen before the change still applies once
    await vi.advanceTimersByTimeAsync(9999);
    expect(task).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(4);
    p.stop();
  });
});
