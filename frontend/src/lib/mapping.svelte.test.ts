import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MappingModel, UNDO_MS } from './mapping.svelte';
import { JOBS, VENDORS } from './mapping';
import { clearToken } from './token';
import { calls, errorResponse, jsonResponse, mappingRow, sampleMappingView, sampleParents, serve } from '../test/helpers';

const posts = (path: string) => calls.filter((c) => c.method === 'POST' && c.url === path).map((c) => c.body);

function suggestedRows(n: number) {
  return Array.from({ length: n }, (_, i) => mappingRow(String(i + 1), 'suggested'));
}

beforeEach(() => clearToken());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('MappingModel: reading', () => {
  it('reads the view with the filter and search, and keeps only listed selections', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([mappingRow('1', 'suggested'), mappingRow('2', 'linked')])),
      'GET /api/mapping/jobs?filter=linked&q=harbor': () => jsonResponse(sampleMappingView([mappingRow('2', 'linked')])),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    expect(m.rows.map((r) => r.id)).toEqual(['job/1', 'job/2']);
    m.toggle('job/1');
    m.toggle('job/2');
    m.filter = 'linked';
    m.q = ' harbor ';
    await m.refresh();
    expect([...m.selected]).toEqual(['job/2']);
    expect(m.nameOf('job/1')).toBe('Project 1'); // remembered from the earlier read
  });

  it('keeps the load error in words', async () => {
    serve({ 'GET /api/mapping/jobs': () => errorResponse(500, 'store', 'The database could not be read.', 'Restart Joblink.') });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    expect(m.loadError?.message).toBe('The database could not be read.');
    expect(m.loadError?.fix).toBe('Restart Joblink.');
  });

  it('also reads a bare problem body {"message","fix"}', async () => {
    serve({ 'GET /api/mapping/jobs': () => jsonResponse({ message: 'Not ready.', fix: 'Wait.', detail: 'x' }, 409) });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    expect(m.loadError?.message).toBe('Not ready.');
  });

  it('asks the server for the QuickBooks-only records of a vendor type', async () => {
    const v1 = { listId: 'V1', fullName: 'ACME Lumber', vendorType: 'Supplier', unsupported: '' };
    const v2 = { listId: 'V2', fullName: 'Bay Electric', vendorType: 'Subcontractor', unsupported: '' };
    serve({
      'GET /api/mapping/vendors': () => jsonResponse(sampleMappingView([], { side: 'vendors', quickbooksOnly: [v1, v2] })),
      'GET /api/mapping/vendors?vendorType=Supplier': () => jsonResponse(sampleMappingView([], { side: 'vendors', quickbooksOnly: [v1] })),
    });
    const m = new MappingModel(VENDORS, null);
    await m.refresh();
    expect(m.quickbooksOnly).toHaveLength(2);
    await m.setVendorType('Supplier');
    expect(calls.at(-1)?.url).toBe('/api/mapping/vendors?vendorType=Supplier');
    expect(m.quickbooksOnly.map((r) => r.listId)).toEqual(['V1']);
    m.toggleAllQb();
    expect([...m.selectedQb]).toEqual(['V1']);
  });
});

describe('MappingModel: pages', () => {
  const page = (from: number, n: number, total: number, extra: Record<string, unknown> = {}) =>
    sampleMappingView(
      Array.from({ length: n }, (_, i) => mappingRow(String(from + i + 1), 'unlinked')),
      { total, offset: from, ...extra },
    );

  it('reads one page at a time, forward and back, and polls only the page shown', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(page(0, 100, 250)),
      'GET /api/mapping/jobs?offset=100': () => jsonResponse(page(100, 100, 250)),
      'GET /api/mapping/jobs?offset=200': () => jsonResponse(page(200, 50, 250)),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    expect(m.hasPreviousPage).toBe(false);
    expect(m.hasNextPage).toBe(true);
    m.toggle('job/1');
    await m.nextPage();
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?offset=100');
    expect(m.rows[0].id).toBe('job/101');
    expect(m.selected.size).toBe(0); // selections are of the page shown
    await m.nextPage();
    expect(m.rows).toHaveLength(50);
    expect(m.hasNextPage).toBe(false);
    await m.nextPage(); // nothing after the last page
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?offset=200');
    await m.refresh(); // a poll
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?offset=200');
    await m.previousPage();
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?offset=100');
  });

  it('starts again at the first page on another filter or search', async () => {
    vi.useFakeTimers();
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(page(0, 100, 250)),
      'GET /api/mapping/jobs?offset=100': () => jsonResponse(page(100, 100, 250)),
      'GET /api/mapping/jobs?filter=linked': () => jsonResponse(page(0, 3, 3)),
      'GET /api/mapping/jobs?filter=linked&q=harbor': () => jsonResponse(page(0, 1, 1)),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    await m.nextPage();
    m.setFilter('linked');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?filter=linked');
    m.setSearch('harbor');
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?filter=linked&q=harbor');
    expect(m.offset).toBe(0);
  });

  it('goes to the last page when the list got shorter than the page shown', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(page(0, 100, 250)),
      'GET /api/mapping/jobs?offset=100': () => jsonResponse(page(100, 100, 250)),
      'GET /api/mapping/jobs?offset=200': () => jsonResponse(page(200, 0, 180)),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    await m.nextPage();
    await m.nextPage();
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?offset=100');
    expect(m.offset).toBe(100);
  });
});

