import type { KnowledgeGraph } from '../graph/index.js';
import type { CliIO } from './io.js';

/** Reads the whole graph out of the Neo4j that NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE name. */
export async function readNeo4jGraph(io: CliIO): Promise<KnowledgeGraph> {
  // loaded on demand: the driver is only needed when the graph lives in Neo4j
  const { readGraphFromNeo4j, neo4jOptionsFromEnv } = await import('../store/neo4j/index.js');
  const options = neo4jOptionsFromEnv(io.env);
  return readGraphFromNeo4j({ ...options, uri: options.uri ?? 'bolt://127.0.0.1:7687' });
}
