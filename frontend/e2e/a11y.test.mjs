// End-to-end accessibility: axe-core (WCAG 2.1 A and AA rules) on every screen of
// `joblink --headless --demo`: each step of the setup wizard as it is walked, then every page of
// the navigation, and the dialogs a bookkeeper opens on them. Any violation fails the test, with
// the rule, the page and the elements it names. Also checked in the browser: each page's title,
// the approvals badge's contrast, the pause banner on every page, and that "/" can be turned off.
//
// Run from frontend/ with:  node --test e2e/a11y.test.mjs   (after building Joblink)
// Env: JOBLINK_BIN (default ../build/bin/joblink), CHROMIUM (default /usr/bin/chromium).
// Screenshots go to ../build/test-artifacts/a11y-*.png.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { apiGet, apiSend, artifactsDir, startDemoInBrowser, walkSetupWizard } from './joblink.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let joblink = null;
/** Joblink and the browser page on it (startDemoInBrowser); stop() ends both. */
let session = null;
let page = null;
/** Every violation found, "page: rule (impact): what — elements", for one report at the end. */
const found = [];
const checked = [];

const shot = (name) => page.screenshot({ path: path.join(artifactsDir, `a11y-${name}.png`) });

/**
 * Runs axe on the page as it is and records its WCAG 2.1 A/AA violations. Its source is evaluated
 * once per document through the DevTools protocol (page.evaluate): the app's Content Security
 * Policy (default-src 'self') rightly refuses an inline script tag.
 */
async function axe(name) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1).join(' ').trim()})`) }));
  }, WCAG21_AA);
  checked.push(name);
  for (const v of violations) found.push(`${name}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.join('; ')}`);
  await shot(name);
}

/** Asks the API until check(answer) holds; explains the last answer on a timeout. */
async function until(route, check, what, timeout = 180_000) {
  const started = Date.now();
  let last = null;
  for (;;) {
    last = await apiGet(joblink, route);
    if (check(last)) return last;
    if (Date.now() - started > timeout) assert.fail(`Timed out after ${timeout} ms waiting for ${what}. Last answer of ${route}: ${JSON.stringify(last).slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Waits until the page has its title and no "Reading …"/"Loading …" placeholder is left. */
async function settled() {
  await page.locator('#page-title').waitFor({ state: 'visible', timeout: 20_000 });
  await page
    .waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((el) => /^(Reading|Loading|Checking)\b/.test(el.textContent?.trim() ?? '')), null, { timeout: 20_000 })
    .catch(() => {});
  await page.waitForTimeout(300);
}

before(async () => {
  session = await startDemoInBrowser('joblink-e2e-a11y-', { viewport: VIEWPORT });
  ({ joblink, page } = session);
});

after(async () => {
  if (session) await session.stop();
});

