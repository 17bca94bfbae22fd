// The viewer on the graph the pipeline builds from the sample articles (seeds/): a person from the gold file is found
// without diacritics, and the panel shows the sentence they are mentioned in, highlighted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewServer } from '../../src/cli/view-server.js';
import type { ViewServer } from '../../src/cli/view-server.js';
import { loadArticleTexts } from '../../src/export/article-texts.js';
import { buildViewerData } from '../../src/export/viewer-data.js';
import { readViewerAssets } from '../../src/export/viewer-page.js';
import { articleId, buildGraph } from '../../src/pipeline/index.js';
import { MemoryStore } from '../../src/store/index.js';
import { ARTIFACTS, browserMissing, buildViewer, launchBrowser } from './browser.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLD = join(ROOT, '..', 'shared', 'gold', 'seeds.jsonl');
const missing = browserMissing();
if (missing) console.warn(`viewer seeds e2e: ${missing}`);

describe.skipIf(missing !== undefined)('viewer in Chromium (graph of seeds/)', () => {
  let browser: BrowserContext;
  let server: ViewServer;

  beforeAll(async () => {
    buildViewer();
    const store = new MemoryStore();
    await buildGraph({ inputs: ['seeds'], store, cwd: ROOT, workers: 0 });
    const data = buildViewerData(store.graph, await loadArticleTexts(store.graph, { cwd: ROOT, idOf: articleId }));
    expect(data.unreadable).toEqual([]);
    server = await startViewServer(readViewerAssets(), data, { port: 0 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds Nguyễn Văn Được from "nguyen van duoc" and highlights his mention in the source sentence', async () => {
    const gold = readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { persons: string[]; title?: string });
    expect(gold.some((g) => g.persons.includes('Nguyễn Văn Được'))).toBe(true);
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#search', 'nguyen van duoc');
    await expect.poll(() => page.locator('#suggestions li').first().textContent()).toContain('Nguyễn Văn Được');
    await page.press('#search', 'Enter');
    await expect.poll(() => page.locator('#panel .title').textContent()).toBe('Nguyễn Văn Được');
    const marks = await page.locator('#panel .snippet mark').allTextContents();
    expect(marks).toContain('Nguyễn Văn Được');
    const sentence = (await page.locator('#panel .snippet', { has: page.locator('mark', { hasText: 'Nguyễn Văn Được' }) }).first().textContent()) ?? '';
    const source = readFileSync(join(ROOT, 'seeds', '002_6c8cf860eff313fa.txt'), 'utf8');
    expect(source).toContain(sentence.replace(/^… | …$/g, ''));
    expect(await page.locator('#panel .article-head').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'seeds-search.png') });
  });

  it('finds every person of the gold file by their name without diacritics', async () => {
    const { foldForSearch } = await import('../../src/normalize/index.js');
    const persons = readFileSync(GOLD, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((l) => (JSON.parse(l) as { persons: string[] }).persons);
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    const found: string[] = [];
    for (const name of persons) {
      await page.fill('#search', foldForSearch(name));
      const names = await page.locator('#suggestions li .name').allTextContents();
      if (names.includes(name)) found.push(name);
    }
    // The extractor decides who is a person; the viewer must find every person the graph has.
    const inGraph = await page.evaluate(`[...window.__vnkg.viewer.index.nodes.values()].filter((n) => n.label === 'Person').map((n) => n.name)`) as string[];
    expect(found.sort()).toEqual(persons.filter((p) => inGraph.includes(p)).sort());
    expect(found).toContain('Nguyễn Văn Được');
  });
});
