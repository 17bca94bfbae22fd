import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../graph/index.js';
import { writeCSV } from './csv-writer.js';
import { writeCypher } from './cypher-writer.js';
import { writeCytoscapeJSON } from './cytoscape-json-writer.js';
import type { ExportOptions, ExportStats, ExportTarget, Exporter } from './exporter.js';
import { writeGEXF } from './gexf-writer.js';
import { writeGraphML } from './graphml-writer.js';

type StreamWriter = (graph: KnowledgeGraph, out: Writable, options: Readonly<ExportOptions>) => Promise<number>;

/** Makes an Exporter of a single-file writer. */
export function singleFileExporter(name: string, extension: string, description: string, write: StreamWriter): Exporter {
  return {
    name,
    description,
    extension,
    multiFile: false,
    async write(graph: KnowledgeGraph, target: ExportTarget, options: Readonly<ExportOptions>): Promise<ExportStats> {
      const file = `graph${extension}`;
      const bytes = await write(graph, target.open(file), options);
      return { format: name, nodes: graph.order, edges: graph.size, bytes, files: [file] };
    },
  };
}

/** The formats vnkg ships; src/export/index.ts registers them through registerExporter like any plug-in. */
export const builtinExporters: readonly Exporter[] = Object.freeze([
  singleFileExporter('graphml', '.graphml', 'GraphML in APOC dialect (apoc.import.graphml, Gephi, yEd with --yed, Cytoscape)', writeGraphML),
  singleFileExporter('gexf', '.gexf', 'GEXF 1.3 for Gephi', writeGEXF),
  singleFileExporter('cyjs', '.cyjs', 'Cytoscape.js JSON {elements: {nodes, edges}} (Cytoscape desktop opens it)', writeCytoscapeJSON),
  singleFileExporter('cypher', '.cypher', 'Cypher script of MERGE statements that rebuilds the graph in any Neo4j', writeCypher),
  {
    name: 'csv',
    description: 'a directory of CSV files for neo4j-admin database import (and apoc.import.csv)',
    extension: '',
    multiFile: true,
    async write(graph: KnowledgeGraph, target: ExportTarget, options: Readonly<ExportOptions>): Promise<ExportStats> {
      const { bytes, files } = await writeCSV(graph, target, options);
      return { format: 'csv', nodes: graph.order, edges: graph.size, bytes, files };
    },
  },
]);
