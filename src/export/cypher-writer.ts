import type { Writable } from 'node:stream';
import { SchemaError } from '../core/index.js';
import type { PropValue } from '../core/index.js';
import { allowedLabels, allowedRelationshipTypes } from '../graph/index.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { cypherName, cypherString, cypherValue } from './cypher-literal.js';
import { EXPORT_DEFAULTS } from './export-options.js';
import type { ExportOptions } from './exporter.js';
import { buildPropertyModel, coerceValue } from './property-model.js';
import type { PropertyColumn } from './property-model.js';
import { sortedEdges, sortedNodes } from './sorted-keys.js';
import { TextSink } from './text-sink.js';

function propsMap(attrs: Record<string, PropValue | undefined>, cols: readonly PropertyColumn[] | undefined, skip: string): string {
  const parts: string[] = [];
  for (const c of cols ?? []) {
    if (c.name === skip) continue;
    const v = attrs[c.name];
    if (v === undefined || v === null) continue;
    parts.push(`${cypherName(c.name)}: ${cypherValue(coerceValue(v, c), c.type === 'double')}`);
  }
  return `{${parts.join(', ')}}`;
}

/**
 * Writes a Cypher script that rebuilds the graph in Neo4j 5.7 or later (`cypher-shell -f graph.cypher`, or statement
 * by statement through a driver): the uniqueness constraints on `key` per label and per relationship type that the
 * Neo4j store creates (same names), then `UNWIND [...] AS row MERGE ...`
 * statements in batches, nodes before relationships. Every statement is one line ending in `;`. Re-running the
 * script changes nothing. Labels and relationship types come only from the schema's allow-list; property names
 * are backtick-quoted; strings are escaped literals (control characters as \uXXXX, so nothing is lost).
 * Relationships carry their graph key as the property `key`.
 */
export async function writeCypher(graph: KnowledgeGraph, out: Writable, options: Partial<Pick<ExportOptions, 'batchSize' | 'chunkSize'>> = {}): Promise<number> {
  const batchSize = options.batchSize ?? EXPORT_DEFAULTS.batchSize;
  const sink = new TextSink(out, options.chunkSize ?? EXPORT_DEFAULTS.chunkSize);
  const labels = new Set<string>(allowedLabels());
  const types = new Set<string>(allowedRelationshipTypes());
  const model = buildPropertyModel(graph);
  sink.write(`// vnkg graph: ${graph.order} nodes, ${graph.size} relationships. Run: cypher-shell -f FILE (idempotent).\n`);
  for (const label of model.byLabel.keys()) {
    if (!labels.has(label)) throw new SchemaError(`writeCypher: label '${label}' is not in graph-schema/schema.json`);
    sink.write(`CREATE CONSTRAINT ${cypherName(`vnkg_${label}_key`)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE;\n`);
  }
  for (const type of model.byType.keys()) {
    if (!types.has(type)) throw new SchemaError(`writeCypher: relationship type '${type}' is not in graph-schema/schema.json`);
    sink.write(`CREATE CONSTRAINT ${cypherName(`vnkg_${type}_key`)} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.key IS UNIQUE;\n`);
  }

  // Nodes, grouped by label, in batches.
  const nodesByLabel = new Map<string, string[]>();
  for (const key of sortedNodes(graph)) {
    const label = graph.getNodeAttribute(key, 'label');
    let list = nodesByLabel.get(label);
    if (!list) nodesByLabel.set(label, (list = []));
    list.push(key);
  }
  for (const [label, keys] of nodesByLabel) {
    const cols = model.byLabel.get(label);
    for (let i = 0; i < keys.length; i += batchSize) {
      const rows = keys.slice(i, i + batchSize).map((k) => `{key: ${cypherString(k)}, props: ${propsMap(graph.getNodeAttributes(k), cols, 'key')}}`);
      sink.write(`UNWIND [${rows.join(', ')}] AS row MERGE (n:${label} {key: row.key}) SET n += row.props;\n`);
      await sink.maybeFlush();
    }
  }

  // Relationships, grouped by type and endpoint labels, in batches.
  const groups = new Map<string, string[]>();
  for (const key of sortedEdges(graph)) {
    const g = `${graph.getEdgeAttribute(key, 'type')}|${graph.getNodeAttribute(graph.source(key), 'label')}|${graph.getNodeAttribute(graph.target(key), 'label')}`;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(key);
  }
  for (const [g, keys] of groups) {
    const [type, from, to] = g.split('|') as [string, string, string];
    const cols = model.byType.get(type);
    for (let i = 0; i < keys.length; i += batchSize) {
      const rows = keys.slice(i, i + batchSize).map(
        (k) =>
          `{from: ${cypherString(graph.source(k))}, to: ${cypherString(graph.target(k))}, key: ${cypherString(k)}, props: ${propsMap(graph.getEdgeAttributes(k), cols, 'key')}}`,
      );
      sink.write(
        `UNWIND [${rows.join(', ')}] AS row MATCH (a:${from} {key: row.from}) MATCH (b:${to} {key: row.to}) ` +
          `MERGE (a)-[r:${type} {key: row.key}]->(b) SET r += row.props;\n`,
      );
      await sink.maybeFlush();
    }
  }
  return sink.close();
}
