#!/usr/bin/env node
// One measured build, in a process of its own so that its peak memory is its own. Used by
// scale.bench.mjs and extract.bench.mjs; prints one JSON object on its last stdout line.
//   node bench/scale-run.mjs '{"mode":"build","input":"…","limit":1000,"workers":2,"graphml":"/tmp/x.graphml","persons":true}'
//   node bench/scale-run.mjs '{"mode":"floor","input":"…","limit":1000}'
//   node bench/scale-run.mjs '{"mode":"extract","input":"…","limit":2000}'
//   node bench/scale-run.mjs '{"mode":"slice","input":"…","skip":0,"limit":2000}'  (extraction alone of one slice, started
//     when a line arrives on stdin: see childRunTogether in child-run.mjs)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const opts = JSON.parse(process.argv[2] ?? '{}');
const dist = new URL('../dist/', import.meta.url);
const { readArticles } = await import(new URL('ingest/index.js', dist));
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const extractorModule = process.env.VNKG_BENCH_EXTRACTOR ? new URL(process.env.VNKG_BENCH_EXTRACTOR, `file://${process.cwd()}/`).href : undefined;

async function floor() {
  // The floor: read (gunzip, split, decode, JSON.parse) and NFC-normalize the same articles, nothing else.
  const t0 = performance.now();
  let articles = 0;
  let bytes = 0;
  let chars = 0;
  for await (const item of readArticles([opts.input])) {
    if (item.kind !== 'article') continue;
    if (opts.limit !== undefined && articles >= opts.limit) break;
    articles++;
    bytes += item.bytes;
    chars += item.article.raw.normalize('NFC').length;
  }
  return { articles, bytes, chars, timeMs: performance.now() - t0, peakRssBytes: peakRss() };
}

/** The raw articles [skip, skip + limit) of the input and their bytes, read before anything is timed. */
async function readSlice(skip = 0, limit = Infinity) {
  const batch = [];
  let bytes = 0;
  let seen = 0;
  for await (const item of readArticles([opts.input])) {
    if (item.kind !== 'article') continue;
    if (seen++ < skip) continue;
    if (batch.length >= limit) break;
    batch.push(item.article);
    bytes += item.bytes;
  }
  return { batch, bytes };
}

async function extract() {
  // Extraction alone, on this thread: the articles are read first, then timed one by one.
  const { loadExtractor, toArticle } = await import(new URL('pipeline/index.js', dist));
  const extractArticle = await loadExtractor(extractorModule);
  const read = await readSlice(0, opts.limit);
  const batch = read.batch.map(toArticle);
  const { bytes } = read;
  // Warm-up, not timed: the first call loads the gazetteers and lexicons, and a first pass over a few hundred other
  // articles lets the JIT compile the hot code, so the timed pass measures steady-state extraction.
  const warm = performance.now();
  const warmUp = Number(process.env.VNKG_BENCH_WARMUP ?? 300);
  for (const a of batch.slice(0, Math.min(warmUp, batch.length))) extractArticle(a);
  const warmUpMs = performance.now() - warm;
  const times = [];
  let failed = 0;
  let slowest = { ms: 0, source: '' };
  const t0 = performance.now();
  for (const a of batch) {
    const s = performance.now();
    try {
      extractArticle(a);
    } catch {
      failed++;
    }
    const ms = performance.now() - s;
    times.push(ms);
    if (ms > slowest.ms) slowest = { ms, source: a.source };
  }
  const timeMs = performance.now() - t0;
  times.sort((x, y) => x - y);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return { articles: batch.length, bytes, failed, timeMs, warmUpMs, p50Ms: q(0.5), p99Ms: q(0.99), slowest, peakRssBytes: peakRss() };
}

async function slice() {
  // Extraction alone of articles [skip, skip + limit) on this thread, from the first article on (no warm-up): what one
  // isolate does in a build. Reading comes first and is not timed; the run starts when the parent writes a line, so
  // that several slices can run at the same moment.
  const { loadExtractor, toArticle } = await import(new URL('pipeline/index.js', dist));
  const extractArticle = await loadExtractor(extractorModule);
  const { batch, bytes } = await readSlice(opts.skip, opts.limit);
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  process.stdin.pause();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let failed = 0;
  for (const raw of batch) {
    try {
      extractArticle(toArticle(raw));
    } catch {
      failed++;
    }
  }
  const timeMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { articles: batch.length, bytes, failed, timeMs, cpuMs: (cpu.user + cpu.system) / 1000, peakRssBytes: peakRss() };
}

