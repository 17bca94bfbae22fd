import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ArticleExtraction, Label } from '../../core/index.js';
import { SchemaError, StoreError, VnkgError, invalidArgument } from '../../core/index.js';
import { allowedLabels, allowedRelationshipTypes, articleKey, createGraph, edgeKey, loadSchema, mergeExtraction } from '../../graph/index.js';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../graph/index.js';
import type { GraphStore, StoreCounts, WriteReport } from '../graph-store.js';
import { applySchema } from './constraints.js';
import { cypherLabel, cypherRelType } from './cypher-names.js';
import { NEO4J_STORE_DEFAULTS, checkNeo4jStoreOptions, type Neo4jStoreOptions } from './neo4j-options.js';
import { fromNeo4jValue, toNeo4jProps } from './neo4j-values.js';

type Row = Record<string, unknown>;

/** What one write transaction did, and the extractions it left for the next one. */
interface ChunkResult {
  report: WriteReport;
  /** Graph elements created or changed. */
  elements: number;
  rest: readonly ArticleExtraction[];
}

/** Wraps a driver error into the store's error family: unavailable servers apart from failed queries. */
export function storeError(what: string, cause: unknown): VnkgError {
  if (cause instanceof VnkgError) return cause;
  const code = (cause as { code?: string } | null)?.code;
  const unavailable = code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED || code === 'ECONNREFUSED';
  return new StoreError(unavailable ? 'STORE_UNAVAILABLE' : 'STORE_QUERY', what, { cause });
}

/** The label a node key starts with (`Person:…`), when it is one of the schema's. */
function labelOfKey(key: string): Label | undefined {
  const label = key.slice(0, key.indexOf(':'));
  return (allowedLabels() as readonly string[]).includes(label) ? (label as Label) : undefined;
}

/** Rejects, before anything is written, an extraction whose labels or types are not in the schema. */
function checkExtraction(ex: ArticleExtraction): void {
  if (typeof ex?.article?.id !== 'string' || ex.article.id === '') invalidArgument('Neo4jStore.write', 'article id', ex?.article?.id);
  if (typeof ex.article.source !== 'string') invalidArgument('Neo4jStore.write', 'article source', ex.article.source);
  for (const e of ex.entities) {
    cypherLabel(e.type);
    if (typeof e.id !== 'string') invalidArgument('Neo4jStore.write', 'entity id', e.id);
  }
  for (const r of ex.relations) cypherRelType(r.type);
}

