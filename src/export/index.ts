import { builtinExporters } from './builtin-exporters.js';
import { registerExporter } from './exporter-registry.js';

// Built-in formats register exactly as a third-party exporter would.
for (const exporter of builtinExporters) registerExporter(exporter);

export type { Exporter, ExportOptions, ExportStats, ExportTarget } from './exporter.js';
export { registerExporter, getExporter, exporterNames } from './exporter-registry.js';
export { EXPORT_DEFAULTS, validateExportOptions, resolveExportOptions } from './export-options.js';
export { exportGraph, fileTarget } from './export-graph.js';
export { singleFileExporter } from './builtin-exporters.js';
export { writeGraphML } from './graphml-writer.js';
export { writeGEXF } from './gexf-writer.js';
export { writeCytoscapeJSON } from './cytoscape-json-writer.js';
export { writeCypher } from './cypher-writer.js';
export { writeCSV, csvFileNames } from './csv-writer.js';
export { buildPropertyModel } from './property-model.js';
export type { PropertyModel, PropertyColumn, ScalarType } from './property-model.js';
export { escapeXml } from './sanitize-text.js';
export { toCytoscapeJSON } from './cytoscape-json.js';
export type { CytoscapeJSON, CyNode, CyEdge, CyNodeData, CyEdgeData } from './cytoscape-json.js';
