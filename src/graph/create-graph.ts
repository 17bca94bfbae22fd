import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from './graph-types.js';

/** Creates an empty knowledge graph: directed, multi (several typed edges between two nodes), no self loops. */
export function createGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** Restores a graph from graphology's serialized form (out/graph.json). */
export function graphFromJSON(data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>): KnowledgeGraph {
  const g = createGraph();
  g.import(data);
  return g;
}
