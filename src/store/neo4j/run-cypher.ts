import neo4j from 'neo4j-driver';
import { SchemaError } from '../../core/index.js';
import { NEO4J_STORE_DEFAULTS, checkNeo4jStoreOptions, type Neo4jStoreOptions } from './neo4j-options.js';
import { storeError } from './neo4j-store.js';
import { fromNeo4jValue, toNeo4jParam } from './neo4j-values.js';

export interface CypherResult {
  columns: string[];
  /** One plain, JSON-able value per column (nodes as {labels, properties}, integers as numbers). */
  rows: unknown[][];
}

/** Checks query parameter names: Cypher `$name`s, i.e. identifiers. */
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Runs one Cypher statement with parameters (values are never pasted into the text) on a Neo4j server and
 * returns its rows as plain values. Runs in an auto-commit transaction, so `CALL … IN TRANSACTIONS` works too.
 */
export async function runCypher(options: Neo4jStoreOptions, cypher: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  const problem = checkNeo4jStoreOptions(options);
  if (problem) throw new SchemaError(`runCypher: ${problem}`);
  for (const name of Object.keys(params)) if (!PARAM_NAME.test(name)) throw new SchemaError(`runCypher: invalid parameter name ${JSON.stringify(name)}`);
  const uri = options.uri ?? NEO4J_STORE_DEFAULTS.uri;
  const timeout = options.connectionTimeoutMs ?? NEO4J_STORE_DEFAULTS.connectionTimeoutMs;
  const driver =
    options.driver ??
    neo4j.driver(uri, options.password ? neo4j.auth.basic(options.user ?? NEO4J_STORE_DEFAULTS.user, options.password) : undefined, {
      disableLosslessIntegers: true,
      connectionTimeout: timeout,
      connectionAcquisitionTimeout: timeout * 2,
      userAgent: 'vnkg',
    });
  try {
    if (!options.driver) {
      try {
        await driver.verifyConnectivity({ database: options.database });
      } catch (cause) {
        throw storeError(`cannot reach Neo4j at ${uri}`, cause);
      }
    }
    const session = driver.session({ database: options.database });
    try {
      const result = session.run(cypher, toNeo4jParam(params) as Record<string, unknown>);
      const columns = (await result.keys()).map(String);
      const { records } = await result;
      return { columns, rows: records.map((r) => columns.map((k) => fromNeo4jValue(r.get(k)))) };
    } catch (cause) {
      throw storeError('the Cypher query failed', cause);
    } finally {
      await session.close();
    }
  } finally {
    if (!options.driver) await driver.close();
  }
}