/**
 * The graph in a Neo4j database, kept equal to what MemoryStore holds for the same writes.
 *
 * Each write transaction handles a chunk of articles: it reads the nodes and relationships the chunk touches
 * (by key, through the schema's uniqueness constraints), merges the chunk into that small graph with the very code
 * the memory store uses (mergeExtraction, so lists union and names resolve identically), and writes back what
 * changed with batched `UNWIND … MERGE … SET`, nodes before relationships. Because a transaction decides what to
 * do from what it reads, a retried or repeated write changes nothing: articles already present are skipped.
 * One writer at a time per database.
 */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly driver: Driver;
  readonly database: string | undefined;
  private readonly ownsDriver: boolean;
  /** Articles per write transaction: callers that can should pass at least this many to write() at once. */
  readonly batchArticles: number;
  /** Graph elements created or changed by this store's writes (for benchmarks). */
  elementsWritten = 0;

  constructor(driver: Driver, options: { database?: string | undefined; batchArticles?: number | undefined; ownsDriver?: boolean } = {}) {
    this.driver = driver;
    this.database = options.database;
    this.batchArticles = options.batchArticles ?? NEO4J_STORE_DEFAULTS.batchArticles;
    this.ownsDriver = options.ownsDriver ?? false;
  }

  async write(extractions: readonly ArticleExtraction[]): Promise<WriteReport> {
    extractions.forEach(checkExtraction);
    const report: WriteReport = { added: 0, unchanged: 0, replaced: 0 };
    let rest: readonly ArticleExtraction[] = extractions;
    while (rest.length > 0) {
      const chunk = this.nextChunk(rest);
      const done = await this.inWrite('cannot write articles to Neo4j', (tx) => this.writeChunk(tx, chunk));
      report.added += done.report.added;
      report.unchanged += done.report.unchanged;
      report.replaced += done.report.replaced;
      this.elementsWritten += done.elements;
      rest = [...done.rest, ...rest.slice(chunk.length)];
    }
    return report;
  }

  async removeArticle(articleId: string): Promise<boolean> {
    if (typeof articleId !== 'string' || articleId === '') invalidArgument('Neo4jStore.removeArticle', 'article id', articleId);
    return this.inWrite(`cannot remove article ${articleId}`, (tx) => dropArticleTx(tx, articleId));
  }

  async counts(): Promise<StoreCounts> {
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      // Counts by one label or one type come from Neo4j's count store: no scan.
      for (const label of allowedLabels()) {
        const r = await session.run(`MATCH (n:${cypherLabel(label)}) RETURN count(n) AS c`);
        const c = Number(r.records[0]?.get('c') ?? 0);
        if (c > 0) nodes[label] = c;
      }
      for (const type of allowedRelationshipTypes()) {
        const r = await session.run(`MATCH ()-[r:${cypherRelType(type)}]->() RETURN count(r) AS c`);
        const c = Number(r.records[0]?.get('c') ?? 0);
        if (c > 0) relationships[type] = c;
      }
    } catch (cause) {
      throw storeError('cannot count the graph in Neo4j', cause);
    } finally {
      await session.close();
    }
    return { nodes, relationships };
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }

  /** Runs work in a managed write transaction: the driver retries it on transient errors. */
  private async inWrite<T>(what: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(work);
    } catch (cause) {
      throw storeError(what, cause);
    } finally {
      await session.close();
    }
  }

  /** The next chunk: up to batchArticles extractions, no article id or source twice (the later one replaces). */
  private nextChunk(rest: readonly ArticleExtraction[]): readonly ArticleExtraction[] {
    const ids = new Set<string>();
    const sources = new Set<string>();
    let n = 0;
    while (n < rest.length && n < this.batchArticles) {
      const { id, source } = rest[n]!.article;
      if (ids.has(id) || sources.has(source)) break;
      ids.add(id);
      sources.add(source);
      n++;
    }
    return rest.slice(0, n);
  }

  private async writeChunk(tx: ManagedTransaction, chunk: readonly ArticleExtraction[]): Promise<ChunkResult> {
    const report: WriteReport = { added: 0, unchanged: 0, replaced: 0 };
    // Which articles are stored already, and which stored articles have the same source under another id.
    const found = await tx.run(
      'UNWIND $p.rows AS row OPTIONAL MATCH (a:Article {key: row.key}) OPTIONAL MATCH (o:Article {source: row.source}) ' +
        'RETURN row.key AS key, count(a) > 0 AS present, collect(DISTINCT o.key) AS olds',
      { p: { rows: chunk.map((ex) => ({ key: articleKey(ex.article.id), source: ex.article.source })) } },
    );
    const present = new Set<string>();
    const olds = new Map<string, string[]>();
    for (const r of found.records) {
      const key = r.get('key') as string;
      if (r.get('present')) present.add(key);
      olds.set(key, (r.get('olds') as string[]).filter((k) => k !== key).map((k) => k.slice('Article:'.length)));
    }
    const todo = chunk.filter((ex) => !present.has(articleKey(ex.article.id)));
    report.unchanged = chunk.length - todo.length;
    if (todo.length === 0) return { report, elements: 0, rest: [] };

    // As in the memory store, an old version is dropped just before its replacement is merged:
    // a replacement therefore starts a transaction of its own.
    const replaced = (ex: ArticleExtraction) => olds.get(articleKey(ex.article.id)) ?? [];
    let cut = todo.findIndex((ex, i) => i > 0 && replaced(ex).length > 0);
    if (cut < 0) cut = todo.length;
    const now = todo.slice(0, cut);
    const rest = todo.slice(cut);
    const first = replaced(now[0]!);
    for (const old of first) await dropArticleTx(tx, old);
    report.replaced += first.length > 0 ? 1 : 0;
    report.added += now.length - (first.length > 0 ? 1 : 0);

    const graph = await loadNeighborhood(tx, now);
    const before = new Map<string, string>();
    graph.forEachNode((k, a) => void before.set(`n${k}`, JSON.stringify(a)));
    graph.forEachEdge((k, a) => void before.set(`e${k}`, JSON.stringify(a)));
    for (const ex of now) mergeExtraction(graph, ex);
    const elements = await writeChanges(tx, graph, before);
    return { report, elements, rest };
  }
}

