// "Use the Latin spelling" on the Jobs and Vendors pages: on the row itself (in its Details,
// with the problem), and in Create in QuickBooks for a record merely ready whose name typed or
// address has a Latin spelling; Chinese is still refused with the ask to type a Latin name.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Vendors from './Vendors.svelte';
import Jobs from './Jobs.svelte';
import { statusStore } from '../lib/status.svelte';
import { setupStore } from '../lib/setup.svelte';
import { clearToken } from '../lib/token';
import { jsonResponse, mappingRow, posted, sampleMappingView, sampleParents, serve, settle } from '../test/helpers';
import { byId, click, render, text, type, unmountAll } from '../test/dom';

/** Routes are named without the query: the Latin-spelling tests do not care which page is read. */
const serveAnyQuery = (routes: Parameters<typeof serve>[0]) => serve(routes, { anyQuery: true });

const VENDOR_VIEW = { side: 'vendors', settings: { updateProcoreFromQuickBooks: true, importVendorTypes: [] } };

beforeEach(() => {
  clearToken();
  statusStore.reset();
  setupStore.reset();
  history.replaceState(null, '', '/#/vendors');
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

describe('Use the Latin spelling on the row', () => {
  const waiting = mappingRow('87', 'conflict', {
    id: 'vendor/87',
    procore: { name: 'Строймонтаж', city: 'Łódź' },
    quickbooks: null,
    problem: {
      message: 'The name "Строймонтаж" has letters QuickBooks cannot store.',
      meaning: 'QuickBooks Desktop keeps text in the Latin alphabet.',
      fix: 'On the Vendors page, choose “Use the Latin spelling” to send it as "Stroymontazh", or Create in QuickBooks to type another name.',
    },
    latinSpelling: { name: 'Stroymontazh', fields: [{ field: 'city', text: 'Łódź', latin: 'Lódz' }] },
  });
  const chinese = mappingRow('86', 'conflict', {
    id: 'vendor/86',
    procore: { name: '北京建工' },
    quickbooks: null,
    problem: { message: 'The name "北京建工" has letters QuickBooks cannot store.', meaning: 'x', fix: 'Choose Create in QuickBooks and type the name in the Latin alphabet.' },
  });

  it('offers it with the problem, says what it sends, sends it in one action and puts the focus on what was sent', async () => {
    let sent = false;
    serveAnyQuery({
      'GET /api/mapping/vendors': () =>
        jsonResponse(sampleMappingView(sent ? [chinese] : [waiting, chinese], { ...VENDOR_VIEW, filter: 'conflicts' })),
      'POST /api/mapping/vendors/accept-spelling': () => {
        sent = true;
        return jsonResponse({ queued: ['vendor/87'], failed: [] });
      },
    });
    const el = render(Vendors);
    await settle();
    // One place only: the row (the panel above the list is gone).
    expect(byId(el, 'latin-panel')).toBeNull();
    const panel = byId(el, 'details-panel-vendor/87')!;
    const button = byId(panel, 'use-latin-vendor/87') as HTMLButtonElement;
    expect(button, 'the action in the row’s problem').not.toBeNull();
    expect(text(document.getElementById(button.getAttribute('aria-describedby')!))).toBe('Sends the name “Stroymontazh”, the city “Łódź” as “Lódz”.');
    expect(byId(el, 'use-latin-vendor/86'), 'Chinese: nothing to accept').toBeNull();
    await click(byId(el, 'details-vendor/87'));
    button.focus();
    await click(button);
    await settle();
    expect(posted('/api/mapping/vendors/accept-spelling')).toEqual([{ ids: ['vendor/87'] }]);
    expect(byId(el, 'mapping-row-vendor/87'), 'the row left the Conflicts filter').toBeNull();
    const notice = byId(el, 'action-notice')!;
    expect(text(notice)).toBe(
      'Строймонтаж: sent with the Latin spelling (the name “Stroymontazh”, the city “Łódź” as “Lódz”); it goes to QuickBooks on the next Web Connector run.',
    );
    expect(document.activeElement).toBe(notice);
  });

  it('says why not on the row when the server refuses, and keeps the offer', async () => {
    serveAnyQuery({
      'GET /api/mapping/vendors': () => jsonResponse(sampleMappingView([waiting], VENDOR_VIEW)),
      'POST /api/mapping/vendors/accept-spelling': () =>
        jsonResponse({ queued: [], failed: [{ id: 'vendor/87', message: 'It is not waiting for a Latin spelling.', fix: 'Reload the page.' }] }),
    });
    const el = render(Vendors);
    await settle();
    await click(byId(el, 'details-vendor/87'));
    const row = byId(el, 'mapping-row-vendor/87')!;
    await click(byId(row, 'use-latin-vendor/87'));
    expect(text(row, 'latin-result-vendor/87')).toBe('Not sent: It is not waiting for a Latin spelling. Reload the page.');
    expect(byId(row, 'use-latin-vendor/87')).not.toBeNull();
  });
});

describe('Use the Latin spelling in Create in QuickBooks', () => {
  const ready = mappingRow('71', 'unlinked', {
    id: 'vendor/71',
    procore: { name: 'Строймонтаж' },
    suggestedName: 'Stroymontazh',
    nameProblem: { message: 'The name "Строймонтаж" has letters QuickBooks cannot store.', meaning: 'm', fix: 'f' },
  });

  it('offers the Latin spelling of a name typed in Cyrillic and creates with latinSpelling', async () => {
    serveAnyQuery({
      'GET /api/mapping/vendors': () => jsonResponse(sampleMappingView([ready], VENDOR_VIEW)),
      'POST /api/mapping/vendors/create': () => jsonResponse({ queued: ['vendor/71'], failed: [] }),
    });
    const el = render(Vendors);
    await settle();
    await click(byId(el, 'create-vendor/71'));
    const name = byId(el, 'create-name') as HTMLInputElement;
    expect(name.value).toBe('Stroymontazh');
    expect(byId(el, 'create-use-latin'), 'a Latin name typed: nothing to accept').toBeNull();
    await type(name, 'Строймонтаж');
    const use = byId(el, 'create-use-latin') as HTMLButtonElement;
    expect(text(use)).toBe('Use the Latin spelling “Stroymontazh”');
    expect(text(document.getElementById(use.getAttribute('aria-describedby')!))).toBe('Creates it with the name “Stroymontazh”.');
    // Create as typed is still refused, and the message says where the spelling is.
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/vendors/create')).toEqual([]);
    expect(document.activeElement).toBe(name);
    expect(text(document.getElementById(`${name.id}-error`))).toContain('choose “Use the Latin spelling” to send “Stroymontazh”');
    await click(use);
    expect(posted('/api/mapping/vendors/create')).toEqual([{ items: [{ id: 'vendor/71', name: 'Stroymontazh', latinSpelling: true }] }]);
  });

  it('offers the server’s spelling of another name typed in Cyrillic, not the Procore name’s', async () => {
    const plain = mappingRow('75', 'unlinked', { id: 'vendor/75', procore: { name: 'Stroy Co' } });
    const spellings: Record<string, string> = { Строймонтаж: 'Stroymontazh', 北京建工: '' };
    serveAnyQuery({
      'GET /api/mapping/vendors': () => jsonResponse(sampleMappingView([plain], VENDOR_VIEW)),
      'GET /api/mapping/vendors/spelling': (_body, url) => {
        const name = new URL(url, 'http://x').searchParams.get('name') ?? '';
        return jsonResponse({ name, latin: spellings[name] ?? '', problem: { message: 'm', meaning: '', fix: '' } });
      },
      'POST /api/mapping/vendors/create': () => jsonResponse({ queued: ['vendor/75'], failed: [] }),
    });
    const el = render(Vendors);
    await settle();
    await click(byId(el, 'create-vendor/75'));
    const name = byId(el, 'create-name') as HTMLInputElement;
    await type(name, 'Строймонтаж');
    await new Promise((r) => setTimeout(r, 400)); // the dialog asks once typing pauses
    await settle();
    const use = byId(el, 'create-use-latin') as HTMLButtonElement;
    expect(use, 'the typed name’s spelling is offered').not.toBeNull();
    expect(text(use)).toBe('Use the Latin spelling “Stroymontazh”');
    // A name without a Latin spelling: nothing to accept.
    await type(name, '北京建工');
    await new Promise((r) => setTimeout(r, 400));
    await settle();
    expect(byId(el, 'create-use-latin')).toBeNull();
    await type(name, 'Строймонтаж');
    await new Promise((r) => setTimeout(r, 400));
    await settle();
    await click(byId(el, 'create-use-latin'));
    expect(posted('/api/mapping/vendors/create')).toEqual([{ items: [{ id: 'vendor/75', name: 'Stroymontazh', latinSpelling: true }] }]);
  });

  it('offers the Latin spelling of the address and creates with latinSpelling; Create alone sends nothing', async () => {
    const lodz = mappingRow('72', 'unlinked', {
      id: 'vendor/72',
      procore: { name: 'Lodz Builders', city: 'Łódź' },
      latinFields: [{ field: 'city', text: 'Łódź', latin: 'Lódz' }],
    });
    serveAnyQuery({
      'GET /api/mapping/vendors': () => jsonResponse(sampleMappingView([lodz], VENDOR_VIEW)),
      'POST /api/mapping/vendors/create': () => jsonResponse({ queued: ['vendor/72'], failed: [] }),
    });
    const el = render(Vendors);
    await settle();
    await click(byId(el, 'create-vendor/72'));
    expect(text(el, 'create-fields-problem')).toContain('QuickBooks cannot store the city “Łódź” as written');
    const use = byId(el, 'create-use-latin') as HTMLButtonElement;
    expect(text(use)).toBe('Use the Latin spelling “Lódz”');
    expect(text(document.getElementById(use.getAttribute('aria-describedby')!))).toBe('Creates it with the city “Łódź” as “Lódz”, named “Lodz Builders”.');
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/vendors/create')).toEqual([]);
    expect(document.activeElement).toBe(use);
    await click(use);
    expect(posted('/api/mapping/vendors/create')).toEqual([{ items: [{ id: 'vendor/72', name: 'Lodz Builders', latinSpelling: true }] }]);
  });

  it('keeps a job’s customer when creating with the Latin spelling', async () => {
    history.replaceState(null, '', '/#/jobs');
    const job = mappingRow('73', 'unlinked', {
      procore: { name: 'Стадион' },
      suggestedName: 'Stadion',
      nameProblem: { message: 'The name "Стадион" has letters QuickBooks cannot store.', meaning: 'm', fix: 'f' },
    });
    serveAnyQuery({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([job])),
      'GET /api/mapping/jobs/parents': () => jsonResponse(sampleParents()),
      'POST /api/mapping/jobs/create': () => jsonResponse({ queued: ['job/73'], failed: [] }),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'create-job/73'));
    await click(byId(el, 'create-mode-customer'));
    await type(byId(el, 'create-name') as HTMLInputElement, 'Стадион');
    await click(byId(el, 'create-use-latin'));
    expect(posted('/api/mapping/jobs/create')).toEqual([{ items: [{ id: 'job/73', name: 'Stadion', asCustomer: true, latinSpelling: true }] }]);
  });

  it('still refuses Chinese, in the name or the address, with nothing to accept', async () => {
    const beijing = mappingRow('74', 'unlinked', {
      id: 'vendor/74',
      procore: { name: 'Beijing Builders', city: '北京' },
      latinFields: [{ field: 'city', text: '北京', latin: '' }],
    });
    serveAnyQuery({
      'GET /api/mapping/vendors': () => jsonResponse(sampleMappingView([beijing], VENDOR_VIEW)),
      'POST /api/mapping/vendors/create': () => jsonResponse({ queued: ['vendor/74'], failed: [] }),
    });
    const el = render(Vendors);
    await settle();
    await click(byId(el, 'create-vendor/74'));
    expect(byId(el, 'create-use-latin')).toBeNull();
    const note = byId(el, 'create-fields-problem')!;
    expect(text(note)).toContain('QuickBooks cannot store the city “北京”, and its letters have no Latin spelling: correct the city of Beijing Builders in Procore');
    const name = byId(el, 'create-name') as HTMLInputElement;
    await type(name, '北京建工');
    expect(byId(el, 'create-use-latin')).toBeNull();
    await click(byId(el, 'create-confirm'));
    expect(text(document.getElementById(`${name.id}-error`))).toContain('write the name in the Latin alphabet');
    await type(name, 'Beijing Builders');
    await click(byId(el, 'create-confirm'));
    expect(document.activeElement).toBe(note);
    expect(posted('/api/mapping/vendors/create')).toEqual([]);
  });
});

describe('the Latin spelling in a bulk Create in QuickBooks', () => {
  const lodz = mappingRow('61', 'unlinked', {
    id: 'vendor/61',
    procore: { name: 'Lodz Builders', city: 'Łódź' },
    latinFields: [{ field: 'city', text: 'Łódź', latin: 'Lódz' }],
  });
  const stroy = mappingRow('62', 'unlinked', {
    id: 'vendor/62',
    procore: { name: 'Строймонтаж' },
    suggestedName: 'Stroymontazh',
    nameProblem: { message: 'The name "Строймонтаж" has letters QuickBooks cannot store.', meaning: 'm', fix: 'f' },
  });
  const beijing = mappingRow('63', 'unlinked', {
    id: 'vendor/63',
    procore: { name: 'Beijing Builders', city: '北京' },
    latinFields: [{ field: 'city', text: '北京', latin: '' }],
  });
  const reno = mappingRow('64', 'unlinked', { id: 'vendor/64', procore: { name: 'Reno Builders' } });

  /** The names the bulk dialog asked the server to spell (GET …/spelling). */
  let spellingsAsked: string[] = [];
  async function openBulk(created: string[]) {
    spellingsAsked = [];
    const spellings: Record<string, string> = { Стройка: 'Stroyka', 北京建工: '' };
    serveAnyQuery({
      'GET /api/mapping/vendors': () => jsonResponse(sampleMappingView([lodz, stroy, beijing, reno], VENDOR_VIEW)),
      'GET /api/mapping/vendors/spelling': (_body, url) => {
        const name = new URL(url, 'http://x').searchParams.get('name') ?? '';
        spellingsAsked.push(name);
        return jsonResponse({ name, latin: spellings[name] ?? '', problem: { message: 'm', meaning: '', fix: '' } });
      },
      'POST /api/mapping/vendors/create': (body) => {
        const ids = (body as { items: { id: string }[] }).items.map((i) => i.id);
        return jsonResponse({ queued: ids.filter((id) => created.includes(id)), failed: [] });
      },
    });
    const el = render(Vendors);
    await settle();
    await click(byId(el, 'select-all'));
    await click(byId(el, 'create-selected'));
    return el;
  }
  const listed = (el: ParentNode, id: string) => [...el.querySelectorAll<HTMLElement>(`[data-testid="${id}"] li`)].map((li) => text(li));

  it('lists what each Latin spelling sends, leaves out Chinese with the reason, and sends the spelt ones only once included', async () => {
    const el = await openBulk(['vendor/61', 'vendor/62', 'vendor/64']);
    await type(byId(el, 'create-name') as HTMLInputElement, 'Строймонтаж');
    expect(listed(el, 'create-latin-records')).toEqual(['Lodz Builders: the city “Łódź” as “Lódz”', 'Строймонтаж: the name “Stroymontazh”']);
    expect(listed(el, 'create-left-out')).toEqual([
      'Beijing Builders: the city “北京” has no Latin spelling: correct it in Procore (in the Latin alphabet), then create it.',
    ]);
    // Not included yet: only the record that goes as it is.
    expect(listed(el, 'create-records')).toEqual(['Reno Builders']);
    expect(text(el, 'create-confirm')).toBe('Create 1 vendor');
    const include = byId(el, 'create-include-latin') as HTMLInputElement;
    expect(include.checked).toBe(false);
    await click(include);
    expect(listed(el, 'create-records')).toEqual(['Lodz Builders', 'Строймонтаж', 'Reno Builders']);
    expect(text(el, 'create-confirm')).toBe('Create 3 vendors');
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/vendors/create')).toEqual([
      {
        items: [
          { id: 'vendor/61', name: 'Lodz Builders', latinSpelling: true },
          { id: 'vendor/62', name: 'Stroymontazh', latinSpelling: true },
          { id: 'vendor/64', name: 'Reno Builders' },
        ],
      },
    ]);
    await settle();
    const summary = byId(el, 'bulk-summary')!;
    expect(text(summary, 'bulk-summary-title')).toContain('3 vendors queued for QuickBooks');
    expect(listed(summary, 'bulk-sent-latin')).toEqual([
      'Lodz Builders: sent with the Latin spelling (the city “Łódź” as “Lódz”)',
      'Строймонтаж: sent with the Latin spelling (the name “Stroymontazh”)',
    ]);
    expect(text(summary, 'bulk-sent-as-is')).toBe('1 vendor sent with no letters changed: Reno Builders.');
    expect(listed(summary, 'bulk-left-out')).toEqual([
      'Beijing Builders: the city “北京” has no Latin spelling: correct it in Procore (in the Latin alphabet), then create it.',
    ]);
  });

  it('spells another name typed for a row in Cyrillic by the server, as the one-record dialog does', async () => {
    const el = await openBulk(['vendor/61', 'vendor/62', 'vendor/64']);
    const name = byId(el, 'create-name') as HTMLInputElement;
    await type(name, 'Стройка');
    await new Promise((r) => setTimeout(r, 400)); // the dialog asks once typing pauses
    await settle();
    expect(spellingsAsked).toEqual(['Стройка']);
    expect(listed(el, 'create-latin-records')).toEqual(['Lodz Builders: the city “Łódź” as “Lódz”', 'Строймонтаж: the name “Stroyka”']);
    // A name with no Latin spelling is left out with the way to include it.
    await type(name, '北京建工');
    await new Promise((r) => setTimeout(r, 400));
    await settle();
    expect(spellingsAsked).toEqual(['Стройка', '北京建工']);
    expect(listed(el, 'create-left-out')).toContain(
      'Строймонтаж: the name “北京建工” has no Latin spelling: type a name in the Latin alphabet in its field below to include it.',
    );
    await type(name, 'Стройка');
    await new Promise((r) => setTimeout(r, 400));
    await settle();
    await click(byId(el, 'create-include-latin'));
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/vendors/create')).toEqual([
      {
        items: [
          { id: 'vendor/61', name: 'Lodz Builders', latinSpelling: true },
          { id: 'vendor/62', name: 'Stroyka', latinSpelling: true },
          { id: 'vendor/64', name: 'Reno Builders' },
        ],
      },
    ]);
  });

  it('sends the others without the spelt ones when they are not included', async () => {
    const el = await openBulk(['vendor/62', 'vendor/64']);
    await click(byId(el, 'create-confirm'));
    // The Cyrillic name's field holds the suggestion typed in Latin: it goes as typed, nothing to accept.
    expect(spellingsAsked, 'no name typed: nothing asked').toEqual([]);
    expect(posted('/api/mapping/vendors/create')).toEqual([
      {
        items: [
          { id: 'vendor/62', name: 'Stroymontazh' },
          { id: 'vendor/64', name: 'Reno Builders' },
        ],
      },
    ]);
    await settle();
    expect(listed(byId(el, 'bulk-summary')!, 'bulk-left-out')).toEqual([
      'Lodz Builders: not included with its Latin spelling (the city “Łódź” as “Lódz”)',
      'Beijing Builders: the city “北京” has no Latin spelling: correct it in Procore (in the Latin alphabet), then create it.',
    ]);
  });
});
