export { Neo4jStore, openNeo4jStore, storeError } from './neo4j-store.js';
export { NEO4J_STORE_DEFAULTS, checkNeo4jStoreOptions, neo4jOptionsFromEnv, type Neo4jStoreOptions } from './neo4j-options.js';
export { applySchema, schemaStatements, NAME_SEARCH_INDEX } from './constraints.js';
export { cypherLabel, cypherRelType } from './cypher-names.js';
export { runCypher, type CypherResult } from './run-cypher.js';
export { readGraphFromNeo4j, type ReadGraphOptions } from './read-graph.js';
