// End-to-end: the Jobs and Vendors mapping pages on `joblink --headless --demo` (the embedded
// Procore simulator and the simulated QuickBooks + Web Connector), after the setup wizard.
//
// Run from frontend/ with:  node --test e2e/mapping.test.mjs   (after building Joblink)
// Env: JOBLINK_BIN (default ../build/bin/joblink), CHROMIUM (default /usr/bin/chromium).
// Screenshots go to ../build/test-artifacts/mapping-*.png.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { apiGet, artifactsDir, startDemoInBrowser, walkSetupWizard } from './joblink.mjs';

const VIEWPORT = { width: 1280, height: 860 };
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A/AA violations on the page as it is (a11y.test.mjs walks the rest). */
async function axeViolations() {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  });
}

let joblink = null;
/** Joblink and the browser page on it (startDemoInBrowser); stop() ends both. */
let session = null;
let page = null;

// The lists are long: shot as the window shows them.
const shot = (name, fullPage = false) => page.screenshot({ path: path.join(artifactsDir, `mapping-${name}.png`), fullPage });
// The API pages the view (100 rows by default); the checks read the largest page, 500 rows.
const view = (side, query = '') => apiGet(joblink, `api/mapping/${side}${query || '?'}${query ? '&' : ''}limit=500&qbLimit=500`);
const tid = (id) => `[data-testid="${id}"]`;

/** The count on a filter chip. */
async function chipCount(filter) {
  const t = await page.locator(`${tid(`filter-${filter}`)} .chip-count`).innerText();
  return Number(t.replace(/\D/g, '') || 0);
}

/** Waits until GET /api/mapping/{side} says `check(view)`; explains the last view on a timeout. */
async function waitForView(side, check, what, timeout = 60_000, query = '') {
  const started = Date.now();
  let last = null;
  for (;;) {
    last = await view(side, query);
    if (check(last)) return last;
    if (Date.now() - started > timeout) {
      const rows = (last.rows ?? []).slice(0, 5).map((r) => `${r.id} ${r.status}`);
      assert.fail(`Timed out after ${timeout} ms waiting for ${what}. Counts: ${JSON.stringify(last.counts)}; first rows: ${rows.join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const rowOf = (v, id) => v.rows.find((r) => r.id === id);

/** At 1280×800, how many mapping rows show whole on the first screen of the page. */
async function rowsOnFirstScreen(name) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="mapping-table"] tbody tr').length > 0, null, { timeout: 15_000 });
  const n = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="mapping-table"] tbody tr')].filter((r) => r.getBoundingClientRect().bottom <= window.innerHeight).length,
  );
  await shot(name);
  await page.setViewportSize(VIEWPORT);
  return n;
}

/** Types into the search box and waits for the page to ask for it. */
async function search(text) {
  const box = page.getByTestId('mapping-search');
  const asked = text ? page.waitForResponse((r) => /\/api\/mapping\/\w+\?(.*&)?q=/.test(r.url()), { timeout: 10_000 }) : null;
  await box.fill(text);
  await asked;
  await page.waitForTimeout(text ? 300 : 800);
}

/**
 * At 1280×800 and 1024×768, the create or import dialog's "Link to … instead" sits under the
 * words about the match and reads as a button (not a tall narrow column beside them).
 */
async function checkLinkInsteadLayout(which, name) {
  for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
    await page.setViewportSize(size);
    const box = await page.evaluate((w) => {
      const r = (el) => el.getBoundingClientRect().toJSON();
      const banner = document.querySelector(`[data-testid="${w}-match"]`);
      const button = document.querySelector(`[data-testid="${w}-link-instead"]`);
      const title = document.querySelector(`[data-testid="${w}-dialog"] h2`);
      return { banner: r(banner), words: r(banner.querySelector('p')), button: r(button), title: r(title), lineHeight: parseFloat(getComputedStyle(button).lineHeight) || 20 };
    }, which);
    const at = `${which} at ${size.width}×${size.height}`;
    assert.ok(box.button.top >= box.words.bottom - 1, `${at}: the button is under the words (button top ${box.button.top}, words end ${box.words.bottom})`);
    assert.ok(box.button.width > box.button.height * 2, `${at}: the button is a button, not a column (${box.button.width}×${box.button.height})`);
    assert.ok(box.button.height <= box.lineHeight * 2 + 24, `${at}: its name takes at most two lines (${box.button.height}px)`);
    assert.ok(box.button.right <= box.banner.right + 0.5 && box.button.left >= box.banner.left - 0.5, `${at}: the button stays inside the note`);
    assert.ok(box.words.width > box.banner.width * 0.8, `${at}: the words use the note's width (${box.words.width} of ${box.banner.width})`);
    assert.ok(box.title.top >= 0, `${at}: the title is in the window`);
    await shot(`${name}-${size.width}`);
  }
  await page.setViewportSize(VIEWPORT);
}

/**
 * The create dialog fits the window at 1280×800, 1024×768 and 1024×480: its title and its
 * buttons are in view, the dialog itself does not scroll, its body does when it must.
 */
async function checkCreateFits(name) {
  for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }, { width: 1024, height: 480 }]) {
    await page.setViewportSize(size);
    const at = `create dialog at ${size.width}×${size.height}`;
    const fit = await page.evaluate(() => {
      const d = document.querySelector('[data-testid="create-dialog"]');
      const r = (el) => el.getBoundingClientRect().toJSON();
      const body = d.querySelector('[data-testid="create-body"]') ?? d;
      return {
        h: innerHeight,
        dialog: r(d),
        title: r(d.querySelector('h2')),
        create: r(d.querySelector('[data-testid="create-confirm"]')),
        cancel: r(d.querySelector('[data-testid="create-cancel"]')),
        dialogScrolls: d.scrollHeight > d.clientHeight + 1,
        bodyScrolls: body.scrollHeight > body.clientHeight + 1,
        bodyHeight: body.clientHeight,
      };
    });
    assert.ok(fit.title.top >= 0 && fit.title.bottom <= fit.h, `${at}: the title is in the window (${fit.title.top}–${fit.title.bottom} of ${fit.h})`);
    for (const b of ['create', 'cancel']) assert.ok(fit[b].top >= 0 && fit[b].bottom <= fit.h, `${at}: the ${b} button is in the window (${fit[b].top}–${fit[b].bottom} of ${fit.h})`);
    assert.ok(fit.dialog.bottom <= fit.h + 0.5, `${at}: the dialog fits the window`);
    assert.equal(fit.dialogScrolls, false, `${at}: the dialog itself does not scroll (its body does)`);
    if (size.height === 480) assert.ok(fit.bodyScrolls && fit.bodyHeight >= 64, `${at}: the body scrolls inside the dialog (${fit.bodyHeight}px shown)`);
    await shot(`${name}-${size.width}x${size.height}`);
  }
  await page.setViewportSize(VIEWPORT);
}

