// Neo4j ingest: the rate at which Neo4jStore writes the graph of corpus articles into a fresh database
// (nodes + relationships per second), for several transaction sizes, and its ratio to the ceiling: a plain
// `UNWIND … CREATE` of the very same rows on the same server. Also the rate of a second, idempotent pass.
// The server is warmed up first (one full store write and one ceiling run, reported as the cold figures); then
// each figure is the median of rounds that alternate the store and the ceiling, with the server's CPU seconds.
//   VNKG_BENCH_NEO4J_N       corpus articles (default 5000)
//   VNKG_BENCH_NEO4J_BATCHES transaction sizes in articles to compare (default 1000,2500,5000)
//   VNKG_BENCH_NEO4J_WARMUP  unmeasured rounds of each kind after the cold one (default 4)
//   VNKG_BENCH_NEO4J_ROUNDS  measured rounds after the warm-up; figures are medians (default 3)
//   VNKG_BENCH_CORPUS        the JSONL(.gz) corpus (default ../shared/corpus/baomoi-2017.jsonl.gz)
//   NEO4J_BENCH_URI          use this (empty, disposable) server instead of starting a local one
import { existsSync, readFileSync, rmSync, createReadStream } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';

const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function readCorpus(path, limit, toArticle) {
  const articles = [];
  let input = createReadStream(path);
  if (path.endsWith('.gz')) input = input.pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    articles.push(toArticle({ source: `${path.split('/').pop()}:${n}`, raw: o.text, title: o.title, url: o.url }));
    if (articles.length >= limit) break;
  }
  lines.close();
  return articles;
}

