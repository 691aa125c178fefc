import { describe, expect, it } from 'vitest';
import { bulkAsks, bulkSpellings, createSpelling, fieldsProblem, latinSentNotice, spellingNameProblem, withLatinSpelling, withLatinSpellings } from './spelling';
import { checkCreateName } from './mapping';

const row = (over: Record<string, unknown> = {}) => ({
  procore: { name: 'Строймонтаж' } as never,
  nameLimit: 41,
  suggestedName: 'Stroymontazh',
  nameProblem: { message: 'x', meaning: '', fix: '' },
  latinFields: null,
  ...over,
});

describe('the Latin spelling in Create in QuickBooks', () => {
  it('spells only the Procore name (the server’s suggestion), typed as it is in Procore', () => {
    expect(createSpelling(row(), ' Строймонтаж ')).toEqual({ name: 'Stroymontazh', spelt: true, fields: [] });
    expect(createSpelling(row(), 'Стройка'), 'another name in Cyrillic: typed again in Latin').toBeNull();
    expect(createSpelling(row(), 'Stroymontazh'), 'a Latin name: nothing to accept').toBeNull();
    expect(createSpelling(row({ suggestedName: '' }), 'Строймонтаж'), 'no spelling').toBeNull();
  });

  it('spells the name chosen before (the row’s choice), the one the server’s suggestion is for', () => {
    const chosen = row({ procore: { name: 'Stroy Co' }, choice: { name: 'Строймонтаж' } });
    expect(createSpelling(chosen, 'Строймонтаж')).toEqual({ name: 'Stroymontazh', spelt: true, fields: [] });
    expect(createSpelling(chosen, 'Стройка'), 'another name in Cyrillic: not the one spelt').toBeNull();
  });

  it('offers the fields’ spelling with the name typed, unless one has none or the name has another problem', () => {
    const f = [{ field: 'city', text: 'Łódź', latin: 'Lódz' }];
    const lodz = row({ procore: { name: 'Lodz Builders' }, suggestedName: '', nameProblem: null, latinFields: f });
    expect(createSpelling(lodz, 'Lodz Builders')).toEqual({ name: 'Lodz Builders', spelt: false, fields: f });
    expect(createSpelling(lodz, 'A:B'), 'a colon: the field’s own problem').toBeNull();
    expect(createSpelling(lodz, ''), 'no name').toBeNull();
    expect(createSpelling({ ...lodz, latinFields: [...f, { field: 'street', text: '北京路', latin: '' }] }, 'Lodz Builders')).toBeNull();
    expect(fieldsProblem(lodz)).toContain('choose “Use the Latin spelling”');
    expect(fieldsProblem({ ...lodz, latinFields: [{ field: 'street', text: '北京路', latin: '' }] })).toContain('no Latin spelling: correct the street');
    expect(fieldsProblem({ ...lodz, latinFields: null })).toBeNull();
  });

  it('words the name’s problem with the offer, keeps Chinese’s ask for a Latin name', () => {
    const s = createSpelling(row(), 'Строймонтаж');
    expect(spellingNameProblem(checkCreateName('Строймонтаж'), s)).toMatch(
      /^QuickBooks cannot store С т р о й: choose “Use the Latin spelling” to send “Stroymontazh”, or write the name in the Latin alphabet\.$/,
    );
    expect(spellingNameProblem(checkCreateName('北京'), null)).toContain('write the name in the Latin alphabet');
  });

  it('marks only the row accepted, with the name shown', () => {
    const s = { name: 'Stroymontazh', spelt: true, fields: [] };
    expect(withLatinSpelling([{ id: 'a', name: 'Строймонтаж' }, { id: 'b', name: 'B' }], 'a', s)).toEqual([
      { id: 'a', name: 'Stroymontazh', latinSpelling: true },
      { id: 'b', name: 'B' },
    ]);
    expect(latinSentNotice({ procore: { name: 'Строймонтаж' }, latinSpelling: { name: 'Stroymontazh' } })).toBe(
      'Строймонтаж: sent with the Latin spelling (the name “Stroymontazh”); it goes to QuickBooks on the next Web Connector run.',
    );
  });
});

