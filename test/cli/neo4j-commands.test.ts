import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTable, parseParams } from '../../src/cli/commands/query.js';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { MemoryStore, openNeo4jStore, schemaStatements } from '../../src/store/index.js';
import { clearNeo4j, describeNeo4j, neo4jDatabase, neo4jDriver, neo4jUri } from '../support/neo4j.js';
import { syntheticExtractions } from '../store/fixtures.js';

function captureIO(env: Record<string, string | undefined>, cwd = process.cwd()): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, cwd, env, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('vnkg query parameters and tables', () => {
  it('reads --param values as JSON when they are JSON, else as strings', () => {
    expect(parseParams(['n=3', 'b=true', 'l=["a","b"]', 'p=Long An', 'c=05-NQ/TW', 's="3"', 'e='])).toEqual({ n: 3, b: true, l: ['a', 'b'], p: 'Long An', c: '05-NQ/TW', s: '3', e: '' });
    expect(() => parseParams(['x}) //=1'])).toThrow(/NAME=VALUE/);
  });

  it('prints an aligned table with a row count', () => {
    expect(formatTable(['a', 'bb'], [['x', 1], [null, ['p', 'q']]])).toBe('| a | bb   |\n|---|------|\n| x | 1    |\n|   | p, q |\n2 rows\n');
  });
});

describe('vnkg schema --print and vnkg remove on the memory store', () => {
  it('prints the generated statements', async () => {
    const io = captureIO({});
    expect(await run(['schema', '--print'], io)).toBe(0);
    expect(io.out.trim().split('\n')).toEqual(schemaStatements().map((s) => `${s};`));
  });

  it('removes an article from a graph file and reports unknown ones with exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnkg-remove-'));
    try {
      const input = syntheticExtractions(5, 3);
      const store = new MemoryStore();
      await store.write(input);
      store.save(join(dir, 'graph.json'));
      const io = captureIO({}, dir);
      expect(await run(['remove', input[1]!.article.id, '--graph', 'graph.json'], io)).toBe(0);
      expect(MemoryStore.open(join(dir, 'graph.json')).graph.hasNode(`Article:${input[1]!.article.id}`)).toBe(false);
      const io2 = captureIO({}, dir);
      expect(await run(['remove', input[1]!.article.id, '--graph', 'graph.json'], io2)).toBe(1);
      expect(io2.err).toContain('no article');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeNeo4j('vnkg query, schema and remove on Neo4j', () => {
  let driver: Driver;
  let env: Record<string, string | undefined>;
  beforeAll(async () => {
    driver = await neo4jDriver();
    await clearNeo4j(driver);
    env = { NEO4J_URI: await neo4jUri(), NEO4J_DATABASE: neo4jDatabase(), NEO4J_USER: process.env['NEO4J_USER'], NEO4J_PASSWORD: process.env['NEO4J_PASSWORD'] };
    const store = await openNeo4jStore({ driver, database: neo4jDatabase() });
    await store.write(syntheticExtractions(10, 5));
    await store.close();
  });
  afterAll(() => driver?.close());

  it('vnkg schema applies the constraints', async () => {
    const io = captureIO(env);
    expect(await run(['schema'], io)).toBe(0);
    expect(io.out).toMatch(/Applied \d+ constraints and indexes/);
  });

  it('vnkg query prints a table, and JSON with --json, with parameters', async () => {
    const cypher = 'MATCH (a:Article) WHERE a.source STARTS WITH $prefix RETURN a.source AS source ORDER BY source LIMIT $n';
    const io = captureIO(env);
    expect(await run(['query', cypher, '--param', 'prefix=news/', '--param', 'n=2'], io)).toBe(0);
    expect(io.out).toBe('| source          |\n|-----------------|\n| news/a00000.txt |\n| news/a00001.txt |\n2 rows\n');
    const json = captureIO(env);
    expect(await run(['query', cypher, '--param', 'prefix=news/', '--param', 'n=1', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ columns: ['source'], rows: [['news/a00000.txt']] });
  });

  it('vnkg query reports a Cypher error with exit 1', async () => {
    const io = captureIO(env);
    expect(await run(['query', 'MATCH (n RETURN n'], io)).toBe(1);
    expect(io.err).toContain('the Cypher query failed');
  });

  it('vnkg remove --store neo4j removes an article', async () => {
    const id = syntheticExtractions(10, 5)[3]!.article.id;
    const io = captureIO(env);
    expect(await run(['remove', id, '--store', 'neo4j'], io)).toBe(0);
    const { records } = await driver.executeQuery('MATCH (a:Article {key: $k}) RETURN count(a) AS c', { k: `Article:${id}` }, { database: neo4jDatabase() });
    expect(records[0]!.get('c')).toBe(0);
  });
});
