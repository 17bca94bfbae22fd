export { buildGraph, checkBuildOptions, BUILD_DEFAULTS, type BuildOptions, type BuildProgress, type BuildReport } from './build-graph.js';
export { ExtractionPool, type ExtractionPoolOptions } from './extraction-pool.js';
export { extractBatch, type BatchResult } from './extract-batch.js';
export { articleId, toArticle } from './article-id.js';
export { loadExtractor, DEFAULT_EXTRACTOR_MODULE, type Extractor } from './extractor.js';
export { extractArticle, defaultResources } from './extract-article.js';
