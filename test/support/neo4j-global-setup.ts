/**
 * vitest globalSetup for the Neo4j integration tests (registered in vitest.config.ts).
 *
 * - NEO4J_URI set: tests use that server (NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE as given).
 * - Otherwise, with Java 17: a local server (scripts/neo4j-server.mjs) is started on a free port the first time a test
 *   asks for it (test/support/neo4j.ts), so runs without Neo4j tests pay nothing; this setup stops it by its own pid
 *   at teardown and removes its data.
 * - Without Java: outside CI the Neo4j tests skip with a message saying how to enable them; with CI=true the run fails.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { alive, checkJava, ROOT, stopPid } from '../../scripts/neo4j-server.mjs';

export interface Neo4jTestContext {
  /** The server to use when NEO4J_URI was given. */
  uri?: string;
  /** Home directory of the lazily started local server. */
  home?: string;
  /** Prefix of the homes of private servers (fault tests) when NEO4J_URI is given. */
  privateBase?: string;
  /** Why the Neo4j tests skip (only outside CI). */
  skipReason?: string;
  /** Why tests that start their own local server skip (NEO4J_URI given but no Java; only outside CI). */
  localSkipReason?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestContext;
  }
}

const TEST_HOMES = join(ROOT, '.neo4j');

/** Stops servers left by earlier runs that were killed before their teardown (by the pid each recorded). */
async function reapStale(): Promise<void> {
  mkdirSync(TEST_HOMES, { recursive: true });
  for (const d of readdirSync(TEST_HOMES)) {
    const m = /^test-(\d+)(?:-|$)/.exec(d);
    if (m && !alive(Number(m[1]))) await removeHome(join(TEST_HOMES, d));
  }
}

/** Stops the server whose pid a home recorded, then deletes the home. */
async function removeHome(home: string): Promise<void> {
  const pidFile = join(home, 'neo4j.pid');
  // The data is deleted next, so no clean shutdown is needed.
  if (existsSync(pidFile)) await stopPid(Number(readFileSync(pidFile, 'utf8')), 0);
  rmSync(home, { recursive: true, force: true });
  rmSync(`${home}.lock`, { recursive: true, force: true });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const uri = process.env['NEO4J_URI'];
  let javaProblem: Error | undefined;
  try {
    checkJava();
  } catch (cause) {
    javaProblem = cause as Error;
  }
  if (javaProblem) {
    const local = !uri;
    const reason = local
      ? `Neo4j tests skipped: ${javaProblem.message}; install a JDK 17 (and Maven) or set NEO4J_URI to a running Neo4j 5`
      : `Neo4j fault tests skipped: they start their own local server and ${javaProblem.message}; install a JDK 17 and Maven`;
    if (process.env['CI'] === 'true') throw new Error(`CI=true: Neo4j tests may not be skipped. ${reason}`, { cause: javaProblem });
    process.stderr.write(`\n${reason}\n\n`);
    project.provide('neo4j', local ? { skipReason: reason } : { uri, localSkipReason: reason });
    return async () => {};
  }
  await reapStale();
  if (uri) {
    project.provide('neo4j', { uri, privateBase: join(TEST_HOMES, `test-${process.pid}`) });
    return async () => {
      for (const d of readdirSync(TEST_HOMES)) if (d.startsWith(`test-${process.pid}-`)) await removeHome(join(TEST_HOMES, d));
    };
  }
  const home = join(TEST_HOMES, `test-${process.pid}`);
  project.provide('neo4j', { home });
  return async () => {
    // The shared server and any private ones (fault tests) live in homes named test-<this pid>[-…].
    for (const d of readdirSync(TEST_HOMES)) if (d === `test-${process.pid}` || d.startsWith(`test-${process.pid}-`)) await removeHome(join(TEST_HOMES, d));
  };
}
