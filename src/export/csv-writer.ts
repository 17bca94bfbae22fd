import { SchemaError } from '../core/index.js';
import type { PropValue } from '../core/index.js';
import { allowedLabels, allowedRelationshipTypes } from '../graph/index.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { EXPORT_DEFAULTS } from './export-options.js';
import type { ExportOptions, ExportTarget } from './exporter.js';
import { buildPropertyModel, coerceValue } from './property-model.js';
import type { PropertyColumn } from './property-model.js';
import { replaceLoneSurrogates } from './sanitize-text.js';
import { sortedEdges, sortedNodes } from './sorted-keys.js';
import { TextSink } from './text-sink.js';

/** C0 controls other than TAB, LF, CR: removed from CSV values (neo4j-admin and LOAD CSV mishandle them). */
const CSV_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** Removes forbidden controls and writes every line break (CR LF, CR) as LF: CSV readers disagree about CR in quotes. */
function csvText(text: string): string {
  if (!/[\u0000-\u001F\uD800-\uDFFF]/.test(text)) return text;
  return replaceLoneSurrogates(text).replace(CSV_FORBIDDEN, '').replace(/\r\n?/g, '\n');
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A header cell: bare when it is a plain name (as neo4j-admin's examples are), else quoted. */
function headerName(text: string): string {
  return /^[\w:()[\]]+$/.test(text) ? text : quoted(csvText(text));
}

function header(col: PropertyColumn): string {
  const t = col.type === 'string' && !col.list ? '' : `:${col.type}${col.list ? '[]' : ''}`;
  return headerName(`${col.name}${t}`);
}

function field(v: PropValue | undefined, col: PropertyColumn, delimiter: string): string {
  if (v === undefined || v === null) return '';
  const c = coerceValue(v, col);
  if (Array.isArray(c)) {
    if (c.length === 0) return '';
    return quoted(c.map((x) => (typeof x === 'string' ? csvText(x).split(delimiter).join('') : String(x))).join(delimiter));
  }
  return typeof c === 'string' ? quoted(csvText(c)) : String(c);
}

/** The file names of a CSV export: one nodes file per label, one relationships file per type and endpoint labels. */
export function csvFileNames(kind: 'nodes', label: string): string;
export function csvFileNames(kind: 'relationships', type: string, from: string, to: string): string;
export function csvFileNames(kind: 'nodes' | 'relationships', a: string, b?: string, c?: string): string {
  return kind === 'nodes' ? `nodes-${a}.csv` : `relationships-${a}-${b}-${c}.csv`;
}

/**
 * Writes the graph as CSV for `neo4j-admin database import full` (and apoc.import.csv): per label a file
 * `nodes-Label.csv` with `key:ID(Label)`, `:LABEL` and typed property columns (`count:long`, `former:boolean`,
 * `articles:string[]`); per relationship type and endpoint labels `relationships-TYPE-From-To.csv` with
 * `:START_ID(From)`, `:END_ID(To)`, `:TYPE`, `key` and typed properties; and `neo4j-admin-import.sh`, the command that
 * loads them. Strings are always quoted (quotes doubled); TAB and line breaks stay inside quotes (use
 * `--multiline-fields=true`), line breaks written as LF (CR LF and CR become LF); other control characters are removed; list elements are joined with
 * `arrayDelimiter` (default U+001F, which cannot occur in a value). Empty lists are written as empty fields
 * (neo4j-admin then stores no property).
 */
export async function writeCSV(
  graph: KnowledgeGraph,
  target: ExportTarget,
  options: Partial<Pick<ExportOptions, 'arrayDelimiter' | 'chunkSize'>> = {},
): Promise<{ bytes: number; files: string[] }> {
  const delimiter = options.arrayDelimiter ?? EXPORT_DEFAULTS.arrayDelimiter;
  const chunkSize = options.chunkSize ?? EXPORT_DEFAULTS.chunkSize;
  const labels = new Set<string>(allowedLabels());
  const types = new Set<string>(allowedRelationshipTypes());
  const model = buildPropertyModel(graph);
  const files: string[] = [];
  let bytes = 0;

  const nodesByLabel = new Map<string, string[]>();
  for (const key of sortedNodes(graph)) {
    const label = graph.getNodeAttribute(key, 'label');
    if (!labels.has(label)) throw new SchemaError(`writeCSV: label '${label}' is not in graph-schema/schema.json`);
    let list = nodesByLabel.get(label);
    if (!list) nodesByLabel.set(label, (list = []));
    list.push(key);
  }
  for (const [label, keys] of nodesByLabel) {
    const name = csvFileNames('nodes', label);
    const sink = new TextSink(target.open(name), chunkSize);
    const cols = (model.byLabel.get(label) ?? []).filter((c) => c.name !== 'key');
    sink.write([headerName(`key:ID(${label})`), ':LABEL', ...cols.map(header)].join(',') + '\n');
    for (const key of keys) {
      const a = graph.getNodeAttributes(key);
      sink.write([quoted(csvText(key)), label, ...cols.map((c) => field(a[c.name], c, delimiter))].join(',') + '\n');
      await sink.maybeFlush();
    }
    bytes += await sink.close();
    files.push(name);
  }

  const groups = new Map<string, string[]>();
  for (const key of sortedEdges(graph)) {
    const type = graph.getEdgeAttribute(key, 'type');
    if (!types.has(type)) throw new SchemaError(`writeCSV: relationship type '${type}' is not in graph-schema/schema.json`);
    const g = `${type}|${graph.getNodeAttribute(graph.source(key), 'label')}|${graph.getNodeAttribute(graph.target(key), 'label')}`;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(key);
  }
  for (const [g, keys] of groups) {
    const [type, from, to] = g.split('|') as [string, string, string];
    const name = csvFileNames('relationships', type, from, to);
    const sink = new TextSink(target.open(name), chunkSize);
    const cols = (model.byType.get(type) ?? []).filter((c) => c.name !== 'key');
    sink.write([headerName(`:START_ID(${from})`), headerName(`:END_ID(${to})`), ':TYPE', 'key', ...cols.map(header)].join(',') + '\n');
    for (const key of keys) {
      const a = graph.getEdgeAttributes(key);
      sink.write(
        [quoted(csvText(graph.source(key))), quoted(csvText(graph.target(key))), type, quoted(csvText(key)), ...cols.map((c) => field(a[c.name], c, delimiter))].join(',') + '\n',
      );
      await sink.maybeFlush();
    }
    bytes += await sink.close();
    files.push(name);
  }

  const delimiterArg = `U+${delimiter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const script =
    '#!/bin/sh\n# Loads this directory into an empty database with neo4j-admin (Neo4j 5). Stop the database first.\n' +
    'cd "$(dirname "$0")" && neo4j-admin database import full \\\n' +
    files.filter((f) => f.startsWith('nodes-')).map((f) => `  --nodes=${f} \\\n`).join('') +
    files.filter((f) => f.startsWith('relationships-')).map((f) => `  --relationships=${f} \\\n`).join('') +
    `  --array-delimiter=${delimiterArg} --multiline-fields=true --overwrite-destination=true "\${1:-neo4j}"\n`;
  const sink = new TextSink(target.open('neo4j-admin-import.sh'));
  sink.write(script);
  bytes += await sink.close();
  files.push('neo4j-admin-import.sh');
  return { bytes, files };
}
