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