describe('MappingModel: bulk links in chunks', () => {
  it('links the selected suggestions 50 at a time with progress, then sums up failures', async () => {
    const rows = suggestedRows(120);
    const seen: string[] = [];
    let m: MappingModel;
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(rows)),
      'POST /api/mapping/jobs/link': (body) => {
        const links = (body as { links: { id: string }[] }).links;
        seen.push(`${m.progress?.verb} ${m.progress?.done} of ${m.progress?.total}`);
        if (links[0].id === 'job/51') return errorResponse(503, 'busy', 'Joblink is busy.', 'Try again in a minute.');
        const failed = links[0].id === 'job/1' ? [{ id: 'job/2', message: 'Already linked to another project.', fix: 'Unlink it first.' }] : [];
        return jsonResponse({ linked: links.map((l) => l.id).filter((id) => id !== 'job/2'), needConfirmation: [], failed });
      },
    });
    m = new MappingModel(JOBS, null);
    await m.refresh();
    m.toggleAllVisible(); // the page: all 120 here
    expect(m.linkable).toHaveLength(120);
    expect(await m.linkSelected()).toBe(true);

    const bodies = posts('/api/mapping/jobs/link') as { links: { id: string; listId: string; confirm: boolean }[] }[];
    expect(bodies.map((b) => b.links.length)).toEqual([50, 50, 20]);
    expect(bodies[0].links[0]).toEqual({ id: 'job/1', listId: 'S1', confirm: false });
    expect(seen).toEqual(['Linking 0 of 120', 'Linking 50 of 120', 'Linking 100 of 120']);
    expect(m.progress).toBeNull();
    expect(m.notice).toBe('Linked 69 of 120 jobs.');
    expect(m.summary?.failures).toHaveLength(51);
    expect(m.summary?.failures[0]).toEqual({ name: 'Project 2', message: 'Already linked to another project.', fix: 'Unlink it first.' });
    expect(m.summary?.failures[1]).toEqual({ name: 'Project 51', message: 'Joblink is busy.', fix: 'Try again in a minute.' });
    expect(m.undoOffer?.message).toBe('Linked 69 jobs.');
    expect(m.undoOffer?.unlink).toHaveLength(69);
  });

  it('leaves possible matches out of "Link selected suggestions"', async () => {
    const possible = mappingRow('9', 'unlinked', { suggestion: { listId: 'S9', fullName: 'X', confidence: 'possible', score: 0.4, reason: '' } });
    serve({ 'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([possible, mappingRow('1', 'suggested')])) });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    m.toggleAllVisible();
    expect(m.linkable.map((r) => r.id)).toEqual(['job/1']);
  });
});

