import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { clearNeo4j, describeNeo4j, neo4jDatabase, neo4jDriver, neo4jUri } from '../support/neo4j.js';

const root = join(import.meta.dirname, '../..');

describeNeo4j('vnkg build --store neo4j', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    driver = await neo4jDriver();
    await clearNeo4j(driver);
    dir = mkdtempSync(join(tmpdir(), 'vnkg-build-neo4j-'));
    mkdirSync(join(dir, 'in'));
    copyFileSync(join(root, 'seeds/000_0b702cc1b90c7b1a.txt'), join(dir, 'in/a.txt'));
    copyFileSync(join(root, 'seeds/001_940ae42d7ad1f538.txt'), join(dir, 'in/b.txt'));
    writeFileSync(join(dir, 'in/empty.txt'), '');
  });
  afterAll(async () => {
    await driver?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the good articles to Neo4j, reports the bad file, and counts what the server holds', async () => {
    let out = '';
    let err = '';
    const env = { NEO4J_URI: await neo4jUri(), NEO4J_USER: process.env['NEO4J_USER'], NEO4J_PASSWORD: process.env['NEO4J_PASSWORD'], NEO4J_DATABASE: neo4jDatabase() };
    const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), isTTY: false, cwd: dir, env };
    const code = await run(['build', 'in', '--store', 'neo4j', '--workers', '1'], io);
    expect(code).toBe(1);
    expect(err).toMatch(/in\/empty\.txt: error EMPTY_FILE/);
    expect(out).toMatch(/^Built the Neo4j database from 2 articles/);
    const { records } = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n', {}, { database: neo4jDatabase() });
    expect(records[0]?.get('n')).toBe(2);
    const report = JSON.parse(readFileSync(join(dir, 'out/build-report.json'), 'utf8'));
    expect(report.store).toBe('neo4j');
    expect(report.counts.nodes.Article).toBe(2);
  });
});
