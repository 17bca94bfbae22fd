import neo4j from 'neo4j-driver';
import { openNeo4jStore } from '../src/store/index.js';
import { syntheticExtractions } from './store/fixtures.js';
const driver = neo4j.driver('bolt://127.0.0.1:7687', undefined, { disableLosslessIntegers: true });
const s = driver.session(); await s.run('MATCH (n) DETACH DELETE n'); await s.close();
let t = Date.now();
const store = await openNeo4jStore({ driver });
console.log('open', Date.now() - t);
const input = syntheticExtractions(400, 7);
for (const bs of [1, 10, 50]) {
  t = Date.now();
  for (let i = 0; i < 100; i += bs) await store.write(input.slice(i + (bs === 1 ? 0 : bs === 10 ? 100 : 200), i + bs + (bs === 1 ? 0 : bs === 10 ? 100 : 200)));
  console.log('bs', bs, Date.now() - t, 'ms per 100 articles');
}
await driver.close();
