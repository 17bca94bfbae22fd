// Launches Debian's Chromium through playwright-core for the viewer's end-to-end tests (no downloaded browsers).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Where the tests keep their screenshots and downloads (git-ignored). */
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'viz');

/** Why the browser tests cannot run here, or undefined when they can. In CI a missing browser is a failure, not a skip. */
export function browserMissing(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.env['CI'] === 'true') throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)`);
  return `skipped: ${CHROMIUM} is missing; install Debian's chromium (apt-get install chromium) to run the viewer's browser tests`;
}

/** Starts Chromium with a fresh profile (its --user-data-dir); closing the context ends the browser. */
export async function launchBrowser(): Promise<BrowserContext> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'vnkg-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Bundles the viewer (viz/build.mjs) so the tests see the current source. */
export function buildViewer(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'viz', 'build.mjs')], { stdio: 'inherit' });
}
