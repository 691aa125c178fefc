import { describe, expect, it } from 'vitest';
import { confirmRecords, confirmTitle, matchText } from './confirmLink';

const known = {
  procore: (id: string) => ({ 'job/1': 'Old Project' })[id],
  quickbooks: (listId: string) => ({ S1: 'Customer:Old Project' })[listId],
};

describe('confirmRecords', () => {
  it("takes the server's names first", () => {
    const asks = [{ id: 'job/1', name: 'Old Project (Procore)', listId: 'Q9', fullName: 'Harbor LLC:Old Project', message: 'm' }];
    expect(confirmRecords(asks, [{ id: 'job/1', listId: 'S1' }], known)).toEqual([
      { id: 'job/1', name: 'Old Project (Procore)', match: 'Harbor LLC:Old Project', message: 'm' },
    ]);
  });

  it('completes an answer without names from the link asked for and the names read', () => {
    expect(confirmRecords([{ id: 'job/1', message: 'm' }], [{ id: 'job/1', listId: 'S1' }], known)).toEqual([
      { id: 'job/1', name: 'Old Project', match: 'Customer:Old Project', message: 'm' },
    ]);
  });

  it('says when the QuickBooks record is not known, and keeps the order', () => {
    const got = confirmRecords(
      [
        { id: 'job/3', listId: 'Q3', message: 'a' },
        { id: 'job/1', listId: 'S1', message: 'b' },
      ],
      [],
      known,
    );
    expect(got.map((r) => [r.name, r.match])).toEqual([
      ['job/3', ''],
      ['Old Project', 'Customer:Old Project'],
    ]);
    expect(matchText(got[0], 'QuickBooks job')).toBe('the QuickBooks job Joblink suggested (its name was not read)');
    expect(matchText(got[1], 'QuickBooks job')).toBe('Customer:Old Project');
  });
});

describe('confirmTitle', () => {
  it('counts', () => {
    expect(confirmTitle(1, 'job', 'jobs')).toBe('Link a job that was in Procore before Joblink?');
    expect(confirmTitle(1200, 'vendor', 'vendors')).toBe('Link 1,200 vendors that were in Procore before Joblink?');
  });
});
