// Export throughput: MB/s written per format (graphml, graphml --yed, gexf, cyjs, cypher, csv) for the graph of the
// full corpus, with output sizes and the peak RSS growth during each export (streaming keeps it flat).
// The corpus graph is built once with the pipeline and cached in out/bench/corpus-graph.json. Sizes by env:
//   VNKG_BENCH_EXPORT_N        articles of the corpus (default: all 35,432)
//   VNKG_BENCH_EXPORT_REBUILD  set to rebuild the cached graph
//   VNKG_BENCH_CORPUS          the JSONL(.gz) corpus (default ../shared/corpus/baomoi-2017.jsonl.gz)
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export default async function ({ log, root }) {
  const lib = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
  const { exportGraph } = await lib('export/index.js');
  const { MemoryStore } = await lib('store/index.js');
  const { buildGraph } = await lib('pipeline/index.js');
  const corpus = process.env.VNKG_BENCH_CORPUS ?? join(root, '../shared/corpus/baomoi-2017.jsonl.gz');
  const limit = process.env.VNKG_BENCH_EXPORT_N ? Number(process.env.VNKG_BENCH_EXPORT_N) : undefined;
  const dir = join(root, 'out', 'bench');
  const cache = join(dir, `corpus-graph${limit ? `-${limit}` : ''}.json`);
  mkdirSync(dir, { recursive: true });

  let store;
  let buildSec = null;
  if (existsSync(cache) && !process.env.VNKG_BENCH_EXPORT_REBUILD) {
    store = MemoryStore.open(cache);
    log(`graph: cached ${cache}`);
  } else {
    store = new MemoryStore();
    const t = performance.now();
    await buildGraph({ inputs: [corpus], store, limit });
    buildSec = round((performance.now() - t) / 1000, 1);
    store.save(cache);
    log(`graph: built from ${corpus} in ${buildSec} s, cached in ${cache}`);
  }
  const graph = store.graph;
  const articles = graph.filterNodes((_k, a) => a.label === 'Article').length;
  log(`graph: ${articles} articles, ${graph.order} nodes, ${graph.size} edges`);

  const runs = [
    ['graphml', {}, 'graph.graphml'],
    ['graphml', { yed: true }, 'graph-yed.graphml'],
    ['gexf', {}, 'graph.gexf'],
    ['cyjs', {}, 'graph.cyjs'],
    ['cypher', {}, 'graph.cypher'],
    ['csv', {}, 'csv'],
  ];
  const formats = {};
  for (const [format, options, file] of runs) {
    const out = join(dir, file);
    rmSync(out, { recursive: true, force: true });
    globalThis.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t = performance.now();
    const stats = await exportGraph(graph, format, out, options);
    const secs = (performance.now() - t) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const name = options.yed ? `${format}+yed` : format;
    formats[name] = {
      MB: round(stats.bytes / 1e6),
      seconds: round(secs, 2),
      MBps: round(stats.bytes / 1e6 / secs),
      files: stats.files.length,
      rssGrowthMB: round((peak - base) / 1e6, 0),
    };
    const f = formats[name];
    log(`${name.padEnd(12)} ${String(f.MB).padStart(8)} MB in ${String(f.seconds).padStart(6)} s  ${String(f.MBps).padStart(6)} MB/s  RSS +${f.rssGrowthMB} MB`);
    rmSync(out, { recursive: true, force: true });
  }
  return { articles, nodes: graph.order, edges: graph.size, buildSec, formats };
}