describe('MappingModel: confirmation', () => {
  const old = mappingRow('1', 'suggested', { procore: { name: 'Old Project', createdBeforeConnection: true } });

  function serveConfirm() {
    return serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([old, mappingRow('2', 'suggested')])),
      'POST /api/mapping/jobs/link': (body) => {
        const links = (body as { links: { id: string; confirm: boolean }[] }).links;
        return jsonResponse({
          linked: links.filter((l) => l.id !== 'job/1' || l.confirm).map((l) => l.id),
          needConfirmation: links.filter((l) => l.id === 'job/1' && !l.confirm).map((l) => ({ id: l.id, message: 'Created before Joblink was connected.' })),
          failed: [],
        });
      },
      'POST /api/mapping/jobs/link-exact': (body) =>
        jsonResponse(
          (body as { confirm: boolean }).confirm
            ? { linked: ['job/1'], needConfirmation: [], failed: [] }
            : { linked: ['job/2'], needConfirmation: [{ id: 'job/1', message: 'Created before Joblink was connected.' }], failed: [] },
        ),
    });
  }

  it('asks, then resends only those with confirm: true on "Link anyway"', async () => {
    serveConfirm();
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    m.toggleAllVisible();
    await m.linkSelected();
    // The QuickBooks record each is linked to: the one its link asked for (the row's suggestion).
    expect(m.pending?.records).toEqual([{ id: 'job/1', name: 'Old Project', match: 'Customer:Project 1', message: 'Created before Joblink was connected.' }]);
    expect(m.undoOffer).toBeNull(); // not before the answer
    await m.confirmPending();
    const bodies = posts('/api/mapping/jobs/link');
    expect(bodies[1]).toEqual({ links: [{ id: 'job/1', listId: 'S1', confirm: true }] });
    expect(m.pending).toBeNull();
    expect(m.notice).toBe('Linked 2 jobs.');
    expect(m.undoOffer?.unlink.sort()).toEqual(['job/1', 'job/2']);
  });

  it('names each record of "Link all exact matches" and its QuickBooks record, pages not read included', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([mappingRow('2', 'suggested')])),
      'POST /api/mapping/jobs/link-exact': () =>
        jsonResponse({
          linked: [],
          needConfirmation: [
            { id: 'job/77', name: 'Harbor Point Phase 2', listId: 'Q77', fullName: 'Harbor Point LLC:Phase 2', message: 'Created before Joblink was connected.' },
            { id: 'job/2', listId: 'S2', message: 'Created before Joblink was connected.' },
          ],
          failed: [],
        }),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    await m.linkAllExact();
    expect(m.pending?.records.map((r) => [r.name, r.match])).toEqual([
      ['Harbor Point Phase 2', 'Harbor Point LLC:Phase 2'],
      ['Project 2', 'Customer:Project 2'],
    ]);
  });

  it('leaves them unlinked on cancel', async () => {
    serveConfirm();
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    await m.linkSuggestion('job/1');
    expect(m.pending?.records).toHaveLength(1);
    m.cancelPending();
    expect(posts('/api/mapping/jobs/link')).toHaveLength(1);
    expect(m.notice).toBe('Not linked: Old Project stays unlinked.');
    expect(m.undoOffer).toBeNull();
  });

  it('links all exact matches, and with confirmation the rest', async () => {
    serveConfirm();
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    await m.linkAllExact();
    expect(posts('/api/mapping/jobs/link-exact')).toEqual([{ confirm: false }]);
    expect(m.pending?.mode).toBe('exact');
    await m.confirmPending();
    expect(posts('/api/mapping/jobs/link-exact')).toEqual([{ confirm: false }, { confirm: true }]);
    expect(m.notice).toBe('Linked 2 jobs.');
    expect(m.summary?.failures).toEqual([]);
  });

  it('says so when no exact match waits', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([])),
      'POST /api/mapping/jobs/link-exact': () => jsonResponse({ linked: [], needConfirmation: [], failed: [] }),
    });
    const m = new MappingModel(JOBS, null);
    await m.linkAllExact();
    expect(m.notice).toMatch(/No exact matches are waiting/);
    expect(m.undoOffer).toBeNull();
  });
});

