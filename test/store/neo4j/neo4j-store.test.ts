import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNeo4jStore, readGraphFromNeo4j, schemaStatements } from '../../../src/store/index.js';
import { clearNeo4j, describeNeo4j, neo4jDatabase, neo4jDriver } from '../../support/neo4j.js';
import { snapshotOf, syntheticExtractions } from '../fixtures.js';
import { graphStoreContract } from '../graph-store-contract.js';

describeNeo4j('Neo4jStore', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await neo4jDriver();
  });
  afterAll(() => driver?.close());

  describe('the store contract', () => {
    graphStoreContract(async () => {
      await clearNeo4j(driver);
      // Small transactions, so that the contract also covers writes spread over several of them.
      const store = await openNeo4jStore({ driver, database: neo4jDatabase(), batchArticles: 7 });
      return { store, snapshot: async () => snapshotOf(await readGraphFromNeo4j({ driver, database: neo4jDatabase() })) };
    });
  });

  it('creates the constraints and indexes that graph-schema/ implies, idempotently', async () => {
    const store = await openNeo4jStore({ driver, database: neo4jDatabase() });
    await store.close();
    await openNeo4jStore({ driver, database: neo4jDatabase() });
    const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties', {}, { database: neo4jDatabase() });
    const names = records.map((r) => r.get('name') as string);
    for (const label of ['Article', 'Person', 'Organization', 'Document', 'Event', 'Place']) expect(names).toContain(`vnkg_${label}_key`);
    expect(names).toContain('vnkg_HOLDS_POSITION_key');
    const idx = await driver.executeQuery("SHOW INDEXES YIELD name, state WHERE name STARTS WITH 'vnkg_' RETURN name, state", {}, { database: neo4jDatabase() });
    expect(idx.records.map((r) => r.get('state'))).toEqual(idx.records.map(() => 'ONLINE'));
    expect(idx.records.map((r) => r.get('name'))).toEqual(expect.arrayContaining(['vnkg_Person_search', 'vnkg_Article_source', 'vnkg_name_search']));
    expect(schemaStatements().every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });

  it('keeps one node per key and one relationship per edge key, with evidence on both', async () => {
    await clearNeo4j(driver);
    const store = await openNeo4jStore({ driver, database: neo4jDatabase() });
    await store.write(syntheticExtractions(30, 21));
    const q = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database: neo4jDatabase() })).records.map((r) => r.toObject());
    expect(await q('MATCH (n) WITH n.key AS k, count(*) AS c WHERE c > 1 RETURN k')).toEqual([]);
    expect(await q('MATCH ()-[r]->() WITH r.key AS k, count(*) AS c WHERE c > 1 OR k IS NULL RETURN k')).toEqual([]);
    expect(await q("MATCH (n) WHERE NOT n:Article AND (size(n.evidence) = 0 OR size(n.articles) = 0) RETURN n.key")).toEqual([]);
    expect(await q('MATCH ()-[r]->() WHERE size(r.evidence) = 0 OR size(r.articles) = 0 RETURN r.key')).toEqual([]);
    // Articles link to what they mention.
    expect(await q('MATCH (n) WHERE NOT n:Article AND NOT (:Article)-[:MENTIONS]->(n) RETURN n.key')).toEqual([]);
    // Integers are stored as integers.
    expect(await q("MATCH ()-[r:MENTIONS]->() WHERE valueType(r.count) <> 'INTEGER NOT NULL' RETURN r.key LIMIT 1")).toEqual([]);
    await store.close();
  });
});