async function build() {
  const { buildGraph } = await import(new URL('pipeline/index.js', dist));
  const { MemoryStore } = await import(new URL('store/index.js', dist));
  const { foldForSearch } = await import(new URL('normalize/index.js', dist));
  const store = opts.store === 'neo4j' ? await (await import(new URL('store/neo4j/index.js', dist))).openNeo4jStore({ uri: opts.uri }) : new MemoryStore();
  const persons = new Map(); // entity id → { mentions, variants: Map<text, count> }
  let personMentions = 0;
  // CPU time of the whole process (every thread: main, workers, V8's compiler and GC threads), to tell how many
  // cores a build really kept busy
  const cpu0 = process.cpuUsage();
  const report = await buildGraph({
    inputs: [opts.input],
    store,
    workers: opts.workers,
    ...(opts.limit !== undefined ? { limit: opts.limit } : {}),
    ...(extractorModule ? { extractorModule } : {}),
    onExtractions: opts.persons
      ? (batch) => {
          for (const ex of batch) {
            for (const e of ex.entities) {
              if (e.type !== 'Person') continue;
              let p = persons.get(e.id);
              if (!p) persons.set(e.id, (p = { mentions: 0, variants: new Map() }));
              for (const m of e.mentions) {
                p.mentions++;
                personMentions++;
                p.variants.set(m.text, (p.variants.get(m.text) ?? 0) + 1);
              }
            }
          }
        }
      : undefined,
  });
  const cpu = process.cpuUsage(cpu0);
  if (opts.store === 'neo4j') await store.close();
  const out = {
    cpuMs: (cpu.user + cpu.system) / 1000,
    articles: report.articles,
    write: report.write,
    bytes: report.bytes,
    workers: report.workers,
    buildMs: report.timeMs,
    extractMs: report.extractMs,
    writeMs: report.writeMs,
    counts: report.counts,
    diagnostics: report.diagnostics.length,
    diagnosticsByCode: Object.fromEntries(
      [...report.diagnostics.reduce((m, d) => m.set(d.code, (m.get(d.code) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1]),
    ),
    unreadable: report.diagnostics.filter((d) => d.severity === 'error').slice(0, 50).map((d) => `${d.file}${d.line ? `:${d.line}` : ''} ${d.code}: ${d.message}`),
  };
  if (opts.graphml) {
    const { exportGraph } = await import(new URL('export/index.js', dist));
    const dir = mkdtempSync(join(tmpdir(), 'vnkg-bench-'));
    const t = performance.now();
    await exportGraph(store.graph, 'graphml', join(dir, 'graph.graphml'));
    out.graphmlMs = performance.now() - t;
    out.graphmlBytes = statSync(join(dir, 'graph.graphml')).size;
    rmSync(dir, { recursive: true, force: true });
  }
  if (opts.persons) {
    const g = store.graph;
    const degree = (key) => {
      let d = 0;
      g.forEachEdge(key, (_e, a) => void (a.type !== 'MENTIONS' && a.type !== 'AUTHORED' && d++));
      return d;
    };
    const people = [];
    g.forEachNode((key, a) => void (a.label === 'Person' && people.push({ key, name: a.name, articles: a.articles.length })));
    for (const p of people) p.degree = degree(p.key);
    people.sort((x, y) => y.degree - x.degree || y.articles - x.articles);
    const variantsOf = (key) =>
      [...(persons.get(key)?.variants ?? new Map())].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([text, n]) => `${text} (${n})`);
    // Likely duplicates by spelling: Person nodes whose names fold to the same letters (tone placement,
    // capitals, diacritics), and nodes sharing the first and last syllable (a missing middle name).
    const group = (keyOf) => {
      const m = new Map();
      for (const p of people) {
        const k = keyOf(p);
        if (!k) continue;
        (m.get(k) ?? m.set(k, []).get(k)).push(p);
      }
      return [...m.values()].filter((v) => v.length > 1).sort((a, b) => b.length - a.length);
    };
    const folded = group((p) => foldForSearch(p.name));
    const shortName = group((p) => {
      const w = foldForSearch(p.name).split(' ');
      return w.length >= 2 ? `${w[0]} ${w[w.length - 1]}` : null;
    });
    out.resolution = {
      personMentions,
      personNodes: people.length,
      mentionsPerNode: people.length ? personMentions / people.length : 0,
      top20: people.slice(0, 20).map((p) => ({ name: p.name, key: p.key, degree: p.degree, articles: p.articles, variants: variantsOf(p.key) })),
      distinctFoldedNames: new Set(people.map((p) => foldForSearch(p.name))).size,
      sameFoldedNameGroups: folded.length,
      sameFoldedNameExamples: folded.slice(0, 10).map((v) => v.map((p) => p.key)),
      sameFirstLastGroups: shortName.length,
      sameFirstLastExamples: shortName.slice(0, 10).map((v) => v.slice(0, 5).map((p) => p.name)),
    };
  }
  out.peakRssBytes = peakRss();
  return out;
}

const t0 = performance.now();
const load0 = loadavg()[0];
const modes = { floor, extract, slice, build };
const result = await (modes[opts.mode] ?? build)();
result.wallMs = performance.now() - t0;
// The machine's 1-minute load average before and after: figures taken under load (> cores) understate speed.
result.loadAvg = [Math.round(load0 * 10) / 10, Math.round(loadavg()[0] * 10) / 10];
process.stdout.write(`${JSON.stringify(result)}\n`);