describe('the Latin spelling in a bulk create', () => {
  const plain = { procore: { name: 'Reno Builders' } as never, nameLimit: 41, suggestedName: '', nameProblem: null, latinFields: null };
  const lodz = { ...plain, id: 'v/1', procore: { name: 'Lodz Builders' } as never, latinFields: [{ field: 'city', text: 'Łódź', latin: 'Lódz' }] };
  const beijing = { ...plain, id: 'v/2', procore: { name: 'Beijing Builders' } as never, latinFields: [{ field: 'city', text: '北京', latin: '' }] };
  const stroy = { ...row(), id: 'v/3' };
  const reno = { ...plain, id: 'v/4' };

  it('lists what each spelling sends, the records without one left out with the reason, and not the others', () => {
    const { latin, leftOut } = bulkSpellings([lodz, beijing, stroy, reno], { 'v/3': 'Строймонтаж' });
    expect(latin.map((l) => [l.id, l.words])).toEqual([
      ['v/1', 'the city “Łódź” as “Lódz”'],
      ['v/3', 'the name “Stroymontazh”'],
    ]);
    expect(leftOut).toEqual([{ id: 'v/2', name: 'Beijing Builders', reason: expect.stringContaining('the city “北京” has no Latin spelling: correct it in Procore') }]);
    // A Chinese name (no suggestion, the field empty) is left out until a Latin name is typed.
    const chineseName = { ...plain, id: 'v/5', procore: { name: '北京建工' } as never, nameProblem: { message: 'x', meaning: '', fix: '' } };
    expect(bulkSpellings([chineseName], { 'v/5': '' }).leftOut[0].reason).toBe(
      'the name “北京建工” has no Latin spelling: type a name in the Latin alphabet in its field below to include it.',
    );
    expect(bulkSpellings([chineseName], { 'v/5': 'Beijing Construction' })).toEqual({ latin: [], leftOut: [] });
    // The name typed in the Latin alphabet goes as typed: nothing to accept for it.
    expect(bulkSpellings([stroy], { 'v/3': 'Stroymontazh Ltd' }).latin).toEqual([]);
  });

  it('spells a name typed for a row in another alphabet by the server’s answer, as the one-record dialog does', () => {
    // A Latin name too long for QuickBooks, shortened by the bookkeeper into Cyrillic; and the Cyrillic
    // row given another Cyrillic name than the one its suggestion spells.
    const long = { ...plain, id: 'v/6', procore: { name: 'Northern Commercial Construction Services Group' } as never };
    const names = { 'v/6': 'Северстрой', 'v/3': 'Стройка' };
    expect(bulkAsks([long, stroy, reno], names, {})).toEqual([
      { id: 'v/6', name: 'Северстрой' },
      { id: 'v/3', name: 'Стройка' },
    ]);
    // Unanswered: left out with the way to include it.
    expect(bulkSpellings([long, stroy], names).leftOut.map((l) => l.id)).toEqual(['v/6', 'v/3']);
    const asked = { 'v/6': { name: 'Северстрой', latin: 'Severstroy' }, 'v/3': { name: 'Стройка', latin: 'Stroyka' } };
    expect(bulkAsks([long, stroy, reno], names, asked), 'answered: nothing more to ask').toEqual([]);
    const { latin, leftOut } = bulkSpellings([long, stroy], names, asked);
    expect(latin.map((l) => [l.id, l.spelling.name, l.words])).toEqual([
      ['v/6', 'Severstroy', 'the name “Severstroy”'],
      ['v/3', 'Stroyka', 'the name “Stroyka”'],
    ]);
    expect(leftOut).toEqual([]);
    // An answer for a name no longer typed is not used, and the new name is asked for.
    const retyped = { 'v/6': 'Северстрой Групп', 'v/3': 'Стройка' };
    expect(bulkSpellings([long], retyped, asked).latin).toEqual([]);
    expect(bulkAsks([long, stroy], retyped, asked)).toEqual([{ id: 'v/6', name: 'Северстрой Групп' }]);
    // The name the row's own suggestion spells, a Latin name, or a row without a field: nothing to ask.
    expect(bulkAsks([stroy, reno], { 'v/3': 'Строймонтаж', 'v/4': 'Reno' }, {})).toEqual([]);
  });

  it('sends each listed record with latinSpelling and its spelt name, the others as they are', () => {
    const { latin } = bulkSpellings([lodz, stroy], { 'v/3': 'Строймонтаж' });
    const items = withLatinSpellings(
      [
        { id: 'v/1', name: 'Lodz Builders' },
        { id: 'v/3', name: 'Строймонтаж' },
        { id: 'v/4', name: 'Reno Builders' },
      ],
      latin,
    );
    expect(items).toEqual([
      { id: 'v/1', name: 'Lodz Builders', latinSpelling: true },
      { id: 'v/3', name: 'Stroymontazh', latinSpelling: true },
      { id: 'v/4', name: 'Reno Builders' },
    ]);
  });
});
