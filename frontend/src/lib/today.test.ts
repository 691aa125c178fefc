import { describe, expect, it } from 'vitest';
import { exportedTodayText, nextRunText, normalizeSummary, whatsNext, workLines } from './today';
import { sampleKinds, sampleQuickBooks, setupAt } from '../test/helpers';
import type { QuickBooksStatus, SetupState } from './api';

const qbAt = (lastContactAt: string | null) => sampleQuickBooks({ lastContactAt }) as unknown as QuickBooksStatus;

describe('today', () => {
  it('expects the next Web Connector run one interval after the last, and says when it is late', () => {
    const last = new Date('2026-11-24T10:00:00');
    expect(nextRunText(qbAt(last.toISOString()), 300, new Date('2026-11-24T10:01:00'))).toMatch(/^Around .*10:05.* \(every 5 minutes\)\.$/);
    expect(nextRunText(qbAt(last.toISOString()), 300, new Date('2026-11-24T10:07:00'))).toBe('Due now (every 5 minutes).');
    expect(nextRunText(qbAt(last.toISOString()), 300, new Date('2026-11-24T10:30:00'))).toMatch(/^Expected every 5 minutes, but none since .*10:00.*: check that QuickBooks and the Web Connector are open\.$/);
    expect(nextRunText(qbAt(null), 300, new Date())).toBeNull();
    expect(nextRunText(qbAt(last.toISOString()), 30, new Date('2026-11-24T10:00:10'))).toMatch(/every 30 seconds/);
  });

  it('reads an odd reply as nothing waiting, and a capped count as a floor', () => {
    const s = normalizeSummary({ kinds: 'no' as never });
    expect(s.decisions).toBe(0);
    expect(s.kinds).toEqual([]);
    expect(exportedTodayText(s)).toBe('Nothing exported yet today');
    expect(exportedTodayText(normalizeSummary({ exportedToday: 20000, exportedTodayCapped: true }))).toBe('At least 20,000 exported today');
  });

  it('lists only registered kinds, never records merely ready to export', () => {
    const s = normalizeSummary({
      kinds: [
        { kind: 'vendor', label: 'Vendors', approval: false, ready: 1597, attention: 0, retrying: 0, queued: 0, exportedToday: 0 },
        { kind: 'ghost', label: 'Ghosts', approval: true, ready: 4, attention: 1, retrying: 0, queued: 0, exportedToday: 0 },
      ],
    });
    expect(workLines(s, sampleKinds())).toEqual([]);
  });

  it('says records Procore links to another integration apart from those refused: one decision, in bulk', () => {
    const s = normalizeSummary({
      kinds: [{ kind: 'vendor', label: 'Vendors', approval: false, ready: 10, attention: 1372, linkedElsewhere: 1370, retrying: 0, queued: 0, exportedToday: 0 }],
    });
    const lines = workLines(s, sampleKinds());
    expect(lines.map((l) => l.text)).toEqual([
      'Vendors: 2 need your attention',
      'Vendors: 1,370 linked to another integration in Procore — decide once in bulk',
    ]);
    expect(lines.every((l) => l.href === '#/vendors?filter=conflicts')).toBe(true);
    // Only conflicts: no "need your attention" line at all; an older reply without the split reads as before.
    const only = normalizeSummary({ kinds: [{ ...s.kinds[0], attention: 1370 }] });
    expect(workLines(only, sampleKinds()).map((l) => l.text)).toEqual(['Vendors: 1,370 linked to another integration in Procore — decide once in bulk']);
    const old = normalizeSummary({ kinds: [{ ...s.kinds[0], linkedElsewhere: undefined }] });
    expect(workLines(old, sampleKinds()).map((l) => l.text)).toEqual(['Vendors: 1,372 need your attention']);
  });

  it("puts setup first in what's next, then the Web Connector's first contact", () => {
    const setup = setupAt('quickbooks') as unknown as SetupState;
    expect(whatsNext(setup, qbAt(null), null)?.text).toBe('Setup is not finished. Next: Choose QuickBooks accounts and items.');
    const done = setupAt('done', { completed: true }) as unknown as SetupState;
    const waiting = { ...qbAt(null), state: 'waiting' } as QuickBooksStatus;
    expect(whatsNext(done, waiting, null)?.action).toBe('Connect the Web Connector');
    expect(whatsNext(done, qbAt('2026-11-24T10:00:00Z'), normalizeSummary({ decisions: 0 }))).toBeNull();
  });
});
