import neo4j from 'neo4j-driver';
import { openNeo4jStore } from '../src/store/index.js';
import { syntheticExtractions } from './store/fixtures.js';
const driver = neo4j.driver('bolt://127.0.0.1:7687', undefined, { disableLosslessIntegers: true });
const s = driver.session(); await s.run('MATCH (n) DETACH DELETE n'); await s.close();
const store = await openNeo4jStore({ driver });
const input = syntheticExtractions(40, 7);
// monkeypatch tx.run timing
const origSession = driver.session.bind(driver);
(driver as any).session = (cfg: any) => {
  const sess = origSession(cfg);
  const ew = sess.executeWrite.bind(sess);
  sess.executeWrite = (fn: any) => ew(async (tx: any) => {
    const run = tx.run.bind(tx);
    tx.run = (q: string, p: any) => { const t = Date.now(); const r = run(q, p); return r.then((x: any) => { console.log(Date.now() - t, 'ms', q.slice(0, 70).replace(/\n/g, ' ')); return x; }); };
    const t = Date.now(); const out = await fn(tx); console.log('  tx body', Date.now() - t); return out;
  });
  return sess;
};
for (let i = 0; i < 4; i++) { const t = Date.now(); await store.write([input[i]!]); console.log('write', Date.now() - t); }
await driver.close();
