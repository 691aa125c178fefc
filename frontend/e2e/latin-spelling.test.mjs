// End to end, on `joblink --headless --demo` in Chromium: a company added in (simulated) Procore
// with a Cyrillic name and a Polish city is exported without the page, and waits — nothing
// reaches QuickBooks spelt otherwise on Joblink's own — with the reason and the Latin spelling
// offered; the Vendors page lists it with "Use the Latin spelling", which sends it in one action
// (axe-core: no WCAG 2.1 A/AA violation); QuickBooks then has "Stroymontazh".

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { apiGet, apiSend, artifactsDir, launchChromium, startJoblink, waitForApi, walkSetupWizard } from './joblink.mjs';

const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NAME = 'Строймонтаж';

let joblink = null;
let browser = null;
let page = null;

before(async () => {
  joblink = await startJoblink(['--demo'], 'joblink-e2e-latin-');
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on('pageerror', (e) => joblink.note(`[page error] ${e.message}`));
  context.on('page', (p) => p !== page && p.close().catch(() => {}));
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (joblink) await joblink.stop();
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

    // The Vendors page offers the spelling, says what it sends, and sends it in one action.
    await page.goto(`${joblink.baseURL}#/vendors?filter=conflicts&q=${encodeURIComponent(NAME)}`);
    const panel = page.getByTestId('latin-panel');
    await panel.waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await panel.innerText(), /Sends the name “Stroymontazh”, the city “Łódź” as “Lódz”\./);
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), WCAG21_AA);
    assert.deepEqual(violations, [], 'axe on the Vendors page with the panel');
    await page.screenshot({ path: path.join(artifactsDir, 'latin-1-offered.png') });
    await page.getByTestId(`use-latin-${id}`).click();
    await page.getByTestId('latin-done').waitFor({ state: 'visible', timeout: 20_000 });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'latin-done', 'focus on what was sent');

    const synced = await waitForApi(joblink, `api/work/vendor?q=${encodeURIComponent(NAME)}`, (l) => l.items?.find((i) => i.id === id)?.status === 'synced', 'the company in QuickBooks', 90_000);
    assert.equal(synced.items.find((i) => i.id === id).qb.fullName, 'Stroymontazh');
    await page.screenshot({ path: path.join(artifactsDir, 'latin-2-sent.png') });
  });
});
