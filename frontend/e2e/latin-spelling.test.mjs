// End to end, on `joblink --headless --demo` in Chromium: a company added in (simulated) Procore
// with a Cyrillic name and a Polish city is exported without the page, and waits — nothing
// reaches QuickBooks spelt otherwise on Joblink's own — with the reason and the Latin spelling
// offered; the Vendors page offers "Use the Latin spelling" on its row, which sends it in one action
// (axe-core: no WCAG 2.1 A/AA violation); QuickBooks then has "Stroymontazh". A company merely
// ready is created through Create in QuickBooks, which offers the spelling of a name typed in
// Cyrillic and of its Polish city (latinSpelling: true). Several created at once: the bulk dialog
// lists the company with a Polish city and what its spelling sends, the one with a Chinese city as
// left out with why; once included, each goes with latinSpelling and the summary says which.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { apiGet, apiSend, artifactsDir, startDemoInBrowser, waitForApi, walkSetupWizard } from './joblink.mjs';

const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NAME = 'Строймонтаж';

let joblink = null;
/** Joblink and the browser page on it (startDemoInBrowser); stop() ends both. */
let session = null;
let page = null;

before(async () => {
  session = await startDemoInBrowser('joblink-e2e-latin-', { viewport: { width: 1280, height: 800 } });
  ({ joblink, page } = session);
});

after(async () => {
  if (session) await session.stop();
});

