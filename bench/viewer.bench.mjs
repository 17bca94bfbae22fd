// Viewer benchmark: a synthetic 5,000-node, 15,000-edge graph with vnkg's attribute model (articles, people, bodies,
// events, documents, places; evidence spans into generated article texts) is opened in Debian's Chromium.
// Reports the time to the first interactive frame and a few interaction times on that graph.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same graph. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Xuân', 'Công', 'Đình', 'Hoài'];
const GIVENS = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hùng', 'Khánh', 'Lâm', 'Long', 'Mai', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Yến', 'Hòa', 'Thủy', 'Lộc'];
const PROVINCES = ['Hà Giang', 'Cao Bằng', 'Lào Cai', 'Yên Bái', 'Thái Nguyên', 'Phú Thọ', 'Bắc Giang', 'Hải Dương', 'Nam Định', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Đắk Lắk', 'Lâm Đồng', 'Bình Dương', 'Đồng Nai', 'Tây Ninh', 'Tiền Giang', 'Bến Tre', 'Vĩnh Long', 'Cần Thơ', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau', 'An Giang', 'Kiên Giang'];
const BODIES = ['Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Hội đồng nhân dân tỉnh', 'Ủy ban nhân dân tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh', 'Đảng ủy Khối các cơ quan tỉnh', 'Huyện ủy', 'Sở Nội vụ', 'Tỉnh đoàn', 'Hội Nông dân tỉnh', 'Liên đoàn Lao động tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh', 'Sở Tư pháp', 'Sở Tài chính', 'Thành ủy', 'Văn phòng Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'Ban Nội chính Tỉnh ủy', 'Đảng ủy Khối doanh nghiệp tỉnh', 'Hội Cựu chiến binh tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Kế hoạch và Đầu tư', 'Trường Chính trị tỉnh', 'Báo tỉnh', 'Đài Phát thanh và Truyền hình tỉnh', 'Sở Công Thương', 'Sở Xây dựng', 'Sở Giao thông vận tải', 'Sở Nông nghiệp', 'Sở Tài nguyên và Môi trường'];
const TITLES = ['Bí thư', 'Phó Bí thư', 'Chủ tịch', 'Phó Chủ tịch', 'Trưởng ban', 'Phó Trưởng ban', 'Ủy viên Ban Thường vụ', 'Giám đốc', 'Chánh Văn phòng'];
const EVENT_KINDS = ['Hội nghị', 'Kỳ họp', 'Hội thảo', 'Đại hội', 'Lễ'];
const DOC_TYPES = [['Nghị quyết', 'NQ'], ['Chỉ thị', 'CT'], ['Kết luận', 'KL'], ['Quy định', 'QĐ']];

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const date = (r, from = 2015, years = 10) => {
  const y = from + Math.floor(r() * years);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** Builds the entity pools and articles; returns extractions plus the texts their spans point into. */
export function synthesize({ articles = 1300, persons = 1900, bodies = 1220, events = 500, documents = 300 } = {}) {
  const r = prng(20240601);
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  // Preferential attachment: a few entities appear in many articles, most in one or two (as in news).
  const skewed = (n) => Math.floor(n * (r() < 0.5 ? r() : Math.pow(r(), 3)));
  const places = PROVINCES.map((p) => ({ id: `Place:${fold(p)}`, type: 'Place', name: p, props: { level: 'province', period: 'post2025' } }));
  const ppl = [];
  const seen = new Set();
  while (ppl.length < persons) {
    const name = `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVENS)}`;
    const province = pick(PROVINCES);
    const id = `Person:${fold(name)}|${fold(province)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    ppl.push({ id, type: 'Person', name, props: { province }, province });
  }
  const orgs = [];
  for (let i = 0; i < bodies; i++) {
    const province = PROVINCES[i % PROVINCES.length];
    const body = BODIES[Math.floor(i / PROVINCES.length) % BODIES.length];
    const name = `${body} ${province}`;
    orgs.push({ id: `Organization:${fold(name)}|${i}`, type: 'Organization', name, props: { province, kind: 'party-committee' }, province });
  }
  const evs = [];
  for (let i = 0; i < events; i++) {
    const kind = pick(EVENT_KINDS);
    const name = `${kind} ${['tổng kết', 'sơ kết', 'triển khai', 'quán triệt'][i % 4]} công tác năm ${2015 + (i % 10)} số ${i}`;
    evs.push({ id: `Event:${fold(name)}`, type: 'Event', name, props: { kind: kind.toLowerCase(), date: date(r), province: pick(PROVINCES) } });
  }
  const docs = [];
  for (let i = 0; i < documents; i++) {
    const [t, code] = pick(DOC_TYPES);
    const name = `${t} số ${i + 1}-${code}/TW`;
    docs.push({ id: `Document:${fold(name)}`, type: 'Document', name, props: { code: `${i + 1}-${code}/TW`, docType: t } });
  }
  const extractions = [];
  const texts = new Map();
  let cursor = 0;
  for (let a = 0; a < articles; a++) {
    const id = `bench${String(a).padStart(5, '0')}`;
    const published = date(r);
    const title = `Tin hoạt động số ${a}`;
    let raw = `${title}\n\n`;
    const mentions = new Map();
    const relations = [];
    const mention = (e) => {
      const start = raw.length;
      raw += e.name;
      const m = mentions.get(e.id) ?? { e, spans: [] };
      m.spans.push({ start, end: raw.length, text: e.name });
      mentions.set(e.id, m);
    };
    const sentences = 1 + Math.floor(r() * 3);
    for (let s = 0; s < sentences; s++) {
      const begin = raw.length;
      const kind = s === 0 ? 0 : Math.floor(r() * 4);
      if (kind === 0 || kind === 1) {
        const p = ppl[skewed(ppl.length)];
        const o = orgs[skewed(orgs.length)];
        const ev = evs[skewed(evs.length)];
        raw += 'Đồng chí ';
        mention(p);
        const title = pick(TITLES);
        raw += `, ${title} `;
        mention(o);
        raw += kind === 0 ? ', chủ trì ' : ', dự ';
        mention(ev);
        raw += ' cùng đồng chí ';
        const p2 = ppl[cursor++ % ppl.length];
        mention(p2);
        raw += '. ';
        const span = [{ start: begin, end: raw.length - 1 }];
        if (p2.id !== p.id) relations.push({ type: 'ATTENDED', source: p2.id, target: ev.id, props: {}, evidence: span });
        relations.push({ type: 'HOLDS_POSITION', source: p.id, target: o.id, props: { title, asOf: [ev.props.date] }, evidence: span });
        relations.push({ type: kind === 0 ? 'CHAIRED' : 'ATTENDED', source: p.id, target: ev.id, props: {}, evidence: span });
      } else if (kind === 2) {
        const o = orgs[skewed(orgs.length)];
        const ev = evs[skewed(evs.length)];
        const pl = places[skewed(places.length)];
        mention(o);
        raw += ' tổ chức ';
        mention(ev);
        raw += ' tại tỉnh ';
        mention(pl);
        raw += '. ';
        const span = [{ start: begin, end: raw.length - 1 }];
        relations.push({ type: 'ORGANIZED', source: o.id, target: ev.id, props: {}, evidence: span });
        relations.push({ type: 'LOCATED_IN', source: o.id, target: pl.id, props: {}, evidence: span });
      } else {
        const o = orgs[skewed(orgs.length)];
        const d = docs[skewed(docs.length)];
        const parent = orgs[(orgs.indexOf(o) % PROVINCES.length) + 0];
        mention(o);
        raw += ' quán triệt ';
        mention(d);
        raw += ' của ';
        mention(parent);
        raw += '. ';
        const span = [{ start: begin, end: raw.length - 1 }];
        relations.push({ type: 'REFERENCES', source: o.id, target: d.id, props: {}, evidence: span });
        relations.push({ type: 'PART_OF', source: o.id, target: parent.id, props: {}, evidence: span });
      }
    }
    raw += '\n';
    texts.set(id, raw);
    const entities = [...mentions.values()].map(({ e, spans }) => ({ id: e.id, type: e.type, name: e.name, props: e.props, mentions: spans }));
    extractions.push({ article: { id, source: `bench/${id}.txt`, title, published, bylines: [] }, entities, relations: relations.filter((x) => x.source !== x.target) });
  }
  return { extractions, texts };
}

export default async function viewerBench({ log, root }) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium to run the viewer bench`);
  const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
  const { createGraph, mergeExtraction } = await import(dist('graph/index.js'));
  const { buildViewerData } = await import(dist('export/viewer-data.js'));
  const { readViewerAssets } = await import(dist('export/viewer-page.js'));
  const { startViewServer } = await import(dist('cli/view-server.js'));
  const { chromium } = await import('playwright-core');

  const { extractions, texts } = synthesize();
  const graph = createGraph();
  for (const ex of extractions) mergeExtraction(graph, ex);
  const t0 = performance.now();
  const data = buildViewerData(graph, texts);
  const dataMs = performance.now() - t0;
  const payloadMB = Buffer.byteLength(JSON.stringify(data)) / 1e6;
  log(`graph: ${graph.order} nodes, ${graph.size} edges; viewer data ${payloadMB.toFixed(1)} MB built in ${dataMs.toFixed(0)} ms`);

  const server = await startViewServer(readViewerAssets(), data, { port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'vnkg-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const runs = [];
  let interaction;
  try {
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
      const wallMs = performance.now() - start;
      const inPage = await page.evaluate(() => ({ readyAt: window.__vnkg.readyAt, timings: window.__vnkg.timings, shown: window.__vnkg.cy.nodes().length, edges: window.__vnkg.cy.edges().length }));
      const steps = Object.fromEntries(Object.entries(inPage.timings).map(([k, v]) => [k, Math.round(v)]));
      runs.push({ firstInteractiveMs: Math.round(inPage.readyAt), steps, wallMs: Math.round(wallMs), overviewNodes: inPage.shown, overviewEdges: inPage.edges });
      log(`run ${i + 1}: first interactive frame at ${inPage.readyAt.toFixed(0)} ms after navigation (${wallMs.toFixed(0)} ms wall); overview ${inPage.shown} nodes, ${inPage.edges} edges; steps ${JSON.stringify(steps)}`);
      if (i === 0) {
        mkdirSync(join(root, 'test-artifacts', 'viz'), { recursive: true });
        await page.screenshot({ path: join(root, 'test-artifacts', 'viz', 'bench-overview.png') });
      }
      if (i === 2) {
        // Interaction times on the big graph, measured in the page.
        interaction = await page.evaluate(async () => {
          const { viewer, cy } = window.__vnkg;
          const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
          const time = async (fn) => {
            const t = performance.now();
            fn();
            await frame();
            return Math.round(performance.now() - t);
          };
          const hub = cy.nodes().sort((a, b) => b.data('degree') - a.data('degree'))[0].id();
          const search = await time(() => viewer.index.search('nguyen van', 12));
          const expand = await time(() => viewer.expand(hub));
          const box = document.querySelector('input[data-filter="label"][value="Organization"]');
          const filter = await time(() => {
            box.checked = false;
            box.dispatchEvent(new Event('change'));
          });
          const person = [...viewer.index.nodes.values()].find((n) => n.label === 'Person' && n.degree > 5).id;
          const focus = await time(() => viewer.focus(person));
          const overview = await time(() => viewer.overview());
          return { searchMs: search, expandHubMs: expand, labelFilterMs: filter, focusMs: focus, overviewMs: overview };
        });
        log(`interactions: ${JSON.stringify(interaction)}`);
      }
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
  const sorted = runs.map((r) => r.firstInteractiveMs).sort((a, b) => a - b);
  return {
    nodes: graph.order,
    edges: graph.size,
    payloadMB: Number(payloadMB.toFixed(2)),
    viewerDataMs: Math.round(dataMs),
    firstInteractiveMsMedian: sorted[1],
    runs,
    interaction,
  };
}
