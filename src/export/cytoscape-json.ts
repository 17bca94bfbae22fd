import type { Label, PropValue, RelationType } from '../core/index.js';
import { loadSchema } from '../graph/index.js';
import type { KnowledgeGraph } from '../graph/index.js';

/**
 * The data of one Cytoscape.js node: the graph's flat node attributes, plus `id` (the graph key) and the
 * computed fields the viewer uses (`degree`, `dates`). Attribute names Cytoscape reserves on nodes
 * (`id`, `parent`) are written with a trailing underscore.
 */
export interface CyNodeData {
  id: string;
  label: Label;
  key: string;
  name: string;
  articles: string[];
  evidence: string[];
  /** Number of incident edges (in + out) in the whole graph. */
  degree: number;
  /** Sorted values of the element's date-typed properties (schema types `date` and `date[]`). */
  dates: string[];
  [prop: string]: PropValue | undefined;
}

/**
 * The data of one Cytoscape.js edge: the graph's flat edge attributes, plus `id` (the edge key), `source`
 * and `target` (node keys) and `dates`. Attribute names Cytoscape reserves on edges (`id`, `source`,
 * `target`, `parent`) are written with a trailing underscore.
 */
export interface CyEdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  articles: string[];
  evidence: string[];
  dates: string[];
  [prop: string]: PropValue | undefined;
}

export interface CyNode {
  group: 'nodes';
  data: CyNodeData;
}

export interface CyEdge {
  group: 'edges';
  data: CyEdgeData;
}

/** Cytoscape.js JSON as read by `cytoscape({ elements })`, `cy.json()` and Cytoscape desktop. */
export interface CytoscapeJSON {
  format_version: '1.0';
  generated_by: 'vnkg';
  target_cytoscapejs_version: '~3';
  data: { name: string; schemaVersion: number | null };
  elements: { nodes: CyNode[]; edges: CyEdge[] };
}

const NODE_RESERVED = new Set(['id', 'parent']);
const EDGE_RESERVED = new Set(['id', 'source', 'target', 'parent']);

/** Per label (or relationship type), the names of its date-typed properties. */
function dateProperties(): { labels: Map<string, string[]>; types: Map<string, string[]> } {
  const schema = loadSchema();
  const pick = (props: Record<string, { type: string }>): string[] =>
    Object.entries(props)
      .filter(([, p]) => p.type === 'date' || p.type === 'date[]')
      .map(([k]) => k);
  return {
    labels: new Map(Object.entries(schema.labels).map(([l, s]) => [l, pick(s.properties)])),
    types: new Map(Object.entries(schema.relationships).map(([t, s]) => [t, pick(s.properties)])),
  };
}

function collectDates(attrs: Record<string, PropValue | undefined>, names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const v = attrs[n];
    for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string' && x !== '') out.add(x);
  }
  return [...out].sort();
}

function copyAttributes(attrs: Record<string, PropValue | undefined>, reserved: ReadonlySet<string>): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    out[reserved.has(k) ? `${k}_` : k] = Array.isArray(v) ? ([...v] as PropValue) : v;
  }
  return out;
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Converts a knowledge graph to Cytoscape.js JSON. Elements are sorted by key, so the output depends only on
 * the graph's content. Every attribute is kept; nothing is escaped here (the viewer shows text with textContent).
 */
export function toCytoscapeJSON(graph: KnowledgeGraph): CytoscapeJSON {
  const dates = dateProperties();
  const nodes: CyNode[] = graph
    .nodes()
    .sort(byKey)
    .map((key) => {
      const attrs = graph.getNodeAttributes(key);
      const data = {
        ...copyAttributes(attrs, NODE_RESERVED),
        id: key,
        label: attrs.label,
        key: attrs.key,
        name: attrs.name,
        articles: [...attrs.articles],
        evidence: [...attrs.evidence],
        degree: graph.degree(key),
        dates: collectDates(attrs, dates.labels.get(attrs.label) ?? []),
      } satisfies CyNodeData;
      return { group: 'nodes', data };
    });
  const edges: CyEdge[] = graph
    .edges()
    .sort(byKey)
    .map((key) => {
      const attrs = graph.getEdgeAttributes(key);
      const data = {
        ...copyAttributes(attrs, EDGE_RESERVED),
        id: key,
        source: graph.source(key),
        target: graph.target(key),
        type: attrs.type,
        articles: [...attrs.articles],
        evidence: [...attrs.evidence],
        dates: collectDates(attrs, dates.types.get(attrs.type) ?? []),
      } satisfies CyEdgeData;
      return { group: 'edges', data };
    });
  const gattrs = graph.getAttributes();
  return {
    format_version: '1.0',
    generated_by: 'vnkg',
    target_cytoscapejs_version: '~3',
    data: { name: typeof gattrs.name === 'string' ? gattrs.name : 'vnkg', schemaVersion: typeof gattrs.schemaVersion === 'number' ? gattrs.schemaVersion : null },
    elements: { nodes, edges },
  };
}