let cachedLoadQuery: { text: string; labels: readonly Label[]; types: readonly string[] } | undefined;

/**
 * The one query that reads nodes by key for every label and relationships by key for every type: its text never
 * changes, so the server plans it once.
 */
function loadQuery(): { text: string; labels: readonly Label[]; types: readonly string[] } {
  if (cachedLoadQuery) return cachedLoadQuery;
  const labels = [...allowedLabels()].sort();
  const types = [...allowedRelationshipTypes()].sort();
  const parts = [
    ...labels.map((label, i) => `UNWIND $p.n${i} AS k MATCH (n:${cypherLabel(label)} {key: k}) RETURN ${i} AS part, n.key AS key, null AS s, null AS t, properties(n) AS p`),
    ...types.map(
      (type, i) =>
        `UNWIND $p.e${i} AS k MATCH (a)-[r:${cypherRelType(type)} {key: k}]->(b) RETURN ${labels.length + i} AS part, r.key AS key, a.key AS s, b.key AS t, properties(r) AS p`,
    ),
  ];
  cachedLoadQuery = { text: `CYPHER replan=skip\n${parts.join('\nUNION ALL\n')}`, labels, types };
  return cachedLoadQuery;
}

/**
 * Reads into a small graph, in one query, every node and relationship that merging these extractions may touch:
 * their articles, entities and relation endpoints, and the MENTIONS and relation edges by their deterministic keys.
 */
async function loadNeighborhood(tx: ManagedTransaction, extractions: readonly ArticleExtraction[]): Promise<KnowledgeGraph> {
  const nodeKeys = new Map<Label, Set<string>>();
  const edgeKeys = new Map<string, Set<string>>();
  const add = <K>(m: Map<K, Set<string>>, k: K, v: string) => {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(v);
  };
  for (const ex of extractions) {
    const akey = articleKey(ex.article.id);
    add(nodeKeys, 'Article', akey);
    const types = new Map<string, Label>();
    for (const e of ex.entities) {
      add(nodeKeys, e.type, e.id);
      types.set(e.id, e.type);
      add(edgeKeys, 'MENTIONS', edgeKey('MENTIONS', akey, e.id));
    }
    for (const r of ex.relations) {
      if (r.source === r.target) continue;
      for (const end of [r.source, r.target]) {
        const label = types.get(end) ?? (end === akey ? 'Article' : labelOfKey(end));
        if (label) add(nodeKeys, label, end);
      }
      add(edgeKeys, r.type, edgeKey(r.type, r.source, r.target, r.props));
    }
  }
  const { text, labels, types } = loadQuery();
  const params: Record<string, string[]> = {};
  // The server caches plans by query text and parameter types, where a list's type includes its element type and a
  // bucket of its size: the lists travel inside one map parameter (whose type does not depend on them), and are
  // never empty. '' is the key of no node and no relationship.
  labels.forEach((label, i) => void (params[`n${i}`] = [...(nodeKeys.get(label) ?? [''])]));
  types.forEach((type, i) => void (params[`e${i}`] = [...(edgeKeys.get(type) ?? [''])]));
  for (const [label, keys] of nodeKeys) if (!labels.includes(label)) throw new SchemaError(`label ${label} is not in the schema`);
  const res = await tx.run(text, { p: params });
  const graph = createGraph();
  const edges: { type: string; key: string; s: string; t: string; p: unknown }[] = [];
  for (const r of res.records) {
    const part = r.get('part') as number;
    const key = r.get('key') as string;
    if (part < labels.length) {
      if (!graph.hasNode(key)) graph.addNode(key, { ...(fromNeo4jValue(r.get('p')) as NodeAttributes), label: labels[part]!, key });
    } else edges.push({ type: types[part - labels.length]!, key, s: r.get('s') as string, t: r.get('t') as string, p: r.get('p') });
  }
  for (const e of edges) {
    if (graph.hasEdge(e.key) || !graph.hasNode(e.s) || !graph.hasNode(e.t)) continue;
    const attrs = fromNeo4jValue(e.p) as EdgeAttributes & { key?: string };
    delete attrs.key;
    graph.addDirectedEdgeWithKey(e.key, e.s, e.t, { ...attrs, type: e.type as EdgeAttributes['type'] });
  }
  return graph;
}

