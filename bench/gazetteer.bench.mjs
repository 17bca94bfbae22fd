// Place scanning and dateline tags over the shared corpus: throughput of scanPlaces on the politics folder (normalized
// text) and on the whole gzip corpus (raw text), and findDatelineTag on every article.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export default async function ({ log, root }) {
  const lib = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
  const { getGazetteer } = await lib('extract/gazetteer.js');
  const { findDatelineTag } = await lib('extract/dateline-tags.js');
  const { normalizeText } = await lib('normalize/index.js');
  const corpus = join(root, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);

  let t = performance.now();
  const g = getGazetteer();
  const loadMs = performance.now() - t;

  const dir = join(corpus, 'politics');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => normalizeText(readFileSync(join(dir, f), 'utf8')).text);
  const mb = texts.reduce((s, x) => s + Buffer.byteLength(x), 0) / 1e6;
  let hits = 0;
  for (const x of texts) hits += g.scanPlaces(x).length; // warm-up
  const rounds = 5;
  const cpu0 = process.cpuUsage();
  t = performance.now();
  for (let r = 0; r < rounds; r++) for (const x of texts) g.scanPlaces(x);
  const politicsS = (performance.now() - t) / 1000 / rounds;
  const cpu = process.cpuUsage(cpu0);
  // CPU time as well as wall time: on a shared, loaded machine the wall figure understates the scanner.
  const politicsCpuS = (cpu.user + cpu.system) / 1e6 / rounds;
  log(`politics: ${texts.length} files, ${mb.toFixed(2)} MB, ${hits} hits, ${(mb / politicsS).toFixed(1)} MB/s wall, ${(mb / politicsCpuS).toFixed(1)} MB/s CPU`);

  const all = gunzipSync(readFileSync(join(corpus, 'baomoi-2017.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).text);
  const allMb = all.reduce((s, x) => s + Buffer.byteLength(x), 0) / 1e6;
  let allHits = 0;
  t = performance.now();
  for (const x of all) allHits += g.scanPlaces(x).length;
  const allS = (performance.now() - t) / 1000;
  let tags = 0;
  t = performance.now();
  for (const x of all) if (findDatelineTag(x)) tags++;
  const tagS = (performance.now() - t) / 1000;
  log(`corpus: ${all.length} articles, ${allMb.toFixed(1)} MB, ${allHits} hits, ${(allMb / allS).toFixed(1)} MB/s; ${tags} dateline tags in ${tagS.toFixed(1)} s`);

  return {
    loadMs: Math.round(loadMs),
    politics: { files: texts.length, mb: +mb.toFixed(2), hits, mbPerS: +(mb / politicsS).toFixed(1), mbPerCpuS: +(mb / politicsCpuS).toFixed(1) },
    corpus: { articles: all.length, mb: +allMb.toFixed(1), hits: allHits, mbPerS: +(allMb / allS).toFixed(1) },
    datelineTags: { found: tags, articlesPerS: Math.round(all.length / tagS) },
  };
}
