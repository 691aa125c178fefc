import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import Setup from './Setup.svelte';
import { setupStore } from '../lib/setup.svelte';
import { statusStore } from '../lib/status.svelte';
import { clearToken } from '../lib/token';
import { kindsStore } from '../lib/kinds.svelte';
import { errorResponse, jsonResponse, mockFetch, sampleKinds, sampleSetup, settle, setupAt } from '../test/helpers';
import { byId, click, render, text, unmountAll } from '../test/dom';

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

function choose(input: HTMLInputElement) {
  input.click();
  flushSync();
}

function labelOf(el: HTMLElement, input: Element): string {
  return el.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? '';
}

beforeEach(() => {
  clearToken();
  setupStore.reset();
  statusStore.reset();
  kindsStore.set(sampleKinds());
  history.replaceState(null, '', '/#/setup');
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
  setupStore.reset();
  kindsStore.reset();
});

describe('Setup wizard', () => {
  it('opens on the first unfinished step with a step indicator, and moves focus to the step heading', async () => {
    mockFetch({
      'GET /api/setup': () => jsonResponse(setupAt('webconnector')),
    });
    const el = render(Setup);
    await settle();
    const step = byId(el, 'setup-step');
    expect(step?.getAttribute('data-step')).toBe('webconnector');
    expect(el.querySelector('h2#setup-step-title')?.textContent).toBe('Connect the QuickBooks Web Connector');
    expect(el.querySelector('nav[aria-label="Setup steps"]')).not.toBeNull();
    expect(byId(el, 'setup-step-procore')?.getAttribute('data-done')).toBe('true');
    expect(byId(el, 'setup-step-procore')?.textContent).toContain('(done)');
    expect(byId(el, 'setup-step-webconnector')?.getAttribute('aria-current')).toBe('step');
    expect((byId(el, 'setup-step-quickbooks') as HTMLButtonElement).disabled).toBe(true);
    expect((byId(el, 'setup-step-done') as HTMLButtonElement).disabled).toBe(true);
    expect(byId(el, 'setup-later')?.getAttribute('href')).toBe('#/dashboard');

    // Back goes to the previous step and the heading gets the focus.
    await click(byId(el, 'setup-back'));
    expect(byId(el, 'setup-step')?.getAttribute('data-step')).toBe('company');
    expect(document.activeElement?.id).toBe('setup-step-title');
    expect(document.activeElement?.textContent).toBe('Choose your Procore company');

    // The step indicator also goes back.
    await click(byId(el, 'setup-step-procore'));
    expect(byId(el, 'setup-step')?.getAttribute('data-step')).toBe('procore');
    expect(document.activeElement?.id).toBe('setup-step-title');
    expect(text(el, 'procore-connected')).toContain('Signed in to Procore as Ann Smith (ann@acme.test)');
  });

  it('checks the Procore fields with clear messages and labels', async () => {
    const fetch = mockFetch({ 'GET /api/setup': () => jsonResponse(sampleSetup()) });
    const el = render(Setup);
    await settle();
    choose(byId(el, 'env-custom') as HTMLInputElement);
    choose(byId(el, 'method-service_account') as HTMLInputElement);
    const url = el.querySelector<HTMLInputElement>('input[type="url"]')!;
    expect(labelOf(el, url)).toBe('Procore address');
    type(url, 'https://sandbox.procore.com/rest/v1.0');
    await click(byId(el, 'procore-signin'));

    const errors = [...el.querySelectorAll('.field-error')].map((e) => e.textContent?.trim());
    expect(errors).toEqual([
      'Leave out everything after the server name ("/rest/v1.0"): enter only https://sandbox.procore.com.',
      expect.stringMatching(/^Enter the client ID/),
      expect.stringMatching(/^Enter the client secret/),
    ]);
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(url.getAttribute('aria-describedby')).toContain(`${url.id}-error`);
    expect(document.activeElement).toBe(url);
    // nothing was sent
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['/api/setup']);

    const id = el.querySelector<HTMLInputElement>('input[id$="-clientId"]')!;
    const secret = el.querySelector<HTMLInputElement>('input[id$="-clientSecret"]')!;
    expect(labelOf(el, id)).toBe('Client ID');
    expect(labelOf(el, secret)).toBe('Client secret');
    expect(secret.type).toBe('password');
  });

  it('signs in with a service account (environment first), then shows the server error with its fix', async () => {
    let connected = false;
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(connected ? setupAt('company') : sampleSetup()),
      'PUT /api/setup/procore/environment': () => jsonResponse(sampleSetup({ procore: { ...sampleSetup().procore, environment: 'sandbox', baseURL: 'https://sandbox.procore.com' } })),
      'POST /api/setup/procore/service-account': () =>
        errorResponse(400, 'procore_refused', 'Procore did not accept the client ID and secret.', 'Copy both again from the Procore Developer Portal.'),
    });
    const el = render(Setup);
    await settle();
    choose(byId(el, 'env-sandbox') as HTMLInputElement);
    choose(byId(el, 'method-service_account') as HTMLInputElement);
    type(el.querySelector<HTMLInputElement>('input[id$="-clientId"]')!, ' abc ');
    type(el.querySelector<HTMLInputElement>('input[id$="-clientSecret"]')!, 'xyz');
    await click(byId(el, 'procore-signin'));
    expect(fetch).toHaveBeenCalledWith('/api/setup/procore/environment', expect.objectContaining({ method: 'PUT', body: '{"environment":"sandbox"}' }));
    expect(fetch).toHaveBeenCalledWith('/api/setup/procore/service-account', expect.objectContaining({ body: '{"clientId":"abc","clientSecret":"xyz"}' }));
    const err = byId(el, 'signin-procore-error');
    expect(err?.getAttribute('role')).toBe('alert');
    expect(err?.textContent).toContain('Procore did not accept the client ID and secret.');
    expect(err?.textContent).toContain('How to fix it: Copy both again from the Procore Developer Portal.');
  });

  it('points a refused client ID and secret to the fields on the same form', async () => {
    mockFetch({
      'GET /api/setup': () => jsonResponse(sampleSetup()),
      'PUT /api/setup/procore/environment': () => jsonResponse(sampleSetup({ procore: { ...sampleSetup().procore, environment: 'sandbox', baseURL: 'https://sandbox.procore.com' } })),
      'POST /api/setup/procore/service-account': () =>
        errorResponse(400, 'procore_credentials', 'Procore did not recognise the client id or secret.', 'Check the Client ID and Client secret above.'),
    });
    const el = render(Setup);
    await settle();
    choose(byId(el, 'env-sandbox') as HTMLInputElement);
    choose(byId(el, 'method-service_account') as HTMLInputElement);
    const clientId = el.querySelector<HTMLInputElement>('input[id$="-clientId"]')!;
    const secret = el.querySelector<HTMLInputElement>('input[id$="-clientSecret"]')!;
    type(clientId, 'abc');
    type(secret, 'wrong');
    await click(byId(el, 'procore-signin'));
    for (const input of [clientId, secret]) {
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((i) => document.getElementById(i)?.textContent ?? '');
      expect(described.join(' ')).toContain('Check the Client ID and Client secret above.');
    }
  });

  it('signs in with the browser: opens the page, waits with a Cancel button', async () => {
    const open = vi.fn(() => null);
    vi.stubGlobal('open', open);
    mockFetch({
      'GET /api/setup': () => jsonResponse(sampleSetup()),
      'POST /api/setup/procore/browser': () => jsonResponse({ authorizeURL: 'https://login.procore.com/oauth/authorize?x=1' }),
    });
    const el = render(Setup);
    await settle();
    await click(byId(el, 'procore-signin'));
    expect(open).toHaveBeenCalledWith('https://login.procore.com/oauth/authorize?x=1', '_blank', 'noopener');
    const waiting = byId(el, 'browser-waiting');
    expect(waiting?.querySelector('[role="status"]')?.textContent).toContain('Waiting for you to sign in to Procore');
    expect(byId(el, 'browser-link')?.getAttribute('href')).toBe('https://login.procore.com/oauth/authorize?x=1');
    await click(byId(el, 'browser-cancel'));
    expect(byId(el, 'browser-waiting')).toBeNull();
    expect(byId(el, 'procore-form')).not.toBeNull();
  });

  it('does not open the browser again when Joblink already opened it', async () => {
    const open = vi.fn(() => null);
    vi.stubGlobal('open', open);
    mockFetch({
      'GET /api/setup': () => jsonResponse(sampleSetup()),
      'POST /api/setup/procore/browser': () => jsonResponse({ authorizeURL: 'https://login.procore.com/a', opened: true }),
    });
    const el = render(Setup);
    await settle();
    await click(byId(el, 'procore-signin'));
    expect(open).not.toHaveBeenCalled();
    expect(text(el, 'browser-waiting')).toContain('Joblink opened the Procore sign-in page in your browser.');
  });

  it('prefills the demo values but still shows the Procore step', async () => {
    mockFetch({
      'GET /api/setup': () =>
        jsonResponse(sampleSetup({ demo: true, prefill: { environment: 'custom', baseURL: 'http://127.0.0.1:41750', clientId: 'demo-id', clientSecret: 'demo-secret' } })),
    });
    const el = render(Setup);
    await settle();
    expect(byId(el, 'setup-step')?.getAttribute('data-step')).toBe('procore');
    expect((byId(el, 'env-custom') as HTMLInputElement).checked).toBe(true);
    expect(el.querySelector<HTMLInputElement>('input[type="url"]')?.value).toBe('http://127.0.0.1:41750');
    expect(el.querySelector<HTMLInputElement>('input[id$="-clientId"]')?.value).toBe('demo-id');
  });

  it('chooses the company', async () => {
    let state = setupAt('company');
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      'GET /api/setup/procore/companies': () => jsonResponse({ companies: [{ id: 5, name: 'Acme Construction' }, { id: 6, name: 'Acme Test' }] }),
      'PUT /api/setup/procore/company': () => {
        state = setupAt('webconnector');
        return jsonResponse(state);
      },
    });
    const el = render(Setup);
    await settle();
    await click(byId(el, 'setup-next'));
    expect(el.querySelector('.field-error')?.textContent?.trim()).toBe('Choose the Procore company Joblink works with.');
    choose(el.querySelectorAll<HTMLInputElement>('[data-testid="company-list"] input')[1]);
    await click(byId(el, 'setup-next'));
    expect(fetch).toHaveBeenCalledWith('/api/setup/procore/company', expect.objectContaining({ body: '{"id":6}' }));
    expect(byId(el, 'setup-step')?.getAttribute('data-step')).toBe('webconnector');
    expect(document.activeElement?.id).toBe('setup-step-title');
  });

  it('pre-selects the only company the sign-in can see, says so, and saves it once confirmed', async () => {
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(setupAt('company')),
      'GET /api/setup/procore/companies': () => jsonResponse({ companies: [{ id: 5, name: 'Acme Construction' }] }),
      'PUT /api/setup/procore/company': () => jsonResponse(setupAt('webconnector')),
    });
    const el = render(Setup);
    await settle();
    expect(el.querySelector<HTMLInputElement>('[data-testid="company-list"] input')?.checked).toBe(true);
    expect(text(el, 'company-preselected')).toContain('It is the only company this Procore sign-in can see.');
    expect(el.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe(byId(el, 'company-preselected')!.id);
    expect(fetch).not.toHaveBeenCalledWith('/api/setup/procore/company', expect.anything());
    await click(byId(el, 'setup-next'));
    expect(fetch).toHaveBeenCalledWith('/api/setup/procore/company', expect.objectContaining({ body: '{"id":5}' }));
  });

  it('asks a service account for the company ID, since it cannot list companies', async () => {
    let state = setupAt('company');
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      'GET /api/setup/procore/companies': () =>
        errorResponse(409, 'company_id_needed', 'A Procore service account cannot list its companies until it is given one of them.', 'Type your Procore company id.'),
      'PUT /api/setup/procore/company': () => {
        state = setupAt('webconnector');
        return jsonResponse(state);
      },
    });
    const el = render(Setup);
    await settle();
    const input = byId(el, 'company-id') as HTMLInputElement;
    expect(labelOf(el, input)).toBe('Procore company ID');
    await click(byId(el, 'setup-next'));
    expect(el.querySelector('.field-error')?.textContent?.trim()).toMatch(/^Enter your Procore company ID/);
    expect(document.activeElement).toBe(input);
    type(input, '5000000017');
    await click(byId(el, 'setup-next'));
    expect(fetch).toHaveBeenCalledWith('/api/setup/procore/company', expect.objectContaining({ body: '{"id":5000000017}' }));
    expect(byId(el, 'setup-step')?.getAttribute('data-step')).toBe('webconnector');
  });

  it('makes the Web Connector password once, gives the steps, and shows the first contact', async () => {
    let state: Record<string, unknown> = setupAt('webconnector');
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      'POST /api/setup/webconnector/password': () => jsonResponse({ password: 'Tq7-horse-42' }),
    });
    const el = render(Setup);
    await settle();
    expect(text(el, 'wc-waiting')).toContain('Waiting for the first contact');
    expect((byId(el, 'setup-next') as HTMLButtonElement).disabled).toBe(true);
    const steps = [...el.querySelectorAll('[data-testid="wc-steps"] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(steps[0]).toMatch(/Admin/);
    expect(steps.join(' ')).toContain('Add an application');
    expect(steps.join(' ')).toContain('"Yes, whenever this QuickBooks company file is open"');
    expect(steps.join(' ')).toContain('Password');
    expect(steps.join(' ')).toContain('Auto-Run');

    await click(byId(el, 'wc-make-password'));
    const pw = byId(el, 'wc-password') as HTMLInputElement;
    expect(pw.value).toBe('Tq7-horse-42');
    expect(labelOf(el, pw)).toBe('Web Connector password');
    expect(text(el, 'wc-password-once')).toContain('you will not see it again');
    await click(byId(el, 'wc-copy'));
    expect(writeText).toHaveBeenCalledWith('Tq7-horse-42');
    expect(el.textContent).toContain('Copied.');

    state = setupAt('quickbooks', { quickbooks: { ...setupAt('quickbooks').quickbooks } });
    await setupStore.load();
    await settle();
    expect(text(el, 'wc-company-file')).toContain('Acme Construction.qbw');
    expect(text(el, 'wc-product')).toBe('QuickBooks Enterprise Solutions: Contractor 24.0 (version 34.0)');
    expect(text(el, 'wc-country')).toBe('United States');
    expect((byId(el, 'setup-next') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows a Web Connector problem with its fix', async () => {
    const wc = { ...setupAt('webconnector').webConnector, problem: { message: 'A different company file answered.', fix: 'Open Acme Construction.qbw and run the Web Connector again.' } };
    mockFetch({ 'GET /api/setup': () => jsonResponse(setupAt('webconnector', { webConnector: wc })) });
    const el = render(Setup);
    await settle();
    expect(text(el, 'wc-problem')).toContain('How to fix it: Open Acme Construction.qbw');
    expect(byId(el, 'wc-waiting')).toBeNull();
  });

  it('waits for the QuickBooks lists, then checks and saves the choices', async () => {
    let state: Record<string, unknown> = setupAt('quickbooks');
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      // No choice is obvious here (two of each, no name says it): nothing is pre-selected.
      'GET /api/quickbooks/accounts?type=Income&type=OtherIncome': () =>
        jsonResponse({
          accounts: [
            { listID: 'A1', fullName: 'Sales', type: 'Income', active: true },
            { listID: 'A3', fullName: 'Services', type: 'Income', active: true },
          ],
        }),
      'GET /api/quickbooks/accounts?type=CostOfGoodsSold&type=Expense&type=OtherExpense': () =>
        jsonResponse({
          accounts: [
            { listID: 'A2', fullName: 'Materials', type: 'CostOfGoodsSold', active: true },
            { listID: 'A4', fullName: 'Rent', type: 'Expense', active: true },
          ],
        }),
      'GET /api/quickbooks/items': () => jsonResponse({ items: [{ listID: 'I9', fullName: 'Freight', type: 'OtherCharge', active: true }] }),
      'PUT /api/setup/quickbooks': () => {
        state = setupAt('preferences');
        return jsonResponse(state);
      },
    });
    const el = render(Setup);
    await settle();
    expect(text(el, 'qb-lists-waiting')).toContain("arrive after the Web Connector's first run");

    state = setupAt('quickbooks', { quickbooks: { incomeAccount: null, expenseAccount: null, retainageItem: null, listsReady: true } });
    await setupStore.load();
    await settle();
    const income = byId(el, 'qb-select-income') as HTMLSelectElement;
    expect(labelOf(el, income)).toBe('Income account');
    expect(labelOf(el, byId(el, 'qb-select-expense')!)).toBe('Expense account');
    expect(labelOf(el, byId(el, 'qb-select-retainage')!)).toBe('Retainage item (optional)');
    // Invoices are not a registered kind (not built): the retainage item is not promised a use.
    expect(kindsStore.list.some((k) => k.kind === 'invoice')).toBe(false);
    expect(el.textContent).toContain('This version of Joblink does not export invoices yet');
    expect(el.textContent).not.toContain('Joblink asks for it when it first exports an invoice');
    expect([...income.options].map((o) => o.textContent)).toEqual(['Choose…', 'Sales (Income)', 'Services (Income)']);
    expect(el.querySelector('[data-testid^="qb-preselected-"]')).toBeNull();

    await click(byId(el, 'setup-next'));
    expect([...el.querySelectorAll('.field-error')].map((e) => e.textContent?.trim())).toEqual([
      'Choose the income account for cost-code items.',
      'Choose the expense account for cost-code items.',
    ]);
    expect(document.activeElement).toBe(income);

    for (const [f, v] of [['income', 'A1'], ['expense', 'A2'], ['retainage', 'I9']]) {
      const s = byId(el, `qb-select-${f}`) as HTMLSelectElement;
      s.value = v;
      s.dispatchEvent(new Event('change', { bubbles: true }));
    }
    flushSync();
    await click(byId(el, 'setup-next'));
    expect(fetch).toHaveBeenCalledWith('/api/setup/quickbooks', expect.objectContaining({ body: '{"incomeAccount":"A1","expenseAccount":"A2","retainageItem":"I9"}' }));
    expect(byId(el, 'setup-step')?.getAttribute('data-step')).toBe('preferences');
  });

  it('pre-selects the obvious accounts and retainage item, says why, and saves only once confirmed', async () => {
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(setupAt('quickbooks', { quickbooks: { incomeAccount: null, expenseAccount: null, retainageItem: null, listsReady: true } })),
      'GET /api/quickbooks/accounts?type=Income&type=OtherIncome': () =>
        jsonResponse({ accounts: [{ listID: 'A1', fullName: 'Construction Income', type: 'Income', active: true }] }),
      'GET /api/quickbooks/accounts?type=CostOfGoodsSold&type=Expense&type=OtherExpense': () =>
        jsonResponse({
          accounts: [
            { listID: 'A2', fullName: 'Cost of Goods Sold:Job Costs', type: 'CostOfGoodsSold', active: true },
            { listID: 'A4', fullName: 'Rent', type: 'Expense', active: true },
          ],
        }),
      'GET /api/quickbooks/items': () =>
        jsonResponse({
          items: [
            { listID: 'S1', fullName: '01-100 General Conditions', type: 'Service', active: true },
            { listID: 'I9', fullName: 'Retainage', type: 'OtherCharge', active: true },
            { listID: 'F1', fullName: 'Freight', type: 'OtherCharge', active: true },
          ],
        }),
      'PUT /api/setup/quickbooks': () => jsonResponse(setupAt('preferences')),
    });
    const el = render(Setup);
    await settle();
    const select = (f: string) => byId(el, `qb-select-${f}`) as HTMLSelectElement;
    expect([select('income').value, select('expense').value, select('retainage').value]).toEqual(['A1', 'A2', 'I9']);
    expect(text(el, 'qb-preselected-income')).toContain('It is the only income account in your QuickBooks company file.');
    expect(text(el, 'qb-preselected-expense')).toContain('Its name says job or construction costs');
    expect(text(el, 'qb-preselected-retainage')).toContain('Its name says retainage');
    // Read with the picker, and nothing saved yet: the bookkeeper confirms.
    const note = byId(el, 'qb-preselected-expense')!;
    expect(select('expense').getAttribute('aria-describedby')?.split(' ')).toContain(note.id);
    expect(fetch).not.toHaveBeenCalledWith('/api/setup/quickbooks', expect.anything());
    // Changed by the bookkeeper: the note goes, the choice is theirs.
    select('expense').value = 'A4';
    select('expense').dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(byId(el, 'qb-preselected-expense')).toBeNull();
    await click(byId(el, 'setup-next'));
    expect(fetch).toHaveBeenCalledWith('/api/setup/quickbooks', expect.objectContaining({ body: '{"incomeAccount":"A1","expenseAccount":"A4","retainageItem":"I9"}' }));
  });

  it('keeps a saved choice rather than pre-select another', async () => {
    mockFetch({
      'GET /api/setup': () =>
        jsonResponse(
          setupAt('quickbooks', {
            quickbooks: { incomeAccount: { listID: 'A3', fullName: 'Services' }, expenseAccount: null, retainageItem: null, listsReady: true },
          }),
        ),
      'GET /api/quickbooks/accounts?type=Income&type=OtherIncome': () =>
        jsonResponse({
          accounts: [
            { listID: 'A1', fullName: 'Construction Income', type: 'Income', active: true },
            { listID: 'A3', fullName: 'Services', type: 'Income', active: true },
          ],
        }),
      'GET /api/quickbooks/accounts?type=CostOfGoodsSold&type=Expense&type=OtherExpense': () => jsonResponse({ accounts: [] }),
      'GET /api/quickbooks/items': () => jsonResponse({ items: [] }),
    });
    const el = render(Setup);
    await settle();
    expect((byId(el, 'qb-select-income') as HTMLSelectElement).value).toBe('A3');
    expect(byId(el, 'qb-preselected-income')).toBeNull();
  });

  it('checks the poll interval and saves the preferences', async () => {
    let state: Record<string, unknown> = setupAt('preferences');
    const fetch = mockFetch({
      'GET /api/setup': () => jsonResponse(state),
      'PUT /api/setup/preferences': () => {
        state = setupAt('done');
        return jsonResponse(state);
      },
    });
    const el = render(Setup);
    await settle();
    // one choice per registered kind offering it, with the registry's label and help
    const choices = [...el.querySelectorAll('[data-testid="direct-export"] label')];
    expect(choices.map((c) => c.querySelector('.choice-label')?.textContent)).toEqual(['Cost codes', 'Jobs', 'Vendors']);
    expect(choices[0].querySelector('.choice-help')?.textContent).toBe(sampleKinds()[0].directExport);
    const poll = byId(el, 'poll-minutes') as HTMLInputElement;
    expect(labelOf(el, poll)).toBe('Check Procore for changes every … minutes');
    type(poll, '0');
    await click(byId(el, 'setup-next'));
    expect(el.querySelector('.field-error')?.textContent?.trim()).toBe('Enter at least 1 minute.');
    expect(fetch).toHaveBeenCalledTimes(1);

    type(poll, '30');
    const share = byId(el, 'call-share') as HTMLInputElement;
    expect(labelOf(el, share)).toBe("Share of Procore's hourly limit Joblink may use for regular reading (%)");
    expect(share.value).toBe('50');
    const described = (share.getAttribute('aria-describedby') ?? '').split(' ').map((i) => document.getElementById(i)?.textContent ?? '');
    expect(described.join(' ')).toContain('Other apps your company connects to Procore have their own allowance');
    expect(described.join(' ')).toContain('From 10 to 90.');
    type(share, '95');
    await click(byId(el, 'setup-next'));
    expect(el.querySelector('.field-error')?.textContent?.trim()).toMatch(/^Enter at most 90 %/);
    expect(share.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(share);
    expect(fetch).toHaveBeenCalledTimes(1);

    type(share, '30 %');
    choose(byId(el, 'direct-costcode') as HTMLInputElement);
    choose(byId(el, 'setup-autostart') as HTMLInputElement);
    await click(byId(el, 'setup-next'));
    const body = JSON.parse((fetch.mock.calls.find((c) => c[0] === '/api/setup/preferences')![1] as RequestInit).body as string);
    expect(body).toEqual({
      directExport: { costcode: true, job: false, vendor: false },
      pollMinutes: 30,
      callSharePercent: 30,
      autostart: true,
      // The job-cost settings, at their defaults (the form's own tests change them).
      jobCostDirectCostColumn: 'read_only',
      jobCostAddNewCostCodes: false,
      jobCostRefresh: 'every_run',
    });
    expect(byId(el, 'setup-step')?.getAttribute('data-step')).toBe('done');
  });

  it('offers no direct export when no registered kind offers it', async () => {
    kindsStore.set(sampleKinds().map((k) => ({ ...k, directExport: '' })));
    mockFetch({ 'GET /api/setup': () => jsonResponse(setupAt('preferences')) });
    const el = render(Setup);
    await settle();
    expect(byId(el, 'direct-export')).toBeNull();
    expect(byId(el, 'poll-minutes')).not.toBeNull();
  });

  it('finishes: shows the 409 message with its fix, and lands on the dashboard once accepted', async () => {
    let accept = false;
    mockFetch({
      'GET /api/setup': () => jsonResponse(setupAt('done')),
      'GET /api/status': () => jsonResponse({}),
      'POST /api/setup/finish': () =>
        accept
          ? jsonResponse(setupAt('done', { completed: true }))
          : errorResponse(409, 'setup_incomplete', 'The Web Connector has not made its first contact yet.', 'Run the Web Connector once.'),
    });
    const el = render(Setup);
    await settle();
    expect(text(el, 'setup-summary')).toContain('Acme Construction');
    expect(text(el, 'setup-summary')).toMatch(/signed in as Ann Smith \(/); // not "signed inas"
    expect(text(el, 'setup-summary')).toContain('Construction Income');
    expect(text(el, 'setup-summary')).toContain('every 15 minutes');
    await click(byId(el, 'setup-finish'));
    expect(text(el, 'finish-error')).toContain('The Web Connector has not made its first contact yet.');
    expect(text(el, 'finish-error')).toContain('How to fix it: Run the Web Connector once.');
    expect(location.hash).toBe('#/setup');

    accept = true;
    await click(byId(el, 'setup-finish'));
    expect(location.hash).toBe('#/dashboard');
  });
});
