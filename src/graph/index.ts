export type { NodeAttributes, EdgeAttributes, GraphAttributes, KnowledgeGraph } from './graph-types.js';
export { createGraph, graphFromJSON } from './create-graph.js';
export { mergeExtraction, dropArticle, articleKey, edgeKey } from './merge-extraction.js';
export { unionSorted, preferName, mergeValue } from './merge-attributes.js';
export { loadSchema, allowedLabels, allowedRelationshipTypes, SCHEMA_PATH } from './schema.js';
export type { GraphSchema, LabelSpec, RelationshipSpec, PropertySpec, PropertyType } from './schema.js';
