import type { Driver } from 'neo4j-driver';

export interface Neo4jStoreOptions {
  /** Bolt or neo4j:// URI. */
  uri?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  /** Database name; the server's default when absent. */
  database?: string | undefined;
  /** Articles per write transaction. */
  batchArticles?: number | undefined;
  /** How long a failed transaction is retried on transient errors (server restarting, leader switch). */
  retryTimeMs?: number | undefined;
  /** How long connecting may take before the server counts as unreachable. */
  connectionTimeoutMs?: number | undefined;
  /** Create the schema's constraints and indexes when the store opens. */
  applySchema?: boolean | undefined;
  /** An open driver to use instead of uri/user/password; the store does not close it. */
  driver?: Driver | undefined;
}

/** Declared defaults, one comment each. */
export const NEO4J_STORE_DEFAULTS = Object.freeze({
  /** The local development server (`npm run neo4j:start`). */
  uri: 'bolt://127.0.0.1:7687',
  /** Neo4j's default user name, used when a password is given. */
  user: 'neo4j',
  /**
   * Each transaction costs a fixed ~0.3 s (three round trips and a commit) on the 2-core reference machine, so large
   * ones pay: on 5,000 corpus articles with a warmed-up server, 1,000 articles/tx ingest ~9,200 elements/s, 2,500
   * ~11,400 and 5,000 ~13,000 (medians; 1.1-1.3 of a plain UNWIND … CREATE of the same rows, bench/neo4j.bench.mjs).
   * 2,500 news articles are ~19,000 elements: a retried transaction redoes a few seconds, and the server's
   * transaction state stays small enough for the 1 GB heap of the local server.
   */
  batchArticles: 2500,
  /** Long enough to outlast a server restart (the local one starts in ~10 s). */
  retryTimeMs: 120_000,
  /** Fail fast on an unreachable server: a clear error well under 10 s. */
  connectionTimeoutMs: 4_000,
  /** Constraints first: MERGE then finds nodes and relationships through their key indexes. */
  applySchema: true,
});

/** Validates store options; returns the problem, or null. */
export function checkNeo4jStoreOptions(o: Neo4jStoreOptions): string | null {
  if (!o.driver && o.uri !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(o.uri)) return `uri must be a bolt:// or neo4j:// URI, not '${o.uri}'`;
  if (o.batchArticles !== undefined && (!Number.isInteger(o.batchArticles) || o.batchArticles < 1)) return `batchArticles must be a positive integer, not ${o.batchArticles}`;
  if (o.retryTimeMs !== undefined && (!Number.isFinite(o.retryTimeMs) || o.retryTimeMs < 0)) return `retryTimeMs must be a non-negative number, not ${o.retryTimeMs}`;
  if (o.connectionTimeoutMs !== undefined && (!Number.isFinite(o.connectionTimeoutMs) || o.connectionTimeoutMs <= 0)) return `connectionTimeoutMs must be a positive number, not ${o.connectionTimeoutMs}`;
  return null;
}

/** Connection options from the environment: NEO4J_URI, NEO4J_USER (or NEO4J_USERNAME), NEO4J_PASSWORD, NEO4J_DATABASE. */
export function neo4jOptionsFromEnv(env: Record<string, string | undefined>): Neo4jStoreOptions {
  return {
    uri: env['NEO4J_URI'] || undefined,
    user: env['NEO4J_USER'] || env['NEO4J_USERNAME'] || undefined,
    password: env['NEO4J_PASSWORD'] || undefined,
    database: env['NEO4J_DATABASE'] || undefined,
  };
}
