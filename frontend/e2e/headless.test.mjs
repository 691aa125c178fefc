// End-to-end test of the UI served by `joblink --headless`.
//
// Run from frontend/ with:  npm run build (in the Go build) … then  npm run e2e
// Env: JOBLINK_BIN (default ../build/bin/joblink), CHROMIUM (default /usr/bin/chromium).
// Screenshots go to ../build/test-artifacts/.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir, launchChromium, startJoblink } from './joblink.mjs';

const VIEWPORT = { width: 1100, height: 720 };

let joblink = null;
let baseURL = '';
let token = '';
let dataDir = '';
let browser = null;

before(async () => {
  // --qb-sim: the simulated QuickBooks and Web Connector run against this Joblink over HTTP,
  // so the dashboard shows a real Web Connector run.
  joblink = await startJoblink(['--qb-sim'], 'joblink-e2e-');
  ({ baseURL, token, dataDir } = joblink);
  browser = await launchChromium();
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (joblink) await joblink.stop();
});

/** True when this Joblink has a setup wizard that is not finished (the UI then opens it on start). */
async function setupUnfinished() {
  const res = await fetch(new URL('api/setup', baseURL), { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) return false;
  const body = await res.json().catch(() => ({}));
  return body.completed === false;
}

async function newPage() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (e) => joblink.note(`[page error] ${e.message}`));
  return page;
}

describe('joblink --headless serves the UI', { timeout: 120_000 }, () => {
  it('answers /api/health without a token', async () => {
    const res = await fetch(new URL('api/health', baseURL));
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.status, 'ok');
    assert.ok(body.version, 'health has a version');
  });

  it('shows the sign-in panel without a token, and refuses a wrong token', async () => {
    const page = await newPage();
    try {
      await page.goto(baseURL);
      const panel = page.getByTestId('signin');
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
      const text = await panel.innerText();
      assert.match(text, /running without its window \(headless mode\)/);
      assert.match(text, /ui-token/);
      const input = page.getByLabel('Access token', { exact: true });
      assert.equal(await input.getAttribute('type'), 'password');
      // The shell (navigation) is not shown while signed out.
      assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0);
      await page.screenshot({ path: path.join(artifactsDir, 'headless-signin.png'), fullPage: true });

      await input.fill(`${token}-wrong`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const err = page.getByTestId('signin-error');
      await err.waitFor({ state: 'visible', timeout: 10_000 });
      assert.ok((await err.innerText()).trim().length > 0, 'the server message is shown');
      assert.equal(await page.getByTestId('status-version').count(), 0);

      // The right token, typed into the panel, opens the dashboard (or the setup wizard while setup is unfinished).
      await input.fill(token);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('[data-testid="status-version"], [data-testid="setup-step"]').first().waitFor({ state: 'visible', timeout: 10_000 });
    } finally {
      await page.context().close();
    }
  });

  it('opens the dashboard with #token=, then Approvals from the navigation', async () => {
    const health = await (await fetch(new URL('api/health', baseURL))).json();
    const page = await newPage();
    try {
      await page.goto(`${baseURL}#token=${encodeURIComponent(token)}`);
      // While setup is not finished Joblink opens the setup wizard on start; "Finish later" leads to the dashboard.
      if (await setupUnfinished()) {
        await page.getByTestId('setup-step').waitFor({ state: 'visible', timeout: 15_000 });
        assert.ok(page.url().endsWith('#/setup'), `address is ${page.url()}`);
        await page.getByTestId('setup-later').click();
      }
      assert.ok(!page.url().includes(token), `token still in the address: ${page.url()}`);
      const version = page.getByTestId('status-version');
      await version.waitFor({ state: 'visible', timeout: 15_000 });

      assert.ok(page.url().endsWith('#/dashboard'), `address is ${page.url()}`);

      assert.equal((await version.innerText()).trim(), health.version);
      const storeState = page.getByTestId('status-store-state');
      assert.equal(await storeState.getAttribute('data-state'), 'ok');
      assert.equal((await storeState.innerText()).trim(), 'Working normally');
      const shownDir = (await page.getByTestId('status-data-dir').innerText()).trim();
      assert.ok(
        [dataDir, fs.realpathSync(dataDir)].includes(shownDir),
        `data folder shown as ${shownDir}, expected ${dataDir}`,
      );
      assert.match(await page.getByTestId('status-listener').innerText(), /127\.0\.0\.1:\d+/);
      assert.match(await page.getByTestId('status-mode').innerText(), /without a window/);

      // The simulated Web Connector's first run has refreshed the QuickBooks lists.
      const qbState = page.getByTestId('qb-state');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="qb-state"]')?.getAttribute('data-state') === 'connected',
        null,
        { timeout: 20_000 },
      );
      assert.match(await page.getByTestId('qb-company-file').innerText(), /Joblink Demo Construction\.QBW/);
      assert.match(await page.getByTestId('qb-product').innerText(), /QuickBooks Enterprise/);
      assert.equal((await page.getByTestId('qb-list-count-vendor').innerText()).trim(), '40');
      assert.match(await qbState.innerText(), /Connected/);
      assert.match(await page.getByTestId('app-version').innerText(), new RegExp(`Joblink ${health.version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await page.screenshot({ path: path.join(artifactsDir, 'headless-dashboard.png'), fullPage: true });

      // Keyboard navigation to Approvals.
      const nav = page.getByRole('navigation', { name: 'Main' });
      const dashboardLink = nav.getByRole('link', { name: /^Dashboard/ });
      assert.equal(await dashboardLink.getAttribute('aria-current'), 'page');
      const approvalsLink = nav.getByRole('link', { name: /^Approvals/ });
      await approvalsLink.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor({ state: 'visible', timeout: 10_000 });
      await page.locator('[data-testid="approvals-total"], [data-testid="approvals-error"]').first().waitFor({ timeout: 10_000 });
      assert.equal(await approvalsLink.getAttribute('aria-current'), 'page');
      assert.equal(await dashboardLink.getAttribute('aria-current'), null);
      assert.ok(page.url().endsWith('#/approvals'), `address is ${page.url()}`);
      await page.screenshot({ path: path.join(artifactsDir, 'headless-approvals.png'), fullPage: true });
    } finally {
      await page.context().close();
    }
  });

  it('stops cleanly on SIGTERM (exit code 0 within 10 s)', async () => {
    assert.ok(!joblink.exited(), `Joblink had already exited:\n${joblink.output}`);
    joblink.proc.kill('SIGTERM');
    const result = await Promise.race([
      joblink.exitPromise,
      new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000)),
    ]);
    assert.notEqual(result, 'timeout', `Joblink did not exit within 10 s of SIGTERM.\nOutput:\n${joblink.output}`);
    assert.deepEqual(result, { code: 0, signal: null }, `Joblink output:\n${joblink.output}`);
  });
});
