/**
 * vnkg's public library API: the same pieces the CLI uses, stage by stage.
 *
 *   const graph = createGraph();
 *   for await (const item of readArticles(['seeds'])) if (item.kind === 'article') mergeExtraction(graph, extractArticle(toArticle(item.article)));
 */
export * from './core/index.js';
export { readArticles, registerReader, type RawArticle, type IngestItem, type ArticleReader } from './ingest/index.js';
export { normalizeText, normalizeKey, foldForSearch, normalizeTonePlacement, toRawSpan, type NormalizedText } from './normalize/index.js';
export { resolveArticle } from './resolve/resolve-article.js';
export type { Resources, DatelineTag, PlaceScanHit } from './resolve/resources.js';
export {
  createGraph,
  graphFromJSON,
  mergeExtraction,
  dropArticle,
  loadSchema,
  allowedLabels,
  allowedRelationshipTypes,
  type KnowledgeGraph,
  type NodeAttributes,
  type EdgeAttributes,
  type GraphSchema,
} from './graph/index.js';
export { MemoryStore, openNeo4jStore, Neo4jStore, applySchema, runCypher, readGraphFromNeo4j, type GraphStore, type StoreCounts, type WriteReport } from './store/index.js';
export { exportGraph, registerExporter, exporterNames, writeGraphML, writeGEXF, writeCytoscapeJSON, writeCypher, writeCSV, toCytoscapeJSON } from './export/index.js';
export { extractArticle, articleId, toArticle, buildGraph, type BuildOptions, type BuildReport } from './pipeline/index.js';
export { scoreExtractions, type EvalReport, type GoldRecord } from './evaluate/index.js';
export { run } from './cli/run.js';
export type { CliIO } from './cli/io.js';
