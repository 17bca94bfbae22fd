import neo4j from 'neo4j-driver';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { toArticle } from '../dist/pipeline/article-id.js';
import { extractArticle } from '../dist/pipeline/extract-article.js';
import { openNeo4jStore } from '../dist/store/index.js';
const lines = createInterface({ input: createReadStream('/work/shared/corpus/baomoi-2017.jsonl.gz').pipe(createGunzip()) });
const ex = []; let n = 0;
for await (const line of lines) { n++; const o = JSON.parse(line); ex.push(extractArticle(toArticle({ source: `c:${n}`, raw: o.text, title: o.title }))); if (ex.length >= 3000) break; }
const driver = neo4j.driver('bolt://127.0.0.1:7687', undefined, { disableLosslessIntegers: true });
const s = driver.session(); await s.run('MATCH (n) DETACH DELETE n'); await s.close();
const store = await openNeo4jStore({ driver, batchArticles: 250 });
const origSession = driver.session.bind(driver);
driver.session = (cfg) => {
  const sess = origSession(cfg);
  const ew = sess.executeWrite.bind(sess);
  sess.executeWrite = (fn) => ew(async (tx) => {
    const run = tx.run.bind(tx);
    tx.run = (q, p) => { const t = Date.now(); return run(q, p).then((x) => { console.log(Date.now() - t, "ms", "avail", x.summary.resultAvailableAfter, "consumed", x.summary.resultConsumedAfter, q.slice(0, 40).replace(/\n/g, " ")); return x; }); };
    const t = Date.now(); const out = await fn(tx); console.log("  body", Date.now() - t); return out;
  });
  return sess;
};
for (let i = 0; i < 3000; i += 250) { const t = Date.now(); await store.write(ex.slice(i, i + 250)); console.log('write', Date.now() - t); }
await driver.close();
