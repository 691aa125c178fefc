import { describe, expect, it } from 'vitest';
import {
  approvalsBadgeLabel,
  count,
  formatBytes,
  formatClock,
  formatLastBackup,
  formatWhen,
  formatWhenCapitalized,
  modeLabel,
  pathParts,
  showApprovalsBadge,
  storeStateLabel,
  storeStateTone,
} from './format';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [512, '512 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [12345, '12.1 KB'],
    [123456, '121 KB'],
    [1048576, '1 MB'],
    [5.25 * 1024 * 1024, '5.3 MB'],
    [150 * 1024 * 1024, '150 MB'],
    [3 * 1024 ** 3, '3 GB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('says Unknown for missing or bad values', () => {
    expect(formatBytes(null)).toBe('Unknown');
    expect(formatBytes(undefined)).toBe('Unknown');
    expect(formatBytes(-1)).toBe('Unknown');
    expect(formatBytes(Number.NaN)).toBe('Unknown');
  });
});

describe('relative times', () => {
  const now = new Date(2026, 10, 21, 22, 45); // 21 Nov 2026, 22:45 local time

  it('formats the clock in the given locale', () => {
    const t = new Date(2026, 10, 21, 22, 30);
    expect(formatClock(t, 'en-GB')).toBe('22:30');
    expect(formatClock(t, 'en-US')).toMatch(/^10:30\sPM$/);
    expect(formatClock(new Date(2026, 10, 21, 8, 5), 'en-US')).toMatch(/^8:05\sAM$/);
    expect(formatClock(new Date(2026, 10, 21, 8, 5), 'en-GB')).toBe('08:05');
  });

  it('says today / yesterday / a date', () => {
    expect(formatWhen(new Date(2026, 10, 21, 22, 30), now, 'en-GB')).toBe('today at 22:30');
    expect(formatWhen(new Date(2026, 10, 21, 0, 5), now, 'en-GB')).toBe('today at 00:05');
    expect(formatWhen(new Date(2026, 10, 20, 23, 59), now, 'en-GB')).toBe('yesterday at 23:59');
    expect(formatWhen(new Date(2026, 10, 19, 8, 0), now, 'en-GB')).toBe('on 19 Nov at 08:00');
    expect(formatWhen(new Date(2025, 11, 31, 9, 15), now, 'en-GB')).toBe('on 31 Dec 2025 at 09:15');
  });

  it('accepts ISO strings and rejects garbage', () => {
    const iso = new Date(2026, 10, 21, 22, 30).toISOString();
    expect(formatWhen(iso, now, 'en-GB')).toBe('today at 22:30');
    expect(formatWhen('not a date', now)).toBe('Unknown');
    expect(formatWhen(null, now)).toBe('Unknown');
    expect(formatWhenCapitalized(iso, now, 'en-GB')).toBe('Today at 22:30');
  });

  it('says "No backup yet" when there is no backup', () => {
    expect(formatLastBackup(null, now)).toBe('No backup yet');
    expect(formatLastBackup('', now)).toBe('No backup yet');
    expect(formatLastBackup(new Date(2026, 10, 20, 7, 0).toISOString(), now, 'en-GB')).toBe('Yesterday at 07:00');
  });
});

describe('words', () => {
  it('describes the run mode', () => {
    expect(modeLabel('tray')).toBe('Running in the system tray');
    expect(modeLabel('headless')).toBe('Running without a window (headless)');
    expect(modeLabel('demo')).toBe('Running (demo)');
  });

  it('describes the database state', () => {
    expect(storeStateLabel('ok')).toBe('Working normally');
    expect(storeStateTone('ok')).toBe('ok');
    expect(storeStateLabel('error')).toBe('Problem');
    expect(storeStateTone('error')).toBe('error');
    expect(storeStateLabel('opening')).toBe('Opening');
    expect(storeStateTone('opening')).toBe('warning');
  });

  it('counts and labels the approvals badge', () => {
    expect(count(1, 'backup')).toBe('1 backup');
    expect(count(0, 'backup')).toBe('0 backups');
    expect(approvalsBadgeLabel(3)).toBe('3 documents waiting for a decision');
    expect(approvalsBadgeLabel(1)).toBe('1 document waiting for a decision');
    expect(showApprovalsBadge(3)).toBe(true);
    expect(showApprovalsBadge(0)).toBe(false);
    expect(showApprovalsBadge(null)).toBe(false);
    expect(showApprovalsBadge(undefined)).toBe(false);
  });
});

describe('pathParts', () => {
  it('splits after separators and keeps every character', () => {
    expect(pathParts('C:\\Users\\ann\\Joblink')).toEqual(['C:\\', 'Users\\', 'ann\\', 'Joblink']);
    expect(pathParts('/tmp/x/')).toEqual(['/', 'tmp/', 'x/']);
    expect(pathParts('http://127.0.0.1:41740/')).toEqual(['http://', '127.0.0.1:41740/']);
    expect(pathParts('')).toEqual([]);
    const p = '/var/lib/joblink/logs/joblink.log';
    expect(pathParts(p).join('')).toBe(p);
  });
});
