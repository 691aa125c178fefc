// End to end, on `joblink --headless --demo` in Chromium at 1280×800: the QuickBooks step of setup
// starts on the obvious accounts and retainage item and says why (the bookkeeper confirms), and
// the Cost codes page groups its codes by division — headings with the server's counts, a
// division spanning pages said "continued" — checked with axe-core (WCAG 2.1 A/AA) and by keyboard;
// and the Dashboard says the companies Procore links to another integration apart from the rest.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { apiGet, artifactsDir, startDemoInBrowser, walkSetupWizard } from './joblink.mjs';

const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let joblink = null;
/** Joblink and the browser page on it (startDemoInBrowser); stop() ends both. */
let session = null;
let page = null;

const shot = (name) => page.screenshot({ path: path.join(artifactsDir, `divisions-${name}.png`) });

/** axe-core's WCAG 2.1 A/AA violations on the page as it is, in words. */
async function violations() {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  }, WCAG21_AA);
}

before(async () => {
  session = await startDemoInBrowser('joblink-e2e-divisions-', { viewport: { width: 1280, height: 800 } });
  ({ joblink, page } = session);
});

after(async () => {
  if (session) await session.stop();
});

describe('joblink --headless --demo: setup pre-selection and cost codes by division', { timeout: 600_000 }, () => {
  it('starts the QuickBooks step on the obvious accounts and retainage item, says why, and saves them once confirmed', async () => {
    let seen = null;
    await walkSetupWizard(page, joblink, async (name) => {
      if (name !== 'setup-4-quickbooks') return;
      // The walk chooses only what is still empty: these are what the step started on.
      const notes = {};
      for (const f of ['income', 'expense', 'retainage']) {
        const note = page.getByTestId(`qb-preselected-${f}`);
        notes[f] = (await note.count()) ? await note.innerText() : null;
      }
      const described = await page.getByTestId('qb-select-expense').getAttribute('aria-describedby');
      seen = { notes, described, axe: await violations() };
      await shot(name);
    });
    assert.ok(seen, 'the QuickBooks step was walked');
    assert.match(seen.notes.income ?? '', /Pre-selected by Joblink: All \d+ service items QuickBooks already has .* use it\./);
    assert.match(seen.notes.expense ?? '', /Pre-selected by Joblink: All \d+ service items QuickBooks already has .* use it\./);
    assert.match(seen.notes.retainage ?? '', /Its name says retainage, and no other item does\./);
    assert.ok(seen.described?.split(' ').some((id) => id.endsWith('-expense-pre')), `the note is read with the picker: ${seen.described}`);
    assert.deepEqual(seen.axe, [], 'axe on the QuickBooks step');
    const qb = (await apiGet(joblink, 'api/setup')).quickbooks;
    assert.equal(qb.incomeAccount?.fullName, 'Construction Income:Contract Revenue');
    assert.equal(qb.expenseAccount?.fullName, 'Job Costs:Subcontractors');
    assert.equal(qb.retainageItem?.fullName, 'Retainage');
  });

  it('groups the cost codes by division, by keyboard, with the counts the server keeps and "continued" across pages', async () => {
    await page.goto(`${joblink.baseURL}#/cost-codes`);
    await page.getByTestId('work-table').waitFor({ state: 'visible', timeout: 60_000 });
    // By keyboard: the toggle takes the focus and Space turns it on.
    await page.getByTestId('group-by-division').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /cost codes?/.test(document.querySelector('[data-testid^="division-"] th[scope="rowgroup"]')?.textContent ?? ''), null, { timeout: 20_000 });
    assert.ok(page.url().endsWith('#/cost-codes?group=division'), page.url());
    const headings = async () =>
      page.locator('[data-testid^="division-"] th[scope="rowgroup"]').evaluateAll((ths) => ths.map((th) => th.textContent.replace(/\s+/g, ' ').trim()));
    const first = await headings();
    assert.ok(first.length > 1, `divisions on the first page: ${first}`);
    // The first page's first division: its name and its count as the server keeps them.
    const list = await apiGet(joblink, 'api/work/costcode?limit=200');
    const division = list.items[0].title.split(/[-. ]/)[0];
    const counted = (await apiGet(joblink, `api/costcodes/divisions?code=${division}`)).divisions[0];
    const total = list.items.length === 0 ? 0 : counted.count;
    assert.equal(first[0], `${division} ${counted.name} ${total} cost code${total === 1 ? '' : 's'}${list.items.filter((i) => i.title.split(/[-. ]/)[0] === division).length < total ? ', continues on the next page' : ''}`);
    // Each row group is named by its heading; nothing wider than the page.
    const named = await page.locator('[data-testid^="division-"]').evaluateAll((groups) => groups.every((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby'))));
    assert.ok(named, 'every division group is named by its heading');
    assert.deepEqual(await violations(), [], 'axe on the grouped list');
    await shot('grouped-page-1');

    // The next page: a division the first page ended with is "continued from the previous page".
    const lastOfFirst = list.items.at(-1).title.split(/[-. ]/)[0];
    await page.getByTestId('costcodes-pager-next').click();
    await page.waitForFunction(() => /Showing 201/.test(document.querySelector('[data-testid="costcodes-pager-range"]')?.textContent ?? ''), null, { timeout: 20_000 });
    await page.waitForFunction(() => /cost codes?/.test(document.querySelector('[data-testid^="division-"] th[scope="rowgroup"]')?.textContent ?? ''), null, { timeout: 20_000 });
    const second = await headings();
    const next = await apiGet(joblink, `api/work/costcode?limit=200&after=${encodeURIComponent(list.items.at(-1).id)}`);
    if (next.items[0].title.split(/[-. ]/)[0] === lastOfFirst) assert.match(second[0], /continued from the previous page/, `second page: ${second[0]}`);
    else assert.doesNotMatch(second[0], /continued/, `second page: ${second[0]}`);
    await shot('grouped-page-2');
    assert.deepEqual(await violations(), [], 'axe on the second page');
  });

  it('says on the Dashboard the records Procore links to another integration apart, as one decision in bulk', async () => {
    const summary = await apiGet(joblink, 'api/summary');
    const vendors = summary.kinds.find((k) => k.kind === 'vendor');
    assert.ok(vendors && vendors.linkedElsewhere > 0, `the demo has vendors linked elsewhere: ${JSON.stringify(vendors)}`);
    await page.goto(`${joblink.baseURL}#/dashboard`);
    await page.getByTestId('today-work').waitFor({ state: 'visible', timeout: 20_000 });
    const lines = await page.locator('[data-testid="today-work"] li[data-kind="vendor"]').allInnerTexts();
    const n = vendors.linkedElsewhere.toLocaleString('en-US');
    assert.ok(lines.includes(`Vendors: ${n} linked to another integration in Procore — decide once in bulk`), `Dashboard lines: ${lines}`);
    const rest = vendors.attention - vendors.linkedElsewhere;
    if (rest > 0) assert.ok(lines.includes(`Vendors: ${rest.toLocaleString('en-US')} ${rest === 1 ? 'needs' : 'need'} your attention`), `Dashboard lines: ${lines}`);
    else assert.equal(lines.length, 1, `Dashboard lines: ${lines}`);
    await shot('dashboard');
  });
});
