// vnkg view --neo4j: the viewer's data read from a real Neo4j server, with the evidence sentences read from the files.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { ViewerData } from '../../src/export/viewer-data.js';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import { clearNeo4j, describeNeo4j, neo4jDatabase, neo4jDriver, neo4jUri } from '../support/neo4j.js';
import { buildViewer } from '../viz/browser.js';
import { ORDINARY, toExtraction, writeFixture } from '../viz/fixture-graph.js';

describeNeo4j('vnkg view --neo4j', () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    buildViewer();
    driver = await neo4jDriver();
    await clearNeo4j(driver);
    dir = mkdtempSync(join(tmpdir(), 'vnkg-view-neo4j-'));
    writeFixture(dir, ORDINARY);
    const store = await openNeo4jStore({ driver, database: neo4jDatabase() });
    await store.write(ORDINARY.map(toExtraction));
    await store.close();
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('writes the page from the graph in Neo4j, with the evidence sentences', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const env = { ...process.env, NEO4J_URI: await neo4jUri(), NEO4J_DATABASE: neo4jDatabase() };
    const code = await run(['view', '--neo4j', '--html', 'v.html'], { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, cwd: dir, env });
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    const html = readFileSync(join(dir, 'v.html'), 'utf8');
    const data = JSON.parse(/<script type="application\/json" id="vnkg-data">([^]*?)<\/script>/.exec(html)![1]!) as ViewerData;
    const names = data.graph.elements.nodes.map((n) => n.data.name);
    expect(names).toEqual(expect.arrayContaining(['Trần Văn Mẫu', 'Lê Thị Thử', 'Tỉnh ủy Hà Giang']));
    const person = data.graph.elements.nodes.find((n) => n.data.name === 'Trần Văn Mẫu')!;
    expect(person.data.evidence.length).toBe(2);
    const snip = data.snippets[person.data.evidence[0]!]!;
    expect(data.texts[snip.text]!.slice(snip.start, snip.end)).toBe('Trần Văn Mẫu');
    const position = data.graph.elements.edges.find((e) => e.data.type === 'HOLDS_POSITION' && e.data['title'] === 'Chủ tịch')!;
    expect(position.data.dates).toEqual(['2019-07-04']);
    expect(data.unreadable).toEqual([]);
  });
});