/** When linking asks for the confirmation of records created before Joblink, says yes. */
async function confirmIfAsked(name) {
  const dialog = page.getByTestId('confirm-link-dialog');
  const asked = await dialog.waitFor({ state: 'visible', timeout: 4000 }).then(
    () => true,
    () => false,
  );
  if (asked) {
    assert.ok((await page.getByTestId('confirm-link-text').innerText()).trim().length > 0, 'the confirmation text is shown');
    if (name) await shot(name);
    await page.getByTestId('confirm-link-anyway').click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
  }
  return asked;
}

before(async () => {
  session = await startDemoInBrowser('joblink-e2e-mapping-', { viewport: VIEWPORT });
  ({ joblink, page } = session);
});

after(async () => {
  if (session) await session.stop();
});

describe('joblink --headless --demo: the Jobs and Vendors mapping pages', { timeout: 900_000 }, () => {
  it('finishes the setup wizard', async () => {
    await walkSetupWizard(page, joblink);
  });

  let linkedId = '';

  it('Jobs: filters, search, link a suggestion, undo it, link it again', async () => {
    await page.getByTestId('nav-jobs').click();
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor({ timeout: 10_000 });
    assert.match(await page.getByTestId('shortcuts-help').innerText(), /Enter or l links/);

    // Procore's projects arrive with the first check of Procore, QuickBooks' jobs with the Web Connector.
    const v0 = await waitForView('jobs', (v) => v.counts?.all > 0 && v.counts?.suggested > 0, 'projects with suggested matches', 180_000);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="filter-suggested"] .chip-count')?.textContent?.replace(/\D/g, '') || 0) > 0, null, {
      timeout: 30_000,
    });
    assert.equal(await chipCount('all'), v0.counts.all);
    await shot('jobs-1-all');
    const jobsShown = await rowsOnFirstScreen('jobs-1-1280x800');
    assert.ok(jobsShown >= Math.min(8, v0.counts.all), `at 1280×800 ${jobsShown} job rows show whole (want 8)`);
    // The chips add up to All.
    const chips = ['unlinked', 'suggested', 'linked', 'conflicts', 'creating', 'skipped'];
    let sum = 0;
    for (const f of chips) sum += await chipCount(f);
    assert.equal(sum, await chipCount('all'), 'the filter counts add up to All');

    // Filter: Suggested.
    await page.getByTestId('filter-suggested').click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="mapping-table"] tbody tr')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-status') === 'suggested');
    }, null, { timeout: 15_000 });
    assert.equal(await page.getByTestId('filter-suggested').getAttribute('aria-pressed'), 'true');
    const first = page.locator('[data-testid="mapping-table"] tbody tr').first();
    linkedId = await first.getAttribute('data-row-id');
    const suggested = rowOf(await view('jobs', '?filter=suggested'), linkedId);
    assert.ok(suggested?.suggestion, `row ${linkedId} has a suggestion`);
    assert.match(await first.innerText(), new RegExp(`(Exact|Likely) match`));
    await shot('jobs-2-suggested');

    // A short name for the row; the explanation folded behind Details is its description.
    const label = await first.getAttribute('aria-label');
    assert.ok(label.startsWith(suggested.procore.name) && label.length < 200, `row name: ${label}`);
    const whyId = await first.getAttribute('aria-describedby');
    assert.ok(whyId, 'the row has a description');
    assert.equal(await page.locator(`[id="${whyId}"]`).isVisible(), false, 'the explanation is folded');
    await page.getByTestId(`details-${linkedId}`).click();
    assert.equal(await page.locator(`[id="${whyId}"]`).isVisible(), true, 'Details shows the explanation');
    assert.match(await page.locator(`[id="${whyId}"]`).innerText(), /QuickBooks id \(ListID\)/);
    await page.getByTestId(`details-${linkedId}`).click();

    // Keyboard: Tab reaches the row's checkbox and then its buttons; ↓ / j move to the next row.
    await first.locator('input[type="checkbox"]').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-row-id')), linkedId, 'Tab stays in the row');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-row-id'));
    const second = await page.locator('[data-testid="mapping-table"] tbody tr').nth(1).getAttribute('data-row-id');
    if (second) assert.equal(focused, second, 'the down arrow moves the focus to the next row');
    await page.keyboard.press('k');

    // Search narrows both sides by name, number or city.
    const term = suggested.procore.number || suggested.procore.name.split(/\s+/)[0];
    await search(term);
    await page.locator(tid(`mapping-row-${linkedId}`)).waitFor({ timeout: 10_000 });
    assert.ok((await page.locator('[data-testid="mapping-table"] tbody tr').count()) <= (await chipCount('suggested')));
    await shot('jobs-3-search');

    // Link to the suggestion, with the confirmation when Procore had it before Joblink.
    await page.getByTestId(`link-${linkedId}`).click();
    await confirmIfAsked('jobs-4-confirm');
    await page.getByTestId('undo-toast').waitFor({ timeout: 15_000 });
    assert.match(await page.getByTestId('undo-message').innerText(), /^Linked 1 job\.$/);
    let v = await waitForView('jobs', (x) => rowOf(x, linkedId)?.status === 'linked', `${linkedId} to be linked`);
    assert.equal(rowOf(v, linkedId).quickbooks.listId, suggested.suggestion.listId);
    await shot('jobs-5-linked-undo');

    // Undo: unlinked again.
    await page.getByTestId('undo-button').click();
    await page.waitForFunction(() => /Undone/.test(document.querySelector('[data-testid="action-notice"]')?.textContent ?? ''), null, { timeout: 15_000 });
    v = await waitForView('jobs', (x) => rowOf(x, linkedId) && rowOf(x, linkedId).status !== 'linked', `${linkedId} to be unlinked again`);
    await shot('jobs-6-undone');

    // Link it again, from All.
    await page.getByTestId('filter-all').click();
    await page.locator(tid(`link-${linkedId}`)).waitFor({ timeout: 15_000 });
    await page.getByTestId(`link-${linkedId}`).click();
    await confirmIfAsked();
    await waitForView('jobs', (x) => rowOf(x, linkedId)?.status === 'linked', `${linkedId} to be linked again`);
    await page.locator(tid(`linked-${linkedId}`)).waitFor({ timeout: 15_000 });
    await search('');
  });

  it('Jobs: every count follows the search, "In QuickBooks only" too, and the chips add up', async () => {
    const tabCount = async (tab) => Number((await page.locator(`${tid(`tab-${tab}`)} .chip-count`).innerText()).replace(/\D/g, '') || 0);
    const before = await view('jobs');
    assert.ok(before.counts.quickbooksOnly > 0, 'the demo has QuickBooks-only jobs');
    // A search that finds nothing: every count says 0, the QuickBooks-only tab too (it said 99).
    await search('zzqx no such job anywhere');
    await page.waitForFunction(() => /^0$/.test(document.querySelector('[data-testid="tab-quickbooks"] .chip-count')?.textContent?.trim() ?? ''), null, { timeout: 10_000 });
    assert.equal(await tabCount('procore'), 0);
    for (const f of ['all', 'unlinked', 'suggested', 'linked', 'conflicts', 'creating', 'skipped']) assert.equal(await chipCount(f), 0, `${f} with a search that finds nothing`);
    // A search that finds some: the tab says what the API says for it, fewer than all; the chips add up.
    const term = 'Cedar';
    const searched = await view('jobs', `?q=${term}`);
    assert.ok(searched.counts.quickbooksOnly > 0 && searched.counts.quickbooksOnly < before.counts.quickbooksOnly, `QuickBooks-only jobs matching ${term}: ${searched.counts.quickbooksOnly}`);
    assert.equal(searched.counts.quickbooksOnly, searched.quickbooksOnlyTotal);
    await search(term);
    await page.waitForFunction((n) => document.querySelector('[data-testid="tab-quickbooks"] .chip-count')?.textContent?.trim() === String(n), searched.counts.quickbooksOnly, { timeout: 10_000 });
    assert.equal(await tabCount('procore'), searched.counts.all);
    let sum = 0;
    for (const f of ['unlinked', 'suggested', 'linked', 'conflicts', 'creating', 'skipped']) sum += await chipCount(f);
    assert.equal(sum, await chipCount('all'), 'the filter counts add up to All under a search');
    await shot('jobs-search-counts');
    await search('');
  });

  it('Jobs: the create dialog puts "Link to … instead" under the match and chooses the likely customer, sorted, at 1280×800 and 1024×768; it fits the window down to 1024×480', async () => {
    const v = await view('jobs', '?filter=suggested');
    const row = v.rows.find((r) => r.suggestion?.confidence === 'exact' && r.suggestion.fullName.includes(':'));
    assert.ok(row, 'the demo has a project with an exact match under a customer');
    const { likely } = await apiGet(joblink, `api/mapping/jobs/parents?limit=5&for=${encodeURIComponent(row.id)}`);
    assert.equal(likely?.fullName, row.suggestion.fullName.split(':')[0], 'the likely customer is the one the matched job is under');
    await search(row.procore.name);
    await page.getByTestId(`create-${row.id}`).click();
    const dialog = page.getByTestId('create-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    const parent = dialog.getByTestId('create-parent');
    await page.waitForFunction((id) => document.querySelector('[data-testid="create-parent"]')?.value === id, likely.listId, { timeout: 10_000 });
    assert.match(await dialog.getByTestId('create-parent-likely').innerText(), /^Chosen by Joblink: /);
    assert.ok((await parent.getAttribute('aria-describedby')).includes(await dialog.getByTestId('create-parent-likely').getAttribute('id')));
    const names = await parent.locator('option').evaluateAll((os) => os.slice(1).map((o) => o.textContent));
    const sorted = [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }));
    assert.deepEqual(names, sorted, 'the customers are in reading order');
    await checkLinkInsteadLayout('create', 'jobs-create-match');
    await checkCreateFits('jobs-create-fit');
    await page.setViewportSize(VIEWPORT);
    await dialog.getByTestId('create-cancel').click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    await search('');
  });

  it('Jobs: the confirmation for projects in Procore before Joblink lists each with its QuickBooks match and fits the window', async () => {
    await page.getByTestId('nav-jobs').click();
    await waitForView('jobs', (x) => x.counts?.suggested > 1, 'projects with suggested matches', 180_000);
    await search('');
    const asked = page.waitForResponse((r) => /\/api\/mapping\/jobs\?(.*&)?filter=suggested/.test(r.url()), { timeout: 15_000 });
    await page.getByTestId('filter-suggested').click();
    await asked;
    const listed = await page
      .waitForFunction(() => {
        const rows = [...document.querySelectorAll('[data-testid="mapping-table"] tbody tr')];
        return rows.length > 1 && rows.every((r) => r.getAttribute('data-status') === 'suggested');
      }, null, { timeout: 15_000 })
      .then(
        () => '',
        () => page.evaluate(() => `${location.hash}: ${[...document.querySelectorAll('[data-testid="mapping-table"] tbody tr')].map((r) => r.getAttribute('data-status')).join(' ')}`),
      );
    assert.equal(listed, '', 'the Suggested filter lists suggested projects only');
    const v = await view('jobs', '?filter=suggested');
    const shown = await page.locator('[data-testid="mapping-table"] tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-row-id')));
    const old = shown.map((id) => rowOf(v, id)).filter((r) => r && r.procore.createdBeforeConnection && ['exact', 'likely'].includes(r.suggestion?.confidence));
    assert.ok(old.length >= 2, `projects from before Joblink with a suggestion: ${old.length}`);
    await page.getByTestId('select-all').check();
    await page.getByTestId('link-selected').click();
    const dialog = page.getByTestId('confirm-link-dialog');
    await dialog.waitFor({ timeout: 15_000 });
    try {
      await checkConfirmation(dialog, old);
    } finally {
      // Whatever was found, the page is left as the next tests expect it: nothing linked.
      await page.setViewportSize(VIEWPORT);
      if (await dialog.isVisible()) await dialog.getByTestId('confirm-link-cancel').click();
      await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    }
    const after = await view('jobs', '?filter=suggested');
    for (const r of old) assert.equal(rowOf(after, r.id)?.status, 'suggested', `${r.procore.name} stays unlinked after Cancel`);
    await page.getByTestId('select-all').uncheck();
    await page.getByTestId('filter-all').click();
  });

  /** The confirmation's checks: each pair, the fit at three window sizes, keyboard, axe. */
  async function checkConfirmation(dialog, old) {
    // Each project with the QuickBooks job it is linked to.
    const pairs = await dialog.locator('[data-testid="confirm-link-records"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute('data-row-id'), procore: tr.children[0].textContent.trim(), quickbooks: tr.children[1].textContent.trim() })),
    );
    assert.equal(pairs.length, old.length, 'every project asked about is listed');
    for (const r of old) {
      const p = pairs.find((x) => x.id === r.id);
      assert.deepEqual(p && [p.procore, p.quickbooks], [r.procore.name, r.suggestion.fullName], `${r.procore.name} and its match`);
    }
    for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }, { width: 1024, height: 480 }]) {
      await page.setViewportSize(size);
      const at = `${size.width}×${size.height}`;
      const fit = await page.evaluate(() => {
        const d = document.querySelector('[data-testid="confirm-link-dialog"]');
        const r = (el) => el.getBoundingClientRect();
        const scroll = d.querySelector('[data-testid="confirm-link-scroll"]');
        return {
          h: innerHeight,
          dialog: r(d).toJSON(),
          title: r(d.querySelector('h2')).toJSON(),
          yes: r(d.querySelector('[data-testid="confirm-link-anyway"]')).toJSON(),
          no: r(d.querySelector('[data-testid="confirm-link-cancel"]')).toJSON(),
          dialogScrolls: d.scrollHeight > d.clientHeight + 1,
          // A name cut at the edge of its cell (or of the list) is not read.
          cut: [...d.querySelectorAll('[data-testid="confirm-link-records"] th, [data-testid="confirm-link-records"] td')]
            .filter((c) => c.scrollWidth > c.clientWidth + 1 || r(c).right > r(scroll).right + 1)
            .map((c) => c.textContent.trim()),
          listScrolls: scroll.scrollHeight > scroll.clientHeight + 1,
        };
      });
      assert.ok(fit.title.top >= 0 && fit.title.bottom <= fit.h, `${at}: the title is in the window`);
      for (const b of ['yes', 'no']) assert.ok(fit[b].top >= 0 && fit[b].bottom <= fit.h, `${at}: the ${b === 'yes' ? 'Link' : 'Cancel'} button is in the window`);
      assert.ok(fit.dialog.bottom <= fit.h + 0.5, `${at}: the dialog fits the window`);
      assert.equal(fit.dialogScrolls, false, `${at}: the dialog itself does not scroll (its list does)`);
      assert.deepEqual(fit.cut, [], `${at}: every name shows whole`);
      if (size.height === 480) assert.ok(fit.listScrolls, `${at}: the list scrolls inside the dialog`);
      await shot(`jobs-confirm-before-joblink-${size.width}x${size.height}`);
    }
    // The list scrolls from the keyboard too.
    const scroll = dialog.getByTestId('confirm-link-scroll');
    await scroll.focus();
    await page.keyboard.press('End');
    // Keyboard scrolling is animated: wait for it to move.
    const moved = await page
      .waitForFunction(() => document.querySelector('[data-testid="confirm-link-scroll"]').scrollTop > 0, null, { timeout: 5000 })
      .then(() => true, () => false);
    assert.ok(moved, 'End scrolls the focused list');
    assert.deepEqual(await axeViolations(), [], 'the confirmation has no WCAG 2.1 A/AA violations');
  }

  it('Jobs: creates a project with a too-long name in QuickBooks, with the shorter name', async () => {
    const v = await view('jobs');
    const long = v.rows.find(
      (r) => [...r.procore.name].length > (r.nameLimit || 41) && !r.quickbooks && ['unlinked', 'suggested'].includes(r.status),
    );
    assert.ok(long, 'the demo has an unlinked Procore project whose name is longer than 41 characters');
    await search(long.procore.number || long.procore.name);
    await page.getByTestId(`create-${long.id}`).click();
    const dialog = page.getByTestId('create-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    const name = dialog.getByTestId('create-name');
    const offered = await name.inputValue();
    if (long.suggestedName) assert.equal(offered, long.suggestedName, 'the suggested shorter name is offered');
    assert.ok([...offered].length <= (long.nameLimit || 41), `"${offered}" fits QuickBooks`);
    assert.match(await dialog.getByTestId('create-name-count').innerText(), new RegExp(`^${[...offered].length} of ${long.nameLimit || 41} characters$`));
    assert.match(await dialog.innerText(), /The Procore name has \d+ characters; QuickBooks holds at most 41/);

    // Under a customer when QuickBooks has one, else as a customer.
    const { parents } = await apiGet(joblink, 'api/mapping/jobs/parents');
    if (parents.length > 0) {
      await dialog.getByTestId('create-mode-parent').check();
      await dialog.getByTestId('create-parent').selectOption(parents[0].listId);
    } else {
      await dialog.getByTestId('create-mode-customer').check();
    }
    await shot('jobs-7-create-dialog');
    await dialog.getByTestId('create-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    assert.match(await page.getByTestId('action-notice').innerText(), /queued for QuickBooks/);

    // The simulated Web Connector runs every few seconds; the page polls while it is being created.
    const done = await waitForView('jobs', (x) => rowOf(x, long.id)?.status === 'linked', `${long.id} to be created in QuickBooks and linked`, 180_000);
    assert.equal(rowOf(done, long.id).quickbooks.name, offered);
    await page.locator(tid(`linked-${long.id}`)).waitFor({ timeout: 20_000 });
    await shot('jobs-8-created-in-quickbooks');
    await search('');
  });

  it('Jobs: creates a Procore project from a QuickBooks job', async () => {
    await page.getByTestId('tab-quickbooks').click();
    await page.getByTestId('qbonly-table').waitFor({ timeout: 15_000 });
    const v = await view('jobs');
    const rec = v.quickbooksOnly.find((r) => !r.unsupported && r.level !== 'subjob');
    assert.ok(rec, 'QuickBooks has a customer or job not linked to Procore');
    if (v.quickbooksOnly.some((r) => r.level === 'subjob')) {
      assert.match(await page.getByTestId('subjob-notice').innerText(), /Sub jobs \(a job under a job\) are not supported/);
    }
    await shot('jobs-9-quickbooks-only');
    // A QuickBooks job Procore already has: the dialog offers the link first, laid out as in the create dialog.
    const matched = v.quickbooksOnly.find((r) => !r.unsupported && r.procoreMatch && r.fullName.length > 40);
    assert.ok(matched, 'a QuickBooks-only job with a long name is the match of a Procore project');
    await search(matched.name);
    await page.getByTestId(`import-${matched.listId}`).click();
    await page.getByTestId('import-dialog').waitFor({ timeout: 10_000 });
    assert.match(await page.getByTestId('import-match').innerText(), /Procore already has/);
    await checkLinkInsteadLayout('import', 'jobs-import-match');
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached', timeout: 10_000 });
    await search('');
    await page.getByTestId(`import-${rec.listId}`).click();
    // The confirmation names what is created (and would offer the link, had Procore a match).
    await page.getByTestId('import-dialog').waitFor({ timeout: 10_000 });
    await page.getByTestId('import-confirm').click();
    await page.waitForFunction(() => /created in Procore/.test(document.querySelector('[data-testid="action-notice"]')?.textContent ?? ''), null, { timeout: 30_000 });
    const after = await waitForView(
      'jobs',
      (x) => !x.quickbooksOnly.some((r) => r.listId === rec.listId) && x.rows.some((r) => r.quickbooks?.listId === rec.listId),
      `a Procore project linked to ${rec.fullName}`,
      60_000,
      `?q=${encodeURIComponent(rec.name)}`,
    );
    assert.equal(after.rows.find((r) => r.quickbooks?.listId === rec.listId).status, 'linked');
    await shot('jobs-10-created-in-procore');
    await page.getByTestId('tab-procore').click();
  });

  it('Vendors: links all exact matches, switches the update setting, creates a vendor in Procore', async () => {
    await page.getByTestId('nav-vendors').click();
    await page.getByRole('heading', { level: 1, name: 'Vendors' }).waitFor({ timeout: 10_000 });
    const v0 = await waitForView('vendors', (v) => v.counts?.all > 0, 'Procore companies', 180_000);
    await page.getByTestId('mapping-table').waitFor({ timeout: 30_000 });
    await shot('vendors-1-all');
    const vendorsShown = await rowsOnFirstScreen('vendors-1-1280x800');
    assert.ok(vendorsShown >= Math.min(8, v0.counts.all), `at 1280×800 ${vendorsShown} vendor rows show whole (want 8)`);

    // Link all exact matches.
    const exact = v0.rows.filter((r) => r.suggestion?.confidence === 'exact' && r.status === 'suggested').length;
    await page.getByTestId('link-exact').click();
    await confirmIfAsked('vendors-2-confirm');
    await page.waitForFunction(() => /Linked|No exact matches/.test(document.querySelector('[data-testid="action-notice"]')?.textContent ?? ''), null, {
      timeout: 60_000,
    });
    const notice = await page.getByTestId('action-notice').innerText();
    if (exact > 0) {
      assert.match(notice, /^Linked \d+/);
      await waitForView('vendors', (v) => v.counts.linked >= Math.min(exact, 1) + v0.counts.linked, 'the exact matches to be linked');
    }
    await shot('vendors-3-linked-exact');

    // The setting, with its help text.
    await page.locator(`${tid('vendor-settings-toggle')} summary`).click();
    const sw = page.getByTestId('vendor-update-procore');
    const before = await sw.isChecked();
    await sw.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="vendor-settings-state"]')?.textContent?.trim() === 'Saved', null, { timeout: 15_000 });
    assert.equal(await sw.isChecked(), !before);
    assert.equal((await view('vendors')).settings.updateProcoreFromQuickBooks, !before);
    await shot('vendors-4-setting');

    // Create a QuickBooks vendor in Procore.
    await page.getByTestId('tab-quickbooks').click();
    await page.getByTestId('qbonly-table').waitFor({ timeout: 15_000 });
    const v = await view('vendors');
    const rec = v.quickbooksOnly.find((r) => !r.unsupported);
    assert.ok(rec, 'QuickBooks has a vendor not linked to Procore');
    await shot('vendors-5-quickbooks-only');
    await page.getByTestId(`import-${rec.listId}`).click();
    // The confirmation names what is created (and would offer the link, had Procore a match).
    await page.getByTestId('import-dialog').waitFor({ timeout: 10_000 });
    await page.getByTestId('import-confirm').click();
    await page.waitForFunction(() => /created in Procore/.test(document.querySelector('[data-testid="action-notice"]')?.textContent ?? ''), null, { timeout: 30_000 });
    // 3,000 companies: the check searches for the one created.
    await waitForView(
      'vendors',
      (x) => !x.quickbooksOnly.some((r) => r.listId === rec.listId) && x.rows.some((r) => r.quickbooks?.listId === rec.listId && r.status === 'linked'),
      `a Procore company linked to ${rec.fullName}`,
      60_000,
      `?q=${encodeURIComponent(rec.name)}`,
    );
    await shot('vendors-6-created-in-procore');
    await page.getByTestId('tab-procore').click();
  });

  it('Vendors: skips conflicts (or, without any, unlinked companies) in bulk, with the reason on the rows', async () => {
    const v0 = await view('vendors');
    const filter = v0.counts.conflicts > 0 ? 'conflicts' : 'unlinked';
    await page.getByTestId(`filter-${filter}`).click();
    await page.waitForFunction((f) => {
      const rows = [...document.querySelectorAll('[data-testid="mapping-table"] tbody tr')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-status') === (f === 'conflicts' ? 'conflict' : 'unlinked'));
    }, filter, { timeout: 15_000 });
    const boxes = page.locator('[data-testid="mapping-table"] tbody tr:has([data-testid^="skip-"]) input[type="checkbox"]');
    const n = Math.min(2, await boxes.count());
    assert.ok(n > 0, `a ${filter} company can be skipped`);
    const ids = [];
    for (let i = 0; i < n; i++) {
      await boxes.nth(i).check();
      ids.push(await boxes.nth(i).evaluate((b) => b.closest('tr').getAttribute('data-row-id')));
    }
    await page.getByTestId('skip-selected').click();
    const dialog = page.getByTestId('reject-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByTestId('reject-comment').fill('Handled by the other office');
    await shot('vendors-7-skip-selected');
    await dialog.getByTestId('reject-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    const after = await waitForView('vendors', (x) => ids.every((id) => rowOf(x, id)?.status === 'skipped'), 'the selected companies to be skipped', 30_000, '?filter=skipped');
    assert.equal(after.counts.skipped, v0.counts.skipped + n);
    await page.getByTestId('filter-skipped').click();
    await page.locator(tid(`skip-reason-${ids[0]}`)).waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId(`skip-reason-${ids[0]}`).innerText(), 'Reason: Handled by the other office');
    let sum = 0;
    for (const f of ['unlinked', 'suggested', 'linked', 'conflicts', 'creating', 'skipped']) sum += await chipCount(f);
    assert.equal(sum, await chipCount('all'), 'the filter counts add up to All');
    await shot('vendors-8-skipped');
  });

  it('Vendors: replaces the links Procore holds for conflicts after saying what changes in Procore', async () => {
    const v0 = await view('vendors', '?filter=conflicts');
    const target = v0.rows.find((r) => r.status === 'conflict' && !r.quickbooks && r.suggestion);
    if (!target) return; // the demo has none with a suggestion: nothing to replace
    await page.getByTestId('filter-conflicts').click();
    await search(target.procore.name);
    const row = page.locator(tid(`mapping-row-${target.id}`));
    await row.waitFor({ timeout: 15_000 });
    // A conflict's Details open: what is wrong, what it means, the fix; still no axe violation.
    await page.getByTestId(`details-${target.id}`).click();
    await page.getByTestId(`problem-${target.id}`).waitFor({ timeout: 5000 });
    assert.match(await page.getByTestId(`problem-${target.id}`).innerText(), /What it means:[\s\S]*How to fix it:/);
    assert.deepEqual(await axeViolations(), [], 'a row with its Details open has no WCAG 2.1 A/AA violations');
    await row.locator('input[type="checkbox"]').check();
    assert.equal(await page.getByTestId('link-selected').isDisabled(), true, 'the bulk link leaves conflicts to the replace');
    await page.getByTestId('replace-selected').click();
    const dialog = page.getByTestId('replace-link-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    assert.match(await dialog.innerText(), /in place of the old one/);
    const listed = await dialog.getByTestId('replace-link-records').innerText();
    assert.ok(listed.includes(`${target.procore.name}: link to ${target.suggestion.fullName}`), listed);
    await shot('vendors-9-replace-dialog');
    assert.deepEqual(await axeViolations(), [], 'the replace dialog has no WCAG 2.1 A/AA violations');
    await dialog.getByTestId('replace-link-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await confirmIfAsked();
    const after = await waitForView('vendors', (x) => rowOf(x, target.id)?.status === 'linked', `${target.id} to be linked in place of Procore's old link`, 60_000, `?q=${encodeURIComponent(target.procore.name)}`);
    assert.equal(rowOf(after, target.id).quickbooks.listId, target.suggestion.listId);
    await search('');
  });
});
