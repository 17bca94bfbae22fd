import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ArticleExtraction } from '../../core/index.js';
import { VnkgError, ErrorCode } from '../../core/index.js';
import { articleKey, createGraph, dropArticle, graphFromJSON, mergeExtraction } from '../../graph/index.js';
import type { KnowledgeGraph } from '../../graph/index.js';
import type { GraphStore, StoreCounts, WriteReport } from '../graph-store.js';

/** The embedded default store: a graphology graph in memory, saved as graphology's JSON. */
export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  readonly graph: KnowledgeGraph;
  /** source path → article id, to replace an article whose text changed. */
  private readonly bySource = new Map<string, string>();

  constructor(graph: KnowledgeGraph = createGraph()) {
    this.graph = graph;
    graph.forEachNode((_key, a) => {
      if (a.label === 'Article' && typeof a['source'] === 'string') this.bySource.set(a['source'], a.key.slice('Article:'.length));
    });
  }

  /** Opens a saved graph.json, or an empty store when the file does not exist. */
  static open(path: string): MemoryStore {
    if (!existsSync(path)) return new MemoryStore();
    try {
      return new MemoryStore(graphFromJSON(JSON.parse(readFileSync(path, 'utf8'))));
    } catch (cause) {
      throw new VnkgError(ErrorCode.IO, `cannot read graph file ${path}`, { cause });
    }
  }

  async write(extractions: readonly ArticleExtraction[]): Promise<WriteReport> {
    const report: WriteReport = { added: 0, unchanged: 0, replaced: 0 };
    for (const ex of extractions) {
      const { id, source } = ex.article;
      if (this.graph.hasNode(articleKey(id))) {
        report.unchanged++;
        this.bySource.set(source, id);
        continue;
      }
      const old = this.bySource.get(source);
      if (old !== undefined && old !== id) {
        dropArticle(this.graph, old);
        report.replaced++;
      } else report.added++;
      mergeExtraction(this.graph, ex);
      this.bySource.set(source, id);
    }
    return report;
  }

  async removeArticle(articleId: string): Promise<boolean> {
    const key = articleKey(articleId);
    if (!this.graph.hasNode(key)) return false;
    const source = this.graph.getNodeAttribute(key, 'source');
    dropArticle(this.graph, articleId);
    if (typeof source === 'string' && this.bySource.get(source) === articleId) this.bySource.delete(source);
    return true;
  }

  async counts(): Promise<StoreCounts> {
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    this.graph.forEachNode((_k, a) => void (nodes[a.label] = (nodes[a.label] ?? 0) + 1));
    this.graph.forEachEdge((_k, a) => void (relationships[a.type] = (relationships[a.type] ?? 0) + 1));
    return { nodes, relationships };
  }

  /** Writes graphology's serialized form. */
  save(path: string): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(this.graph.export()));
  }

  async close(): Promise<void> {}
}
