import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import Nav from './Nav.svelte';
import { kindsStore } from '../lib/kinds.svelte';
import { sampleKinds } from '../test/helpers';

let app: Record<string, unknown> | null = null;

function render(props: { current: string; pending?: number | null }) {
  const target = document.createElement('div');
  document.body.append(target);
  app = mount(Nav, { target, props: props as never });
  flushSync();
  return target;
}

beforeEach(() => kindsStore.set(sampleKinds()));
afterEach(() => {
  kindsStore.reset();
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

describe('Nav', () => {
  it('lists every screen as a link in a labelled nav', () => {
    const el = render({ current: 'dashboard', pending: null });
    const nav = el.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Main');
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'Dashboard',
      'Approvals',
      'Cost codes',
      'Jobs',
      'Vendors',
      'Job costs',
      'Activity',
      'Settings',
      'Setup',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toContain('#/job-costs');
  });

  it("shows a kind's page only when the registry lists the kind", () => {
    kindsStore.set(sampleKinds().filter((k) => k.kind !== 'vendor'));
    const el = render({ current: 'dashboard', pending: null });
    const labels = () => [...el.querySelectorAll('a')].map((a) => a.textContent?.trim());
    expect(labels()).toEqual(['Dashboard', 'Approvals', 'Cost codes', 'Jobs', 'Job costs', 'Activity', 'Settings', 'Setup']);
    expect(el.querySelector('[data-testid="nav-vendors"]')).toBeNull();
    kindsStore.set(sampleKinds());
    flushSync();
    expect(el.querySelector('[data-testid="nav-vendors"]')?.getAttribute('href')).toBe('#/vendors');
  });

  it('marks only the current page with aria-current', () => {
    const el = render({ current: 'settings', pending: null });
    const current = [...el.querySelectorAll('a[aria-current]')];
    expect(current).toHaveLength(1);
    expect(current[0].getAttribute('aria-current')).toBe('page');
    expect(current[0].textContent?.trim()).toBe('Settings');
  });

  it('shows no badge when the count is not known (null), and no tooltip: help that cannot be reached by keyboard', () => {
    const el = render({ current: 'dashboard', pending: null });
    expect(el.querySelector('.badge')).toBeNull();
    const approvals = el.querySelector('[data-testid="nav-approvals"]')!;
    expect(approvals.hasAttribute('title')).toBe(false);
  });

  it('shows no badge for zero waiting items', () => {
    const el = render({ current: 'dashboard', pending: 0 });
    expect(el.querySelector('.badge')).toBeNull();
    expect(el.querySelector('[data-testid="nav-approvals"]')!.hasAttribute('title')).toBe(false);
  });

  it('shows the count with an accessible label when items are waiting', () => {
    const el = render({ current: 'approvals', pending: 3 });
    const badge = el.querySelector('[data-testid="approvals-badge"]')!;
    expect(badge).not.toBeNull();
    expect(badge.textContent?.trim()).toBe('3');
    expect(badge.getAttribute('aria-label')).toBe('3 documents waiting for a decision');
    expect(badge.getAttribute('role')).toBe('img');
    // the badge sits inside the Approvals link
    expect(badge.closest('a')?.getAttribute('href')).toBe('#/approvals');
  });
});
