// The Jobs and Vendors pages (one shared wizard) against a fetch that answers like docs/api-mapping.md.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import Jobs from './Jobs.svelte';
import Vendors from './Vendors.svelte';
import { statusStore } from '../lib/status.svelte';
import { setupStore } from '../lib/setup.svelte';
import { clearToken } from '../lib/token';
import { calls, jsonResponse, mappingRow, posted, qbRecord, sampleMappingView, sampleParents, serve, settle } from '../test/helpers';
import { byId, click, key, render, text, type, unmountAll } from '../test/dom';

const LONG = 'Sacramento Regional County Sanitation District Headworks Replacement Project';
const ROWS = [
  mappingRow('1', 'suggested', { procore: { name: 'Café Lumière Renovation – Phase 2' } }),
  mappingRow('2', 'linked'),
  mappingRow('3', 'conflict'),
  mappingRow('4', 'unlinked', { procore: { name: LONG }, suggestedName: 'Sacramento Headworks Replacement' }),
  mappingRow('5', 'skipped', { skipReason: 'Billed by the parent company' }),
];
const COUNTS = { all: 5, unlinked: 1, suggested: 1, linked: 1, conflicts: 1, creating: 0, skipped: 1, quickbooksOnly: 2 };

beforeEach(() => {
  clearToken();
  statusStore.reset();
  setupStore.reset();
  history.replaceState(null, '', '/#/jobs');
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Jobs page', () => {
  it('shows Procore on the left, the match with its confidence in words, and QuickBooks on the right', async () => {
    serve({ 'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS, { counts: COUNTS })) });
    const el = render(Jobs);
    await settle();
    expect(el.querySelector('h1')?.textContent).toBe('Jobs');
    const chips = [...el.querySelectorAll('[data-testid="mapping-filters"] button')].map((c) => text(c));
    expect(chips).toEqual(['All 5', 'Unlinked 1', 'Suggested 1', 'Linked 1', 'Conflicts 1', 'Being created 0', 'Skipped 1']);
    expect(byId(el, 'filter-all')?.getAttribute('aria-pressed')).toBe('true');
    expect([...el.querySelectorAll('[data-testid="mapping-table"] thead th')].map((th) => text(th))).toEqual([
      '', 'Procore project', 'Match', 'QuickBooks customer or job', 'Actions',
    ]);

    const r1 = byId(el, 'mapping-row-job/1')!;
    expect(r1.querySelector('th')?.textContent).toContain('Café Lumière Renovation – Phase 2');
    expect(text(el, 'confidence-job/1')).toBe('Likely match');
    expect(text(r1)).toContain('Same name apart from punctuation');
    expect(text(r1)).toContain('Customer:Project 1');
    expect(text(el, 'link-job/1')).toBe('Link Café Lumière Renovation – Phase 2 to Customer:Project 1');

    expect(text(el, 'linked-job/2')).toBe('Customer:Project 2');
    expect(byId(el, 'unlink-job/2')).not.toBeNull();
    expect(byId(el, 'link-job/2')).toBeNull();

    const problem = text(el, 'problem-job/3');
    expect(problem).toContain('Two Procore projects claim this QuickBooks job.');
    expect(problem).toContain('What it means: Only one can be linked to it.');
    expect(problem).toContain('How to fix it: Unlink one of them.');
    expect(byId(el, 'reopen-job/5')).not.toBeNull();
    expect(text(el, 'shortcuts-help')).toMatch(/Enter or l links/);
  });

  it('filters by chip and searches after typing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      'GET /api/mapping/jobs?filter=linked': () => jsonResponse(sampleMappingView([ROWS[1]])),
      'GET /api/mapping/jobs?filter=linked&q=zz': () => jsonResponse(sampleMappingView([], { counts: sampleMappingView(ROWS).counts })),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'filter-linked'));
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?filter=linked');
    expect(el.querySelectorAll('[data-testid="mapping-table"] tbody tr')).toHaveLength(1);
    await type(byId(el, 'mapping-search') as HTMLInputElement, 'zz');
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?filter=linked&q=zz');
    expect(text(el, 'mapping-empty')).toContain('No jobs in "Linked" match "zz".');
  });

  it('links a suggestion in one click, then offers Undo which unlinks', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      'POST /api/mapping/jobs/link': () => jsonResponse({ linked: ['job/1'], needConfirmation: [], failed: [] }),
      'POST /api/mapping/jobs/unlink': () => jsonResponse({ unlinked: ['job/1'], failed: [] }),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'link-job/1'));
    expect(posted('/api/mapping/jobs/link')).toEqual([{ links: [{ id: 'job/1', listId: 'S1', confirm: false }] }]);
    expect(text(el, 'action-notice')).toBe('Linked Café Lumière Renovation – Phase 2.');
    const toast = byId(el, 'undo-toast')!;
    expect(toast.closest('[aria-live="polite"]')).not.toBeNull();
    expect(text(el, 'undo-message')).toBe('Linked 1 job.');
    await click(byId(el, 'undo-button'));
    expect(posted('/api/mapping/jobs/unlink')).toEqual([{ ids: ['job/1'] }]);
    expect(byId(el, 'undo-toast')).toBeNull();
    expect(text(el, 'action-notice')).toBe('Undone: 1 job unlinked again.');
  });

  it('asks before linking a project created before Joblink was connected', async () => {
    const old = mappingRow('1', 'suggested', { procore: { name: 'Old Project', createdBeforeConnection: true } });
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView([old])),
      'POST /api/mapping/jobs/link': (body) => {
        const l = (body as { links: { id: string; confirm: boolean }[] }).links[0];
        return jsonResponse(
          l.confirm
            ? { linked: [l.id], needConfirmation: [], failed: [] }
            : { linked: [], needConfirmation: [{ id: l.id, message: 'In Procore since 2023.' }], failed: [] },
        );
      },
    });
    const el = render(Jobs);
    await settle();
    expect(text(el, 'mapping-row-job/1')).toContain('In Procore before Joblink was connected');
    const opener = byId(el, 'link-job/1')!;
    opener.focus();
    await click(opener);
    const dialog = byId(el, 'confirm-link-dialog')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(text(el, 'confirm-link-text')).toBe('These were in Procore before Joblink was connected.');
    // Each project with the QuickBooks record it is linked to, in a list that scrolls inside the
    // dialog (focusable, named) while the title and buttons stay.
    const pairs = [...byId(el, 'confirm-link-records')!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(pairs).toEqual([['Old Project', 'Customer:Project 1']]);
    const scroll = byId(el, 'confirm-link-scroll')!;
    expect(scroll.getAttribute('tabindex')).toBe('0');
    expect(document.getElementById(scroll.getAttribute('aria-labelledby')!)?.textContent?.trim()).toBe('The Procore project and the QuickBooks job it links to');
    expect(dialog.classList.contains('fit')).toBe(true);
    expect(document.activeElement).toBe(byId(el, 'confirm-link-anyway'));

    // Escape = cancel: nothing more is sent, and the focus goes back.
    await key(dialog, 'Escape');
    expect(byId(el, 'confirm-link-dialog')).toBeNull();
    expect(posted('/api/mapping/jobs/link')).toHaveLength(1);
    expect(text(el, 'action-notice')).toBe('Not linked: Old Project stays unlinked.');
    expect(document.activeElement).toBe(byId(el, 'link-job/1'));

    await click(byId(el, 'link-job/1'));
    await click(byId(el, 'confirm-link-anyway'));
    expect(posted('/api/mapping/jobs/link').at(-1)).toEqual({ links: [{ id: 'job/1', listId: 'S1', confirm: true }] });
    expect(byId(el, 'confirm-link-dialog')).toBeNull();
    expect(text(el, 'action-notice')).toBe('Linked Old Project.');
  });

  it('keeps the Tab key inside a dialog', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      'GET /api/mapping/jobs/parents?limit=200&for=job%2F4': () => jsonResponse(sampleParents()),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'create-job/4'));
    const dialog = byId(el, 'create-dialog')!;
    const cancel = byId(el, 'create-cancel')!;
    cancel.focus();
    await key(dialog, 'Tab');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(cancel);
  });

  it('puts every row\'s controls in the Tab order; arrows move between rows, l links and u unlink from the checkbox', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      'POST /api/mapping/jobs/link': () => jsonResponse({ linked: ['job/1'], needConfirmation: [], failed: [] }),
      'POST /api/mapping/jobs/unlink': () => jsonResponse({ unlinked: ['job/2'], failed: [] }),
    });
    const el = render(Jobs);
    await settle();
    const r1 = byId(el, 'mapping-row-job/1')!;
    const r2 = byId(el, 'mapping-row-job/2')!;
    const c1 = r1.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const c2 = r2.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    // No roving tab stop: the rows are not focusable, every checkbox and button is.
    expect(r1.hasAttribute('tabindex')).toBe(false);
    for (const control of el.querySelectorAll<HTMLElement>('[data-testid="mapping-table"] tbody input, [data-testid="mapping-table"] tbody button'))
      expect(control.tabIndex, control.dataset.testid ?? control.outerHTML).toBe(0);
    expect(text(el, 'shortcuts-help')).toMatch(/Tab goes through each row's checkbox and buttons/);
    c1.focus();
    await key(c1, 'ArrowDown');
    expect(document.activeElement).toBe(c2);
    await key(c2, 'k');
    expect(document.activeElement).toBe(c1);
    // From a button, the arrows move to the next row too; its Enter stays its own.
    const pick = byId(el, 'pick-job/1')!;
    pick.focus();
    await key(pick, 'ArrowDown');
    expect(document.activeElement).toBe(c2);
    c1.click();
    flushSync();
    expect(text(el, 'selection-count')).toBe('1 selected');
    await key(c1, 'l');
    expect(posted('/api/mapping/jobs/link')).toEqual([{ links: [{ id: 'job/1', listId: 'S1', confirm: false }] }]);
    await key(c2, 'u');
    expect(posted('/api/mapping/jobs/unlink')).toEqual([{ ids: ['job/2'] }]);

    // "/" goes to the search box, except while typing.
    await key(document.body, '/');
    expect(document.activeElement).toBe(byId(el, 'mapping-search'));
  });

  it('creates a project with a too-long name in QuickBooks under a customer, with the shorter name offered', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      'GET /api/mapping/jobs/parents?limit=200&for=job%2F4': () => jsonResponse(sampleParents()),
      'POST /api/mapping/jobs/create': () => jsonResponse({ queued: ['job/4'], failed: [] }),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'create-job/4'));
    const dialog = byId(el, 'create-dialog')!;
    expect(dialog.querySelector('h2')?.textContent).toBe(`Create ${LONG} in QuickBooks`);
    const name = byId(el, 'create-name') as HTMLInputElement;
    expect(name.value).toBe('Sacramento Headworks Replacement');
    expect(el.querySelector(`label[for="${name.id}"]`)?.textContent).toBe('Name in QuickBooks');
    expect(text(el, 'create-name-count')).toBe('32 of 41 characters');
    expect(text(dialog)).toContain('The Procore name has 76 characters; QuickBooks holds at most 41.');
    expect(text(dialog)).toContain('As a customer');
    expect(byId(el, 'create-parent-search')).toBeNull(); // one customer: nothing to search

    await type(name, LONG);
    expect(text(el, 'create-name-count')).toBe('76 of 41 characters');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(text(dialog)).toContain('shorten it by 35');
    await type(name, 'Sacramento Headworks');

    // A customer to put the job under is needed (or "As a customer").
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/jobs/create')).toEqual([]);
    expect(text(dialog)).toContain('Choose the customer the new job goes under');
    const parent = byId(el, 'create-parent') as HTMLSelectElement;
    parent.value = 'P1';
    parent.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/jobs/create')).toEqual([{ items: [{ id: 'job/4', name: 'Sacramento Headworks', parentListId: 'P1', asCustomer: false }] }]);
    expect(byId(el, 'create-dialog')).toBeNull();
    expect(text(el, 'action-notice')).toBe('1 job queued for QuickBooks. It is created on the next Web Connector run.');
  });

  it('finds the customer by search when QuickBooks has more than the dialog lists', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const many = Array.from({ length: 200 }, (_, i) => ({ listId: `P${i}`, fullName: `Customer ${i}` }));
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      'GET /api/mapping/jobs/parents?limit=200&for=job%2F1': () => jsonResponse(sampleParents(many, 4500)),
      'GET /api/mapping/jobs/parents?q=harbor&limit=200&for=job%2F1': () => jsonResponse(sampleParents()),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'create-job/1'));
    expect(text(el, 'create-parent-count')).toBe('Showing 200 of 4,500 customers. Type part of the name to find the others.');
    const find = byId(el, 'create-parent-search') as HTMLInputElement;
    expect(el.querySelector(`label[for="${find.id}"]`)?.textContent).toBe('Find the customer');
    await type(find, 'harbor');
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(text(el, 'create-parent-count')).toBe('1 customer');
    expect([...(byId(el, 'create-parent') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', 'P1']);
  });

  it('lists the customers in reading order and chooses the likely one, saying why; none when there is no likely one', async () => {
    const customers = [
      { listId: 'Z', fullName: 'zeta Homes' },
      { listId: 'E', fullName: 'Émile Dubois' },
      { listId: 'A', fullName: 'abbott Builders' },
    ];
    const reason = 'Joblink’s match for this project in QuickBooks, "Harbor Point Development LLC:Phase 2", is a job under this customer.';
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      'GET /api/mapping/jobs/parents?limit=200&for=job%2F4': () =>
        jsonResponse({ ...sampleParents(customers), likely: { listId: 'H', fullName: 'Harbor Point Development LLC', reason } }),
      'GET /api/mapping/jobs/parents?limit=200&for=job%2F1': () => jsonResponse({ ...sampleParents(customers), likely: null }),
      'POST /api/mapping/jobs/create': () => jsonResponse({ queued: ['job/4'], failed: [] }),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'create-job/4'));
    let parent = byId(el, 'create-parent') as HTMLSelectElement;
    // Sorted by name with case and accents set aside; the likely customer is among them although
    // the first page did not hold it, chosen, and the reason is the picker's description.
    expect([...parent.options].map((o) => o.textContent)).toEqual([
      'Choose a customer…',
      'abbott Builders',
      'Émile Dubois',
      'Harbor Point Development LLC',
      'zeta Homes',
    ]);
    expect(parent.value).toBe('H');
    expect(text(el, 'create-parent-likely')).toBe(`Chosen by Joblink: ${reason} Check it, or choose another.`);
    expect(parent.getAttribute('aria-describedby')).toBe(byId(el, 'create-parent-likely')!.id);
    // Another choice is the bookkeeper's; the suggestion stays said.
    parent.value = 'Z';
    parent.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(text(el, 'create-parent-likely')).toBe(`Joblink suggests “Harbor Point Development LLC”: ${reason}`);
    await click(byId(el, 'create-cancel'));

    // No likely customer: nothing is chosen, nothing said.
    await click(byId(el, 'create-job/1'));
    parent = byId(el, 'create-parent') as HTMLSelectElement;
    expect(parent.value).toBe('');
    expect(byId(el, 'create-parent-likely')).toBeNull();
  });

  it('creates the selected projects in QuickBooks, asking names only where needed', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      // Asked for the customer both likely go under: they point to one, which is chosen.
      'GET /api/mapping/jobs/parents?limit=200&for=job%2F1%2Cjob%2F4': () =>
        jsonResponse({ ...sampleParents(), likely: { listId: 'P1', fullName: 'Harbor Point Development LLC', reason: 'Each of the 2 projects points to it.' } }),
      'POST /api/mapping/jobs/create': (body) =>
        jsonResponse({ queued: (body as { items: { id: string }[] }).items.map((i) => i.id), failed: [] }),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'select-all'));
    expect(text(el, 'selection-count')).toBe('5 selected');
    // Linked, conflicting (linked) and skipped rows are not created.
    expect(text(el, 'create-selected')).toBe('Create selected in QuickBooks… (2)');
    await click(byId(el, 'create-selected'));
    const dialog = byId(el, 'create-dialog')!;
    expect(dialog.querySelector('h2')?.textContent).toBe('Create 2 jobs in QuickBooks');
    expect(text(dialog)).toContain('1 job keeps its Procore name. This one needs a shorter one:');
    // The dialog names what will be created and flags the one QuickBooks may already have.
    expect(text(el, 'create-summary')).toBe('2 jobs will be created; 1 of them has a possible match in QuickBooks (flagged below).');
    const listed = [...el.querySelectorAll<HTMLElement>('[data-testid="create-records"] li')];
    expect(listed.map((li) => li.dataset.rowId)).toEqual(['job/1', 'job/4']);
    expect(listed[0].dataset.match).toBe('likely');
    expect(text(listed[0])).toContain('QuickBooks already has “Customer:Project 1” (a likely match)');
    expect(text(el, 'create-confirm')).toBe('Create 2 jobs anyway');
    expect((byId(el, 'create-parent') as HTMLSelectElement).value).toBe('P1');
    expect(text(el, 'create-parent-likely')).toBe('Chosen by Joblink: Each of the 2 projects points to it. Check it, or choose another.');
    const names = el.querySelectorAll<HTMLInputElement>('[data-testid="create-name"]');
    expect([...names].map((n) => n.value)).toEqual(['Sacramento Headworks Replacement']);
    await click(byId(el, 'create-mode-customer'));
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/jobs/create')).toEqual([
      {
        items: [
          { id: 'job/1', name: 'Café Lumière Renovation – Phase 2', asCustomer: true, confirmed: true },
          { id: 'job/4', name: 'Sacramento Headworks Replacement', asCustomer: true },
        ],
      },
    ]);
    expect(text(el, 'action-notice')).toBe('2 jobs queued for QuickBooks. They are created on the next Web Connector run.');
    expect(text(el, 'selection-count')).toBe('3 selected');
  });

  it('creates as a customer', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      'GET /api/mapping/jobs/parents?limit=200&for=job%2F1': () => jsonResponse(sampleParents()),
      'POST /api/mapping/jobs/create': () => jsonResponse({ queued: ['job/1'], failed: [] }),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'create-job/1'));
    // QuickBooks may already have it: the dialog says so and offers the link first.
    expect(text(el, 'create-match')).toContain('QuickBooks already has “Customer:Project 1”, a likely match');
    expect(document.activeElement).toBe(byId(el, 'create-link-instead'));
    expect(text(el, 'create-confirm')).toBe('Create anyway');
    await click(byId(el, 'create-mode-customer'));
    expect(byId(el, 'create-parent')).toBeNull();
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/jobs/create')).toEqual([
      { items: [{ id: 'job/1', name: 'Café Lumière Renovation – Phase 2', asCustomer: true, confirmed: true }] },
    ]);
  });

  it('links to a QuickBooks record chosen by search', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const harbor = sampleMappingView([], {
      quickbooksOnly: [qbRecord('Q1', { fullName: 'Harbor Point Development LLC:Harbor Point Phase 2', name: 'Harbor Point Phase 2' })],
    });
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      // The server searches the whole QuickBooks list; no rows are asked for.
      'GET /api/mapping/jobs?limit=0&qbLimit=50': () => jsonResponse(sampleMappingView([])),
      'GET /api/mapping/jobs?q=harbor+phase&limit=0&qbLimit=50': () => jsonResponse(harbor),
      'POST /api/mapping/jobs/link': () => jsonResponse({ linked: ['job/4'], needConfirmation: [], failed: [] }),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'pick-job/4'));
    const picker = byId(el, 'link-picker')!;
    expect(document.activeElement).toBe(byId(el, 'picker-search'));
    expect(el.querySelectorAll('[data-testid="picker-option"]')).toHaveLength(2);
    // The sub job cannot be chosen, and says why.
    const sub = [...el.querySelectorAll<HTMLElement>('[data-testid="picker-option"]')].find((o) => text(o)?.includes('Roof'))!;
    expect(sub.querySelector('input')?.disabled).toBe(true);
    expect(text(sub)).toContain('Sub jobs (a job under a job) are not supported');

    await type(byId(el, 'picker-search') as HTMLInputElement, 'harbor phase');
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(text(el, 'picker-count')).toBe('1 record');
    expect((byId(el, 'picker-link') as HTMLButtonElement).disabled).toBe(true);
    await click(picker.querySelector<HTMLInputElement>('input[type="radio"]:not(:disabled)'));
    await click(byId(el, 'picker-link'));
    expect(posted('/api/mapping/jobs/link')).toEqual([{ links: [{ id: 'job/4', listId: 'Q1', confirm: false }] }]);
    expect(byId(el, 'link-picker')).toBeNull();
  });

  it('skips with a reason and reopens', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      'POST /api/mapping/jobs/skip': () => jsonResponse({ rejected: 1 }),
      'POST /api/mapping/jobs/reopen': () => jsonResponse({ reopened: 1 }),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'skip-job/4'));
    expect(byId(el, 'reject-dialog')?.querySelector('h2')?.textContent).toBe(`Skip ${LONG}`);
    const comment = byId(el, 'reject-comment') as HTMLTextAreaElement;
    comment.value = 'Internal project';
    comment.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    await click(byId(el, 'reject-confirm'));
    expect(posted('/api/mapping/jobs/skip')).toEqual([{ ids: ['job/4'], comment: 'Internal project' }]);
    expect(byId(el, 'reject-dialog')).toBeNull();
    await click(byId(el, 'reopen-job/5'));
    expect(posted('/api/mapping/jobs/reopen')).toEqual([{ ids: ['job/5'] }]);
  });

  it('lists QuickBooks-only records with Create in Procore, and explains sub jobs', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS)),
      'POST /api/mapping/jobs/import': () => jsonResponse({ created: [{ listId: 'Q1', procoreId: '77', name: 'Harbor Point Phase 2' }], failed: [] }),
    });
    const el = render(Jobs);
    await settle();
    const tab = byId(el, 'tab-quickbooks')!;
    expect(tab.getAttribute('role')).toBe('tab');
    expect(text(tab)).toBe('In QuickBooks only 2');
    await click(tab);
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(text(el, 'subjob-notice')).toMatch(/^Sub jobs \(a job under a job\) are not supported\./);
    expect(text(el, 'unsupported-Q2')).toBe('Sub jobs (a job under a job) are not supported');
    expect(byId(el, 'import-Q2')).toBeNull();
    await click(byId(el, 'import-Q1'));
    expect(posted('/api/mapping/jobs/import')).toEqual([]); // a confirmation first, naming what is created
    expect(byId(el, 'import-dialog')?.querySelector('h2')?.textContent).toMatch(/^Create .* in Procore$/);
    await click(byId(el, 'import-confirm'));
    expect(posted('/api/mapping/jobs/import')).toEqual([{ listIds: ['Q1'], confirmed: true }]);
    expect(text(el, 'action-notice')).toBe('Harbor Point Phase 2 was created in Procore and linked.');

    // The arrow keys move between the tabs.
    await key(tab, 'ArrowLeft');
    expect(byId(el, 'tab-procore')?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(byId(el, 'tab-procore'));
  });

  it('pages through a long list with Previous and Next', async () => {
    const page = (from: number, n: number) =>
      sampleMappingView(
        Array.from({ length: n }, (_, i) => mappingRow(String(from + i + 1), 'unlinked')),
        { total: 250, offset: from, counts: { all: 250, unlinked: 250, suggested: 0, linked: 0, conflicts: 0, quickbooksOnly: 2 } },
      );
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(page(0, 100)),
      'GET /api/mapping/jobs?offset=100': () => jsonResponse(page(100, 100)),
    });
    const el = render(Jobs);
    await settle();
    const pager = byId(el, 'rows-pager')!;
    expect(pager.tagName).toBe('NAV');
    expect(pager.getAttribute('aria-label')).toBe('Pages of Procore projects');
    expect(text(el, 'rows-pager-range')).toBe('Showing 1–100 of 250 jobs');
    expect(byId(el, 'rows-pager-range')?.getAttribute('aria-live')).toBe('polite');
    expect((byId(el, 'rows-pager-previous') as HTMLButtonElement).disabled).toBe(true);
    expect(text(el, 'rows-pager-next')).toBe('Next page of jobs');
    await click(byId(el, 'rows-pager-next'));
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?offset=100');
    expect(text(el, 'rows-pager-range')).toBe('Showing 101–200 of 250 jobs');
    expect(byId(el, 'mapping-row-job/101')).not.toBeNull();
    expect(byId(el, 'mapping-row-job/1')).toBeNull();
    await click(byId(el, 'rows-pager-previous'));
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs');
    expect(text(el, 'rows-pager-range')).toBe('Showing 1–100 of 250 jobs');
  });

  it('shows the Web Connector run while it is under way', async () => {
    serve({
      'GET /api/mapping/jobs': () =>
        jsonResponse(sampleMappingView([mappingRow('1', 'creating')], { run: { active: true, sent: 1, done: 0, total: 2 } })),
    });
    const el = render(Jobs);
    await settle();
    expect(text(el, 'run-progress')).toContain('Exporting 2 jobs: 0 done, 1 sent to QuickBooks, 1 waiting for the Web Connector.');
    expect(text(el, 'mapping-row-job/1')).toContain('Being created');
  });

  it('explains when the list cannot be read', async () => {
    serve({});
    const el = render(Jobs);
    await settle();
    expect(text(el, 'mapping-load-error')).toContain('Joblink is not answering');
  });
});

