import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../../src/core/index.js';
import { SchemaError } from '../../../src/core/index.js';
import { MemoryStore, openNeo4jStore, readGraphFromNeo4j, runCypher } from '../../../src/store/index.js';
import { cypherLabel, cypherRelType } from '../../../src/store/neo4j/index.js';
import { HOSTILE, hostileExtraction, plainExtraction } from '../../export/fixtures.js';
import { clearNeo4j, describeNeo4j, neo4jDatabase, neo4jDriver } from '../../support/neo4j.js';
import { snapshotOf } from '../fixtures.js';

const INJECTIONS = ["Person) DETACH DELETE n //", 'Person`) MATCH (m) DETACH DELETE m //', 'Person:Admin', 'Person {key: 1}', '', 'person'];

describeNeo4j('hostile names and values', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await neo4jDriver();
  });
  afterAll(() => driver?.close());

  it('stores hostile names, keys, property names and values verbatim, as the memory store does', async () => {
    await clearNeo4j(driver);
    const hostile = hostileExtraction('hostile1');
    hostile.entities[0]!.props = { ...hostile.entities[0]!.props, 'a`b': HOSTILE.cypher, "x}) DETACH DELETE n //": HOSTILE.cypher2, 'weird key $p': 3 };
    const input = [plainExtraction('plain1'), hostile, plainExtraction('plain2')];
    const memory = new MemoryStore();
    await memory.write(input);
    const store = await openNeo4jStore({ driver, database: neo4jDatabase() });
    await store.write(input);
    expect(snapshotOf(await readGraphFromNeo4j({ driver, database: neo4jDatabase() }))).toEqual(snapshotOf(memory.graph));
    expect(await store.counts()).toEqual(await memory.counts());
    await store.close();
  });

  it.each(INJECTIONS)('rejects the label %j before writing anything', async (label) => {
    await clearNeo4j(driver);
    const store = await openNeo4jStore({ driver, database: neo4jDatabase() });
    const bad = plainExtraction('bad1') as ArticleExtraction;
    bad.entities[1] = { ...bad.entities[1]!, type: label as 'Person' };
    await expect(store.write([plainExtraction('ok1'), bad])).rejects.toBeInstanceOf(SchemaError);
    expect(await store.counts()).toEqual({ nodes: {}, relationships: {} });
    expect(() => cypherLabel(label)).toThrow(SchemaError);
    await store.close();
  });

  it.each(INJECTIONS.map((s) => s.replace('Person', 'CHAIRED')))('rejects the relationship type %j before writing anything', async (type) => {
    await clearNeo4j(driver);
    const store = await openNeo4jStore({ driver, database: neo4jDatabase() });
    const bad = plainExtraction('bad2');
    bad.relations[2] = { ...bad.relations[2]!, type: type as 'CHAIRED' };
    await expect(store.write([bad])).rejects.toBeInstanceOf(SchemaError);
    expect(await store.counts()).toEqual({ nodes: {}, relationships: {} });
    expect(() => cypherRelType(type)).toThrow(SchemaError);
    await store.close();
  });

  it('passes query values as parameters and rejects hostile parameter names', async () => {
    await clearNeo4j(driver);
    const store = await openNeo4jStore({ driver, database: neo4jDatabase() });
    await store.write([plainExtraction('plain3')]);
    for (const value of Object.values(HOSTILE)) {
      const { rows } = await runCypher({ driver, database: neo4jDatabase() }, 'OPTIONAL MATCH (n {name: $v}) RETURN count(n) AS c, $v AS v', { v: value });
      expect(rows).toEqual([[0, value]]);
    }
    await expect(runCypher({ driver }, 'RETURN 1', { 'x}) RETURN 2 //': 1 })).rejects.toBeInstanceOf(SchemaError);
    expect((await store.counts()).nodes['Article']).toBe(1);
    await store.close();
  });
});
