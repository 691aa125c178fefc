import { describe, expect, it, vi } from 'vitest';
import { ROUTES, hrefFor, labelFor, pageFromHash, watchHash } from './router';

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
  ])('%s → %s', (hash, page) => {
    expect(pageFromHash(hash)).toBe(page);
  });

  it.each(['', '#', '#/', '#/nope', '#token=abc', '#/../settings'])('unknown %j → dashboard', (hash) => {
    expect(pageFromHash(hash)).toBe('dashboard');
  });

  it('lists the eight screens in order with their labels', () => {
    expect(ROUTES.map((r) => r.label)).toEqual([
      'Dashboard',
      'Approvals',
      'Cost codes',
      'Jobs',
      'Vendors',
      'Job costs',
      'Activity',
      'Settings',
    ]);
    expect(hrefFor('job-costs')).toBe('#/job-costs');
    expect(labelFor('cost-codes')).toBe('Cost codes');
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
