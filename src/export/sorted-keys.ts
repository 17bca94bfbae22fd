import type { KnowledgeGraph } from '../graph/index.js';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Node keys sorted, so that an export depends only on the graph's content, not on insertion order. */
export function sortedNodes(graph: KnowledgeGraph): string[] {
  return graph.nodes().sort(byCodeUnit);
}

/** Edge keys sorted (see sortedNodes). */
export function sortedEdges(graph: KnowledgeGraph): string[] {
  return graph.edges().sort(byCodeUnit);
}