describe('Vendors page', () => {
  const vendorView = (overrides: Record<string, unknown> = {}) =>
    sampleMappingView(
      [mappingRow('1', 'suggested', { id: 'vendor/1', procore: { name: 'ABC Plumbing Inc' } })],
      {
        side: 'vendors',
        quickbooksOnly: [
          qbRecord('V1', { fullName: 'ACME Lumber & Supply', level: 'vendor', vendorType: 'Supplier' }),
          qbRecord('V2', { fullName: 'Bay Electric', level: 'vendor', vendorType: 'Subcontractor' }),
        ],
        vendorTypes: ['Subcontractor', 'Supplier'],
        settings: { updateProcoreFromQuickBooks: true, importVendorTypes: [] },
        ...overrides,
      },
    );

  beforeEach(() => history.replaceState(null, '', '/#/vendors'));

  it('switches "Update Procore companies when a QuickBooks vendor changes"', async () => {
    serve({
      'GET /api/mapping/vendors': () => jsonResponse(vendorView()),
      'PUT /api/mapping/vendors/settings': (body) => jsonResponse(body),
    });
    const el = render(Vendors);
    await settle();
    expect(text(el, 'vendor-settings-summary')).toBe('on'); // folded, the summary says how it is set
    const sw = byId(el, 'vendor-update-procore') as HTMLInputElement;
    expect(sw.checked).toBe(true);
    expect(el.querySelector(`label[for="${sw.id}"]`)?.textContent).toBe('Update Procore companies when a QuickBooks vendor changes');
    expect(document.getElementById(sw.getAttribute('aria-describedby')!)?.textContent).toMatch(/copies the\s+change/);
    await click(sw);
    expect(posted('/api/mapping/vendors/settings')).toEqual([{ updateProcoreFromQuickBooks: false, importVendorTypes: [] }]);
    expect(text(el, 'vendor-settings-state')).toBe('Saved');
    expect(text(el, 'vendor-settings-summary')).toBe('off');
  });

  it('links all exact matches and sums up', async () => {
    serve({
      'GET /api/mapping/vendors': () => jsonResponse(vendorView()),
      'POST /api/mapping/vendors/link-exact': () =>
        jsonResponse({ linked: ['vendor/1', 'vendor/2'], needConfirmation: [], failed: [{ id: 'vendor/3', message: 'Refused.', fix: 'Check it.' }] }),
    });
    const el = render(Vendors);
    await settle();
    byId(el, 'link-exact')!.focus();
    await click(byId(el, 'link-exact'));
    expect(posted('/api/mapping/vendors/link-exact')).toEqual([{ confirm: false }]);
    expect(text(el, 'bulk-summary-title')).toBe('Linked 2 of 3 vendors.');
    // The button disabled itself while it ran: the focus went to what happened, not the page.
    expect(document.activeElement).toBe(byId(el, 'bulk-summary-title'));
    expect(text(el, 'bulk-failures')).toContain('vendor/3: Refused. How to fix it: Check it.');
    expect(text(el, 'undo-message')).toBe('Linked 2 vendors.');
  });

  it('filters "In QuickBooks only" by vendor type and creates the selected in Procore', async () => {
    serve({
      'GET /api/mapping/vendors': () => jsonResponse(vendorView()),
      'GET /api/mapping/vendors?vendorType=Supplier': () =>
        jsonResponse(vendorView({ quickbooksOnly: [qbRecord('V1', { fullName: 'ACME Lumber & Supply', level: 'vendor', vendorType: 'Supplier' })] })),
      'POST /api/mapping/vendors/import': (body) =>
        jsonResponse({ created: (body as { listIds: string[] }).listIds.map((listId) => ({ listId, procoreId: '9', name: listId })), failed: [] }),
    });
    const el = render(Vendors);
    await settle();
    await click(byId(el, 'tab-quickbooks'));
    const type = byId(el, 'vendor-type-filter') as HTMLSelectElement;
    expect([...type.options].map((o) => o.text)).toEqual(['All types', 'Subcontractor', 'Supplier']);
    type.value = 'Supplier';
    type.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    await settle();
    expect(calls.at(-1)?.url).toBe('/api/mapping/vendors?vendorType=Supplier');
    expect(el.querySelectorAll('[data-testid="qbonly-table"] tbody tr')).toHaveLength(1);
    expect(text(el, 'qbonly-pager-range')).toBe('Showing the one QuickBooks vendor not linked to Procore');
    await click(byId(el, 'qbonly-select-all'));
    expect(text(el, 'import-selected')).toBe('Create selected in Procore (1)');
    await click(byId(el, 'import-selected'));
    await click(byId(el, 'import-confirm'));
    expect(posted('/api/mapping/vendors/import')).toEqual([{ listIds: ['V1'], confirmed: true }]);
  });

  it('creates a vendor in QuickBooks with only id and name', async () => {
    serve({
      'GET /api/mapping/vendors': () => jsonResponse(vendorView()),
      'POST /api/mapping/vendors/create': () => jsonResponse({ queued: ['vendor/1'], failed: [] }),
    });
    const el = render(Vendors);
    await settle();
    await click(byId(el, 'create-vendor/1'));
    expect(byId(el, 'create-mode-parent')).toBeNull();
    expect(document.activeElement).toBe(byId(el, 'create-link-instead')); // it has a likely match: the link comes first
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/vendors/create')).toEqual([{ items: [{ id: 'vendor/1', name: 'ABC Plumbing Inc', confirmed: true }] }]);
  });

  it('offers the link instead of a create when QuickBooks has the record, in both directions', async () => {
    const view = vendorView({
      quickbooksOnly: [
        qbRecord('S1', {
          fullName: 'Customer:Project 1',
          level: 'vendor',
          procoreMatch: { id: 'vendor/1', name: 'ABC Plumbing Inc', confidence: 'exact', reason: 'Same name' },
        }),
      ],
    });
    serve({
      'GET /api/mapping/vendors': () => jsonResponse(view),
      'POST /api/mapping/vendors/link': () => jsonResponse({ linked: ['vendor/1'], needConfirmation: [], failed: [] }),
    });
    const el = render(Vendors);
    await settle();
    await click(byId(el, 'create-vendor/1'));
    await click(byId(el, 'create-link-instead'));
    expect(posted('/api/mapping/vendors/create')).toEqual([]);
    expect(posted('/api/mapping/vendors/link')).toEqual([{ links: [{ id: 'vendor/1', listId: 'S1', confirm: false }] }]);
    expect(byId(el, 'create-dialog')).toBeNull();

    await click(byId(el, 'tab-quickbooks'));
    await click(byId(el, 'import-S1'));
    expect(text(el, 'import-match')).toContain('Procore already has “ABC Plumbing Inc”, an exact match (Same name)');
    expect(text(el, 'import-confirm')).toBe('Create in Procore anyway');
    await click(byId(el, 'import-link-instead'));
    expect(posted('/api/mapping/vendors/import')).toEqual([]);
    expect(posted('/api/mapping/vendors/link')).toHaveLength(2);
  });

  it('stops a name QuickBooks cannot store and asks for a Latin-alphabet one', async () => {
    const view = sampleMappingView(
      [
        mappingRow('7', 'unlinked', {
          id: 'vendor/7',
          procore: { name: '北京建工集团有限责任公司' },
          nameProblem: { message: 'The name "北京建工集团有限责任公司" has letters QuickBooks cannot store.' },
        }),
      ],
      { side: 'vendors', settings: { updateProcoreFromQuickBooks: true, importVendorTypes: [] } },
    );
    serve({
      'GET /api/mapping/vendors': () => jsonResponse(view),
      'POST /api/mapping/vendors/create': () => jsonResponse({ queued: ['vendor/7'], failed: [] }),
    });
    const el = render(Vendors);
    await settle();
    await click(byId(el, 'create-vendor/7'));
    expect(text(el, 'create-name-problem')).toContain('has letters QuickBooks cannot store. Type the name in the Latin alphabet.');
    const name = byId(el, 'create-name') as HTMLInputElement;
    expect(name.value).toBe('');
    name.value = '北京 Construction';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/vendors/create')).toEqual([]);
    expect(el.textContent).toContain('write the name in the Latin alphabet');
    name.value = 'Beijing Construction Engineering Group';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    await click(byId(el, 'create-confirm'));
    expect(posted('/api/mapping/vendors/create')).toEqual([{ items: [{ id: 'vendor/7', name: 'Beijing Construction Engineering Group' }] }]);
  });
});