describe('MappingModel: undo', () => {
  it('offers undo after a link for 10 s; undo unlinks', async () => {
    vi.useFakeTimers();
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([mappingRow('1', 'suggested')])),
      'POST /api/mapping/jobs/link': () => jsonResponse({ linked: ['job/1'], needConfirmation: [], failed: [] }),
      'POST /api/mapping/jobs/unlink': () => jsonResponse({ unlinked: ['job/1'], failed: [] }),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    await m.linkSuggestion('job/1');
    expect(m.notice).toBe('Linked Project 1.');
    expect(m.undoOffer?.message).toBe('Linked 1 job.');
    await vi.advanceTimersByTimeAsync(UNDO_MS - 1);
    expect(m.undoOffer).not.toBeNull();
    await m.undo();
    expect(posts('/api/mapping/jobs/unlink')).toEqual([{ ids: ['job/1'] }]);
    expect(m.undoOffer).toBeNull();
    expect(m.notice).toBe('Undone: 1 job unlinked again.');
  });

  it('withdraws the offer after 10 s, unless held', async () => {
    vi.useFakeTimers();
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([mappingRow('1', 'suggested')])),
      'POST /api/mapping/jobs/link': () => jsonResponse({ linked: ['job/1'], needConfirmation: [], failed: [] }),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    await m.linkSuggestion('job/1');
    m.holdUndo();
    await vi.advanceTimersByTimeAsync(UNDO_MS * 2);
    expect(m.undoOffer).not.toBeNull();
    m.releaseUndo();
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    expect(m.undoOffer).toBeNull();
  });

  it('undoes an unlink by linking the previous record again with confirm: true', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([mappingRow('1', 'linked')])),
      'POST /api/mapping/jobs/unlink': () => jsonResponse({ unlinked: ['job/1'], failed: [] }),
      'POST /api/mapping/jobs/link': () => jsonResponse({ linked: ['job/1'], needConfirmation: [], failed: [] }),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    await m.unlink(['job/1']);
    expect(m.notice).toBe('Unlinked Project 1.');
    expect(m.undoOffer?.message).toBe('Unlinked 1 job.');
    await m.undo();
    expect(posts('/api/mapping/jobs/link')).toEqual([{ links: [{ id: 'job/1', listId: 'QB1', confirm: true }] }]);
    expect(m.notice).toBe('Undone: 1 job linked again.');
  });

  it('undoes a moved link by linking the old record again', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([mappingRow('1', 'linked')])),
      'POST /api/mapping/jobs/link': () => jsonResponse({ linked: ['job/1'], needConfirmation: [], failed: [] }),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    await m.linkTo('job/1', 'Q1');
    expect(m.undoOffer).toMatchObject({ unlink: [], relink: [{ id: 'job/1', listId: 'QB1', confirm: true }] });
  });
});

describe('MappingModel: single failures stay with the action', () => {
  it('a refused link is an error to show in the picker', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([mappingRow('1', 'unlinked')])),
      'POST /api/mapping/jobs/link': () =>
        jsonResponse({ linked: [], needConfirmation: [], failed: [{ id: 'job/1', message: 'That job is linked to another project.', fix: 'Unlink the other one.' }] }),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    expect(await m.linkTo('job/1', 'Q1')).toBe(false);
    expect(m.actionError?.message).toBe('That job is linked to another project.');
    expect(m.actionError?.fix).toBe('Unlink the other one.');
    expect(m.undoOffer).toBeNull();
  });
});