/**
 * One part of the write query per slot: `N+|Label` creates nodes, `N=|Label` updates them, `R+|TYPE|From|To`
 * creates relationships, `R=|TYPE` updates them. Rows are read from `$p.r<i>`; a row without a key is skipped.
 */
function writePart(slot: string, i: number): string {
  const [kind, a, b, c] = slot.split('|') as [string, string, string?, string?];
  const rows = `UNWIND $p.r${i} AS row WITH row WHERE row.key IS NOT NULL`;
  if (kind === 'N+') return `CALL () { ${rows} CREATE (n:${cypherLabel(a)}) SET n = row.props }`;
  if (kind === 'N=') return `CALL () { ${rows} MATCH (n:${cypherLabel(a)} {key: row.key}) SET n = row.props }`;
  if (kind === 'R=') return `CALL () { ${rows} MATCH ()-[r:${cypherRelType(a)} {key: row.key}]->() SET r = row.props }`;
  return (
    `CALL () { ${rows} MATCH (a:${cypherLabel(b!)} {key: row.s}) MATCH (b:${cypherLabel(c!)} {key: row.t}) ` +
    `CREATE (a)-[r:${cypherRelType(a)}]->(b) SET r = row.props }`
  );
}

let cachedSlots: readonly string[] | undefined;

/** The write query's fixed slots, nodes before relationships: every schema label, type and endpoint labels. */
function writeSlots(): readonly string[] {
  if (cachedSlots) return cachedSlots;
  const schema = loadSchema();
  const labels = [...allowedLabels()].sort();
  const types = [...allowedRelationshipTypes()].sort();
  const slots = [...labels.map((l) => `N+|${l}`), ...labels.map((l) => `N=|${l}`), ...types.map((t) => `R=|${t}`)];
  for (const type of types) {
    const spec = schema.relationships[type];
    for (const f of [...spec.from].sort()) for (const t of [...spec.to].sort()) slots.push(`R+|${type}|${f}|${t}`);
  }
  cachedSlots = slots;
  return slots;
}

/**
 * Writes, in one query, the nodes and then the relationships that are new or whose attributes differ from
 * `before`: an upsert decided by the read in the same transaction, as `UNWIND $rows … CREATE … SET x = row.props`
 * for new elements and `UNWIND $rows … MATCH (by key) … SET x = row.props` for changed ones. The uniqueness
 * constraints on `key` reject any duplicate a concurrent writer could cause. Returns how many elements were written.
 */
async function writeChanges(tx: ManagedTransaction, graph: KnowledgeGraph, before: Map<string, string>): Promise<number> {
  const rowsBySlot = new Map<string, Row[]>();
  const put = (slot: string, row: Row) => {
    const rows = rowsBySlot.get(slot);
    if (rows) rows.push(row);
    else rowsBySlot.set(slot, [row]);
  };
  let n = 0;
  graph.forEachNode((key, a) => {
    const old = before.get(`n${key}`);
    if (old !== undefined && old === JSON.stringify(a)) return;
    put(`${old === undefined ? 'N+' : 'N='}|${a.label}`, { key, props: toNeo4jProps({ ...a, key }, ['label']) });
    n++;
  });
  graph.forEachEdge((key, a, s, t, sa, ta) => {
    const old = before.get(`e${key}`);
    if (old !== undefined && old === JSON.stringify(a)) return;
    const props = toNeo4jProps({ ...a, key }, ['type']);
    if (old === undefined) put(`R+|${a.type}|${sa.label}|${ta.label}`, { key, s, t, props });
    else put(`R=|${a.type}`, { key, props });
    n++;
  });
  if (n === 0) return 0;
  // The query text is constant (the schema's slots, in order, empty or not) so the server plans it once; slots the
  // schema does not foresee (the memory store tolerates them) are appended. The row lists travel inside one map
  // parameter, never empty: plan caching keys on parameter types, and a list's type includes a bucket of its size.
  const slots = [...writeSlots()];
  for (const slot of rowsBySlot.keys()) if (!slots.includes(slot)) slots.push(slot);
  const params: Record<string, Row[]> = {};
  slots.forEach((slot, i) => void (params[`r${i}`] = rowsBySlot.get(slot) ?? [{}]));
  // replan=skip: the plans are index seeks whatever the statistics say, and replanning this query as the graph grows
  // would cost more than the writes.
  await tx.run(`CYPHER replan=skip\n${slots.map(writePart).join('\n')}\nRETURN 0 AS done`, { p: params });
  return n;
}

