// End-to-end: the first-run setup wizard and the cost-code export, on `joblink --headless --demo`
// (the embedded Procore simulator and the simulated QuickBooks + Web Connector).
//
// Run from frontend/ with:  node --test e2e/setup-costcodes.test.mjs   (after building Joblink)
// Env: JOBLINK_BIN (default ../build/bin/joblink), CHROMIUM (default /usr/bin/chromium).
// Screenshots go to ../build/test-artifacts/setup-*.png and costcodes-*.png.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir, frontendDir, launchChromium, startJoblink } from './joblink.mjs';

const VIEWPORT = { width: 1100, height: 800 };

let joblink = null;
let baseURL = '';
let token = '';
let browser = null;
let page = null;

// Long lists (600 cost codes) are shot as the window shows them, not the whole page.
const shot = (name, fullPage = !name.startsWith('costcodes')) => page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage });

async function api(route) {
  const res = await fetch(new URL(route, baseURL), { headers: { Authorization: `Bearer ${token}` } });
  return res.json();
}

async function currentStep() {
  return page.getByTestId('setup-step').getAttribute('data-step');
}

async function waitForStep(step, timeout = 20_000) {
  await page.waitForFunction(
    (s) => document.querySelector('[data-testid="setup-step"]')?.getAttribute('data-step') === s,
    step,
    { timeout },
  );
  // The heading of the new step has the focus (screen readers announce it).
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.equal(focused, 'setup-step-title', `focus after moving to ${step}`);
}

before(async () => {
  joblink = await startJoblink(['--demo'], 'joblink-e2e-demo-');
  ({ baseURL, token } = joblink);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: VIEWPORT, permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  page.on('pageerror', (e) => joblink.note(`[page error] ${e.message}`));
  // The browser sign-in is not used here; keep stray popups from the simulator from piling up.
  context.on('page', (p) => p !== page && p.close().catch(() => {}));
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (joblink) await joblink.stop();
});

