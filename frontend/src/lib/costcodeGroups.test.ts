import { describe, expect, it } from 'vitest';
import { divisionFacts, divisionOf, divisionsOf, divisionTitle, groupByDivision } from './costcodeGroups';
import { workItem } from '../test/helpers';
import type { WorkItem } from './api';

const code = (id: string, title: string): WorkItem => ({ ...workItem(id, 'ready'), title });

describe('costcodeGroups', () => {
  it('reads the division from the start of the code', () => {
    expect(divisionOf('01-100')).toBe('01');
    expect(divisionOf('01')).toBe('01');
    expect(divisionOf('03.300.10')).toBe('03');
    expect(divisionOf('010 5')).toBe('010');
    expect(divisionsOf([code('1', '01-100'), code('2', '01-200'), code('3', '02-100')])).toEqual(['01', '02']);
  });

  it('groups a page in its order, with counts, continued and continuing divisions', () => {
    const page = [code('1', '01-300'), code('2', '01-400'), code('3', '02'), code('4', '02-100'), code('5', '03-100')];
    const groups = groupByDivision(page, [
      { code: '01', name: 'General Requirements', count: 6, before: 4 },
      { code: '02', name: 'Existing Conditions', count: 2, before: 0 },
      { code: '03', name: 'Concrete', count: 1034, before: 0 },
    ]);
    expect(groups.map((g) => [g.code, g.items.length, g.continued, g.continues])).toEqual([
      ['01', 2, true, false],
      ['02', 2, false, false],
      ['03', 1, false, true],
    ]);
    expect(divisionTitle(groups[0])).toBe('01 General Requirements');
    expect(divisionFacts(groups[0])).toBe('6 cost codes, continued from the previous page');
    expect(divisionFacts(groups[2])).toBe('1,034 cost codes, continues on the next page');
    // Before the counts arrive: the headings, without numbers or "continued".
    const bare = groupByDivision(page, null);
    expect(bare.map((g) => [divisionTitle(g), divisionFacts(g)])).toEqual([
      ['01', ''],
      ['02', ''],
      ['03', ''],
    ]);
  });
});
