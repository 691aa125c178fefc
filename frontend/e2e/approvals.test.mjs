// End-to-end: Approvals on `joblink --headless --demo` (the embedded Procore simulator, whose demo
// company has locked budgets and budget changes on projects QuickBooks' demo jobs are named after,
// and the simulated QuickBooks + Web Connector). After the setup wizard the projects are linked
// through the API (the Jobs page has its own tests); the bookkeeper exports a cost code a budget
// waits for from its preview, then previews a budget, accepts it, rejects a budget change with a
// comment, and sees both outcomes; then accepts a budget change of the accepted budget's project
// and sees its lines appended below the estimate on the next run.
//
// Run from frontend/ with:  node --test e2e/approvals.test.mjs   (after building Joblink)
// Env: JOBLINK_BIN (default ../build/bin/joblink), CHROMIUM (default /usr/bin/chromium).
// Screenshots go to ../build/test-artifacts/approvals-*.png.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { apiGet, apiSend, artifactsDir, startDemoInBrowser, waitForApi, walkSetupWizard } from './joblink.mjs';

const VIEWPORT = { width: 1280, height: 900 };

let joblink = null;

/** The Procore project a document belongs to, from its summary (the item's detail). */
const projectOf = (item) => JSON.parse(item.detail).projectId;
/** Joblink and the browser page on it (startDemoInBrowser); stop() ends both. */
let session = null;
let page = null;

const shot = (name, fullPage = false) => page.screenshot({ path: path.join(artifactsDir, `approvals-${name}.png`), fullPage });
const tid = (id) => `[data-testid="${id}"]`;

/** Asks the API until check(answer) holds (joblink.mjs waitForApi, with this walk's longer wait). */
const until = (route, check, what, timeout = 180_000) => waitForApi(joblink, route, check, what, timeout);

before(async () => {
  session = await startDemoInBrowser('joblink-e2e-approvals-', { viewport: VIEWPORT });
  ({ joblink, page } = session);
});

after(async () => {
  if (session) await session.stop();
});

