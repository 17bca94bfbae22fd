import { resolve } from 'node:path';
import { UsageError } from '../../core/index.js';
import { exportGraph, exporterNames, getExporter } from '../../export/index.js';
import type { ExportOptions } from '../../export/index.js';
import type { Command } from '../command.js';
import { loadGraph } from '../load-graph.js';
import { flagString, parseArgs } from '../parse-args.js';

const USAGE = `Usage: vnkg export [--graph out/graph.json | --neo4j] --format FORMAT --out PATH [options]

Writes the graph in a format other tools open.

Formats:
  graphml   GraphML in APOC's dialect: apoc.import.graphml(…, {readLabels: true}), Gephi, yEd, Cytoscape
  gexf      GEXF 1.3 for Gephi
  cyjs      Cytoscape.js JSON {elements: {nodes, edges}}; Cytoscape desktop opens it
  csv       a directory of CSV files for neo4j-admin database import (runs with its neo4j-admin-import.sh)
  cypher    a Cypher script of MERGE statements: cypher-shell -f PATH

Options:
  --graph FILE            graph file written by 'vnkg build' (default out/graph.json)
  --neo4j                 read the graph from Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; NEO4J_DATABASE)
  --format FORMAT         one of the formats above (or a registered plug-in format)
  --out PATH              file to write (a directory for csv)
  --yed                   graphml: add yEd graphics (names, colours by label)
  --batch-size N          cypher: rows per UNWIND statement (default 500)
  --array-delimiter C     csv: list element separator (default U+001F; give a character or U+XXXX)
`;

function parseDelimiter(text: string): string {
  const m = /^U\+([0-9A-Fa-f]{4,6})$/.exec(text);
  return m ? String.fromCodePoint(parseInt(m[1]!, 16)) : text;
}


export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as GraphML, GEXF, Cytoscape JSON, CSV (neo4j-admin) or Cypher',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, ['neo4j', 'yed']);
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
    const format = flagString(args, 'format');
    if (!format) throw new UsageError(`--format is required (one of ${exporterNames().join(', ')})`);
    const exporter = getExporter(format);
    const out = flagString(args, 'out');
    if (!out) throw new UsageError('--out is required');
    const graphFlag = flagString(args, 'graph');
    const fromNeo4j = args.flags['neo4j'] === true;
    if (fromNeo4j && graphFlag) throw new UsageError('give either --graph or --neo4j, not both');
    const options: Partial<ExportOptions> = { yed: args.flags['yed'] === true };
    const batch = flagString(args, 'batch-size');
    if (batch !== undefined) {
      if (!/^\d+$/.test(batch)) throw new UsageError(`--batch-size needs a positive integer, got '${batch}'`);
      options.batchSize = Number(batch);
    }
    const delim = flagString(args, 'array-delimiter');
    if (delim !== undefined) options.arrayDelimiter = parseDelimiter(delim);

    const graph = await loadGraph(io, { neo4j: fromNeo4j, graphFile: graphFlag });
    const target = resolve(io.cwd, out);
    const stats = await exportGraph(graph, exporter.name, target, options);
    const mb = (stats.bytes / 1e6).toFixed(2);
    io.stderr(`vnkg export: wrote ${stats.format} (${stats.nodes} nodes, ${stats.edges} edges, ${mb} MB) to ${out}${exporter.multiFile ? ` (${stats.files.length} files)` : ''}\n`);
    return 0;
  },
};
