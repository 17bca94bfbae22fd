import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryStore, openNeo4jStore, readGraphFromNeo4j } from '../../../src/store/index.js';
import { clearNeo4j, describeNeo4j, neo4jDatabase, neo4jDriver } from '../../support/neo4j.js';
import { changedVersion, snapshotOf, syntheticExtractions, tripleList } from '../fixtures.js';
import { politicsExtractions, seedsExtractions } from '../real-extractions.js';

describeNeo4j('parity of the memory store and Neo4j', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await neo4jDriver();
  });
  afterAll(() => driver?.close());

  it('holds the same graph for the same input: node keys, labels, triples and property values', async () => {
    const real = [...(await seedsExtractions()), ...(await politicsExtractions(200))];
    const synthetic = syntheticExtractions(80, 31);
    const memory = new MemoryStore();
    await clearNeo4j(driver);
    const neo = await openNeo4jStore({ driver, database: neo4jDatabase(), batchArticles: 64 });
    // The same sequence of writes, replacements and removals on both.
    for (const store of [memory, neo]) {
      await store.write(real.slice(0, 120));
      await store.write([...real.slice(100), ...synthetic]);
      await store.write([changedVersion(synthetic[10]!, 77), changedVersion(real[30]!, 78)]);
      await store.removeArticle(real[5]!.article.id);
      await store.removeArticle(synthetic[20]!.article.id);
    }
    const m = snapshotOf(memory.graph);
    const n = snapshotOf(await readGraphFromNeo4j({ driver, database: neo4jDatabase() }));
    expect(m.nodes.length).toBeGreaterThan(1000);
    expect(n.nodes.map(([k, a]) => [k, a['label']])).toEqual(m.nodes.map(([k, a]) => [k, a['label']]));
    expect(tripleList(n)).toEqual(tripleList(m));
    expect(n).toEqual(m);
    expect(await neo.counts()).toEqual(await memory.counts());
    await neo.close();
  });
});
