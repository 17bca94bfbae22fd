import type { ArticleExtraction, PropValue, Props } from '../core/index.js';
import { foldForSearch } from '../normalize/index.js';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from './graph-types.js';
import { coerceToSpec, mergeValue, preferName, unionSorted } from './merge-attributes.js';
import { loadSchema, type PropertySpec } from './schema.js';

/** The graph key of an article node. */
export function articleKey(articleId: string): string {
  return `Article:${articleId}`;
}

/** The deterministic key of an edge: type, endpoints, and for positions the title and `former` flag. */
export function edgeKey(type: string, source: string, target: string, props: Props = {}): string {
  if (type === 'HOLDS_POSITION') return `${type}|${source}|${target}|${String(props['title'] ?? '')}|${props['former'] === true ? 'former' : ''}`;
  return `${type}|${source}|${target}`;
}

/** Lists enter the graph as sorted, duplicate-free copies the graph owns (merges then insert into them in place). */
function ownList(v: PropValue | undefined): PropValue | undefined {
  if (!Array.isArray(v)) return v;
  return v.length < 2 ? (v.slice() as PropValue) : (unionSorted(v as (string | number)[], []) as PropValue);
}

const NO_SPEC: Readonly<Record<string, PropertySpec>> = Object.freeze({});

/** Brings incoming attributes to the schema's types, lists as owned sorted copies; in place. */
function conform(incoming: Record<string, PropValue | undefined>, spec: Readonly<Record<string, PropertySpec>>): void {
  for (const k in incoming) incoming[k] = ownList(coerceToSpec(incoming[k], spec[k]));
}

function mergeNode(graph: KnowledgeGraph, key: string, incoming: NodeAttributes): void {
  conform(incoming, loadSchema().labels[incoming.label]?.properties ?? NO_SPEC);
  if (!graph.hasNode(key)) {
    graph.addNode(key, incoming);
    return;
  }
  // merged in place: copying every attribute of a node seen in thousands of articles made builds slow
  const cur = graph.getNodeAttributes(key);
  for (const k in incoming) {
    if (k === 'label' || k === 'key') continue;
    if (k === 'name') cur.name = preferName(cur.name, incoming.name);
    else cur[k] = mergeValue(cur[k], incoming[k]);
  }
}

function mergeEdge(graph: KnowledgeGraph, key: string, source: string, target: string, incoming: EdgeAttributes): void {
  conform(incoming, loadSchema().relationships[incoming.type]?.properties ?? NO_SPEC);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, incoming);
    return;
  }
  const cur = graph.getEdgeAttributes(key);
  for (const k in incoming) if (k !== 'type') cur[k] = mergeValue(cur[k], incoming[k]);
}

/** The search form of a name; names recur across articles, so recent ones are remembered. */
const searchForms = new Map<string, string>();
function searchForm(name: string): string {
  let s = searchForms.get(name);
  if (s === undefined) {
    if (searchForms.size >= 50_000) searchForms.clear();
    s = foldForSearch(name);
    searchForms.set(name, s);
  }
  return s;
}

function compact(props: Props): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  return out;
}

/**
 * Adds one article's extraction to the graph: its Article node, its entities (merged on their keys),
 * a MENTIONS edge per entity, and its relations. Attributes merge order-independently.
 */
export function mergeExtraction(graph: KnowledgeGraph, ex: ArticleExtraction): void {
  const aid = ex.article.id;
  const akey = articleKey(aid);
  mergeNode(graph, akey, {
    label: 'Article',
    key: akey,
    name: ex.article.title ?? ex.article.source,
    articles: [aid],
    evidence: [],
    ...compact({
      source: ex.article.source,
      title: ex.article.title,
      published: ex.article.published,
      url: ex.article.url ?? null,
      bylines: ex.article.bylines,
    }),
  });
  for (const e of ex.entities) {
    let evidence = e.mentions.map((m) => `${aid}:${m.start}:${m.end}`);
    // an entity the text implies without naming it (the Tỉnh ủy of "Ban Tổ chức Tỉnh ủy") points to the
    // sentences of the relations that imply it
    if (evidence.length === 0) {
      const spans = ex.relations.filter((r) => r.source === e.id || r.target === e.id).flatMap((r) => r.evidence);
      evidence = spans.map((sp) => `${aid}:${sp.start}:${sp.end}`);
    }
    mergeNode(graph, e.id, {
      ...compact(e.props),
      label: e.type,
      key: e.id,
      name: e.name,
      aliases: [e.name],
      search: searchForm(e.name),
      articles: [aid],
      evidence,
    });
    if (e.mentions.length === 0) continue;
    mergeEdge(graph, edgeKey('MENTIONS', akey, e.id), akey, e.id, {
      type: 'MENTIONS',
      count: e.mentions.length,
      articles: [aid],
      evidence,
    });
  }
  for (const r of ex.relations) {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target) || r.source === r.target) continue;
    mergeEdge(graph, edgeKey(r.type, r.source, r.target, r.props), r.source, r.target, {
      ...compact(r.props),
      type: r.type,
      articles: [aid],
      evidence: r.evidence.map((s) => `${aid}:${s.start}:${s.end}`),
    });
  }
}

/**
 * Removes an article and whatever only it supported: its id and evidence leave every node and edge,
 * and elements left with no supporting article are dropped. Returns the number of elements dropped.
 */
export function dropArticle(graph: KnowledgeGraph, articleId: string): number {
  const prefix = `${articleId}:`;
  let dropped = 0;
  for (const edge of graph.edges()) {
    const a = graph.getEdgeAttributes(edge);
    if (!a.articles.includes(articleId)) continue;
    const articles = a.articles.filter((x) => x !== articleId);
    if (articles.length === 0) {
      graph.dropEdge(edge);
      dropped++;
    } else {
      graph.mergeEdgeAttributes(edge, { articles, evidence: a.evidence.filter((s) => !s.startsWith(prefix)) });
    }
  }
  for (const node of graph.nodes()) {
    const a = graph.getNodeAttributes(node);
    if (!a.articles.includes(articleId)) continue;
    const articles = a.articles.filter((x) => x !== articleId);
    if (articles.length === 0) {
      graph.dropNode(node);
      dropped++;
    } else {
      graph.mergeNodeAttributes(node, { articles, evidence: a.evidence.filter((s) => !s.startsWith(prefix)) });
    }
  }
  return dropped;
}
