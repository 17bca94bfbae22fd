import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../graph/index.js';
import { toCytoscapeJSON } from './cytoscape-json.js';
import { EXPORT_DEFAULTS } from './export-options.js';
import type { ExportOptions } from './exporter.js';
import { TextSink } from './text-sink.js';

/**
 * Writes Cytoscape.js JSON (`{elements: {nodes, edges}}`, as `cy.json()` gives and Cytoscape desktop opens),
 * one element per line. The element objects come from toCytoscapeJSON, so they are all in memory at once; the
 * text is streamed. JSON escapes control characters, so every string survives exactly (lone surrogates are
 * written as \uDXXX escapes).
 */
export async function writeCytoscapeJSON(graph: KnowledgeGraph, out: Writable, options: Partial<Pick<ExportOptions, 'chunkSize'>> = {}): Promise<number> {
  const sink = new TextSink(out, options.chunkSize ?? EXPORT_DEFAULTS.chunkSize);
  const { elements, ...head } = toCytoscapeJSON(graph);
  const headText = JSON.stringify(head);
  sink.write(`${headText.slice(0, -1)},"elements":{"nodes":[`);
  let first = true;
  for (const n of elements.nodes) {
    sink.write(`${first ? '' : ','}\n${JSON.stringify(n)}`);
    first = false;
    await sink.maybeFlush();
  }
  sink.write('\n],"edges":[');
  first = true;
  for (const e of elements.edges) {
    sink.write(`${first ? '' : ','}\n${JSON.stringify(e)}`);
    first = false;
    await sink.maybeFlush();
  }
  sink.write('\n]}}\n');
  return sink.close();
}
