import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clearNeo4j, describeNeo4j, neo4jDatabase, neo4jDriver } from '../../support/neo4j.js';

describeNeo4j('the Neo4j test server', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await neo4jDriver();
    await clearNeo4j(driver);
  });
  afterAll(() => driver?.close());

  it('runs a parameterized Cypher write and read back', async () => {
    await driver.executeQuery('CREATE (:Probe {key: $key, names: $names})', { key: 'a"b\'c', names: ['x', 'y'] }, { database: neo4jDatabase() });
    const { records } = await driver.executeQuery('MATCH (p:Probe {key: $key}) RETURN p.names AS names', { key: 'a"b\'c' }, { database: neo4jDatabase() });
    expect(records.map((r) => r.get('names'))).toEqual([['x', 'y']]);
  });

  it('has APOC core loaded with GraphML export', async () => {
    const { records } = await driver.executeQuery(
      'CALL apoc.export.graphml.all(null, {stream: true}) YIELD data RETURN data',
      {},
      { database: neo4jDatabase() },
    );
    expect(String(records[0]?.get('data'))).toContain('<graphml');
  });
});