export default async function ({ log, root }) {
  const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
  const { toArticle } = await dist('pipeline/article-id.js');
  const { extractArticle } = await dist('pipeline/extract-article.js');
  const { MemoryStore, openNeo4jStore, applySchema } = await dist('store/index.js');
  const { cypherLabel, cypherRelType } = await dist('store/neo4j/cypher-names.js');
  const { toNeo4jProps } = await dist('store/neo4j/neo4j-values.js');
  const { default: neo4j } = await import('neo4j-driver');
  const { startNeo4j, freePort } = await import(pathToFileURL(join(root, 'scripts', 'neo4j-server.mjs')).href);

  const corpus = process.env.VNKG_BENCH_CORPUS ?? join(root, '../shared/corpus/baomoi-2017.jsonl.gz');
  if (!existsSync(corpus)) throw new Error(`corpus ${corpus} not found`);
  const n = Number(process.env.VNKG_BENCH_NEO4J_N ?? 5000);
  const batches = (process.env.VNKG_BENCH_NEO4J_BATCHES ?? '1000,2500,5000').split(',').map(Number);
  const rounds = Number(process.env.VNKG_BENCH_NEO4J_ROUNDS ?? 3);

  let t = performance.now();
  const articles = await readCorpus(corpus, n, toArticle);
  const extractions = articles.map((a) => extractArticle(a));
  log(`extracted ${extractions.length} corpus articles in ${round((performance.now() - t) / 1000, 1)} s (not part of the ingest figures)`);
  const memory = new MemoryStore();
  await memory.write(extractions);
  const graph = memory.graph;
  const elements = graph.order + graph.size;
  log(`graph: ${graph.order} nodes + ${graph.size} relationships = ${elements} elements`);

  let server;
  let uri = process.env.NEO4J_BENCH_URI;
  if (!uri) {
    const home = join(root, '.neo4j', 'bench');
    rmSync(home, { recursive: true, force: true });
    server = await startNeo4j({ home, port: await freePort(), heap: '2g', pageCache: '1g', log });
    uri = server.uri;
    log(`local Neo4j 5.26 started in ${round(server.startMs / 1000, 1)} s`);
  }
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const run = async (cypher, params = {}) => {
    const session = driver.session();
    try {
      return await session.run(cypher, params);
    } finally {
      await session.close();
    }
  };
  const clear = () => run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  const stored = async () => {
    const nodes = (await run('MATCH (n) RETURN count(n) AS c')).records[0].get('c');
    const rels = (await run('MATCH ()-[r]->() RETURN count(r) AS c')).records[0].get('c');
    return nodes + rels;
  };
  // Server CPU seconds (utime + stime of the local JVM): a load-independent view of the server's work.
  const serverCpu = () => {
    if (!server) return NaN;
    try {
      const f = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(f[11]) + Number(f[12])) / 100;
    } catch {
      return NaN;
    }
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const results = { articles: extractions.length, nodes: graph.order, relationships: graph.size, elements, rounds, byBatch: {} };

  // The ceiling: the same final rows with plain UNWIND … CREATE, 10,000 rows a statement (one transaction each).
  const nodeRows = new Map();
  graph.forEachNode((key, a) => {
    if (!nodeRows.has(a.label)) nodeRows.set(a.label, []);
    nodeRows.get(a.label).push({ props: toNeo4jProps({ ...a, key }, ['label']) });
  });
  const edgeRows = new Map();
  graph.forEachEdge((key, a, s, tgt, sa, ta) => {
    const g = `${a.type}|${sa.label}|${ta.label}`;
    if (!edgeRows.has(g)) edgeRows.set(g, []);
    edgeRows.get(g).push({ s, t: tgt, props: toNeo4jProps({ ...a, key }, ['type']) });
  });
  /** One timed run on an empty database: wall seconds and server CPU seconds. */
  const timed = async (work) => {
    await clear();
    const cpu0 = serverCpu();
    const t0 = performance.now();
    await work();
    const secs = (performance.now() - t0) / 1000;
    const got = await stored();
    if (got !== elements) throw new Error(`Neo4j holds ${got} elements, the memory graph ${elements}`);
    return { secs, cpu: serverCpu() - cpu0 };
  };
  /** The plain CREATE of the same rows as statements of `size` rows each: node statements, then relationship ones. */
  const createStatements = (size) => {
    const chunks = (rows) => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
    const nodes = [];
    for (const [label, rows] of nodeRows)
      for (const c of chunks(rows)) nodes.push(() => driver.executeQuery(`UNWIND $rows AS row CREATE (n:${cypherLabel(label)}) SET n = row.props`, { rows: c }));
    const edges = [];
    for (const [g, rows] of edgeRows) {
      const [type, s, tgt] = g.split('|');
      for (const c of chunks(rows))
        edges.push(() =>
          driver.executeQuery(
            `UNWIND $rows AS row MATCH (a:${cypherLabel(s)} {key: row.s}) MATCH (b:${cypherLabel(tgt)} {key: row.t}) CREATE (a)-[r:${cypherRelType(type)}]->(b) SET r = row.props`,
            { rows: c },
          ),
        );
    }
    return { nodes, edges };
  };
  /** Runs statements on `lanes` sessions at once, each taking the next statement when its last one is done. */
  const runIn = async (lanes, statements) => {
    let next = 0;
    await Promise.all(Array.from({ length: lanes }, async () => {
      while (next < statements.length) await statements[next++]();
    }));
  };
  // The ceiling: 10,000-row statements (one transaction each), one at a time.
  const ceiling = () =>
    timed(async () => {
      const { nodes, edges } = createStatements(10000);
      await runIn(1, nodes);
      await runIn(1, edges);
    });
  // The same rows in 2,500-row transactions, two at a time on two sessions: how much a server on this machine gains
  // from concurrent writers, i.e. the best any single-database writer could hope for here.
  const parallelCeiling = () =>
    timed(async () => {
      const { nodes, edges } = createStatements(2500);
      await runIn(2, nodes);
      await runIn(2, edges);
    });
  const storeRun = (batch) => timed(async () => (await openNeo4jStore({ driver, batchArticles: batch, applySchema: false })).write(extractions));
  const fmt = (r) => `${round(r.secs)} s = ${Math.round(elements / r.secs)} elements/s (server CPU ${round(r.cpu, 1)} s)`;
  try {
    await applySchema(driver);
    // Warm-up: the JVM compiles Neo4j's hot paths over the first tens of thousands of writes (a cold run is 2-4 times
    // slower on the 2-core machine). One full store write and one ceiling run, recorded as the cold figures.
    const coldStore = await storeRun(Math.max(...batches));
    const coldCeiling = await ceiling();
    results.cold = { storeElementsPerSec: Math.round(elements / coldStore.secs), ceilingElementsPerSec: Math.round(elements / coldCeiling.secs) };
    log(`cold (first) runs: store ${fmt(coldStore)}; ceiling ${fmt(coldCeiling)}`);
    // The server keeps getting faster for several more runs of each kind (measured: about eight) before it levels off.
    const warmUp = Number(process.env.VNKG_BENCH_NEO4J_WARMUP ?? 4);
    for (let i = 0; i < warmUp; i++) {
      const w = [await storeRun(Math.max(...batches)), await ceiling(), await parallelCeiling()];
      log(`warm-up ${i + 1}/${warmUp}: store ${Math.round(elements / w[0].secs)}, ceiling ${Math.round(elements / w[1].secs)}, parallel ceiling ${Math.round(elements / w[2].secs)} elements/s`);
    }

    // Rounds: every transaction size, then the ceiling, so that both see the same server state and machine load.
    const runs = Object.fromEntries(batches.map((b) => [b, []]));
    const ceilRuns = [];
    const parRuns = [];
    for (let round_ = 0; round_ < rounds; round_++) {
      for (const batch of batches) {
        const r = await storeRun(batch);
        runs[batch].push(r);
        log(`round ${round_ + 1} batch ${String(batch).padStart(5)} articles/tx: ${fmt(r)}`);
      }
      const c = await ceiling();
      ceilRuns.push(c);
      log(`round ${round_ + 1} ceiling (UNWIND … CREATE of the same rows): ${fmt(c)}`);
      const pc = await parallelCeiling();
      parRuns.push(pc);
      log(`round ${round_ + 1} parallel ceiling (the same, two transactions at a time): ${fmt(pc)}`);
    }
    const summary = (rs) => {
      const secs = median(rs.map((r) => r.secs));
      return {
        seconds: round(secs),
        elementsPerSec: Math.round(elements / secs),
        bestElementsPerSec: Math.round(elements / Math.min(...rs.map((r) => r.secs))),
        serverCpuSec: round(median(rs.map((r) => r.cpu)), 1),
      };
    };
    let best;
    for (const batch of batches) {
      const fig = { ...summary(runs[batch]), articlesPerSec: Math.round(extractions.length / median(runs[batch].map((r) => r.secs))) };
      results.byBatch[batch] = fig;
      if (!best || fig.elementsPerSec > best.elementsPerSec) best = { batch, ...fig };
    }
    results.ceiling = summary(ceilRuns);
    results.parallelCeiling = summary(parRuns);
    // A second pass over a full database: every article is found and skipped.
    await clear();
    const again = await openNeo4jStore({ driver, batchArticles: best.batch, applySchema: false });
    await again.write(extractions);
    t = performance.now();
    await again.write(extractions);
    best.idempotentPassSec = round((performance.now() - t) / 1000);
    results.best = { ...best, ratioToCeiling: round(best.elementsPerSec / results.ceiling.elementsPerSec) };
    results.loadAvg = loadavg().map((x) => round(x, 1));
    for (const batch of batches) {
      const f = results.byBatch[batch];
      log(`batch ${String(batch).padStart(5)} articles/tx: median ${f.seconds} s, ${f.elementsPerSec} elements/s (best ${f.bestElementsPerSec}), ${f.articlesPerSec} articles/s`);
    }
    log(`ceiling: median ${results.ceiling.seconds} s, ${results.ceiling.elementsPerSec} elements/s (best ${results.ceiling.bestElementsPerSec})`);
    log(`parallel ceiling (2 transactions at a time): median ${results.parallelCeiling.seconds} s, ${results.parallelCeiling.elementsPerSec} elements/s (best ${results.parallelCeiling.bestElementsPerSec})`);
    log(
      `best: ${best.batch} articles/tx, ${best.elementsPerSec} elements/s = ${results.best.ratioToCeiling} of the ceiling (targets: ≥ 20,000 elements/s, ≥ 0.5); ` +
        `no-op second pass ${best.idempotentPassSec} s; load average ${results.loadAvg.join(' ')}`,
    );
  } finally {
    await driver.close();
    if (server) {
      await server.stop();
      rmSync(server.home, { recursive: true, force: true });
    }
  }
  return results;
}
