// Extraction throughput on one core: MB/s and articles/s of extractArticle alone (reading excluded),
// per-article p50/p99 and the slowest article, and peak memory. Sizes by env:
//   VNKG_BENCH_EXTRACT_N   articles of the corpus to extract (default 10000)
//   VNKG_BENCH_CORPUS      the JSONL(.gz) corpus (default ../shared/corpus/baomoi-2017.jsonl.gz)
//   VNKG_BENCH_REPEAT      runs of the corpus measurement, each in a fresh process (default 3): the figures are the
//                          median run's, with the slowest and fastest MB/s beside them (shared machines vary by ±5%)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { childRun, mb, round } from './child-run.mjs';

export default async function ({ log, root }) {
  const corpus = process.env.VNKG_BENCH_CORPUS ?? join(root, '../shared/corpus/baomoi-2017.jsonl.gz');
  const politics = join(root, '../shared/corpus/politics');
  const n = Number(process.env.VNKG_BENCH_EXTRACT_N ?? 10000);
  const results = {};
  const runs = [
    ['corpus', corpus, n],
    ['politics', politics, 100000],
    ['seeds', join(root, 'seeds'), 100000],
  ];
  const repeat = Math.max(1, Number(process.env.VNKG_BENCH_REPEAT ?? 3));
  for (const [name, input, limit] of runs) {
    if (!existsSync(input)) {
      log(`${name}: ${input} not found, skipped`);
      continue;
    }
    const tries = [];
    for (let k = 0; k < (name === 'corpus' ? repeat : 1); k++) tries.push(childRun({ mode: 'extract', input, limit }));
    tries.sort((a, b) => a.timeMs - b.timeMs);
    const r = tries[Math.floor((tries.length - 1) / 2)];
    const secs = r.timeMs / 1000;
    const fig = {
      articles: r.articles,
      MB: round(mb(r.bytes)),
      MBps: round(mb(r.bytes) / secs),
      articlesPerSec: round(r.articles / secs, 0),
      msPerArticle: round(r.timeMs / r.articles, 3),
      p50Ms: round(r.p50Ms, 3),
      p99Ms: round(r.p99Ms, 3),
      slowest: { ms: round(r.slowest.ms, 1), source: r.slowest.source },
      failed: r.failed,
      warmUpMs: round(r.warmUpMs, 0),
      peakRssMB: round(mb(r.peakRssBytes), 0),
      runs: tries.length,
      MBpsRange: [round(mb(r.bytes) / (tries[tries.length - 1].timeMs / 1000)), round(mb(r.bytes) / (tries[0].timeMs / 1000))],
    };
    results[name] = fig;
    log(
      `${name.padEnd(9)} ${String(fig.articles).padStart(6)} articles ${String(fig.MB).padStart(7)} MB  ${String(fig.MBps).padStart(6)} MB/s${fig.runs > 1 ? ` (median of ${fig.runs} runs: ${fig.MBpsRange[0]}–${fig.MBpsRange[1]})` : ''}  ${String(fig.articlesPerSec).padStart(6)} articles/s  p50 ${fig.p50Ms} ms  p99 ${fig.p99Ms} ms  slowest ${fig.slowest.ms} ms (${fig.slowest.source})  ${fig.failed} failed  warm-up ${fig.warmUpMs} ms  peak RSS ${fig.peakRssMB} MB`,
    );
  }
  log('one core, extraction only (target ≥ 2 MB/s; issue 6: ≥ 5 MB/s per core)');
  return results;
}
