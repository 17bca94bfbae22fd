import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/index.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { MemoryStore } from '../store/memory/memory-store.js';
import type { CliIO } from './io.js';

/**
 * The graph a command works on: read out of the Neo4j that NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
 * NEO4J_DATABASE name, or from a graph file written by `vnkg build` (default out/graph.json).
 */
export async function loadGraph(io: CliIO, source: { neo4j: boolean; graphFile?: string | undefined }): Promise<KnowledgeGraph> {
  if (source.neo4j) {
    // loaded on demand: the driver is only needed when the graph lives in Neo4j
    const { readGraphFromNeo4j, neo4jOptionsFromEnv } = await import('../store/neo4j/index.js');
    const options = neo4jOptionsFromEnv(io.env);
    return readGraphFromNeo4j({ ...options, uri: options.uri ?? 'bolt://127.0.0.1:7687' });
  }
  const path = resolve(io.cwd, source.graphFile ?? 'out/graph.json');
  if (!existsSync(path)) throw new UsageError(`graph file ${path} does not exist (run 'vnkg build' first, or give --graph)`);
  return MemoryStore.open(path).graph;
}