describe('joblink --headless --demo: accessibility (axe-core, WCAG 2.1 A/AA)', { timeout: 900_000 }, () => {
  it('checks every step of the setup wizard as it is walked', async () => {
    await walkSetupWizard(page, joblink, (name) => axe(name));
  });

  it('would see a violation: an image without a text alternative is reported', async () => {
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'a11y-probe';
      img.src = './favicon.svg';
      document.body.append(img);
    });
    const ids = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'rule', values: ['image-alt'] } })).violations.map((v) => v.id));
    await page.evaluate(() => document.getElementById('a11y-probe')?.remove());
    assert.deepEqual(ids, ['image-alt']);
  });

  it('checks every page of the navigation, each titled "<page> — Joblink"', async () => {
    const links = await page.locator('nav[aria-label="Main"] a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.querySelector('.nav-label')?.textContent?.trim()]));
    assert.ok(links.length >= 7, `navigation: ${JSON.stringify(links)}`);
    for (const [href, label] of links) {
      await page.goto(`${joblink.baseURL}${href}`);
      await settled();
      assert.equal(await page.title(), `${label} — Joblink`, `title of ${href}`);
      await axe(`page-${href.replace(/^#\//, '')}`);
    }
  });

  it('checks Approvals with documents waiting (the table, a preview), and the Dashboard and Activity with work on them', async () => {
    // Link the demo projects that match exactly (the Jobs page has its own tests): their locked
    // budgets come to Approvals.
    await until('api/mapping/jobs?limit=1', (v) => v.counts?.all > 0 && v.counts.suggested > 0, 'Procore projects with suggested QuickBooks jobs');
    const linked = await apiSend(joblink, 'POST', 'api/mapping/jobs/link-exact', { confirm: true });
    assert.equal(linked.status, 200, JSON.stringify(linked.body));
    assert.equal((await apiSend(joblink, 'POST', 'api/sync/now?projects=all', {})).status, 202);
    await until('api/approvals', (a) => a.pending > 0, 'documents waiting for a decision');

    await page.goto(`${joblink.baseURL}#/approvals`);
    await settled();
    await page.locator('[data-testid="approvals-documents"]').first().waitFor({ timeout: 30_000 });
    await axe('page-approvals-documents');
    await page.locator('[data-testid^="open-"]').first().click();
    await page.getByTestId('approval-preview').waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(500);
    await axe('dialog-approvals-preview');
    await page.keyboard.press('Escape');
    await page.getByTestId('approval-preview').waitFor({ state: 'detached', timeout: 10_000 });

    // The Dashboard leads with the documents, counted as the badge counts them.
    await page.goto(`${joblink.baseURL}#/dashboard`);
    await settled();
    await page.locator('[data-testid="today-work"] li[data-what="decision"]').first().waitFor({ timeout: 15_000 });
    const decisions = (await apiGet(joblink, 'api/summary')).decisions;
    assert.equal(decisions, (await apiGet(joblink, 'api/approvals')).pending, 'the summary counts what the badge counts');
    await axe('page-dashboard-work');

    await page.goto(`${joblink.baseURL}#/activity?to=synced`);
    await settled();
    await axe('page-activity-filtered');
  });

  it('checks the dialogs: Jobs (create, skip) and the Web Connector password', async () => {
    // Jobs: the create dialog of the first QuickBooks-only or Procore-only row, then the skip dialog.
    await page.goto(`${joblink.baseURL}#/jobs`);
    await settled();
    const dialogs = [
      ['jobs-create', '[data-testid^="create-"]:not([disabled])'],
      ['jobs-skip', '[data-testid^="skip-"]:not([disabled])'],
    ];
    for (const [name, opener] of dialogs) {
      const button = page.locator(opener).first();
      if ((await button.count()) === 0) {
        joblink.note(`[a11y] no ${name} opener on the page`);
        continue;
      }
      await button.click();
      await page.locator('[role="dialog"], dialog[open]').first().waitFor({ state: 'visible', timeout: 10_000 });
      await page.waitForTimeout(300);
      await axe(`dialog-${name}`);
      await page.keyboard.press('Escape');
      await page.locator('[role="dialog"], dialog[open]').first().waitFor({ state: 'hidden', timeout: 10_000 });
    }

    // Setup's Web Connector step: "Make a new password" asks first (a dialog); cancelled.
    await page.goto(`${joblink.baseURL}#/setup`);
    await settled();
    const wcStep = page.getByTestId('setup-step-webconnector');
    if ((await wcStep.count()) > 0) {
      await wcStep.click();
      const make = page.getByTestId('wc-make-password');
      await make.waitFor({ state: 'visible', timeout: 10_000 });
      await make.click();
      const dialog = page.getByTestId('wc-new-password-dialog');
      if (await dialog.isVisible().catch(() => false)) {
        await axe('dialog-wc-new-password');
        await page.keyboard.press('Escape');
      }
    }
  });

  it('shows the pause banner on every page while paused, and Resume moves focus to the page title', async () => {
    assert.equal((await apiSend(joblink, 'PUT', 'api/sync/paused', { paused: true })).status, 200);
    for (const route of ['dashboard', 'activity', 'settings']) {
      await page.goto(`${joblink.baseURL}#/${route}`);
      await page.getByTestId('pause-banner').waitFor({ state: 'visible', timeout: 15_000 });
    }
    await axe('page-settings-paused');
    await page.goto(`${joblink.baseURL}#/dashboard`);
    await settled();
    await page.getByTestId('pause-resume').click();
    await page.getByTestId('pause-banner').waitFor({ state: 'detached', timeout: 15_000 });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-title');
    assert.equal((await apiGet(joblink, 'api/status')).sync.paused, false);

    // Sync now disables itself while Procore is read: focus goes to what happened, not the body.
    await page.getByTestId('sync-now').waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="sync-now"]')?.hasAttribute('disabled'), null, { timeout: 120_000 });
    await page.getByTestId('sync-now').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /checking Procore now/.test(document.querySelector('[data-testid="sync-notice"]')?.textContent ?? ''), null, { timeout: 15_000 });
    const focused = await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.getAttribute('data-testid')]);
    assert.notEqual(focused[0], 'BODY', 'focus fell to the page body after Sync now');
  });

  it('gives the approvals badge 4.5:1 contrast, and lets "/" be turned off in Settings', async () => {
    const badge = page.getByTestId('approvals-badge');
    await badge.waitFor({ state: 'visible', timeout: 15_000 }); // documents wait since the Approvals check
    {
      const ratio = await badge.evaluate((el) => {
        const rgb = (s) => s.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
        const lum = ([r, g, b]) => {
          const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        };
        const s = getComputedStyle(el);
        const [a, b] = [lum(rgb(s.color)), lum(rgb(s.backgroundColor))];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
      assert.ok(ratio >= 4.5, `badge contrast ${ratio.toFixed(2)}:1`);
      assert.match(await badge.getAttribute('aria-label'), /^\d+ documents? waiting for a decision$/);
    }
    await page.goto(`${joblink.baseURL}#/settings`);
    await settled();
    await page.getByTestId('slash-shortcut').uncheck();
    await page.goto(`${joblink.baseURL}#/jobs`);
    await settled();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    const active = await page.evaluate(() => document.activeElement?.getAttribute('type'));
    assert.notEqual(active, 'search', '"/" moved to the search box although it is turned off');
    await page.goto(`${joblink.baseURL}#/settings`);
    await settled();
    await page.getByTestId('slash-shortcut').check();
    // On again: "/" reaches the page's search (so the check above could fail).
    await page.goto(`${joblink.baseURL}#/jobs`);
    await settled();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'search', '"/" turned on again moves to the search box');
  });

  it('found no WCAG 2.1 A/AA violation', (t) => {
    t.diagnostic(`checked ${checked.length} screens: ${checked.join(', ')}`);
    assert.ok(checked.length >= 15, `screens checked: ${checked.join(', ')}`);
    assert.deepEqual(found, [], `axe-core found ${found.length} violations:\n${found.join('\n')}`);
  });
});
