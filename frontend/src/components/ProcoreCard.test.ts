import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import ProcoreCard from './ProcoreCard.svelte';
import type { SyncStatus } from '../lib/api';
import { callsView } from '../lib/procore';
import { clearToken } from '../lib/token';
import { sampleSync } from '../test/helpers';
import { byId, render, text, unmountAll } from '../test/dom';

const NOW = new Date('2026-11-21T22:45:00Z');

function renderCard(sync: unknown) {
  const el = render(ProcoreCard, { sync: sync as SyncStatus, now: NOW });
  flushSync();
  return el;
}

const n = (v: number) => v.toLocaleString();

beforeEach(() => clearToken());
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

describe('ProcoreCard: Procore requests this hour', () => {
  it('shows the requests used of the hour’s budget with a labelled meter', () => {
    const el = renderCard(sampleSync({ calls: { used: 412, budget: 1800, waiting: false } }));
    expect(text(el, 'procore-calls-label')).toBe(`Procore requests this hour: 412 of ${n(1800)}`);
    const meter = byId(el, 'procore-calls-meter') as HTMLMeterElement;
    expect(meter.tagName).toBe('METER');
    expect(meter.min).toBe(0);
    expect(meter.max).toBe(1800);
    expect(meter.value).toBe(412);
    // named by the visible words, with a text equivalent and the help as its description
    const label = document.getElementById(meter.getAttribute('aria-labelledby')!);
    expect(label?.textContent).toBe(`Procore requests this hour: 412 of ${n(1800)}`);
    expect(meter.getAttribute('aria-valuetext')).toBe(`412 of ${n(1800)} requests`);
    expect(meter.textContent).toBe(`412 of ${n(1800)} requests`);
    const help = document.getElementById(meter.getAttribute('aria-describedby')!)?.textContent ?? '';
    expect(help).toContain(`within ${n(1800)} requests an hour`);
    expect(help).toContain('chosen in Setup');
    expect(byId(el, 'procore-calls-says')).toBeNull();
  });

  it('says that reading waits for the budget, and until when', () => {
    const says = "Joblink has used its share of Procore's requests for this hour (1,800 of 1,800): reading Procore waits until 23:05.";
    const el = renderCard(
      sampleSync({ calls: { used: 1950, budget: 1800, waiting: true, resumesAt: '2026-11-21T23:05:00Z', says } }),
    );
    expect(text(el, 'procore-calls-label')).toBe(`Procore requests this hour: ${n(1950)} of ${n(1800)}`);
    const meter = byId(el, 'procore-calls-meter') as HTMLMeterElement;
    expect(meter.value).toBe(1800); // full, never beyond
    expect(meter.getAttribute('aria-valuetext')).toBe(`${n(1950)} of ${n(1800)} requests`);
    const note = byId(el, 'procore-calls-says');
    expect(note?.textContent).toBe(says);
    expect(note?.getAttribute('role')).toBe('status');
    expect(note?.classList.contains('waiting')).toBe(true);
  });

  it('shows what was left for later without calling it waiting', () => {
    const says = '3 projects wait to be read in a later pass, so that reading stays spread over the hour.';
    const el = renderCard(sampleSync({ calls: { used: 90, budget: 1800, waiting: false, deferred: 3, says } }));
    expect(text(el, 'procore-calls-says')).toBe(says);
    expect(byId(el, 'procore-calls-says')?.classList.contains('waiting')).toBe(false);
  });

  it('shows no meter before Joblink has read Procore, nor when it is not signed in', () => {
    let el = renderCard(sampleSync({ calls: null }));
    expect(byId(el, 'procore-calls')).toBeNull();
    unmountAll();
    el = renderCard(sampleSync({ procore: { connected: false, company: null }, calls: { used: 5, budget: 1800, waiting: false } }));
    expect(byId(el, 'procore-calls')).toBeNull();
    expect(byId(el, 'procore-not-connected')).not.toBeNull();
  });
});

describe('callsView', () => {
  it('formats the figures in the given locale', () => {
    const v = callsView({ used: 412, budget: 1800, waiting: false }, 'en-US')!;
    expect(v.label).toBe('Procore requests this hour: 412 of 1,800');
    expect(v.valueText).toBe('412 of 1,800 requests');
    expect([v.max, v.value, v.low, v.high]).toEqual([1800, 412, 1350, 1620]);
    expect(v.says).toBe('');
    expect(v.waiting).toBe(false);
    expect(callsView(null)).toBeNull();
    expect(callsView(undefined)).toBeNull();
  });
});

describe('ProcoreCard: focus after an action', () => {
  // (The browser drops focus from a button that becomes disabled; jsdom does not, so the
  // browser case is checked in e2e/a11y.test.mjs.)
  it('moves focus to what happened when Sync now disables itself, and says it', async () => {
    const { mockFetch, jsonResponse, sampleStatus, settle } = await import('../test/helpers');
    mockFetch({
      'POST /api/sync/now': () => jsonResponse({ started: true }, 202),
      'GET /api/status': () => jsonResponse(sampleStatus({ sync: sampleSync() })),
    });
    const el = renderCard(sampleSync());
    const button = byId(el, 'sync-now') as HTMLButtonElement;
    button.focus();
    button.click();
    await settle();
    expect(document.activeElement).toBe(byId(el, 'sync-notice'));
    expect(text(el, 'sync-notice')).toBe('Joblink is checking Procore now.');
  });
});
