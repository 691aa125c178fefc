// End-to-end: a bookkeeper's day on `joblink --headless --demo`, told as one story (issue 17):
// the Dashboard's work list, cost codes linked to the service items QuickBooks already has and
// exported through the preview, a create refused because QuickBooks has the job (link instead),
// a non-Latin vendor name stopped, conflicts skipped in bulk with a reason, Activity searched and
// paged; then every page at 1024×768, with a long search term in Cost codes and Jobs.
//
// Run from frontend/ with:  node --test e2e/bookkeeper-day.test.mjs   (after `make build`)
// Env: JOBLINK_BIN (default ../build/bin/joblink), CHROMIUM (default /usr/bin/chromium).
// Screenshots go to ../build/test-artifacts/day-*.png (1280×800, and day-1024-*.png at 1024×768).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { apiGet, artifactsDir, startDemoInBrowser, waitForApi, walkSetupWizard } from './joblink.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const NARROW = { width: 1024, height: 768 };
const LONG_SEARCH = 'Cedar Ridge Medical Office Building Phase 2 Parking Structure Expansion North Wing 01-100';
const SKIP_REASON = 'Paid through the other office';

let joblink = null;
/** Joblink and the browser page on it (startDemoInBrowser); stop() ends both. */
let session = null;
let page = null;

// One story: once a step fails, the later ones are skipped (they would fail for the same reason).
let broken = false;
function step(name, fn) {
  it(name, async (t) => {
    if (broken) return t.skip('an earlier step of the day failed');
    try {
      await fn();
    } catch (e) {
      broken = true;
      throw e;
    }
  });
}

const shot = (name) => page.screenshot({ path: path.join(artifactsDir, `day-${name}.png`) });
const tid = (id) => `[data-testid="${id}"]`;
const rowOf = (v, id) => v.rows.find((r) => r.id === id);
const mappingView = (side, query = '') => apiGet(joblink, `api/mapping/${side}?limit=500&qbLimit=500${query}`);

/** Opens a page from the navigation and waits for its title. */
async function open(navId, title) {
  await page.getByTestId(`nav-${navId}`).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 10_000 });
}

/** The count on a status chip (Cost codes) or a filter chip (Jobs, Vendors). */
async function chipCount(testid) {
  return Number((await page.locator(`${tid(testid)} .chip-count`).innerText()).replace(/\D/g, '') || 0);
}

/** Types into a mapping page's search box and waits for the list it asked for. */
async function searchMapping(text) {
  if (!text) {
    // Cleared: the whole list again (more than the one record searched for).
    await page.getByTestId('mapping-search').fill('');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="mapping-table"] tbody tr').length > 1, null, { timeout: 10_000 });
    return;
  }
  const asked = page.waitForResponse((r) => /\/api\/mapping\/\w+\?(.*&)?q=/.test(r.url()), { timeout: 10_000 });
  await page.getByTestId('mapping-search').fill(text);
  await asked;
}

/** Whether anything on the page runs past its column (a horizontal scroll bar, cut text). */
function overflow() {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inner = document.querySelector('.content-inner');
    const limit = inner ? inner.getBoundingClientRect().right - parseFloat(getComputedStyle(inner).paddingRight) : width;
    const wide = [...document.querySelectorAll('main *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return el !== inner && r.width > 0 && r.right > limit + 1 && !el.closest('.table-scroll, [data-scroll], .visually-hidden');
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return { scroll: document.documentElement.scrollWidth - width, wide };
  });
}

before(async () => {
  session = await startDemoInBrowser('joblink-e2e-day-', { viewport: VIEWPORT });
  ({ joblink, page } = session);
});

after(async () => {
  if (session) await session.stop();
});

