// End-to-end tests of the viewer in Debian's Chromium: search, evidence panel, filters, time slider, focus,
// expand and collapse, exports. Screenshots go to test-artifacts/viz/.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewServer } from '../../src/cli/view-server.js';
import type { ViewServer } from '../../src/cli/view-server.js';
import { loadArticleTexts } from '../../src/export/article-texts.js';
import { buildViewerData } from '../../src/export/viewer-data.js';
import { readViewerAssets } from '../../src/export/viewer-page.js';
import { articleId } from '../../src/pipeline/article-id.js';
import { ARTIFACTS, browserMissing, buildViewer, launchBrowser } from './browser.js';
import { ORDINARY, writeFixture } from './fixture-graph.js';

const missing = browserMissing();
if (missing) console.warn(`viewer e2e: ${missing}`);

/** Reads a value out of the running viewer. */
async function inViewer<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const { cy, viewer } = window.__vnkg; return (${fn}); })()`) as Promise<T>;
}

describe.skipIf(missing !== undefined)('viewer in Chromium (hand-made graph)', () => {
  let browser: BrowserContext;
  let server: ViewServer;
  let page: Page;

  beforeAll(async () => {
    buildViewer();
    const dir = mkdtempSync(join(tmpdir(), 'vnkg-viz-'));
    const graph = writeFixture(dir, ORDINARY);
    const data = buildViewerData(graph, await loadArticleTexts(graph, { cwd: dir, idOf: articleId }));
    server = await startViewServer(readViewerAssets(), data, { port: 0 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(): Promise<Page> {
    await page?.close();
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    expect(errors).toEqual([]);
    return page;
  }

  it('finds a person typed without diacritics and shows the evidence with the mention highlighted', async () => {
    const p = await open();
    await p.fill('#search', 'tran van mau');
    await expect.poll(() => p.locator('#suggestions li').first().textContent()).toContain('Trần Văn Mẫu');
    await p.locator('#suggestions li').first().dispatchEvent('mousedown');
    await expect.poll(() => p.locator('#panel .title').textContent()).toBe('Trần Văn Mẫu');
    const marks = await p.locator('#panel mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['Trần Văn Mẫu']));
    const snippets = await p.locator('#panel .snippet').allTextContents();
    expect(snippets).toContain('Đồng chí Trần Văn Mẫu, Bí thư Tỉnh ủy Hà Giang, chủ trì Hội nghị tổng kết công tác tổ chức năm 2015.');
    const heads = await p.locator('#panel .article-head').allTextContents();
    expect(heads.some((h) => h.includes('Tổng kết công tác tổ chức xây dựng Đảng năm 2015') && h.includes('2016-01-12'))).toBe(true);
    expect(await p.locator('#panel .timeline li').allTextContents()).toEqual([
      '2016-01-10Bí thư, Tỉnh ủy Hà Giang',
      '2016-01-10chaired Hội nghị tổng kết công tác tổ chức năm 2015',
      '2019-07-04Chủ tịch, Hội đồng nhân dân tỉnh Hà Giang',
      '2019-07-04attended Kỳ họp thứ mười',
    ]);
    expect(await inViewer<string[]>(p, 'cy.$(":selected").map((n) => n.id())')).toEqual(['Person:tran van mau']);
    await p.screenshot({ path: join(ARTIFACTS, 'search-panel.png') });
  });

  it('shows the source sentence of an edge with both of its ends marked, and the other facts of the article', async () => {
    const p = await open();
    await p.fill('#search', 'tran van mau');
    await p.press('#search', 'Enter');
    await p.locator('#panel .timeline button', { hasText: 'Chủ tịch' }).click();
    await expect.poll(() => p.locator('#panel .title').textContent()).toBe('Trần Văn Mẫu → Hội đồng nhân dân tỉnh Hà Giang');
    expect(await p.locator('#panel mark.mention').allTextContents()).toEqual(['Trần Văn Mẫu', 'Hội đồng nhân dân tỉnh Hà Giang']);
    expect(await p.locator('#panel .facts').first().textContent()).toContain('Trần Văn Mẫu —ATTENDED→ Kỳ họp thứ mười');
    await p.screenshot({ path: join(ARTIFACTS, 'edge-panel.png') });
  });

  it('hides a label with the legend checkbox and shows the counts', async () => {
    const p = await open();
    const orgs = 'cy.nodes("[label = \\"Organization\\"]")';
    expect(await inViewer<number>(p, `${orgs}.filter((n) => n.visible()).length`)).toBe(3);
    await p.locator('input[data-filter="label"][value="Organization"]').uncheck();
    expect(await inViewer<number>(p, `${orgs}.filter((n) => n.visible()).length`)).toBe(0);
    expect(await inViewer<number>(p, 'cy.nodes("[label = \\"Person\\"]").filter((n) => n.visible()).length')).toBe(2);
    expect(await p.locator('#legend label', { hasText: 'Organization' }).locator('.count').textContent()).toBe('0 / 3');
    await p.screenshot({ path: join(ARTIFACTS, 'label-filter.png') });
    await p.locator('input[data-filter="label"][value="Organization"]').check();
    expect(await inViewer<number>(p, `${orgs}.filter((n) => n.visible()).length`)).toBe(3);
  });

  it('hides positions and events outside the time slider range and keeps undated nodes', async () => {
    const p = await open();
    const dates = await inViewer<string[]>(p, 'viewer.index.dates');
    expect(dates).toEqual(['2016-01-10', '2016-01-12', '2018-03-02', '2019-07-04', '2019-07-05']);
    await p.locator('#time-to').evaluate((el: HTMLInputElement) => {
      el.value = '1';
      el.dispatchEvent(new Event('input'));
    });
    expect(await p.locator('#time-range').textContent()).toBe('2016-01-10 — 2016-01-12');
    const titles = (f: string): Promise<string[]> => inViewer<string[]>(p, `cy.edges("[type = \\"HOLDS_POSITION\\"]").filter((e) => ${f}).map((e) => e.data("title")).sort()`);
    expect(await titles('!e.hasClass("filtered")')).toEqual(['Bí thư', 'Phó Bí thư']);
    expect(await titles('e.visible()')).toEqual(['Bí thư', 'Phó Bí thư']);
    expect(await inViewer<boolean>(p, 'cy.getElementById("Event:ky hop thu muoi").visible()')).toBe(false);
    expect(await inViewer<boolean>(p, 'cy.getElementById("Event:hoi nghi tong ket cong tac to chuc nam 2015").visible()')).toBe(true);
    expect(await inViewer<boolean>(p, 'cy.getElementById("Person:tran van mau").visible()')).toBe(true);
    await p.screenshot({ path: join(ARTIFACTS, 'time-slider.png') });
  });

  it('focuses on a person, then expands and collapses a neighbourhood', async () => {
    const p = await open();
    await p.fill('#search', 'le thi thu');
    await p.press('#search', 'Enter');
    await p.locator('#panel button[data-action="focus"]').click();
    const focused = await inViewer<string[]>(p, 'cy.nodes().map((n) => n.id()).sort()');
    expect(focused).toEqual(['Event:hoi nghi tong ket cong tac to chuc nam 2015', 'Organization:tinh uy ha giang', 'Person:le thi thu']);
    await p.screenshot({ path: join(ARTIFACTS, 'focus.png') });
    await p.locator('#panel .timeline button', { hasText: 'Phó Bí thư' }).click();
    await p.locator('#panel button[data-action="target"]').click();
    await expect.poll(() => p.locator('#panel .title').textContent()).toBe('Tỉnh ủy Hà Giang');
    await p.locator('#panel button[data-action="expand"]').click();
    const expanded = await inViewer<string[]>(p, 'cy.nodes().map((n) => n.id())');
    expect(expanded).toEqual(expect.arrayContaining(['Person:tran van mau', 'Organization:ban to chuc tinh uy ha giang', 'Document:nghi quyet so 18-nq/tw', 'Place:ha giang']));
    expect(expanded.length).toBeGreaterThan(focused.length);
    await p.screenshot({ path: join(ARTIFACTS, 'expanded.png') });
    await p.locator('#panel button[data-action="collapse"]').click();
    expect((await inViewer<string[]>(p, 'cy.nodes().map((n) => n.id())')).sort()).toEqual(focused);
  });

  it('runs every layout, fits and zooms', async () => {
    const p = await open();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    const names = await p.locator('#layout option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(names).toEqual(expect.arrayContaining(['fcose', 'cose', 'concentric', 'breadthfirst']));
    for (const name of names) {
      await p.selectOption('#layout', name);
      const positions = await inViewer<{ x: number; y: number }[]>(p, 'cy.nodes().map((n) => n.position())');
      expect(positions.every((q) => Number.isFinite(q.x) && Number.isFinite(q.y))).toBe(true);
      expect(new Set(positions.map((q) => `${Math.round(q.x)},${Math.round(q.y)}`)).size).toBeGreaterThan(1);
    }
    const zoom = await inViewer<number>(p, 'cy.zoom()');
    await p.click('#zoom-in');
    expect(await inViewer<number>(p, 'cy.zoom()')).toBeGreaterThan(zoom);
    await p.click('#zoom-out');
    await p.click('#zoom-out');
    expect(await inViewer<number>(p, 'cy.zoom()')).toBeLessThan(zoom);
    await p.click('#fit');
    expect(await inViewer<boolean>(p, 'cy.nodes().every((n) => { const b = n.renderedBoundingBox(); return b.x1 >= -1 && b.y1 >= -1 && b.x2 <= cy.width() + 1 && b.y2 <= cy.height() + 1; })')).toBe(true);
    expect(errors).toEqual([]);
  });

  it("fades all but a hovered node's neighbourhood", async () => {
    const p = await open();
    const box = (await p.locator('#cy').boundingBox())!;
    const at = await inViewer<{ x: number; y: number }>(p, 'cy.getElementById("Person:le thi thu").renderedPosition()');
    await p.mouse.move(box.x + at.x, box.y + at.y);
    await expect.poll(() => inViewer<number>(p, 'cy.$(".faded").length')).toBeGreaterThan(0);
    const unfaded = await inViewer<string[]>(p, 'cy.nodes().filter((n) => !n.hasClass("faded")).map((n) => n.id()).sort()');
    expect(unfaded).toEqual(await inViewer<string[]>(p, 'cy.getElementById("Person:le thi thu").closedNeighborhood().nodes().map((n) => n.id()).sort()'));
    await p.mouse.move(box.x + 2, box.y + 2);
    await expect.poll(() => inViewer<number>(p, 'cy.$(".faded").length')).toBe(0);
  });

  it('opens on one province from the View menu', async () => {
    const p = await open();
    await p.selectOption('#overview', { label: 'Province: Hà Giang' });
    const ids = await inViewer<string[]>(p, 'cy.nodes().map((n) => n.id())');
    expect(ids).toContain('Place:ha giang');
    expect(ids).toContain('Organization:tinh uy ha giang');
    expect(ids.some((id) => id.startsWith('Article:'))).toBe(false);
    await p.click('#reset');
    expect((await inViewer<string[]>(p, 'cy.nodes().map((n) => n.id())')).sort()).toEqual(ids.sort());
  });

  it('exports the view as a PNG image and as Cytoscape JSON', async () => {
    const p = await open();
    const [png] = await Promise.all([p.waitForEvent('download'), p.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('vnkg-view.png');
    const pngPath = join(ARTIFACTS, 'export.png');
    await png.saveAs(pngPath);
    expect([...readFileSync(pngPath).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [json] = await Promise.all([p.waitForEvent('download'), p.click('#export-json')]);
    const jsonPath = join(ARTIFACTS, 'export.cyjs');
    await json.saveAs(jsonPath);
    const doc = JSON.parse(readFileSync(jsonPath, 'utf8')) as { elements: { nodes: { data: { id: string }; position: unknown }[]; edges: unknown[] } };
    expect(doc.elements.nodes.length).toBe(await inViewer<number>(p, 'cy.nodes().length'));
    expect(doc.elements.edges.length).toBe(await inViewer<number>(p, 'cy.edges().length'));
    expect(doc.elements.nodes[0]!.position).toBeDefined();
    writeFileSync(join(ARTIFACTS, 'export-ok.txt'), 'png and cyjs exported\n');
  });
});