describe('joblink --headless --demo: Approvals', { timeout: 600_000 }, () => {
  it('walks the setup wizard', async () => {
    await walkSetupWizard(page, joblink);
  });

  it('links the demo projects (through the API): their locked budgets come to Approvals', async () => {
    const kinds = (await apiGet(joblink, 'api/kinds')).kinds;
    assert.deepEqual(
      kinds.filter((k) => k.approval).map((k) => k.kind),
      ['budget', 'budgetchange'],
      'budgets and budget changes wait for approval',
    );
    await until('api/mapping/jobs?limit=1', (v) => v.counts?.all > 0 && v.counts.suggested > 0, 'Procore projects with suggested QuickBooks jobs');
    const linked = await apiSend(joblink, 'POST', 'api/mapping/jobs/link-exact', { confirm: true });
    assert.equal(linked.status, 200, JSON.stringify(linked.body));
    assert.ok(linked.body.linked.length > 0, `exact matches linked: ${JSON.stringify(linked.body).slice(0, 300)}`);
    assert.equal((await apiSend(joblink, 'POST', 'api/sync/now?projects=all', {})).status, 202);
    await until('api/work/budget?status=ready&limit=1', (l) => l.total > 0, 'locked budgets of linked projects ready for a decision');
    await until('api/work/budgetchange?status=ready&limit=1', (l) => l.total > 0, 'budget changes ready for a decision');

    // Cost codes ready to export are not approvals: the badge does not count them.
    await until('api/work/costcode?limit=1', (l) => l.counts?.ready > 0, 'cost codes ready to export');
    const approvals = await apiGet(joblink, 'api/approvals');
    const codes = approvals.kinds.find((k) => k.kind === 'costcode');
    const docs = approvals.kinds.filter((k) => k.approval).reduce((n, k) => n + k.pending, 0);
    assert.ok(codes.pending > 0 && codes.approval === false && approvals.pending === docs, JSON.stringify(approvals));
  });

  it('exports a cost code a budget waits for in one click from its preview', async () => {
    await page.getByTestId('nav-approvals').click();
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor({ timeout: 10_000 });
    await page.locator(tid('approvals-documents')).first().waitFor({ timeout: 30_000 });
    const budget = (await apiGet(joblink, 'api/work/budget?status=ready&limit=1')).items[0];
    await page.getByTestId(`open-${budget.id}`).click();
    await page.getByTestId('preview-blocks').waitFor({ timeout: 10_000 });
    const button = page.locator(`${tid('preview-blocks')} button[data-testid^="export-block-costcode/"]`).first();
    const codeId = (await button.getAttribute('data-testid')).replace('export-block-', '');
    assert.match(await page.getByTestId('preview-blocks').innerText(), /is not a QuickBooks item yet/);
    await shot('0-blocked', true);
    await button.click();
    await page.waitForFunction(() => /queued/.test(document.querySelector('[data-testid="approvals-notice"]')?.textContent ?? ''), null, { timeout: 15_000 });
    await until(`api/work/costcode?status=ready&limit=1000`, (l) => !l.items.some((i) => i.id === codeId), `cost code ${codeId} to leave "ready"`, 30_000);
    await page.getByTestId('preview-close').click();
    await page.getByTestId('approval-preview').waitFor({ state: 'detached', timeout: 10_000 });

    // The rest of the cost codes through the API, so that budgets can go as they are.
    const exported = await apiSend(joblink, 'POST', 'api/work/costcode/export', { all: true });
    assert.equal(exported.status, 200, JSON.stringify(exported.body));
    await until('api/work/costcode?limit=1', (l) => l.counts.ready === 0 && l.counts.queued === 0 && l.counts.sending === 0 && l.counts.synced > 0, 'the cost codes in QuickBooks');
  });

  let accepted = null;
  let rejected = null;

  it('opens Approvals and previews a budget: its lines and total, nothing blocking it', async () => {
    const pending = (await apiGet(joblink, 'api/approvals')).pending;
    const badge = page.getByTestId('approvals-badge');
    await page.waitForFunction((n) => document.querySelector('[data-testid="approvals-badge"]')?.textContent?.trim() === String(n > 99 ? '99+' : n), pending, {
      timeout: 15_000,
    });
    assert.ok(await badge.isVisible());

    await page.getByTestId('nav-approvals').click();
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor({ timeout: 10_000 });
    await page.locator(tid('approvals-documents')).first().waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('approvals-total').innerText(), /\d+ documents? waiting for your decision/);
    await shot('1-list', true);

    const budgets = (await apiGet(joblink, 'api/work/budget?status=ready&limit=1000')).items;
    // A budget whose preview has nothing blocking it, on a project with a budget change waiting
    // (appended to its estimate below), first.
    const changes = (await apiGet(joblink, 'api/work/budgetchange?status=ready&limit=1000')).items;
    const withChanges = new Set(changes.map(projectOf));
    budgets.sort((a, b) => Number(withChanges.has(projectOf(b))) - Number(withChanges.has(projectOf(a))));
    for (const b of budgets) {
      const p = await apiGet(joblink, `api/work/budget/${encodeURIComponent(b.id)}/preview`);
      if (p.blocks.length === 0 && p.request === 'EstimateAdd') {
        accepted = { item: b, preview: p };
        break;
      }
    }
    assert.ok(accepted, `a budget that can go as it is: ${budgets.map((b) => b.id).join(', ')}`);
    const row = page.getByTestId(`approval-row-${accepted.item.id}`);
    assert.match(await row.innerText(), /Budget/);
    assert.match(await row.innerText(), new RegExp(accepted.preview.total.replace(/[.,]/g, '\\$&')));

    // Keyboard: the open button takes Enter, the dialog takes the focus.
    await page.getByTestId(`open-${accepted.item.id}`).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('approval-preview');
    await dialog.waitFor({ timeout: 10_000 });
    await page.getByTestId('preview-lines').waitFor({ timeout: 10_000 });
    assert.equal(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="approval-preview"]')), true, 'focus in the preview');
    const lines = await page.locator(`${tid('preview-lines')} tbody tr`).count();
    assert.equal(lines, accepted.preview.lineCount);
    assert.equal(await page.getByTestId('preview-total').innerText(), accepted.preview.total);
    assert.equal(await page.getByTestId('preview-job').innerText(), accepted.preview.job);
    assert.equal(await page.locator(tid('preview-blocks')).count(), 0);
    await shot('2-preview', true);
  });

  it('accepts the budget after a confirmation stating the count and the total', async () => {
    await page.getByTestId('preview-accept').click();
    const confirm = page.getByTestId('accept-dialog');
    await confirm.waitFor({ timeout: 10_000 });
    assert.equal(await confirm.locator('h2').innerText(), `Accept 1 document totalling ${accepted.preview.total}?`);
    await shot('3-accept-confirm');
    await page.getByTestId('accept-confirm').click();
    await page.waitForFunction(() => /^Accepted 1 document/.test(document.querySelector('[data-testid="approvals-notice"]')?.textContent ?? ''), null, {
      timeout: 15_000,
    });
    await page.getByTestId(`approval-row-${accepted.item.id}`).waitFor({ state: 'detached', timeout: 15_000 });
    await shot('4-accepted', true);
  });

  it('rejects a budget change with a comment, reading why Procore cannot take it back', async () => {
    const changes = (await apiGet(joblink, 'api/work/budgetchange?status=ready&limit=1000')).items;
    // One of another project when there is one: a change of the accepted budget's project is
    // accepted below.
    const mine = projectOf(accepted.item);
    rejected = changes.find((c) => projectOf(c) !== mine) ?? changes[0];
    await page.getByTestId(`select-${rejected.id}`).check();
    assert.match(await page.getByTestId('approvals-selection').innerText(), /^1 document selected, /);
    await page.getByTestId('reject-selected').click();
    const dialog = page.getByTestId('reject-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    assert.match(await dialog.locator('h2').innerText(), /^Reject 1 document totalling /);
    assert.match(await page.getByTestId('reject-words').innerText(), /Procore's API has no way to return .*kept in Joblink's Activity/);
    // The comment is required.
    await page.getByTestId('reject-confirm').click();
    assert.match(await dialog.innerText(), /Write a short reason/);
    await page.getByTestId('reject-comment').fill('The slab change is not agreed with the owner yet.');
    await shot('5-reject');
    await page.getByTestId('reject-confirm').click();
    await page.waitForFunction(() => /^Rejected 1 document/.test(document.querySelector('[data-testid="approvals-notice"]')?.textContent ?? ''), null, {
      timeout: 15_000,
    });
    await page.getByTestId(`approval-row-${rejected.id}`).waitFor({ state: 'detached', timeout: 15_000 });
    const item = (await apiGet(joblink, `api/work/budgetchange?status=rejected&limit=1000`)).items.find((i) => i.id === rejected.id);
    assert.equal(item?.comment, 'The slab change is not agreed with the owner yet.');
    await shot('6-rejected', true);
  });

  it('sees both outcomes: the estimate in QuickBooks, the rejection with its comment in Activity', async () => {
    const synced = await until(
      'api/work/budget?status=synced&limit=1000',
      (l) => l.items.some((i) => i.id === accepted.item.id),
      'the accepted budget in QuickBooks as an estimate (next Web Connector run)',
    );
    assert.ok(synced.items.find((i) => i.id === accepted.item.id).qb?.txnID, 'the estimate has its QuickBooks TxnID');
    await page.getByTestId('nav-activity').click();
    await page.getByTestId('activity-list').waitFor({ timeout: 15_000 });
    const text = await page.getByTestId('activity-list').innerText();
    assert.match(text, /Budget change .* rejected/i);
    assert.match(text, /Budget .* (is in QuickBooks|was exported to QuickBooks|was sent to QuickBooks|was accepted for export)/);
    await shot('7-activity', true);
  });

  it("accepts a budget change of that project: its lines are appended below the estimate on the next run", async () => {
    const change = (await apiGet(joblink, 'api/work/budgetchange?status=ready&limit=1000')).items.find((c) => projectOf(c) === projectOf(accepted.item));
    assert.ok(change, `a budget change of ${JSON.parse(accepted.item.detail).project} waiting for a decision`);
    const budget = (await apiGet(joblink, 'api/work/budget?status=synced&limit=1000')).items.find((i) => i.id === accepted.item.id);
    const before = await apiGet(joblink, `api/work/budgetchange/${encodeURIComponent(change.id)}/preview`);
    assert.equal(before.request, 'EstimateMod', JSON.stringify(before).slice(0, 400));
    assert.equal(before.totalBefore, accepted.preview.total, 'the estimate total before the change is the accepted budget');
    assert.match(before.says, /appended below the existing lines of Estimate /);

    await page.getByTestId('nav-approvals').click();
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor({ timeout: 10_000 });
    await page.getByTestId(`open-${change.id}`).click();
    await page.getByTestId('preview-lines').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator(`${tid('preview-lines')} tbody tr`).count(), before.lineCount);
    const dialogText = await page.getByTestId('approval-preview').innerText();
    assert.ok(dialogText.includes(before.target), `the preview names ${before.target}`);
    assert.ok(dialogText.includes(before.totalBefore) && dialogText.includes(before.totalAfter), 'the preview shows the totals before and after');
    await shot('8-change-preview', true);
    await page.getByTestId('preview-accept').click();
    await page.getByTestId('accept-dialog').waitFor({ timeout: 10_000 });
    await page.getByTestId('accept-confirm').click();
    await page.getByTestId(`approval-row-${change.id}`).waitFor({ state: 'detached', timeout: 15_000 });

    const synced = await until(
      'api/work/budgetchange?status=synced&limit=1000',
      (l) => l.items.some((i) => i.id === change.id),
      'the accepted budget change appended to the estimate (next Web Connector run)',
    );
    const appended = synced.items.find((i) => i.id === change.id);
    // QuickBooks' answer to the EstimateMod: the same estimate, a new edit sequence, the lines in it.
    assert.equal(appended.qb?.txnID, budget.qb.txnID, 'the lines went to the accepted estimate, not a new one');
    const after = await apiGet(joblink, `api/work/budgetchange/${encodeURIComponent(change.id)}/preview`);
    assert.equal(after.request, '', 'nothing more is sent for it');
    assert.match(after.says, /already has these lines/);
    assert.equal(after.totalBefore, accepted.preview.total);
    assert.equal(after.totalAfter, before.totalAfter);
    const estimate = await apiGet(joblink, `api/work/budget/${encodeURIComponent(accepted.item.id)}/preview`);
    assert.match(estimate.says, /QuickBooks has this budget as Estimate /);
    await page.getByTestId('nav-activity').click();
    await page.getByTestId('activity-list').waitFor({ timeout: 15_000 });
    await shot('9-change-appended', true);
  });
});
