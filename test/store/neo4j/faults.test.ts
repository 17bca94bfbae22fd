import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { afterAll, expect, it } from 'vitest';
import { ErrorCode, StoreError } from '../../../src/core/index.js';
import { MemoryStore, openNeo4jStore, readGraphFromNeo4j } from '../../../src/store/index.js';
import { run } from '../../../src/cli/run.js';
import type { CliIO } from '../../../src/cli/io.js';
import { freePort, type RunningNeo4j } from '../../../scripts/neo4j-server.mjs';
import { describeLocalNeo4j, startPrivateNeo4j } from '../../support/neo4j.js';
import { snapshotOf, syntheticExtractions, tripleList, type GraphSnapshot } from '../fixtures.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts and a SHA-256 of the sorted triples: what a crashed-and-finished build must share with a clean one. */
function fingerprint(s: GraphSnapshot) {
  return { nodes: s.nodes.length, relationships: s.edges.length, triples: createHash('sha256').update(tripleList(s).join('\n')).digest('hex') };
}

function captureIO(env: Record<string, string>): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, cwd: process.cwd(), env, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describeLocalNeo4j('Neo4j store faults against a real server', () => {
  let server: RunningNeo4j | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  const input = syntheticExtractions(1500, 41);
  const clean = (() => {
    const m = new MemoryStore();
    void m.write(input);
    return fingerprint(snapshotOf(m.graph));
  })();

  /** Waits until the server holds some but not all of the articles, then kills it (SIGKILL: a crash). */
  async function crashMidway(s: RunningNeo4j): Promise<void> {
    const watcher = neo4j.driver(s.uri, undefined, { disableLosslessIntegers: true });
    try {
      for (;;) {
        const n = (await watcher.executeQuery('MATCH (a:Article) RETURN count(a) AS c')).records[0]!.get('c') as number;
        if (n > 0 && n < input.length) break;
        if (n >= input.length) throw new Error('the build finished before the crash');
        await sleep(20);
      }
    } finally {
      await watcher.close();
    }
    process.kill(s.pid, 'SIGKILL');
  }

  it('retries through a server crash and restart: the graph equals a clean build', async () => {
    server = await startPrivateNeo4j();
    const { home, port } = server;
    const store = await openNeo4jStore({ uri: server.uri, batchArticles: 50, retryTimeMs: 180_000 });
    const writing = store.write(input);
    await crashMidway(server);
    await sleep(1000);
    server = await startPrivateNeo4j({ home, port });
    const report = await writing;
    expect(report.added + report.unchanged).toBe(input.length);
    expect(fingerprint(snapshotOf(await readGraphFromNeo4j({ driver: store.driver })))).toEqual(clean);
    await store.close();
  }, 300_000);

  it('resumes when the retries run out: writing again finishes the build, and the graph equals a clean build', async () => {
    await server?.stop();
    server = await startPrivateNeo4j();
    const { home, port } = server;
    const store = await openNeo4jStore({ uri: server.uri, batchArticles: 50, retryTimeMs: 1000 });
    const writing = store.write(input);
    await crashMidway(server);
    const failure = await writing.then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).code).toBe(ErrorCode.STORE_UNAVAILABLE);
    await store.close();
    server = await startPrivateNeo4j({ home, port });
    const again = await openNeo4jStore({ uri: server.uri });
    const report = await again.write(input);
    expect(report.unchanged).toBeGreaterThan(0);
    expect(report.added).toBeGreaterThan(0);
    expect(report.added + report.unchanged).toBe(input.length);
    expect(fingerprint(snapshotOf(await readGraphFromNeo4j({ driver: again.driver })))).toEqual(clean);
    await again.close();
  }, 300_000);

  it('an unreachable NEO4J_URI gives a clear error within 10 s and a non-zero exit', async () => {
    const closed = `bolt://127.0.0.1:${await freePort()}`;
    let t = Date.now();
    const failure = await openNeo4jStore({ uri: closed }).then(() => undefined, (e: unknown) => e);
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).code).toBe(ErrorCode.STORE_UNAVAILABLE);
    for (const argv of [['query', 'RETURN 1'], ['schema'], ['remove', 'abc', '--store', 'neo4j']]) {
      const io = captureIO({ NEO4J_URI: closed });
      t = Date.now();
      expect(await run(argv, io)).toBe(1);
      expect(Date.now() - t).toBeLessThan(10_000);
      expect(io.err).toMatch(/cannot (reach|use) Neo4j at bolt:\/\/127\.0\.0\.1/);
    }
  });
});
