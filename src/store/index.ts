export type { GraphStore, StoreCounts, WriteReport } from './graph-store.js';
export { MemoryStore } from './memory/memory-store.js';
export {
  Neo4jStore,
  openNeo4jStore,
  applySchema,
  schemaStatements,
  runCypher,
  readGraphFromNeo4j,
  NEO4J_STORE_DEFAULTS,
  neo4jOptionsFromEnv,
  type Neo4jStoreOptions,
  type CypherResult,
  type ReadGraphOptions,
} from './neo4j/index.js';
