import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import StatusChips from './StatusChips.svelte';
import { sampleCounts } from '../test/helpers';
import type { WorkCounts } from '../lib/api';

let app: Record<string, unknown> | null = null;
afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

describe('StatusChips', () => {
  it("shows the chosen filter's meaning as text tied to the chips, with no tooltips", () => {
    const target = document.createElement('div');
    document.body.append(target);
    app = mount(StatusChips, { target, props: { counts: sampleCounts() as unknown as WorkCounts, current: 'attention', onselect: () => {} } });
    flushSync();
    expect(target.querySelectorAll('[title]')).toHaveLength(0);
    const help = target.querySelector('[data-testid="status-help"]')!;
    expect(help.textContent).toBe('QuickBooks refused it. Fix the problem shown, then export it again.');
    expect(target.querySelector('[data-testid="status-chips"]')?.getAttribute('aria-describedby')).toBe(help.id);
  });
});
