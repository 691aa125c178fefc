// End-to-end: Job costs on `joblink --headless --demo` (the embedded Procore simulator's demo
// budgets, and the simulated QuickBooks whose demo company has actual costs on the jobs those
// projects are named after: bills, checks, card charges, an item receipt, a vendor credit, a labor
// journal entry, Expenses-tab lines and a code outside the budget). After the setup wizard the
// projects are linked and the cost codes exported through the API (their own pages have their
// own tests); then the bookkeeper opens Job costs, refreshes with progress, opens a project's
// chart and reconciliation, and downloads the page as CSV and as an Excel workbook.
//
// Run from frontend/ with:  node --test e2e/jobcosts.test.mjs   (after building Joblink)
// Env: JOBLINK_BIN (default ../build/bin/joblink), CHROMIUM (default /usr/bin/chromium).
// Screenshots go to ../build/test-artifacts/jobcosts-*.png.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
// The workbook is a zip; fflate is what write-excel-file itself zips with (in the lockfile).
import { strFromU8, unzipSync } from 'fflate';
import { apiGet, apiSend, artifactsDir, startDemoInBrowser, waitForApi, walkSetupWizard } from './joblink.mjs';

const VIEWPORT = { width: 1280, height: 800 };

let joblink = null;
/** Joblink and the browser page on it (startDemoInBrowser); stop() ends both. */
let session = null;
let page = null;

const shot = (name, fullPage = false) => page.screenshot({ path: path.join(artifactsDir, `jobcosts-${name}.png`), fullPage });
const tid = (id) => `[data-testid="${id}"]`;

/** Asks the API until check(answer) holds (joblink.mjs waitForApi, with this walk's longer wait). */
const until = (route, check, what, timeout = 180_000) => waitForApi(joblink, route, check, what, timeout);

/** Clicks `button` and returns the download's file name and bytes. */
async function download(button) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator(button).click()]);
  const file = await d.path();
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(file) };
}