/**
 * Removes an article and whatever only it supported, exactly as the memory store's dropArticle: its id and
 * evidence leave every node and relationship that cites it, and those left with no article are deleted.
 * Returns false when the article is not stored.
 */
async function dropArticleTx(tx: ManagedTransaction, articleId: string): Promise<boolean> {
  const akey = articleKey(articleId);
  const found = await tx.run(
    'MATCH (a:Article {key: $akey}) OPTIONAL MATCH (a)-[:MENTIONS]->(m) WITH a, collect(DISTINCT m) AS ms ' +
      'UNWIND [a] + ms AS n OPTIONAL MATCH (n)-[r]-(o) WHERE $id IN r.articles ' +
      'RETURN collect(DISTINCT elementId(n)) + collect(DISTINCT elementId(o)) AS nodes, collect(DISTINCT elementId(r)) AS rels',
    { akey, id: articleId },
  );
  const rec = found.records[0];
  if (!rec || (rec.get('nodes') as string[]).length === 0) return false;
  const params = { id: articleId, prefix: `${articleId}:` };
  await tx.run(
    'UNWIND $rels AS rid MATCH ()-[r]->() WHERE elementId(r) = rid AND $id IN r.articles ' +
      'SET r.articles = [x IN r.articles WHERE x <> $id], r.evidence = [e IN coalesce(r.evidence, []) WHERE NOT e STARTS WITH $prefix] ' +
      'WITH r WHERE size(r.articles) = 0 DELETE r',
    { ...params, rels: rec.get('rels') },
  );
  await tx.run(
    'UNWIND $nodes AS nid MATCH (n) WHERE elementId(n) = nid AND $id IN n.articles ' +
      'SET n.articles = [x IN n.articles WHERE x <> $id], n.evidence = [e IN coalesce(n.evidence, []) WHERE NOT e STARTS WITH $prefix] ' +
      'WITH n WHERE size(n.articles) = 0 DETACH DELETE n',
    { ...params, nodes: [...new Set(rec.get('nodes') as string[])] },
  );
  return true;
}

/**
 * Connects to Neo4j, checks that it answers (a clear StoreError(STORE_UNAVAILABLE) within the connection timeout
 * otherwise), creates the schema's constraints and indexes, and returns the store.
 */
export async function openNeo4jStore(options: Neo4jStoreOptions = {}): Promise<Neo4jStore> {
  const problem = checkNeo4jStoreOptions(options);
  if (problem) throw new SchemaError(`openNeo4jStore: ${problem}`);
  const o = { ...NEO4J_STORE_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as Neo4jStoreOptions &
    typeof NEO4J_STORE_DEFAULTS;
  const driver =
    o.driver ??
    neo4j.driver(o.uri, o.password ? neo4j.auth.basic(o.user, o.password) : undefined, {
      disableLosslessIntegers: true,
      connectionTimeout: o.connectionTimeoutMs,
      connectionAcquisitionTimeout: o.connectionTimeoutMs * 2,
      maxTransactionRetryTime: o.retryTimeMs,
      userAgent: 'vnkg',
    });
  const ownsDriver = !o.driver;
  try {
    await driver.verifyConnectivity({ database: o.database });
    if (o.applySchema) await applySchema(driver, o.database);
  } catch (cause) {
    if (ownsDriver) await driver.close().catch(() => {});
    throw storeError(`cannot use Neo4j at ${o.driver ? 'the given driver' : o.uri}`, cause);
  }
  return new Neo4jStore(driver, { database: o.database, batchArticles: o.batchArticles, ownsDriver });
}