describe('joblink --headless --demo: setup wizard and cost-code export', { timeout: 300_000 }, () => {
  it('walks the setup wizard', async () => {
    const setup = await api('api/setup');
    assert.equal(setup.demo, true, 'GET /api/setup says demo: true');
    assert.equal(setup.completed, false, 'a new data folder starts with setup unfinished');

    await page.goto(`${baseURL}#token=${encodeURIComponent(token)}`);
    await page.getByTestId('setup-step').waitFor({ state: 'visible', timeout: 20_000 });
    assert.ok(page.url().endsWith('#/setup'), `the wizard opens on start (address ${page.url()})`);
    assert.match(await page.getByTestId('demo-banner').innerText(), /Demo: simulated Procore and QuickBooks/);
    assert.equal(await currentStep(), 'procore');
    await shot('setup-1-procore');

    // Procore: the demo prefill is there; sign in with the service account (no browser round trip).
    await page.getByTestId('method-service_account').check();
    const clientId = page.locator('input[id$="-clientId"]');
    assert.ok((await clientId.inputValue()).length > 0, 'client ID prefilled in demo mode');
    await page.getByTestId('procore-signin').click();
    await page.getByTestId('procore-connected').waitFor({ state: 'visible', timeout: 30_000 });
    await shot('setup-1-procore-connected');
    await page.getByTestId('setup-next').click();

    // Company.
    // A service account cannot list its companies: Joblink asks for the company ID (the simulator's
    // reference company is in testdata/procore/company.json).
    await waitForStep('company');
    await page.locator('[data-testid="company-id"], [data-testid="company-list"] input[type="radio"]').first().waitFor({ state: 'visible', timeout: 20_000 });
    if (await page.getByTestId('company-id').isVisible()) {
      const fixture = JSON.parse(fs.readFileSync(path.resolve(frontendDir, '../testdata/procore/company.json'), 'utf8'));
      await page.getByTestId('company-id').fill(String(fixture.id));
    } else {
      await page.locator('[data-testid="company-list"] input[type="radio"]').first().check();
    }
    await shot('setup-2-company');
    await page.getByTestId('setup-next').click();

    // Web Connector: password shown once, the .qwc download, the steps, then the first contact.
    // In demo mode the simulated Web Connector already has its password; a new one would lock it out,
    // so the password is only made here when none is set.
    await waitForStep('webconnector');
    const makePassword = page.getByTestId('wc-make-password');
    if ((await makePassword.innerText()).trim() === 'Make the password') {
      await makePassword.click();
      await page.getByTestId('wc-password').waitFor({ state: 'visible', timeout: 10_000 });
      assert.ok((await page.getByTestId('wc-password').inputValue()).length >= 8, 'a password is shown');
      assert.match(await page.getByTestId('wc-password-once').innerText(), /you will not see it again/);
    } else {
      assert.equal((await makePassword.innerText()).trim(), 'Make a new password');
    }
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId('wc-download').click()]);
    assert.equal(download.suggestedFilename(), 'joblink.qwc');
    assert.equal(await page.locator('[data-testid="wc-steps"] li').count(), 8);
    await shot('setup-3-webconnector');
    await page.waitForFunction(() => !document.querySelector('[data-testid="setup-next"]')?.hasAttribute('disabled'), null, { timeout: 120_000 });
    assert.match(await page.getByTestId('wc-company-file').innerText(), /\.QBW/i);
    await shot('setup-3-webconnector-contact');
    await page.getByTestId('setup-next').click();

    // QuickBooks: accounts once the lists arrived.
    await waitForStep('quickbooks');
    const income = page.getByTestId('qb-select-income');
    await income.waitFor({ state: 'visible', timeout: 120_000 });
    for (const field of ['income', 'expense']) {
      const select = page.getByTestId(`qb-select-${field}`);
      if (!(await select.inputValue())) {
        const value = await select.locator('option').nth(1).getAttribute('value');
        await select.selectOption(value);
      }
    }
    await shot('setup-4-quickbooks');
    await page.getByTestId('setup-next').click();

    // Preferences: keep the defaults.
    await waitForStep('preferences');
    assert.equal(await page.getByTestId('poll-minutes').inputValue(), String(setup.preferences.pollMinutes));
    await shot('setup-5-preferences');
    await page.getByTestId('setup-next').click();

    // Finish.
    await waitForStep('done');
    await shot('setup-6-finish');
    await page.getByTestId('setup-finish').click();
    await page.waitForFunction(() => location.hash === '#/dashboard', null, { timeout: 15_000 });
    await page.getByTestId('procore-card').waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal((await api('api/setup')).completed, true);
    await shot('setup-7-dashboard');
  });

  it('exports all ready cost codes and sees them synced', async () => {
    await page.getByTestId('nav-cost-codes').click();
    await page.getByRole('heading', { level: 1, name: 'Cost codes' }).waitFor({ timeout: 10_000 });
    // Procore's cost codes arrive with the first check of Procore.
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="chip-ready"] .chip-count')?.textContent?.replace(/\D/g, '') || 0) > 0,
      null,
      { timeout: 120_000 },
    );
    await shot('costcodes-1-ready');
    const ready = Number((await page.locator('[data-testid="chip-ready"] .chip-count').innerText()).replace(/\D/g, ''));

    await page.getByTestId('export-all').click();
    await page.waitForFunction(() => /queued/.test(document.querySelector('[data-testid="action-notice"]')?.textContent ?? ''), null, { timeout: 15_000 });
    await shot('costcodes-2-queued');

    // The simulated Web Connector runs on its own; the page polls every 3 s while the run is active.
    await page.waitForFunction(
      (n) => {
        const c = (id) => Number(document.querySelector(`[data-testid="chip-${id}"] .chip-count`)?.textContent?.replace(/\D/g, '') || 0);
        return c('synced') >= n && c('ready') === 0 && c('queued') === 0 && c('sending') === 0;
      },
      ready,
      { timeout: 180_000 },
    );
    await page.getByTestId('chip-synced').click();
    await page.locator('[data-testid="work-table"] tbody tr').first().waitFor({ timeout: 10_000 });
    const pills = await page.locator('[data-testid="work-table"] tbody .pill').allInnerTexts();
    assert.ok(pills.length > 0 && pills.every((p) => p.trim() === 'Synced'), `statuses: ${pills.join(', ')}`);
    await shot('costcodes-3-synced');

    // Activity tells the story in sentences.
    await page.getByTestId('nav-activity').click();
    await page.getByTestId('activity-list').waitFor({ timeout: 15_000 });
    assert.match(await page.getByTestId('activity-list').innerText(), /Cost code .+ (is in QuickBooks|was sent to QuickBooks|was queued)/);
    await shot('costcodes-4-activity');
  });
});