/** RFC 4180 rows (quoted fields with commas, doubled quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

/** The workbook's sheet names and each sheet's cells (shared strings resolved) by reference ("D2"). */
function readXlsx(bytes) {
  const files = unzipSync(new Uint8Array(bytes));
  const xml = (name) => strFromU8(files[name]);
  const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const shared = files['xl/sharedStrings.xml'] ? [...xml('xl/sharedStrings.xml').matchAll(/<si>(?:<t[^>]*>([\s\S]*?)<\/t>)?<\/si>/g)].map((m) => unescape(m[1] ?? '')) : [];
  const names = [...xml('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => unescape(m[1]));
  const sheets = names.map((_, i) => {
    const cells = {};
    for (const m of xml(`xl/worksheets/sheet${i + 1}.xml`).matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(?:<v>([^<]*)<\/v>)?<\/c>/g)) {
      const [, ref, attrs, v] = m;
      cells[ref] = /t="s"/.test(attrs) ? shared[Number(v)] : /t="b"/.test(attrs) ? v === '1' : v === undefined ? '' : Number(v);
    }
    return cells;
  });
  return { names, sheets };
}

before(async () => {
  session = await startDemoInBrowser('joblink-e2e-jobcosts-', { viewport: VIEWPORT, acceptDownloads: true });
  ({ joblink, page } = session);
  page.on('console', (m) => m.type() === 'error' && joblink.note(`[console error] ${m.text()}`));
});

after(async () => {
  if (session) await session.stop();
});

describe('joblink --headless --demo: Job costs', { timeout: 900_000 }, () => {
  it('walks the setup wizard', async () => {
    await walkSetupWizard(page, joblink);
  });

  it('links the demo projects and exports the cost codes (through the API)', async () => {
    await until('api/mapping/jobs?limit=1', (v) => v.counts?.all > 0 && v.counts.suggested > 0, 'Procore projects with suggested QuickBooks jobs');
    const linked = await apiSend(joblink, 'POST', 'api/mapping/jobs/link-exact', { confirm: true });
    assert.equal(linked.status, 200, JSON.stringify(linked.body));
    assert.ok(linked.body.linked.length > 0, `exact matches linked: ${JSON.stringify(linked.body).slice(0, 300)}`);
    await until('api/work/costcode?limit=1', (l) => l.counts?.ready > 0 || l.counts?.synced > 0, 'cost codes read from Procore');
    const exported = await apiSend(joblink, 'POST', 'api/work/costcode/export', { all: true });
    assert.equal(exported.status, 200, JSON.stringify(exported.body));
    await until('api/work/costcode?limit=1', (l) => l.counts.ready === 0 && l.counts.queued === 0 && l.counts.sending === 0 && l.counts.synced > 0, 'the cost codes in QuickBooks');
  });

  let list = null;

  it('opens Job costs: the linked projects, the totals and how the figures are made', async () => {
    list = await until('api/jobcosts', (l) => l.total > 0, 'linked projects in GET /api/jobcosts');
    await page.getByTestId('nav-job-costs').click();
    await page.getByRole('heading', { level: 1, name: 'Job costs' }).waitFor({ timeout: 10_000 });
    await page.locator(tid('jobcosts-list')).waitFor({ timeout: 20_000 });
    assert.equal(await page.locator(`${tid('jobcosts-list')} tbody tr`).count(), Math.min(list.total, 100));
    assert.equal(await page.getByTestId('total-projects').innerText(), String(list.totals.projects));
    assert.match(await page.getByTestId('jobcosts-how').innerText(), /How the figures are made/);
    assert.ok(list.howCalculated.length > 40, 'howCalculated says how the figure is made');
    await shot('1-list', true);
  });

  let chosen = null;

  /** The linked project with the most to show: QuickBooks lines, costs without a cost code, reasons. */
  async function richestProject() {
    let best = null;
    for (const p of (await apiGet(joblink, 'api/jobcosts?limit=500')).projects.filter((p) => p.actual !== null)) {
      const d = await apiGet(joblink, `api/jobcosts/${p.projectId}`);
      const score = d.lines.filter((l) => l.actual !== '0.00' && l.budget !== null).length * 10 + d.withoutCostCode.lines.length + d.reconciliation.reasons.length;
      if (!best || score > best.score) best = { score, detail: d };
    }
    return best?.detail ?? null;
  }

  const progressState = () => page.getByTestId('jobcosts-refresh-progress').getAttribute('data-state');
  const waitForState = (states, timeout) =>
    page.waitForFunction((s) => s.includes(document.querySelector('[data-testid="jobcosts-refresh-progress"]')?.getAttribute('data-state') ?? ''), states, { timeout });

  it('refreshes one project with progress: its job read, its lines updated in Procore', async () => {
    // The first Web Connector run after linking reads every linked job.
    await until('api/jobcosts?limit=500', (l) => l.projects.some((p) => p.actual !== null), 'QuickBooks actuals on the linked jobs');
    chosen = await richestProject();
    assert.ok(chosen, 'a project with QuickBooks actuals');
    const id = chosen.project.projectId;
    // The page may still show an earlier refresh as done (the first run after linking): wait for
    // this one by its requestedAt, as the next test does, not for whichever the page shows first.
    const before = (await apiGet(joblink, 'api/jobcosts/refresh')).requestedAt;
    await page.getByTestId(`refresh-${id}`).click();
    await waitForState(['waiting', 'reading', 'writing', 'done'], 15_000);
    assert.match(await page.getByTestId('jobcosts-refresh-progress').innerText(), /Waiting for the next QuickBooks Web Connector run|Reading QuickBooks|Writing to Procore|Refresh finished/);
    await shot('2-refresh-progress');
    const done = await until('api/jobcosts/refresh', (r) => r.requestedAt !== before && r.state === 'done', 'the refresh of the project to finish', 300_000);
    assert.equal(done.jobsRead, 1, `one job read: ${JSON.stringify(done)}`);
    // The page reads the refresh's state on its own schedule: wait until it shows this one.
    const sentence = `Refresh finished: 1 job read from QuickBooks, ${done.linesWritten} ${done.linesWritten === 1 ? 'budget line' : 'budget lines'} updated in Procore.`;
    await page.waitForFunction((s) => document.querySelector('[data-testid="jobcosts-refresh-progress"]')?.innerText === s, sentence, { timeout: 15_000 });
    assert.equal(await progressState(), 'done');
    assert.match(await page.locator('label[for$="-jobs"]').innerText(), /Jobs read from QuickBooks: 1 of 1/);
    await shot('3-refreshed-one', true);
  });

  it('refreshes every project: a quiet refresh asks QuickBooks once', async () => {
    // The page still shows the last refresh as done: wait for this one (a new requestedAt), not that one.
    const before = (await apiGet(joblink, 'api/jobcosts/refresh')).requestedAt;
    await page.getByTestId('jobcosts-refresh-button').click();
    const done = await until('api/jobcosts/refresh', (r) => r.requestedAt !== before && r.state === 'done', 'the refresh of every project to finish', 300_000);
    await waitForState(['done'], 15_000);
    assert.ok(done.roundTrips >= 1, JSON.stringify(done));
    const sentence = await page.getByTestId('jobcosts-refresh-progress').innerText();
    if (done.jobsRead === 0) assert.match(sentence, /no change to any job’s costs since the last refresh/);
    else assert.match(sentence, new RegExp(`^Refresh finished: ${done.jobsRead} jobs? read from QuickBooks`));
    const list = await apiGet(joblink, 'api/jobcosts');
    await page.waitForFunction((n) => document.querySelector('[data-testid="total-actual"]')?.textContent?.trim() === n, list.totals.actual.replace(/\B(?=(\d{3})+(?!\d))/g, ','), {
      timeout: 15_000,
    });
    await shot('3-refreshed-all', true);
  });

  it('writes the QuickBooks actuals into the Procore budget (next sync)', async () => {
    const id = chosen.project.projectId;
    const started = Date.now();
    for (;;) {
      chosen = await apiGet(joblink, `api/jobcosts/${id}`);
      if (!['pending', 'never'].includes(chosen.project.procore.state)) break;
      if (Date.now() - started > 240_000) assert.fail(`the project's job costs still wait to be written to Procore: ${JSON.stringify(chosen.project)}`);
      await apiSend(joblink, 'POST', 'api/sync/now?projects=all', {});
      await new Promise((r) => setTimeout(r, 3000));
    }
    assert.equal(chosen.project.procore.state, 'up_to_date', JSON.stringify(chosen.project));
    for (const l of chosen.lines.filter((l) => l.status === 'written')) {
      assert.equal(l.procoreDirectCosts, l.actual, `Procore's Direct Costs of ${l.costCode} is the QuickBooks actual`);
    }
  });

  it("opens one project: the chart, the cost codes, what changed and the costs without a cost code", async () => {
    await page.getByTestId(`open-${chosen.project.projectId}`).click();
    await page.waitForFunction(() => location.hash.includes('project='), null, { timeout: 5_000 });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'jobcost-project-title', 'focus on the project heading');
    // The page reads the project again every 30 s; wait for the figures the API gives now.
    await page.waitForFunction((s) => document.querySelector('[data-testid="jobcost-procore-state"]')?.getAttribute('data-state') === s, chosen.project.procore.state, { timeout: 40_000 });
    await page.locator(`${tid('jobcost-chart')}[data-ready="yes"]`).waitFor({ timeout: 20_000 });
    const summary = await page.getByTestId('jobcost-chart-image').getAttribute('aria-label');
    assert.match(summary, /^Budget against QuickBooks actual for \d+ cost codes?\./);
    assert.equal(await page.locator(`${tid('jobcost-lines')} tbody tr`).count(), chosen.lines.length);
    for (const l of chosen.lines) {
      const row = await page.getByTestId(`line-${l.costCode}`).first().innerText();
      assert.ok(row.includes(l.actual.replace(/\B(?=(\d{3})+(?!\d))/g, ',')), `line ${l.costCode} shows its actual ${l.actual}: ${row}`);
    }
    assert.match(await page.getByTestId('jobcost-without').innerText(), /Costs without a cost code/);
    assert.match(await page.getByTestId('jobcost-changes').innerText(), /Changed since the last refresh/);
    await shot('4-project');
    await shot('4-project-full', true);
  });

  it('shows the reconciliation with every difference explained', async () => {
    const rec = chosen.reconciliation;
    const section = page.getByTestId('jobcost-reconciliation');
    await section.scrollIntoViewIfNeeded();
    assert.equal(rec.unexplained, '0.00', `the demo's reconciliation is explained: ${JSON.stringify(rec)}`);
    assert.equal(await section.getAttribute('data-flagged'), 'no');
    assert.equal(await page.getByTestId('rec-unexplained').innerText(), '0.00');
    if (rec.reasons.length) {
      assert.equal(await page.locator(`${tid('rec-reasons')} tbody tr`).count(), rec.reasons.length);
      for (const r of rec.reasons) assert.ok(r.message.length > 0, `reason ${r.reason} has words`);
    }
    await shot('5-reconciliation');
  });

  it("downloads the project as CSV and as an Excel workbook with the API's figures", async () => {
    const csv = await download(`${tid('jobcost-project')} ${tid('export-csv')}`);
    assert.match(csv.name, /^job-costs-.+-\d{4}-\d\d-\d\d\.csv$/);
    const text = csv.bytes.toString('utf8');
    assert.ok(text.startsWith('\uFEFF'), 'a BOM for Excel');
    const rows = parseCsv(text.slice(1));
    const header = rows.findIndex((r) => r[0] === 'Cost code');
    assert.ok(header > 0, 'the cost-code table');
    for (const [i, l] of chosen.lines.entries()) {
      assert.equal(rows[header + 1 + i][0], l.costCode);
      assert.equal(rows[header + 1 + i][5], l.actual, `the actual of ${l.costCode} kept as the API sent it`);
      assert.equal(rows[header + 1 + i][3], l.budget ?? '');
    }
    assert.deepEqual(rows.find((r) => r[0] === 'QuickBooks total'), ['QuickBooks total', chosen.reconciliation.quickbooksTotal]);

    const xlsx = await download(`${tid('jobcost-project')} ${tid('export-xlsx')}`);
    assert.match(xlsx.name, /\.xlsx$/);
    const book = readXlsx(xlsx.bytes);
    assert.deepEqual(book.names, ['Cost codes', 'Without cost code', 'Excluded', 'Reconciliation']);
    assert.equal(book.sheets[0].A1, 'Cost code');
    for (const [i, l] of chosen.lines.entries()) {
      assert.equal(book.sheets[0][`A${i + 2}`], l.costCode);
      assert.equal(book.sheets[0][`F${i + 2}`], Number(l.actual), `the actual of ${l.costCode} as a number`);
    }
    await shot('6-project-exported');
  });

  it('downloads the list as CSV and Excel, every linked project with its figures', async () => {
    await page.getByTestId('jobcosts-back').click();
    await page.locator(tid('jobcosts-list')).waitFor({ timeout: 10_000 });
    const all = await apiGet(joblink, 'api/jobcosts?limit=500');
    const csv = await download(`${tid('export-csv')}`);
    assert.match(csv.name, /^job-costs-\d{4}-\d\d-\d\d\.csv$/);
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    assert.equal(rows.length, all.total + 2, 'header, one row per project, totals');
    for (const [i, p] of all.projects.entries()) {
      assert.equal(rows[i + 1][0], p.name);
      assert.equal(rows[i + 1][5], p.actual ?? '');
    }
    assert.equal(rows.at(-1)[5], all.totals.actual);

    const xlsx = await download(`${tid('export-xlsx')}`);
    const book = readXlsx(xlsx.bytes);
    assert.deepEqual(book.names, ['Job costs', 'How the figures are made']);
    for (const [i, p] of all.projects.entries()) {
      assert.equal(book.sheets[0][`A${i + 2}`], p.name);
      if (p.actual !== null) assert.equal(book.sheets[0][`F${i + 2}`], Number(p.actual));
    }
    assert.equal(book.sheets[1].A1, all.howCalculated);
    await shot('7-list-exported');
  });

  it('sorts by QuickBooks actual and searches on the server', async () => {
    await page.getByTestId('sort-actual').click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort="descending"]')?.textContent?.includes('QuickBooks actual'), null, { timeout: 10_000 });
    const sorted = await apiGet(joblink, 'api/jobcosts?sort=actual&dir=desc');
    const firstRow = page.locator(`${tid('jobcosts-list')} tbody tr`).first();
    await page.waitForFunction((id) => !!document.querySelector(`[data-testid="jobcosts-list"] tbody tr:first-child [data-testid="open-${id}"]`), sorted.projects[0].projectId, { timeout: 10_000 });
    assert.match(await firstRow.innerText(), new RegExp(sorted.projects[0].name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

    const word = chosen.project.name.split(/\s+/)[0];
    await page.getByTestId('jobcosts-search').fill(word);
    const found = await apiGet(joblink, `api/jobcosts?q=${encodeURIComponent(word)}`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="jobcosts-list"] tbody tr').length === n, found.total, { timeout: 10_000 });
    await shot('8-search');
  });

  it('turns on "add new cost codes to budgets": the cost code outside the budget gets a line at the next refresh', async () => {
    await page.getByTestId('jobcosts-search').fill('');
    const settings = page.getByTestId('jobcost-settings');
    await settings.scrollIntoViewIfNeeded();
    assert.equal(await page.getByTestId('setting-add-new').isChecked(), false);
    await page.getByTestId('setting-add-new').check();
    await page.getByTestId('setting-save').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="jobcosts-notice"]')?.textContent === 'Job-cost settings saved.', null, { timeout: 10_000 });
    assert.equal((await apiGet(joblink, 'api/setup')).preferences.jobCostAddNewCostCodes, true);
    assert.equal((await apiGet(joblink, 'api/jobcosts')).settings.addNewCostCodes, true);
    await shot('9-settings');

    const outside = chosen.lines.find((l) => l.status === 'not_in_budget');
    if (!outside) return; // the demo project has every cost code in its budget
    const id = chosen.project.projectId;
    assert.equal((await apiSend(joblink, 'POST', 'api/jobcosts/refresh', { projectIds: [id] })).status, 202);
    // Added (Direct Costs = the actual), or refused by Procore with its words: a locked budget takes
    // no new line (documents.md), and the page must say so rather than leave it "not in the budget".
    const started = Date.now();
    let line = null;
    let d = null;
    for (;;) {
      d = await apiGet(joblink, `api/jobcosts/${id}`);
      line = d.lines.find((l) => l.costCode === outside.costCode);
      if (line?.status === 'added' || line?.status === 'refused') break;
      // A budget Joblink already knows is locked (the budgets flow read it): not tried, the lock explained.
      if (line?.status === 'not_in_budget' && /budget is locked/.test(line.message)) break;
      if (Date.now() - started > 240_000) assert.fail(`${outside.costCode} is still ${line?.status}: ${JSON.stringify(line)}`);
      await apiSend(joblink, 'POST', 'api/sync/now?projects=all', {});
      await new Promise((r) => setTimeout(r, 3000));
    }
    if (line.status === 'added') assert.equal(line.procoreDirectCosts, line.actual, JSON.stringify(line));
    else if (line.status === 'not_in_budget') {
      assert.match(line.fix, /budget change/, JSON.stringify(line));
      assert.ok(
        d.reconciliation.reasons.some((r) => r.reason === 'not_in_budget' && r.costCode === outside.costCode),
        `the lock explains the difference: ${JSON.stringify(d.reconciliation)}`,
      );
    } else {
      assert.match(line.message, /Procore/, JSON.stringify(line));
      assert.ok(
        d.reconciliation.reasons.some((r) => r.reason === 'refused' && r.costCode === outside.costCode),
        `the refusal explains the difference: ${JSON.stringify(d.reconciliation)}`,
      );
    }
    assert.equal(d.reconciliation.unexplained, '0.00', JSON.stringify(d.reconciliation));
    await page.getByTestId(`open-${id}`).click();
    const row = page.getByTestId(`line-${outside.costCode}`);
    await page.waitForFunction(
      ([code, words]) => document.querySelector(`[data-testid="line-${code}"]`)?.textContent?.includes(words),
      [outside.costCode, { added: 'Added to the budget', not_in_budget: 'Not in the budget' }[line.status] ?? 'Procore refused'],
      { timeout: 40_000 },
    );
    if (line.status === 'refused') assert.ok((await row.innerText()).includes(line.message.slice(0, 40)), 'Procore\'s words on the line');
    assert.equal(await page.getByTestId('jobcost-reconciliation').getAttribute('data-flagged'), 'no');
    await row.scrollIntoViewIfNeeded();
    await shot(`10-new-cost-code-${line.status}`);
  });
});
