import { describe, expect, it } from 'vitest';
import { likelyParentNote, parentOptions, preselectParent, sortParents } from './parents';

const p = (listId: string, fullName: string) => ({ listId, fullName });
const likely = { listId: 'H', fullName: 'Harbor Point Development LLC', reason: 'Joblink’s match for this project in QuickBooks, "Harbor Point Development LLC:Phase 2", is a job under this customer.' };

describe('sortParents', () => {
  it('reads case and accents aside, numbers in number order', () => {
    const got = sortParents([p('1', 'zeta Homes'), p('2', 'Émile Dubois'), p('3', 'abbott Builders'), p('4', 'Eagle Roofing'), p('5', 'Phase 10 LLC'), p('6', 'Phase 2 LLC')]);
    expect(got.map((x) => x.fullName)).toEqual(['abbott Builders', 'Eagle Roofing', 'Émile Dubois', 'Phase 2 LLC', 'Phase 10 LLC', 'zeta Homes']);
  });

  it('keeps a fixed order for names that read the same', () => {
    const a = sortParents([p('2', 'acme'), p('1', 'ACME'), p('0', 'acme')]);
    const b = sortParents([p('0', 'acme'), p('2', 'acme'), p('1', 'ACME')]);
    expect(a).toEqual(b);
  });
});

describe('parentOptions', () => {
  it('holds the likely customer even when the page or the search does not', () => {
    expect(parentOptions([p('Z', 'Zephyr Homes'), p('A', 'Acme')], likely).map((x) => x.listId)).toEqual(['A', 'H', 'Z']);
    expect(parentOptions([p('H', 'Harbor Point Development LLC')], likely)).toHaveLength(1);
    expect(parentOptions([p('Z', 'Zephyr Homes'), p('A', 'Acme')], null).map((x) => x.listId)).toEqual(['A', 'Z']);
  });
});

describe('preselectParent', () => {
  it('chooses the likely customer only when nothing is chosen and the job goes under a customer', () => {
    expect(preselectParent('', 'parent', likely)).toBe('H');
    expect(preselectParent('P7', 'parent', likely)).toBe('P7');
    expect(preselectParent('', 'customer', likely)).toBe('');
    expect(preselectParent('', 'parent', null)).toBe('');
  });
});

describe('likelyParentNote', () => {
  it('says why, and whether it is chosen', () => {
    expect(likelyParentNote(likely, 'H')).toBe(`Chosen by Joblink: ${likely.reason} Check it, or choose another.`);
    expect(likelyParentNote(likely, 'P7')).toBe(`Joblink suggests “Harbor Point Development LLC”: ${likely.reason}`);
    expect(likelyParentNote(null, '')).toBe('');
  });
});
