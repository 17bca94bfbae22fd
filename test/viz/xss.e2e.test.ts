// Safety: an article whose title, entity names and text hold <script>, <img onerror> and javascript: links is shown
// as text in both the served viewer and the self-contained page, and no script from it runs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewServer } from '../../src/cli/view-server.js';
import type { ViewServer } from '../../src/cli/view-server.js';
import { loadArticleTexts } from '../../src/export/article-texts.js';
import { buildViewerData } from '../../src/export/viewer-data.js';
import { readViewerAssets, renderStandalonePage } from '../../src/export/viewer-page.js';
import { articleId } from '../../src/pipeline/article-id.js';
import { ARTIFACTS, browserMissing, buildViewer, launchBrowser } from './browser.js';
import { HOSTILE, HOSTILE_IMG, HOSTILE_NAME, ORDINARY, writeFixture } from './fixture-graph.js';

const missing = browserMissing();
if (missing) console.warn(`viewer xss: ${missing}`);

describe.skipIf(missing !== undefined)('viewer with hostile article text', () => {
  let browser: BrowserContext;
  let server: ViewServer;
  let htmlFile: string;

  beforeAll(async () => {
    buildViewer();
    const dir = mkdtempSync(join(tmpdir(), 'vnkg-xss-'));
    const graph = writeFixture(dir, [...ORDINARY, HOSTILE]);
    const data = buildViewerData(graph, await loadArticleTexts(graph, { cwd: dir, idOf: articleId }));
    expect(data.unreadable).toEqual([]);
    const assets = readViewerAssets();
    server = await startViewServer(assets, data, { port: 0 });
    htmlFile = join(dir, 'viewer.html');
    writeFileSync(htmlFile, renderStandalonePage(assets, data));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the page with traps: every dialog, CSP violation and page error is recorded. */
  async function open(url: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    return { page, dialogs, errors };
  }

  async function pick(page: Page, query: string, name: string): Promise<void> {
    await page.fill('#search', query);
    const option = page.locator('#suggestions li', { hasText: name }).first();
    await expect.poll(() => option.count()).toBe(1);
    await option.dispatchEvent('mousedown');
    await expect.poll(() => page.locator('#panel .title').textContent()).toBe(name);
  }

  async function noScriptRan(page: Page): Promise<void> {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // Nothing from the data became an element: no images, scripts, links, SVG or frames anywhere in the document body.
    expect(await page.locator('#app img, #app script, #app a, #app svg, #app iframe, #app object, #app embed').count()).toBe(0);
    expect(await page.evaluate(() => [document.images.length, document.links.length, document.scripts.length])).toEqual([0, 0, expect.any(Number)]);
    expect(await page.evaluate(() => document.scripts.length)).toBeLessThanOrEqual(2);
    expect(await page.locator('#app script, #app [onerror], #app [onload], #app [href]').count()).toBe(0);
  }

  for (const mode of ['served', 'self-contained'] as const) {
    it(`shows hostile names, titles and evidence as text (${mode} page)`, async () => {
      const { page, dialogs, errors } = await open(mode === 'served' ? server.url : `file://${htmlFile}`);
      await pick(page, 'script', HOSTILE_NAME);
      const marks = await page.locator('#panel mark').allTextContents();
      expect(marks).toContain(HOSTILE_NAME);
      const snippets = (await page.locator('#panel .snippet').allTextContents()).join('\n');
      expect(snippets).toContain(`Ông ${HOSTILE_NAME} dự họp, xem ${HOSTILE_IMG} và <a href="javascript:window.__pwned=3">liên kết</a>.`);
      expect(await page.locator('#panel .article-title').first().textContent()).toBe('<img src=x onerror="window.__pwned=1">Tin <b>đậm</b>');
      await page.screenshot({ path: join(ARTIFACTS, `xss-${mode}-person.png`) });
      // The position edge: its title is an <svg onload>, its target a javascript: link.
      await page.locator('#panel .timeline button').first().click();
      await expect.poll(() => page.locator('#panel .chip').textContent()).toBe('HOLDS_POSITION (<svg onload="window.__pwned=6">)');
      await page.locator('#panel button[data-action="target"]').click();
      await expect.poll(() => page.locator('#panel .title').textContent()).toBe('<a href="javascript:window.__pwned=5">Chi bộ X</a>');
      await pick(page, 'img src', HOSTILE_IMG);
      // Following the panel's links (the article, then its facts) runs nothing either.
      await page.locator('#panel .article-title').first().click();
      await expect.poll(() => page.locator('#panel .title').textContent()).toBe('<img src=x onerror="window.__pwned=1">Tin <b>đậm</b>');
      expect(await page.locator('#panel .facts button').allTextContents()).toEqual([
        '<script>window.__pwned=4</script> —HOLDS_POSITION (<svg onload="window.__pwned=6">)→ <a href="javascript:window.__pwned=5">Chi bộ X</a>',
      ]);
      await page.locator('#panel .facts button').first().click();
      await page.screenshot({ path: join(ARTIFACTS, `xss-${mode}-after.png`) });
      await noScriptRan(page);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      // The viewer itself needs nothing the Content-Security-Policy forbids.
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    });
  }

  it('serves its page with a Content-Security-Policy that forbids inline script', async () => {
    const { page } = await open(server.url);
    const injected = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = "inline"';
      document.body.append(s);
      return (window as unknown as { __pwned?: string }).__pwned ?? null;
    });
    expect(injected).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length)).toBeGreaterThan(0);
  });

  it('carries a CSP in the self-contained page that forbids inline script other than its own', async () => {
    const { page } = await open(`file://${htmlFile}`);
    const injected = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = "inline"';
      document.body.append(s);
      return (window as unknown as { __pwned?: string }).__pwned ?? null;
    });
    expect(injected).toBeNull();
  });
});
