import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { StoreError } from '../../core/index.js';
import type { PropValue } from '../../core/index.js';
import { allowedLabels, allowedRelationshipTypes, createGraph, edgeKey } from '../../graph/index.js';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../graph/index.js';

export interface ReadGraphOptions {
  /** Bolt URI, e.g. bolt://127.0.0.1:7687. */
  uri?: string;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  /** An open driver to use instead of uri/user/password (it is not closed). */
  driver?: Driver;
}

/** Neo4j temporal and other non-JSON values become strings; lists keep their elements. */
function plain(v: unknown): PropValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.map((x) => plain(x)) as PropValue;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}

function props(record: Record<string, unknown>): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(record)) {
    const p = plain(v);
    if (p !== undefined) out[k] = p;
  }
  return out;
}

/**
 * Reads the whole vnkg graph out of Neo4j into a graphology KnowledgeGraph, streaming the records: every node with a
 * schema label and a `key` becomes a node keyed `key`; every relationship of a schema type between two such nodes
 * an edge keyed by its `key` property (or the deterministic edge key when it has none). Integers come back as
 * numbers, temporal values as ISO strings.
 */
export async function readGraphFromNeo4j(options: ReadGraphOptions): Promise<KnowledgeGraph> {
  const driver =
    options.driver ??
    neo4j.driver(options.uri ?? 'bolt://127.0.0.1:7687', options.user ? neo4j.auth.basic(options.user, options.password ?? '') : undefined, {
      disableLosslessIntegers: true,
    });
  const labels = allowedLabels();
  const graph = createGraph();
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  try {
    const nodes = session.run(
      'MATCH (n) WHERE n.key IS NOT NULL AND any(l IN labels(n) WHERE l IN $labels) ' +
        'RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, properties(n) AS props',
      { labels },
    );
    for await (const r of nodes) {
      const p = props(r.get('props') as Record<string, unknown>);
      const key = String(p['key']);
      const attrs = { articles: [], evidence: [], name: key, ...p, label: r.get('label'), key } as NodeAttributes;
      if (!graph.hasNode(key)) graph.addNode(key, attrs);
    }
    const rels = session.run(
      'MATCH (a)-[r]->(b) WHERE type(r) IN $types AND a.key IS NOT NULL AND b.key IS NOT NULL ' +
        'AND any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels) ' +
        'RETURN a.key AS source, b.key AS target, type(r) AS type, properties(r) AS props',
      { types: allowedRelationshipTypes(), labels },
    );
    for await (const r of rels) {
      const p = props(r.get('props') as Record<string, unknown>);
      const source = String(r.get('source'));
      const target = String(r.get('target'));
      const type = r.get('type') as EdgeAttributes['type'];
      const key = typeof p['key'] === 'string' ? p['key'] : edgeKey(type, source, target, p);
      delete p['key'];
      if (graph.hasEdge(key) || !graph.hasNode(source) || !graph.hasNode(target) || source === target) continue;
      graph.addDirectedEdgeWithKey(key, source, target, { articles: [], evidence: [], ...p, type } as EdgeAttributes);
    }
    return graph;
  } catch (cause) {
    throw new StoreError('STORE_QUERY', `cannot read the graph from Neo4j${options.uri ? ` at ${options.uri}` : ''}`, { cause });
  } finally {
    await session.close();
    if (!options.driver) await driver.close();
  }
}
