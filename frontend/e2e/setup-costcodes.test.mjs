// End-to-end: the first-run setup wizard and the cost-code export, on `joblink --headless --demo`
// (the embedded Procore simulator and the simulated QuickBooks + Web Connector).
//
// Run from frontend/ with:  node --test e2e/setup-costcodes.test.mjs   (after building Joblink)
// Env: JOBLINK_BIN (default ../build/bin/joblink), CHROMIUM (default /usr/bin/chromium).
// Screenshots go to ../build/test-artifacts/setup-*.png and costcodes-*.png.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { artifactsDir, startDemoInBrowser, walkSetupWizard } from './joblink.mjs';

const VIEWPORT = { width: 1100, height: 800 };

let joblink = null;
/** Joblink and the browser page on it (startDemoInBrowser); stop() ends both. */
let session = null;
let page = null;

// Long lists (600 cost codes) are shot as the window shows them, not the whole page.
const shot = (name, fullPage = !name.startsWith('costcodes')) => page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage });

before(async () => {
  session = await startDemoInBrowser('joblink-e2e-demo-', { viewport: VIEWPORT, permissions: ['clipboard-read', 'clipboard-write'] });
  ({ joblink, page } = session);
});

after(async () => {
  if (session) await session.stop();
});

describe('joblink --headless --demo: setup wizard and cost-code export', { timeout: 300_000 }, () => {
  it('walks the setup wizard', async () => {
    await walkSetupWizard(page, joblink, shot);
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
    // Export all says first what will happen: the demo company already has service items for the
    // budgeted codes, which are linked, not added again.
    const preview = page.getByTestId('export-preview-dialog');
    await preview.waitFor({ timeout: 15_000 });
    assert.match(await page.getByTestId('export-preview-lines').innerText(), /linked to the service item QuickBooks already has/);
    await shot('costcodes-1b-export-preview');
    await page.getByTestId('export-preview-confirm').click();
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
    assert.match(await page.getByTestId('activity-list').innerText(), /Cost code .+ (is in QuickBooks|was exported to QuickBooks|was sent to QuickBooks|was accepted for export)/);
    await shot('costcodes-4-activity');
  });
});
