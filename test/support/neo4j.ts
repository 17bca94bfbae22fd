/**
 * Neo4j for integration tests. Any test file may use it:
 *
 *   import { describeNeo4j, neo4jDriver, clearNeo4j } from '../support/neo4j.js';
 *
 *   describeNeo4j('my thing', () => {
 *     let driver: Driver;
 *     beforeAll(async () => { driver = await neo4jDriver(); await clearNeo4j(driver); });
 *     afterAll(() => driver.close());
 *     it('…', async () => { await driver.executeQuery('RETURN 1'); });
 *   });
 *
 * The server is NEO4J_URI when set; otherwise a local Neo4j 5.26 + APOC that the first caller of neo4jUri() /
 * neo4jDriver() starts on a free port (about 10 s) and the global setup (neo4j-global-setup.ts) stops at the end of
 * the run. Test files run one at a time and share the one database: clear it at the start of a file.
 * neo4jImportDir() is the server's import directory (apoc.import.* / LOAD CSV read files there by bare name);
 * it is undefined for a server given by NEO4J_URI. startPrivateNeo4j() starts a separate server that a test may
 * stop and restart (fault tests); stop it in afterAll.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { describe, inject } from 'vitest';
import { alive, freePort, startNeo4j, type RunningNeo4j } from '../../scripts/neo4j-server.mjs';

function context() {
  return inject('neo4j') ?? {};
}

/** Why Neo4j tests skip in this run, or undefined when they run. */
export function neo4jSkipReason(): string | undefined {
  return context().skipReason;
}

/** `describe` that skips, with the reason and how to enable it in its title, when no Neo4j can run. */
export function describeNeo4j(name: string, fn: () => void): void {
  const reason = neo4jSkipReason();
  if (reason) describe.skip(`${name} — ${reason}`, fn);
  else describe(name, fn);
}

/** Like describeNeo4j, for tests that start their own local server (startPrivateNeo4j): they need Java. */
export function describeLocalNeo4j(name: string, fn: () => void): void {
  const reason = context().skipReason ?? context().localSkipReason;
  if (reason) describe.skip(`${name} — ${reason}`, fn);
  else describe(name, fn);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The Bolt URI of the test server, starting the shared local server on first use. */
export async function neo4jUri(): Promise<string> {
  const ctx = context();
  if (ctx.skipReason) throw new Error(ctx.skipReason);
  if (ctx.uri) return ctx.uri;
  if (!ctx.home) throw new Error('test/support/neo4j-global-setup.ts is not registered as a vitest globalSetup');
  const home = ctx.home;
  const uriFile = `${home}/uri`;
  const lock = `${home}.lock`;
  for (;;) {
    if (existsSync(uriFile)) return readFileSync(uriFile, 'utf8').trim();
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is starting it; take over if that worker died.
      const owner = Number(readFileSync(`${lock}/pid`, { encoding: 'utf8', flag: 'a+' }) || 0);
      if (owner && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    writeFileSync(`${lock}/pid`, String(process.pid));
    try {
      const server = await startNeo4j({ home, port: await freePort(), detached: true });
      writeFileSync(uriFile, server.uri);
      process.stderr.write(`neo4j test server ready on ${server.uri} in ${server.startMs} ms\n`);
      return server.uri;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** The driver auth for the test server: NEO4J_USER/NEO4J_PASSWORD when given, else none (local server). */
export function neo4jAuth() {
  const password = process.env['NEO4J_PASSWORD'];
  return password ? neo4j.auth.basic(process.env['NEO4J_USER'] ?? 'neo4j', password) : undefined;
}

/** The database to use: NEO4J_DATABASE or the server's default. */
export function neo4jDatabase(): string | undefined {
  return process.env['NEO4J_DATABASE'] || undefined;
}

/** A new driver for the test server; the caller closes it. */
export async function neo4jDriver(): Promise<Driver> {
  const driver = neo4j.driver(await neo4jUri(), neo4jAuth(), { disableLosslessIntegers: true });
  await driver.verifyConnectivity();
  return driver;
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function clearNeo4j(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session({ database: neo4jDatabase() });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** The local test server's import directory, or undefined when NEO4J_URI names another server. */
export async function neo4jImportDir(): Promise<string | undefined> {
  const ctx = context();
  if (ctx.uri || !ctx.home) return undefined;
  await neo4jUri();
  return `${ctx.home}/import`;
}

let privateCount = 0;

/**
 * Starts a separate local server (own port and data) that a test may stop and restart. Needs Java even when
 * NEO4J_URI is set. Restart with the same `home` and `port` to reuse its data.
 */
export async function startPrivateNeo4j(options: { home?: string; port?: number } = {}): Promise<RunningNeo4j> {
  const ctx = context();
  const reason = ctx.skipReason ?? ctx.localSkipReason;
  if (reason) throw new Error(reason);
  const base = ctx.home ?? ctx.privateBase ?? `${process.cwd()}/.neo4j/test-${process.pid}`;
  const home = options.home ?? `${base}-private-${process.pid}-${++privateCount}`;
  return startNeo4j({ home, port: options.port ?? (await freePort()) });
}
