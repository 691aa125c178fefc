import { afterEach, describe, expect, it, vi } from 'vitest';
import { KindsStore } from './kinds.svelte';
import { errorResponse, jsonResponse, mockFetch, sampleKinds } from '../test/helpers';

afterEach(() => vi.unstubAllGlobals());

describe('kinds store', () => {
  it('reads GET /api/kinds once, and answers labels, pages and direct-export choices from it', async () => {
    const fetch = mockFetch({ 'GET /api/kinds': () => jsonResponse({ kinds: sampleKinds() }) });
    const store = new KindsStore();
    expect(store.label('costcode')).toBe('Costcode'); // not read yet: the name
    await Promise.all([store.load(), store.load()]);
    await store.load();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.loaded).toBe(true);
    expect(store.list.map((k) => k.kind)).toEqual(['costcode', 'job', 'vendor']);
    expect(store.label('costcode')).toBe('Cost code');
    expect(store.label('vendor', true)).toBe('Vendors');
    expect(store.label('budget', true)).toBe('Budget'); // not registered: not built
    expect(store.get('job')?.page).toBe('jobs');
    expect(store.directExport.map((k) => k.kind)).toEqual(['costcode', 'job', 'vendor']);
    store.set(sampleKinds().map((k) => (k.kind === 'job' ? { ...k, directExport: '' } : k)));
    expect(store.directExport.map((k) => k.kind)).toEqual(['costcode', 'vendor']);
  });

  it('keeps the error of a failed read and tries again on the next load', async () => {
    let fail = true;
    const fetch = mockFetch({
      'GET /api/kinds': () => (fail ? errorResponse(500, 'boom', 'Joblink could not do that.') : jsonResponse({ kinds: sampleKinds() })),
    });
    const store = new KindsStore();
    await store.load();
    expect(store.loaded).toBe(false);
    expect(store.error?.message).toBe('Joblink could not do that.');
    fail = false;
    await store.load();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(store.loaded).toBe(true);
    expect(store.error).toBeNull();
    store.reset();
    expect(store.list).toEqual([]);
    expect(store.loaded).toBe(false);
  });

  it('takes a reply without a list as no kinds', async () => {
    mockFetch({ 'GET /api/kinds': () => jsonResponse({}) });
    const store = new KindsStore();
    await store.load();
    expect(store.loaded).toBe(true);
    expect(store.list).toEqual([]);
  });
});
