import { describe, expect, it, vi } from 'vitest';
import { ROUTES, hrefFor, labelFor, navRoutes, pageFromHash, queryFromHash, watchHash } from './router';
import { sampleKinds } from '../test/helpers';

describe('router', () => {
  it.each([
    ['#/dashboard', 'dashboard'],
    ['#/approvals', 'approvals'],
    ['#/cost-codes', 'cost-codes'],
    ['#/jobs', 'jobs'],
    ['#/vendors', 'vendors'],
    ['#/job-costs', 'job-costs'],
    ['#/activity', 'activity'],
    ['#/settings', 'settings'],
    ['#/Settings', 'settings'],
    ['#/jobs/42', 'jobs'],
    ['#approvals', 'approvals'],
    ['#/setup', 'setup'],
    ['#/cost-codes?status=ready', 'cost-codes'],
  ])('%s → %s', (hash, page) => {
    expect(pageFromHash(hash)).toBe(page);
  });

  it.each(['', '#', '#/', '#/nope', '#token=abc', '#/../settings'])('unknown %j → dashboard', (hash) => {
    expect(pageFromHash(hash)).toBe('dashboard');
  });

  it('lists the screens in order with their labels, Setup last; kinds\' pages come from the registered kinds', () => {
    expect(ROUTES.map((r) => r.label)).toEqual(['Dashboard', 'Approvals', 'Job costs', 'Activity', 'Settings', 'Setup']);
    expect(navRoutes(sampleKinds()).map((r) => r.label)).toEqual([
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
    expect(navRoutes([])).toEqual(ROUTES);
    // no page of its own, a page this app does not have, a fixed screen, a page named twice: nothing added
    const odd = [
      { page: '', label: 'Payments' },
      { page: 'budgets', label: 'Budgets' },
      { page: 'settings', label: 'Not settings' },
      { page: 'jobs', label: 'Jobs' },
      { page: 'jobs', label: 'Jobs again' },
    ];
    expect(navRoutes(odd).map((r) => r.label)).toEqual(['Dashboard', 'Approvals', 'Jobs', 'Job costs', 'Activity', 'Settings', 'Setup']);
    expect(hrefFor('job-costs')).toBe('#/job-costs');
    expect(hrefFor('cost-codes', { status: 'ready' })).toBe('#/cost-codes?status=ready');
    expect(labelFor('cost-codes', sampleKinds())).toBe('Cost codes');
    expect(labelFor('activity')).toBe('Activity');
  });

  it('reads the query part of a hash', () => {
    expect(queryFromHash('#/cost-codes?status=ready&q=01-').get('status')).toBe('ready');
    expect(queryFromHash('#/cost-codes?status=ready&q=01-').get('q')).toBe('01-');
    expect(queryFromHash('#/cost-codes').get('status')).toBeNull();
  });

  it('watchHash reports hash changes until stopped', async () => {
    const seen = vi.fn();
    const stop = watchHash(seen);
    location.hash = '#/vendors';
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveBeenCalledWith('#/vendors');
    stop();
    location.hash = '#/jobs';
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