describe("joblink --headless --demo: a bookkeeper's day", { timeout: 300_000 }, () => {
  step('morning: after setup, the Dashboard says first what needs the bookkeeper today', async () => {
    await walkSetupWizard(page, joblink);
    const card = page.getByTestId('card-today');
    await card.waitFor({ timeout: 15_000 });
    await page.locator(`${tid('today-work')}, ${tid('today-nothing')}`).first().waitFor({ timeout: 15_000 });
    // On the first screen at 1280×800, above the connection cards.
    const box = await card.boundingBox();
    assert.ok(box && box.y < VIEWPORT.height / 2, `"What needs you today" starts on the first screen (top ${box?.y})`);
    const procore = await page.getByTestId('procore-card').boundingBox();
    assert.ok(procore && procore.y > box.y, 'the work comes before the connection cards');
    assert.match(await card.innerText(), /Waiting for you[\s\S]*Last run/i);
    // Each line of work links to the page that holds it.
    const links = await page.locator(`${tid('today-work')} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of links) assert.match(href, /^#\/[\w-]+/, `work line links to a page: ${href}`);
    await shot('01-dashboard');
  });

  step('links cost codes to the service items QuickBooks has, then exports all through the preview', async () => {
    await open('cost-codes', 'Cost codes');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="chip-ready"] .chip-count')?.textContent?.replace(/\D/g, '') || 0) > 0, null, {
      timeout: 120_000,
    });
    // What a status means is help the keyboard reaches (once above the list), not a tooltip per row.
    assert.equal(await page.locator('[data-testid="work-table"] [title]').count(), 0, 'no tooltip on the rows');
    await page.locator(`${tid('status-legend')} summary`).click();
    assert.match(await page.getByTestId('status-legend').innerText(), /Needs attention\s+QuickBooks refused it\./);
    await page.locator(`${tid('status-legend')} summary`).click();
    const { suggestions = [], total = 0 } = await apiGet(joblink, 'api/costcodes/suggestions');
    if (total > 0) {
      // One by one from the panel: the code is then linked, not added beside the item.
      const panel = page.getByTestId('costcode-suggestions');
      await panel.waitFor({ timeout: 15_000 });
      assert.match(await panel.innerText(), /QuickBooks already has service items for/);
      await shot('02-costcode-suggestions');
      const s = suggestions[0];
      await page.getByTestId(`costcode-link-${s.id}`).click();
      await page.waitForFunction(() => /linked to its QuickBooks service item/.test(document.querySelector('[data-testid="action-notice"]')?.textContent ?? ''), null, {
        timeout: 15_000,
      });
      await waitForApi(joblink, 'api/costcodes/suggestions', (a) => !(a.suggestions ?? []).some((x) => x.id === s.id), `${s.code} to leave the suggestions`);
    }

    await page.getByTestId('export-all').click();
    const preview = page.getByTestId('export-preview-dialog');
    await preview.waitFor({ timeout: 15_000 });
    const lines = await page.getByTestId('export-preview-lines').innerText();
    assert.match(lines, /linked to the service item QuickBooks already has/, 'the preview counts the items QuickBooks has as linked, not new');
    const p = (await apiGet(joblink, 'api/costcodes/export-preview')).preview;
    assert.match(lines, new RegExp(`^${p.new} new service items? added`, 'm'));
    await shot('03-export-preview');
    if (p.suggested > 0) {
      // The rest of the suggestions linked from the dialog before anything is exported.
      const before = await page.getByTestId('action-notice').innerText();
      await page.getByTestId('export-preview-link-first').click();
      await page.waitForFunction((b) => {
        const t = document.querySelector('[data-testid="action-notice"]')?.textContent ?? '';
        return t !== b && /linked to/.test(t);
      }, before, { timeout: 15_000 });
      // Linked codes leave the new items: export uses the items QuickBooks has.
      const linkedNow = (await apiGet(joblink, 'api/costcodes/export-preview')).preview;
      assert.ok(linkedNow.new < p.new && linkedNow.suggested < p.suggested, `linked first: ${JSON.stringify(p)} → ${JSON.stringify(linkedNow)}`);
      await shot('03b-export-preview-linked');
    }
    await page.getByTestId('export-preview-confirm').click();
    await preview.waitFor({ state: 'detached', timeout: 15_000 });
    await page.waitForFunction(() => /queued/.test(document.querySelector('[data-testid="action-notice"]')?.textContent ?? ''), null, { timeout: 15_000 });
    await shot('04-costcodes-queued');
    const o = await overflow();
    assert.deepEqual(o, { scroll: 0, wide: [] }, 'the cost code list stays as wide as the window at 1280 px');
    // No list is cut off: Next goes through every cost code to the last one.
    const range = page.getByTestId('costcodes-pager-range');
    const all = Number((await range.innerText()).match(/of ([\d,]+)/)[1].replace(/,/g, ''));
    for (let i = 0; i < 20 && (await page.getByTestId('costcodes-pager-next').isEnabled()); i++) {
      const was = await range.innerText();
      await page.getByTestId('costcodes-pager-next').click();
      await page.waitForFunction((w) => document.querySelector('[data-testid="costcodes-pager-range"]')?.textContent !== w, was, { timeout: 10_000 });
    }
    assert.match(await range.innerText(), new RegExp(`–${all.toLocaleString('en-US')} of ${all.toLocaleString('en-US')} cost codes`), 'the last page ends at the last code');
    await page.getByTestId('costcodes-pager-previous').click();
    // The Web Connector's next run takes them; the Dashboard counts them as exported today.
    const s = await waitForApi(joblink, 'api/summary', (x) => x.exportedToday > 0, 'a cost code exported today', 90_000);
    assert.ok(s.exportedToday > 0);
  });

  step('Jobs: creating a job QuickBooks already has is refused in favour of linking it', async () => {
    await open('jobs', 'Jobs');
    const v = await waitForApi(
      joblink,
      'api/mapping/jobs?filter=suggested&limit=500',
      (x) => (x.rows ?? []).some((r) => r.status === 'suggested' && r.suggestion?.confidence === 'exact' && !r.nameProblem),
      'a Procore project with an exact match in QuickBooks',
      120_000,
    );
    const row = v.rows.find((r) => r.status === 'suggested' && r.suggestion?.confidence === 'exact' && !r.nameProblem);
    await searchMapping(row.procore.number || row.procore.name);
    await page.getByTestId(`create-${row.id}`).click();
    const dialog = page.getByTestId('create-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    const match = dialog.getByTestId('create-match');
    assert.match(await match.innerText(), new RegExp(`QuickBooks already has “${row.suggestion.fullName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”, an exact match`));
    assert.equal((await dialog.getByTestId('create-confirm').innerText()).trim(), 'Create anyway', 'creating needs a second thought');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'create-link-instead', 'the link is offered first');
    await shot('05-create-refused-link-instead');
    await dialog.getByTestId('create-link-instead').click();
    // Linked (after Joblink's confirmation for a project Procore had before Joblink, when it asks).
    await page.locator(`${tid('confirm-link-dialog')}, ${tid('undo-toast')}`).first().waitFor({ timeout: 15_000 });
    if (await page.getByTestId('confirm-link-dialog').isVisible()) await page.getByTestId('confirm-link-anyway').click();
    const linked = await waitForApi(joblink, `api/mapping/jobs?q=${encodeURIComponent(row.procore.name)}`, (x) => rowOf(x, row.id)?.status === 'linked', `${row.procore.name} to be linked`);
    assert.equal(rowOf(linked, row.id).quickbooks.listId, row.suggestion.listId, 'linked to the job QuickBooks had; no second one');
    await page.locator(tid(`linked-${row.id}`)).waitFor({ timeout: 15_000 });
    await shot('06-job-linked');
    await searchMapping('');
  });

  step('Vendors: a name QuickBooks cannot store is stopped; the dialog asks for a Latin-alphabet name', async () => {
    await open('vendors', 'Vendors');
    const name = '北京建工集团有限责任公司';
    const v = await waitForApi(joblink, `api/mapping/vendors?q=${encodeURIComponent(name)}`, (x) => (x.rows ?? []).some((r) => r.procore.name === name), `the Procore company ${name}`, 120_000);
    const row = v.rows.find((r) => r.procore.name === name);
    assert.ok(row.nameProblem, `${name} carries the reason QuickBooks cannot store it`);
    await searchMapping(name);
    await page.getByTestId(`create-${row.id}`).click();
    const dialog = page.getByTestId('create-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    assert.match(await dialog.getByTestId('create-name-problem').innerText(), /Latin alphabet|Joblink suggests/);
    // The bookkeeper types the Chinese name anyway: the dialog stops and says why, nothing is sent.
    const field = dialog.getByTestId('create-name');
    await field.fill(name);
    await dialog.getByTestId('create-confirm').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="create-name"]')?.getAttribute('aria-invalid') === 'true', null, { timeout: 5000 });
    assert.match(await dialog.innerText(), /QuickBooks cannot store 北 京 建 工 集: write the name in the Latin alphabet/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'create-name', 'the focus goes to the name to fix');
    await shot('07-non-latin-name-stopped');
    await dialog.getByTestId('create-cancel').click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    const still = await mappingView('vendors', `&q=${encodeURIComponent(name)}`);
    assert.notEqual(rowOf(still, row.id).status, 'creating', 'nothing was sent to QuickBooks');
    await searchMapping('');
  });

  let skipped = [];

  step('Vendors: conflicts skipped in bulk, with the reason on the rows', async () => {
    const v0 = await waitForApi(joblink, 'api/mapping/vendors?filter=conflicts&limit=500', (x) => x.counts?.conflicts > 0, 'companies Procore links to another integration');
    await page.getByTestId('filter-conflicts').click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="mapping-table"] tbody tr')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-status') === 'conflict');
    }, null, { timeout: 15_000 });
    const boxes = page.locator('[data-testid="mapping-table"] tbody tr:has([data-testid^="skip-"]) input[type="checkbox"]');
    const n = Math.min(2, await boxes.count());
    assert.ok(n > 0, 'a conflict can be skipped');
    for (let i = 0; i < n; i++) {
      await boxes.nth(i).check();
      skipped.push(await boxes.nth(i).evaluate((b) => b.closest('tr').getAttribute('data-row-id')));
    }
    await page.getByTestId('skip-selected').click();
    const dialog = page.getByTestId('reject-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    await dialog.getByTestId('reject-comment').fill(SKIP_REASON);
    await shot('08-skip-conflicts');
    await dialog.getByTestId('reject-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    const after = await waitForApi(
      joblink,
      'api/mapping/vendors?filter=skipped&limit=500',
      (x) => skipped.every((id) => rowOf(x, id)?.status === 'skipped'),
      'the conflicts to be skipped',
    );
    assert.equal(after.counts.conflicts, v0.counts.conflicts - n);
    skipped = skipped.map((id) => ({ id, name: rowOf(after, id).procore.name }));
    await page.getByTestId('filter-skipped').click();
    await page.locator(tid(`skip-reason-${skipped[0].id}`)).waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId(`skip-reason-${skipped[0].id}`).innerText(), `Reason: ${SKIP_REASON}`);
    await shot('09-skipped-with-reason');
  });

  step('Activity: searched for the skipped company, then paged to older entries', async () => {
    await open('activity', 'Activity');
    const list = page.getByTestId('activity-list');
    await list.waitFor({ timeout: 15_000 });
    // Search: only the entries that name the company.
    const name = skipped[0].name;
    await page.getByTestId('activity-q').fill(name);
    await page.getByTestId('activity-search').click();
    await page.waitForFunction(
      (n) => {
        const items = [...document.querySelectorAll('[data-testid="activity-list"] > li')];
        return items.length > 0 && items.every((li) => li.textContent.includes(n));
      },
      name,
      { timeout: 15_000 },
    );
    assert.match(await list.innerText(), /skipped/);
    await shot('10-activity-search');

    // Paged: the day's export wrote more entries than one page holds.
    await page.getByTestId('activity-clear').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="activity-list"] > li').length >= 100, null, { timeout: 15_000 });
    const first = await page.locator('[data-testid="activity-list"] > li').count();
    await page.getByTestId('activity-older').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="activity-list"] > li').length > n, first, { timeout: 15_000 });
    const times = await page.locator('[data-testid="activity-list"] > li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    for (let i = 1; i < times.length; i++) assert.ok(times[i - 1] >= times[i], `newest first: ${times[i - 1]} before ${times[i]}`);
    await shot('11-activity-older');
  });

  step('evening: every page holds at 1024×768, with a long search term in Cost codes and Jobs', async () => {
    await page.setViewportSize(NARROW);
    const pages = [
      ['dashboard', 'Dashboard'],
      ['approvals', 'Approvals'],
      ['jobs', 'Jobs'],
      ['vendors', 'Vendors'],
      ['cost-codes', 'Cost codes'],
      ['job-costs', 'Job costs'],
      ['activity', 'Activity'],
      ['settings', 'Settings'],
    ];
    const problems = [];
    for (const [id, title] of pages) {
      if (!(await page.getByTestId(`nav-${id}`).count())) continue; // a kind this demo does not register
      await open(id, title);
      if (id === 'cost-codes') {
        await page.getByTestId('costcode-search').fill(LONG_SEARCH);
        // No code matches: the page says so, with the term, and offers them all again.
        await page.locator(`${tid('costcodes-empty')}[data-kind="no-match"]`).waitFor({ timeout: 10_000 });
      } else if (id === 'jobs') {
        await searchMapping(LONG_SEARCH);
      } else if (id === 'dashboard') {
        await page.locator(`${tid('today-work')}, ${tid('today-nothing')}`).first().waitFor({ timeout: 15_000 });
        // The day's export is counted, and leads to Activity.
        await page.locator(`${tid('today-exported')} a`).waitFor({ timeout: 15_000 });
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(artifactsDir, `day-1024-${id}.png`) });
      const o = await overflow();
      if (o.scroll > 0 || o.wide.length) problems.push(`${title}: ${o.scroll}px wider than the window; ${o.wide.join(', ')}`);
      if (id === 'jobs') await searchMapping('');
    }
    await page.setViewportSize(VIEWPORT);
    assert.deepEqual(problems, [], 'no page is wider than 1024 px');
  });
});