/** Adds a company to the demo's simulated Procore through its REST API, as Procore's own UI would. */
async function addProcoreCompany(vendor) {
  const setup = await apiGet(joblink, 'api/setup');
  const { baseURL, clientId, clientSecret } = setup.prefill;
  const companyId = setup.procore.company.id;
  const tokenRes = await fetch(new URL('/oauth/token', baseURL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  assert.equal(tokenRes.status, 200, 'a token from the simulated Procore');
  const { access_token: token } = await tokenRes.json();
  const res = await fetch(new URL('/rest/v1.0/vendors', baseURL), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Procore-Company-Id': String(companyId), 'Content-Type': 'application/json' },
    body: JSON.stringify({ company_id: companyId, vendor }),
  });
  assert.equal(res.status, 201, `company created in Procore: ${await res.clone().text()}`);
  return (await res.json()).id;
}

describe('joblink --headless --demo: text QuickBooks cannot store waits for the Latin spelling', { timeout: 600_000 }, () => {
  it('holds the company back with the spelling offered, and sends it once the bookkeeper accepts', async () => {
    await walkSetupWizard(page, joblink);
    const procoreId = await addProcoreCompany({ name: NAME, city: 'Łódź', is_active: true });
    const id = `vendor/${procoreId}`;
    assert.equal((await apiSend(joblink, 'POST', 'api/sync/now', {})).status, 202);
    await waitForApi(joblink, `api/work/vendor?q=${encodeURIComponent(NAME)}`, (l) => l.items?.some((i) => i.id === id), 'the company read from Procore');

    // Exported without the page (as Export selected or direct export would): it waits.
    assert.equal((await apiSend(joblink, 'POST', 'api/work/vendor/export', { ids: [id] })).status, 200);
    const waiting = await waitForApi(joblink, `api/work/vendor?q=${encodeURIComponent(NAME)}`, (l) => l.items?.find((i) => i.id === id)?.status === 'attention', 'the company waiting', 90_000);
    const failure = waiting.items.find((i) => i.id === id).failure;
    assert.match(failure.message, /letters QuickBooks cannot store/);
    assert.match(failure.fix, /“Use the Latin spelling” to send it as "Stroymontazh"/);
    const before = await apiGet(joblink, 'api/mapping/vendors?q=Stroymontazh&limit=0');
    assert.equal(before.quickbooksOnlyTotal ?? 0, 0, 'nothing reached QuickBooks');

    // The Vendors page offers the spelling on the row, with the problem (under "Why?"), says
    // what it sends, and sends it in one action; the focus goes to what was sent.
    await page.goto(`${joblink.baseURL}#/vendors?filter=conflicts&q=${encodeURIComponent(NAME)}`);
    const row = page.getByTestId(`mapping-row-${id}`);
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    assert.equal(await page.getByTestId('latin-panel').count(), 0, 'no panel above the list: the row offers it');
    await row.getByTestId(`details-${id}`).click();
    const use = row.getByTestId(`use-latin-${id}`);
    await use.waitFor({ state: 'visible', timeout: 10_000 });
    const what = await page.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby')).textContent, await use.elementHandle());
    assert.equal(what, 'Sends the name “Stroymontazh”, the city “Łódź” as “Lódz”.');
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), WCAG21_AA);
    assert.deepEqual(violations, [], 'axe on the Vendors page with the row’s offer open');
    await page.screenshot({ path: path.join(artifactsDir, 'latin-1-offered.png') });
    await use.click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'action-notice', null, { timeout: 20_000 });
    assert.match(await page.getByTestId('action-notice').innerText(), /^Строймонтаж: sent with the Latin spelling \(the name “Stroymontazh”, the city “Łódź” as “Lódz”\); it goes to QuickBooks/);

    const synced = await waitForApi(joblink, `api/work/vendor?q=${encodeURIComponent(NAME)}`, (l) => l.items?.find((i) => i.id === id)?.status === 'synced', 'the company in QuickBooks', 90_000);
    assert.equal(synced.items.find((i) => i.id === id).qb.fullName, 'Stroymontazh');
    await page.screenshot({ path: path.join(artifactsDir, 'latin-2-sent.png') });
  });

  it('offers the Latin spelling in Create in QuickBooks for a company merely ready, name typed in Cyrillic and city in Polish', async () => {
    const NAME2 = 'Волга Сталь';
    const procoreId = await addProcoreCompany({ name: NAME2, city: 'Łódź', is_active: true });
    const id = `vendor/${procoreId}`;
    assert.equal((await apiSend(joblink, 'POST', 'api/sync/now', {})).status, 202);
    const v = await waitForApi(joblink, `api/mapping/vendors?q=${encodeURIComponent(NAME2)}`, (x) => x.rows?.some((r) => r.id === id), 'the company on the Vendors page');
    const r = v.rows.find((x) => x.id === id);
    assert.ok(r.suggestedName && r.nameProblem, `the server suggests a Latin name: ${JSON.stringify(r.suggestedName)}`);
    assert.deepEqual(r.latinFields, [{ field: 'city', text: 'Łódź', latin: 'Lódz' }]);

    await page.goto(`${joblink.baseURL}#/vendors?filter=all&q=${encodeURIComponent(NAME2)}`);
    await page.reload(); // the page reads its filter and search afresh (only the hash changed)
    await page.getByTestId(`create-${id}`).click();
    const dialog = page.getByTestId('create-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    const name = dialog.getByTestId('create-name');
    assert.equal(await name.inputValue(), r.suggestedName, 'the dialog starts with the Latin name');
    // With a Latin name, the city alone is offered spelt; Create alone sends nothing.
    assert.equal(await dialog.getByTestId('create-use-latin').innerText(), 'Use the Latin spelling “Lódz”');
    await dialog.getByTestId('create-confirm').click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'create-use-latin', 'Create goes to the offer');
    // The name typed in Cyrillic: offered spelt too, with what is sent.
    await name.fill(NAME2);
    const use = dialog.getByTestId('create-use-latin');
    assert.equal(await use.innerText(), `Use the Latin spelling “${r.suggestedName}”`);
    const what = await page.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby')).textContent, await use.elementHandle());
    assert.equal(what, `Creates it with the name “${r.suggestedName}”, the city “Łódź” as “Lódz”.`);
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async (tags) => (await window.axe.run(document.querySelector('[data-testid="create-dialog"]'), { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join('; ')}`), WCAG21_AA);
    assert.deepEqual(violations, [], 'axe on the create dialog with the offer');
    await page.screenshot({ path: path.join(artifactsDir, 'latin-3-create-offer.png') });
    const created = page.waitForResponse((res) => res.url().endsWith('/api/mapping/vendors/create') && res.request().method() === 'POST', { timeout: 15_000 });
    await use.click();
    const sent = await created;
    assert.deepEqual(sent.request().postDataJSON(), { items: [{ id, name: r.suggestedName, latinSpelling: true }] });
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    const synced = await waitForApi(joblink, `api/work/vendor?q=${encodeURIComponent(NAME2)}`, (l) => l.items?.find((i) => i.id === id)?.status === 'synced', 'the company in QuickBooks', 90_000);
    assert.equal(synced.items.find((i) => i.id === id).qb.fullName, r.suggestedName);
  });

  it('creates several at once: the Latin spelling listed and included in one confirmation, Chinese left out with why', async () => {
    const ids = {};
    for (const [key, vendor] of [
      ['polish', { name: 'Latinbulk Gdynia', city: 'Łeba', is_active: true }],
      ['chinese', { name: 'Latinbulk Beijing', city: '北京', is_active: true }],
      ['plain', { name: 'Latinbulk Reno', city: 'Reno', is_active: true }],
    ])
      ids[key] = `vendor/${await addProcoreCompany(vendor)}`;
    assert.equal((await apiSend(joblink, 'POST', 'api/sync/now', {})).status, 202);
    await waitForApi(joblink, 'api/mapping/vendors?q=Latinbulk', (x) => Object.values(ids).every((id) => x.rows?.some((r) => r.id === id)), 'the three companies on the Vendors page');

    await page.goto(`${joblink.baseURL}#/vendors?filter=all&q=Latinbulk`);
    await page.reload();
    await page.getByTestId(`mapping-row-${ids.plain}`).waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByTestId('select-all').check();
    await page.getByTestId('create-selected').click();
    const dialog = page.getByTestId('create-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    const items = (id) => dialog.getByTestId(id).locator('li').allInnerTexts();
    assert.deepEqual(await items('create-latin-records'), ['Latinbulk Gdynia: the city “Łeba” as “Leba”']);
    assert.deepEqual(await items('create-left-out'), ['Latinbulk Beijing: the city “北京” has no Latin spelling: correct it in Procore (in the Latin alphabet), then create it.']);
    assert.deepEqual(await items('create-records'), ['Latinbulk Reno'], 'not included yet: only the one that goes as it is');
    await dialog.getByTestId('create-include-latin').check();
    assert.deepEqual(await items('create-records'), ['Latinbulk Gdynia', 'Latinbulk Reno']);
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async (tags) => (await window.axe.run(document.querySelector('[data-testid="create-dialog"]'), { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join('; ')}`), WCAG21_AA);
    assert.deepEqual(violations, [], 'axe on the bulk create dialog with its Latin spelling and left-out lists');
    await page.screenshot({ path: path.join(artifactsDir, 'latin-4-bulk-create.png') });
    const created = page.waitForResponse((res) => res.url().endsWith('/api/mapping/vendors/create') && res.request().method() === 'POST', { timeout: 15_000 });
    await dialog.getByTestId('create-confirm').click();
    const sent = await created;
    assert.deepEqual(sent.request().postDataJSON(), {
      items: [
        { id: ids.polish, name: 'Latinbulk Gdynia', latinSpelling: true },
        { id: ids.plain, name: 'Latinbulk Reno' },
      ],
    });
    const summary = page.getByTestId('bulk-summary');
    await summary.waitFor({ timeout: 15_000 });
    assert.deepEqual(await summary.getByTestId('bulk-sent-latin').locator('li').allInnerTexts(), ['Latinbulk Gdynia: sent with the Latin spelling (the city “Łeba” as “Leba”)']);
    assert.equal(await summary.getByTestId('bulk-sent-as-is').innerText(), '1 vendor sent with no letters changed: Latinbulk Reno.');
    assert.deepEqual(await summary.getByTestId('bulk-left-out').locator('li').allInnerTexts(), [
      'Latinbulk Beijing: the city “北京” has no Latin spelling: correct it in Procore (in the Latin alphabet), then create it.',
    ]);
    await page.screenshot({ path: path.join(artifactsDir, 'latin-5-bulk-summary.png') });
    const synced = await waitForApi(joblink, 'api/work/vendor?q=Latinbulk', (l) => [ids.polish, ids.plain].every((id) => l.items?.find((i) => i.id === id)?.status === 'synced'), 'the two companies in QuickBooks', 90_000);
    assert.notEqual(synced.items.find((i) => i.id === ids.chinese)?.status, 'synced', 'the company with a Chinese city was not sent');
  });
});