describe('Mapping rows: compact, short names, details, skipped and conflicts', () => {
  it('names a row briefly (record, status, match) and describes it with the explanation folded behind Details', async () => {
    serve({ 'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS, { counts: COUNTS })) });
    const el = render(Jobs);
    await settle();
    const r1 = byId(el, 'mapping-row-job/1')!;
    expect(r1.getAttribute('aria-label')).toBe('Café Lumière Renovation – Phase 2, Match suggested, likely match Customer:Project 1');
    const r3 = byId(el, 'mapping-row-job/3')!;
    expect(r3.getAttribute('aria-label')).toBe('Project 3, Needs attention, linked to Customer:Project 3');
    expect(r3.getAttribute('aria-label')!.length).toBeLessThan(80);
    // The explanation is the description, folded until asked for.
    const why = document.getElementById(r3.getAttribute('aria-describedby')!)!;
    expect(why.hidden).toBe(true);
    expect(text(why)).toContain('What it means: Only one can be linked to it.');
    expect(text(why)).toContain('QuickBooks id (ListID): QB3');
    expect(r3.querySelector('input[type="checkbox"]')?.getAttribute('aria-describedby')).toBe(why.id);
    const toggle = byId(el, 'details-job/3')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(why.id);
    expect(text(toggle)).toBe('Why? (Project 3)');
    await click(toggle);
    expect(why.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // The match's reason and the raw ids are behind Details too, not on the row's face.
    const details1 = byId(el, 'details-panel-job/1')!;
    expect(details1.hidden).toBe(true);
    expect(text(details1)).toContain('Same name apart from punctuation');
    expect(text(details1)).toContain('S1');
    // The skip reason is on the row itself.
    expect(text(el, 'skip-reason-job/5')).toBe('Reason: Billed by the parent company');
  });

  it('offers Skipped as a filter and empty-state words that know a search from an empty list', async () => {
    serve({
      'GET /api/mapping/jobs': () => jsonResponse(sampleMappingView(ROWS, { counts: COUNTS })),
      'GET /api/mapping/jobs?filter=skipped': () => jsonResponse(sampleMappingView([ROWS[4]], { counts: COUNTS })),
    });
    const el = render(Jobs);
    await settle();
    await click(byId(el, 'filter-skipped'));
    expect(calls.at(-1)?.url).toBe('/api/mapping/jobs?filter=skipped');
    expect(byId(el, 'filter-skipped')?.getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelectorAll('[data-testid="mapping-table"] tbody tr')).toHaveLength(1);
    expect(byId(el, 'reopen-job/5')).not.toBeNull();
  });

  it('skips the selected conflicts in one go, and replaces Procore\'s links after saying what changes there', async () => {
    const foreign = (key: string) =>
      mappingRow(key, 'unlinked', {
        status: 'conflict',
        suggestion: { listId: `S${key}`, fullName: `Customer:Match ${key}`, confidence: 'likely', score: 0.9, reason: 'Same name' },
        problem: { message: `Procore links this project to QuickBooks record "X-${key}", which this company file does not have.`, meaning: 'Another integration.', fix: 'Link, create or skip.' },
      });
    const rows = [foreign('7'), foreign('8'), mappingRow('9', 'conflict')];
    serve({
      'GET /api/mapping/jobs?filter=conflicts': () => jsonResponse(sampleMappingView(rows, { counts: COUNTS })),
      'POST /api/mapping/jobs/link': () => jsonResponse({ linked: ['job/7', 'job/8'], needConfirmation: [], failed: [] }),
      'POST /api/mapping/jobs/skip': () => jsonResponse({ rejected: 1 }),
    });
    history.replaceState(null, '', '/#/jobs?filter=conflicts');
    const el = render(Jobs);
    await settle();
    expect(text(el, 'conflicts-help')).toContain('Replace links in Procore');
    expect((byId(el, 'replace-selected') as HTMLButtonElement).disabled).toBe(true);
    await click(byId(el, 'select-all'));
    // The bulk link leaves conflicts to the replace, which asks first.
    expect((byId(el, 'link-selected') as HTMLButtonElement).disabled).toBe(true);
    expect(text(el, 'replace-selected')).toBe('Replace links in Procore… (2)');
    expect(text(el, 'skip-selected')).toBe('Skip selected… (2)'); // job/9 is linked: unlink it instead
    await click(byId(el, 'replace-selected'));
    const dialog = byId(el, 'replace-link-dialog')!;
    expect(text(dialog)).toContain('write that link into Procore in place of the old one');
    expect(text(dialog)).toContain('Nothing changes in QuickBooks');
    expect(text(el, 'replace-link-records')).toContain('Project 7: link to Customer:Match 7 — now: Procore links this project to QuickBooks record "X-7"');
    expect(posted('/api/mapping/jobs/link')).toEqual([]);
    await click(byId(el, 'replace-link-confirm'));
    expect(posted('/api/mapping/jobs/link')).toEqual([
      { links: [{ id: 'job/7', listId: 'S7', confirm: false }, { id: 'job/8', listId: 'S8', confirm: false }] },
    ]);
    expect(byId(el, 'replace-link-dialog')).toBeNull();

    for (const id of ['job/7', 'job/8']) {
      const box = byId(el, `mapping-row-${id}`)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      if (!box.checked) await click(box);
    }
    expect(text(el, 'skip-selected')).toBe('Skip selected… (2)');
    await click(byId(el, 'skip-selected'));
    expect(byId(el, 'reject-dialog')?.querySelector('h2')?.textContent).toBe('Skip 2 jobs');
    const comment = byId(el, 'reject-comment') as HTMLTextAreaElement;
    comment.value = 'Run by the other office';
    comment.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    await click(byId(el, 'reject-confirm'));
    expect(posted('/api/mapping/jobs/skip')).toEqual([{ ids: ['job/7', 'job/8'], comment: 'Run by the other office' }]);
  });
});
