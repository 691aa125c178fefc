// What the end-to-end tests share: start the real Joblink binary on a throw-away data folder,
// wait for its address and access token, launch Debian's Chromium, and stop it all again.
// (Not a test file: node --test only runs *.test.mjs.)

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const frontendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bin = path.resolve(frontendDir, process.env.JOBLINK_BIN || '../build/bin/joblink');
export const artifactsDir = path.resolve(frontendDir, '../build/test-artifacts');
const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\//;

/** Polls check every 50 ms until it returns something truthy; explain() adds context to a timeout. */
export function waitFor(check, timeoutMs, what, explain = () => '') {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      let value;
      try {
        value = check();
      } catch (e) {
        return reject(e);
      }
      if (value) return resolve(value);
      if (Date.now() - started > timeoutMs) {
        return reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.${explain()}`));
      }
      setTimeout(tick, 50);
    };
    tick();
  });
}

/**
 * Starts `joblink --headless <flags>` on a new data folder and waits until it has printed its
 * address and written its access token. The result carries the process, its output so far,
 * and stop(), which ends it (SIGTERM, then SIGKILL) and removes the data folder.
 */
export async function startJoblink(flags, folderPrefix) {
  assert.ok(fs.existsSync(bin), `The Joblink binary was not found at ${bin}. Build it first, or set JOBLINK_BIN to its path.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  const proc = spawn(bin, ['--headless', ...flags, '--data', dataDir, '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const j = {
    proc,
    dataDir,
    output: '',
    baseURL: '',
    token: '',
    exitPromise: new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal }))),
    exited: () => proc.exitCode !== null || proc.signalCode !== null,
    note(text) {
      j.output += `\n${text}\n`;
    },
    async stop() {
      if (!j.exited()) {
        proc.kill('SIGTERM');
        await Promise.race([j.exitPromise, new Promise((r) => setTimeout(r, 10_000))]);
        if (!j.exited()) proc.kill('SIGKILL');
      }
      fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  const explain = () => `\nJoblink output so far:\n${j.output}`;
  proc.stdout.setEncoding('utf8');
  proc.stderr.setEncoding('utf8');
  let stdout = '';
  proc.stdout.on('data', (chunk) => {
    stdout += chunk;
    j.output += chunk;
  });
  proc.stderr.on('data', (chunk) => {
    j.output += chunk;
  });
  proc.once('error', (e) => j.note(`[spawn error] ${e.message}`));

  j.baseURL = await waitFor(
    () => {
      if (j.exited()) throw new Error(`Joblink exited before printing its address (exit ${proc.exitCode}, signal ${proc.signalCode}).\nOutput:\n${j.output}`);
      const m = stdout.match(URL_PATTERN);
      return m ? m[0] : null;
    },
    30_000,
    'Joblink to print its http://127.0.0.1:PORT/ address on stdout',
    explain,
  );
  const tokenFile = path.join(dataDir, 'ui-token');
  j.token = await waitFor(
    () => (fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, 'utf8').trim() || null : null),
    10_000,
    `the access token file ${tokenFile}`,
    explain,
  );
  return j;
}

/** Launches Debian's Chromium (CHROMIUM overrides the path); never a downloaded browser. */
export async function launchChromium() {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * What most stories start with: `joblink --headless --demo` on a new data folder and a Chromium
 * page for it (contextOptions go to browser.newContext: the viewport, downloads, permissions).
 * The page's uncaught errors join Joblink's output, so a failure shows them; pages the simulator
 * opens besides it (the browser sign-in is not used) are closed so they do not pile up. stop()
 * closes the browser and then Joblink; should the browser fail to start, Joblink is stopped before
 * the error is thrown, so an after() hook has nothing left to clean.
 */
export async function startDemoInBrowser(folderPrefix, contextOptions) {
  const joblink = await startJoblink(['--demo'], folderPrefix);
  let browser = null;
  try {
    browser = await launchChromium();
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    page.on('pageerror', (e) => joblink.note(`[page error] ${e.message}`));
    context.on('page', (p) => p !== page && p.close().catch(() => {}));
    return {
      joblink,
      browser,
      context,
      page,
      async stop() {
        await browser.close().catch(() => {});
        await joblink.stop();
      },
    };
  } catch (e) {
    if (browser) await browser.close().catch(() => {});
    await joblink.stop();
    throw e;
  }
}

/** GETs a JSON route of Joblink's API with the access token. */
export async function apiGet(j, route) {
  const res = await fetch(new URL(route, j.baseURL), { headers: { Authorization: `Bearer ${j.token}` } });
  return res.json();
}

/** Sends a JSON body to a route of Joblink's API with the access token; returns status and body. */
export async function apiSend(j, method, route, body) {
  const res = await fetch(new URL(route, j.baseURL), {
    method,
    headers: { Authorization: `Bearer ${j.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, body: json };
}

/**
 * Walks the first-run setup wizard of `joblink --headless --demo` in `page`, from opening the UI
 * with the token to the dashboard: Procore service account (demo prefill), company, Web Connector
 * (password once, .qwc download, first contact of the simulated Web Connector), QuickBooks
 * accounts, preferences (defaults), finish. `shot(name)` is called at each step for a screenshot.
 */
export async function walkSetupWizard(page, j, shot = async () => {}) {
  const currentStep = () => page.getByTestId('setup-step').getAttribute('data-step');
  const waitForStep = async (step, timeout = 20_000) => {
    await page.waitForFunction(
      (s) => document.querySelector('[data-testid="setup-step"]')?.getAttribute('data-step') === s,
      step,
      { timeout },
    );
    // The heading of the new step has the focus (screen readers announce it).
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert.equal(focused, 'setup-step-title', `focus after moving to ${step}`);
  };

  const setup = await apiGet(j, 'api/setup');
  assert.equal(setup.demo, true, 'GET /api/setup says demo: true');
  assert.equal(setup.completed, false, 'a new data folder starts with setup unfinished');

  await page.goto(`${j.baseURL}#token=${encodeURIComponent(j.token)}`);
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
  assert.equal((await apiGet(j, 'api/setup')).completed, true);
  await shot('setup-7-dashboard');
}

/**
 * GETs `route` until `check(body)` holds, once a second; on a timeout, fails with `what` and the
 * last answer (so a story waits on Joblink's state, never on a fixed sleep).
 */
export async function waitForApi(j, route, check, what, timeoutMs = 60_000) {
  const started = Date.now();
  for (;;) {
    const body = await apiGet(j, route);
    if (check(body)) return body;
    if (Date.now() - started > timeoutMs) {
      assert.fail(`Timed out after ${timeoutMs} ms waiting for ${what} (GET ${route}). Last answer: ${JSON.stringify(body).slice(0, 600)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