describe('MappingModel: create, import, skip, reopen, settings', () => {
  it('creates in QuickBooks and says when', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([mappingRow('1', 'unlinked')])),
      'POST /api/mapping/jobs/create': () => jsonResponse({ queued: ['job/1'], failed: [] }),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    expect(await m.create([{ id: 'job/1', name: 'Short', parentListId: 'P1', asCustomer: false }])).toBe(true);
    expect(posts('/api/mapping/jobs/create')).toEqual([{ items: [{ id: 'job/1', name: 'Short', parentListId: 'P1', asCustomer: false }] }]);
    expect(m.notice).toBe('1 job queued for QuickBooks. It is created on the next Web Connector run.');
  });

  it('asks to confirm before linking an older project QuickBooks already has, instead of creating it', async () => {
    const message = '"Old Project" was created in Procore before Joblink was connected.';
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([mappingRow('1', 'unlinked')])),
      'POST /api/mapping/jobs/create': () => jsonResponse({ queued: [], failed: [], needConfirmation: [{ id: 'job/1', listId: 'J1', message }] }),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    await m.create([{ id: 'job/1', name: 'Old Project', parentListId: 'P1', asCustomer: false }]);
    expect(m.pending?.mode).toBe('links');
    expect(m.pending?.links).toEqual([{ id: 'job/1', listId: 'J1', confirm: true }]);
    expect(m.pending?.records[0].message).toBe(message);
    expect(m.notice).not.toBe('Nothing was queued for QuickBooks.');
  });

  it('keeps a refused create as the error of the dialog', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([mappingRow('1', 'unlinked')])),
      'POST /api/mapping/jobs/create': () => jsonResponse({ queued: [], failed: [{ id: 'job/1', message: 'The name is too long.', fix: 'Shorten it.' }] }),
    });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    expect(await m.create([{ id: 'job/1', name: 'x', asCustomer: true }])).toBe(false);
    expect(m.actionError?.message).toBe('The name is too long.');
  });

  it('creates in Procore in chunks', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([])),
      'POST /api/mapping/jobs/import': (body) => {
        const ids = (body as { listIds: string[] }).listIds;
        return jsonResponse({ created: ids.map((listId) => ({ listId, procoreId: '1', name: listId })), failed: [] });
      },
    });
    const m = new MappingModel(JOBS, null);
    const ids = Array.from({ length: 60 }, (_, i) => `L${i}`);
    await m.importRecords(ids);
    expect(posts('/api/mapping/jobs/import').map((b) => (b as { listIds: string[] }).listIds.length)).toEqual([50, 10]);
    expect(m.notice).toBe('Created 60 Procore projects. They are linked to QuickBooks.');
    await m.importRecords(['L1']);
    expect(m.notice).toBe('L1 was created in Procore and linked.');
  });

  it('skips and reopens through the mapping API', async () => {
    serve({
      'GET /api/mapping/vendors': () => jsonResponse(sampleMappingView([mappingRow('1', 'skipped', { id: 'vendor/1' })], { side: 'vendors' })),
      'POST /api/mapping/vendors/skip': () => jsonResponse({ rejected: 1 }),
      'POST /api/mapping/vendors/reopen': () => jsonResponse({ reopened: 1 }),
    });
    const m = new MappingModel(VENDORS, null);
    await m.refresh();
    await m.skip(['vendor/2'], ' Not a vendor ');
    expect(posts('/api/mapping/vendors/skip')).toEqual([{ ids: ['vendor/2'], comment: 'Not a vendor' }]);
    expect(m.notice).toBe('1 vendor skipped. Your reason goes back to Procore.');
    await m.reopen(['vendor/1']);
    expect(posts('/api/mapping/vendors/reopen')).toEqual([{ ids: ['vendor/1'] }]);
  });

  it('saves the vendor setting, and puts it back when refused', async () => {
    let refuse = false;
    serve({
      'GET /api/mapping/vendors': () =>
        jsonResponse(sampleMappingView([], { side: 'vendors', settings: { updateProcoreFromQuickBooks: true, importVendorTypes: ['Supplier'] } })),
      'PUT /api/mapping/vendors/settings': (body) => (refuse ? errorResponse(500, 'x', 'Not saved.') : jsonResponse(body)),
    });
    const m = new MappingModel(VENDORS, null);
    await m.refresh();
    await m.setUpdateProcore(false);
    expect(calls.at(-1)).toEqual({ method: 'PUT', url: '/api/mapping/vendors/settings', body: { updateProcoreFromQuickBooks: false, importVendorTypes: ['Supplier'] } });
    expect(m.view?.settings?.updateProcoreFromQuickBooks).toBe(false);
    expect(m.settingsSaved).toBe(true);
    refuse = true;
    await m.setUpdateProcore(true);
    expect(m.view?.settings?.updateProcoreFromQuickBooks).toBe(false);
    expect(m.settingsError?.message).toBe('Not saved.');
  });
});

describe('MappingModel: keyboard focus', () => {
  it('moves among the drawn rows', async () => {
    serve({ 'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(suggestedRows(3))) });
    const m = new MappingModel(JOBS, null);
    await m.refresh();
    expect(m.tabStopId).toBe('job/1');
    expect(m.moveFocus('next')).toBe('job/2');
    expect(m.moveFocus('last')).toBe('job/3');
    expect(m.moveFocus('next')).toBe('job/3');
    expect(m.moveFocus('prev')).toBe('job/2');
    expect(m.tabStopId).toBe('job/2');
  });
});

describe('MappingModel: the picker list and the customers', () => {
  it('has the server search the whole QuickBooks list, the suggestion first, without rows', async () => {
    serve({
      'GET /api/mapping/jobs?limit=0&qbLimit=50&prefer=S1': () => jsonResponse(sampleMappingView([], { quickbooksOnlyTotal: 1234 })),
      'GET /api/mapping/jobs?q=harbor&limit=0&qbLimit=50': () => jsonResponse(sampleMappingView([], { quickbooksOnly: [] })),
    });
    const m = new MappingModel(JOBS, null);
    m.q = 'zz'; // the page's search does not narrow the picker
    expect(await m.pickerRecords('', 'S1')).toMatchObject({ total: 1234, records: [{ listId: 'Q1' }, { listId: 'Q2' }] });
    expect(await m.pickerRecords(' harbor ')).toEqual({ records: [], total: 0 });
  });

  it('reads the customers a new job can go under', async () => {
    serve({ 'GET /api/mapping/jobs/parents?q=harbor&limit=200': () => jsonResponse(sampleParents()) });
    const m = new MappingModel(JOBS, null);
    expect((await m.parents('harbor')).parents).toEqual([{ listId: 'P1', fullName: 'Harbor Point Development LLC' }]);
  });
});
