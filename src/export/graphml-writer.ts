import type { Writable } from 'node:stream';
import type { PropValue } from '../core/index.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { EXPORT_DEFAULTS } from './export-options.js';
import type { ExportOptions } from './exporter.js';
import { buildPropertyModel, coerceValue } from './property-model.js';
import type { PropertyColumn } from './property-model.js';
import { escapeXml, removeXmlForbidden } from './sanitize-text.js';
import { sortedEdges, sortedNodes } from './sorted-keys.js';
import { TextSink } from './text-sink.js';

/** yEd fill colours per label. */
const YED_COLORS: Record<string, string> = {
  Article: '#BAB0AC',
  Person: '#4E79A7',
  Organization: '#F28E2B',
  Document: '#59A14F',
  Event: '#E15759',
  Place: '#76B7B2',
};

interface KeyDecl {
  id: string;
  col: PropertyColumn;
}

/**
 * One GraphML data value: scalars as text, lists as a JSON array (APOC's attr.list convention). List elements lose
 * the same control characters as scalars do, although JSON could escape them: APOC's import drops them anyway, and
 * one rule for every value is easier to rely on.
 */
function dataText(v: PropValue, col: PropertyColumn): string {
  const c = coerceValue(v, col);
  if (!Array.isArray(c)) return escapeXml(String(c));
  return escapeXml(JSON.stringify(c.map((x) => (typeof x === 'string' ? removeXmlForbidden(x) : x))));
}

function keyElement(k: KeyDecl, forWhat: 'node' | 'edge'): string {
  const list = k.col.list ? ` attr.list="${k.col.type}"` : '';
  return `  <key id="${escapeXml(k.id)}" for="${forWhat}" attr.name="${escapeXml(k.col.name)}" attr.type="${k.col.type}"${list}/>\n`;
}

function dataElements(attrs: Record<string, PropValue | undefined>, keys: readonly KeyDecl[], indent: string): string {
  let out = '';
  for (const k of keys) {
    const v = attrs[k.col.name];
    if (v === undefined || v === null) continue;
    out += `${indent}<data key="${escapeXml(k.id)}">${dataText(v, k.col)}</data>\n`;
  }
  return out;
}

/**
 * Writes a graph as GraphML in APOC's dialect, streaming to `out`:
 * - nodes carry `labels=":Label"` and a `labels` data value; edges carry `label="TYPE"` and a `label` data value,
 *   so `apoc.import.graphml(…, {readLabels: true})` restores labels and relationship types;
 * - every key has `attr.name` and `attr.type` (string, long, double, boolean); list properties add
 *   `attr.list` and hold a JSON array;
 * - key ids equal the property names; an edge property whose name a node key already uses gets the id `edge.NAME`
 *   (GraphML key ids are unique document-wide); readers take the property name from `attr.name`;
 * - with `yed`, yEd graphics: a coloured box per node with its name, the relationship type on each edge.
 * Strings are escaped for XML 1.0; control characters other than TAB, LF, CR are removed (XML cannot carry them),
 * in list elements too.
 */
export async function writeGraphML(graph: KnowledgeGraph, out: Writable, options: Partial<Pick<ExportOptions, 'yed' | 'chunkSize'>> = {}): Promise<number> {
  const yed = options.yed ?? EXPORT_DEFAULTS.yed;
  const sink = new TextSink(out, options.chunkSize ?? EXPORT_DEFAULTS.chunkSize);
  const model = buildPropertyModel(graph);
  const labelsCol: PropertyColumn = { name: 'labels', type: 'string', list: false };
  const labelCol: PropertyColumn = { name: 'label', type: 'string', list: false };
  const nodeKeys: KeyDecl[] = model.node.filter((c) => c.name !== 'labels').map((col) => ({ id: col.name, col }));
  const nodeIds = new Set(['labels', ...nodeKeys.map((k) => k.id)]);
  const edgeKeys: KeyDecl[] = model.edge
    .filter((c) => c.name !== 'label')
    .map((col) => ({ id: nodeIds.has(col.name) ? `edge.${col.name}` : col.name, col }));

  sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  sink.write(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      (yed ? ' xmlns:y="http://www.yworks.com/xml/graphml"' : '') +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  sink.write(keyElement({ id: 'labels', col: labelsCol }, 'node'));
  for (const k of nodeKeys) sink.write(keyElement(k, 'node'));
  sink.write(keyElement({ id: 'label', col: labelCol }, 'edge'));
  for (const k of edgeKeys) sink.write(keyElement(k, 'edge'));
  if (yed) {
    sink.write('  <key id="yed.node" for="node" yfiles.type="nodegraphics"/>\n');
    sink.write('  <key id="yed.edge" for="edge" yfiles.type="edgegraphics"/>\n');
  }
  sink.write('  <graph id="G" edgedefault="directed">\n');

  for (const key of sortedNodes(graph)) {
    const a = graph.getNodeAttributes(key);
    const labels = `:${a.label}`;
    sink.write(`    <node id="${escapeXml(key)}" labels="${escapeXml(labels)}">\n`);
    sink.write(`      <data key="labels">${escapeXml(labels)}</data>\n`);
    sink.write(dataElements(a, nodeKeys, '      '));
    if (yed) {
      const name = escapeXml(String(a.name ?? key));
      const width = Math.min(400, 30 + 7 * [...String(a.name ?? key)].length);
      sink.write(
        `      <data key="yed.node"><y:ShapeNode><y:Geometry width="${width}" height="30"/>` +
          `<y:Fill color="${YED_COLORS[a.label] ?? '#CCCCCC'}"/><y:BorderStyle type="line" width="1.0" color="#333333"/>` +
          `<y:NodeLabel>${name}</y:NodeLabel><y:Shape type="roundrectangle"/></y:ShapeNode></data>\n`,
      );
    }
    sink.write('    </node>\n');
    await sink.maybeFlush();
  }
  for (const key of sortedEdges(graph)) {
    const a = graph.getEdgeAttributes(key);
    const type = escapeXml(a.type);
    sink.write(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(graph.source(key))}" target="${escapeXml(graph.target(key))}" label="${type}">\n`,
    );
    sink.write(`      <data key="label">${type}</data>\n`);
    sink.write(dataElements(a, edgeKeys, '      '));
    if (yed) {
      sink.write(
        `      <data key="yed.edge"><y:PolyLineEdge><y:Arrows source="none" target="standard"/>` +
          `<y:EdgeLabel>${type}</y:EdgeLabel></y:PolyLineEdge></data>\n`,
      );
    }
    sink.write('    </edge>\n');
    await sink.maybeFlush();
  }
  sink.write('  </graph>\n</graphml>\n');
  return sink.close();
}
