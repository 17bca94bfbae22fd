import type { Writable } from 'node:stream';
import type { PropValue } from '../core/index.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { EXPORT_DEFAULTS } from './export-options.js';
import type { ExportOptions } from './exporter.js';
import { buildPropertyModel, coerceValue } from './property-model.js';
import type { PropertyColumn } from './property-model.js';
import { escapeXml } from './sanitize-text.js';
import { sortedEdges, sortedNodes } from './sorted-keys.js';
import { TextSink } from './text-sink.js';

/** Gephi colours per label (r, g, b). */
const COLORS: Record<string, [number, number, number]> = {
  Article: [186, 176, 172],
  Person: [78, 121, 167],
  Organization: [242, 142, 43],
  Document: [89, 161, 79],
  Event: [225, 87, 89],
  Place: [118, 183, 178],
};

/** A GEXF 1.3 list element: strings double-quoted with \\ \" \n \r \t escapes, as Gephi and graphology-gexf read them. */
function listElement(x: string | number | boolean): string {
  if (typeof x !== 'string') return String(x);
  return `"${x.replace(/[\\"\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\${c}`))}"`;
}

function attvalue(v: PropValue, col: PropertyColumn): string {
  const c = coerceValue(v, col);
  return escapeXml(Array.isArray(c) ? `[${c.map(listElement).join(', ')}]` : String(c));
}

function gexfType(col: PropertyColumn): string {
  return col.list ? `list${col.type}` : col.type;
}

function attributesBlock(cls: 'node' | 'edge', cols: readonly PropertyColumn[]): string {
  let out = `    <attributes class="${cls}">\n`;
  for (const c of cols) out += `      <attribute id="${escapeXml(c.name)}" title="${escapeXml(c.name)}" type="${gexfType(c)}"/>\n`;
  return `${out}    </attributes>\n`;
}

function attvalues(attrs: Record<string, PropValue | undefined>, cols: readonly PropertyColumn[], extra: string): string {
  let out = `        <attvalues>\n${extra}`;
  for (const c of cols) {
    const v = attrs[c.name];
    if (v === undefined || v === null) continue;
    out += `          <attvalue for="${escapeXml(c.name)}" value="${attvalue(v, c)}"/>\n`;
  }
  return `${out}        </attvalues>\n`;
}

/**
 * Writes a graph as GEXF 1.3 (Gephi), streaming to `out` (graphology-gexf's writer builds one string, so vnkg
 * streams its own and tests it with graphology-gexf's parser). Nodes: `label` = name, a `labels` attribute
 * `:Label`, a colour per label; edges: `label` and `kind` = relationship type. Lists use the 1.3 list types
 * (`liststring` …) written `["a", "b"]`. Control characters other than TAB, LF, CR are removed (XML 1.0).
 */
export async function writeGEXF(graph: KnowledgeGraph, out: Writable, options: Partial<Pick<ExportOptions, 'chunkSize'>> = {}): Promise<number> {
  const sink = new TextSink(out, options.chunkSize ?? EXPORT_DEFAULTS.chunkSize);
  const model = buildPropertyModel(graph);
  const nodeCols = model.node.filter((c) => c.name !== 'labels' && c.name !== 'label');
  const edgeCols = model.edge.filter((c) => c.name !== 'label' && c.name !== 'kind');
  sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  sink.write(
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
  );
  sink.write('  <meta>\n    <creator>vnkg</creator>\n  </meta>\n');
  sink.write('  <graph defaultedgetype="directed" mode="static">\n');
  sink.write(attributesBlock('node', [{ name: 'labels', type: 'string', list: false }, ...nodeCols]));
  sink.write(attributesBlock('edge', edgeCols));
  sink.write('    <nodes>\n');
  for (const key of sortedNodes(graph)) {
    const a = graph.getNodeAttributes(key);
    const [r, g, b] = COLORS[a.label] ?? [204, 204, 204];
    sink.write(`      <node id="${escapeXml(key)}" label="${escapeXml(String(a.name ?? key))}">\n`);
    sink.write(attvalues(a, nodeCols, `          <attvalue for="labels" value="${escapeXml(`:${a.label}`)}"/>\n`));
    sink.write(`        <viz:color r="${r}" g="${g}" b="${b}"/>\n      </node>\n`);
    await sink.maybeFlush();
  }
  sink.write('    </nodes>\n    <edges>\n');
  for (const key of sortedEdges(graph)) {
    const a = graph.getEdgeAttributes(key);
    const type = escapeXml(a.type);
    sink.write(
      `      <edge id="${escapeXml(key)}" source="${escapeXml(graph.source(key))}" target="${escapeXml(graph.target(key))}" label="${type}" kind="${type}">\n`,
    );
    sink.write(attvalues(a, edgeCols, ''));
    sink.write('      </edge>\n');
    await sink.maybeFlush();
  }
  sink.write('    </edges>\n  </graph>\n</gexf>\n');
  return sink.close();
}
