import type { KnowledgeGraph } from '../graph/index.js';
import { toCytoscapeJSON } from './cytoscape-json.js';
import type { CytoscapeJSON } from './cytoscape-json.js';

/** The text around one evidence span: its sentence, or a window of about 200 characters. */
export interface EvidenceSnippet {
  /** The snippet, exactly as in the article's raw text. */
  text: string;
  /** Where `text` starts in the raw text, so other spans of the same article can be placed in it. */
  offset: number;
  /** The span, relative to `text`. */
  start: number;
  end: number;
  /** True when the snippet was cut before its sentence start (or after its end): show an ellipsis. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** A snippet as the viewer data stores it: the text is an index into `ViewerData.texts`, shared by every span of it. */
export interface StoredSnippet extends Omit<EvidenceSnippet, 'text'> {
  text: number;
}

/** Everything the viewer shows: the graph as Cytoscape.js JSON and the evidence snippets. */
export interface ViewerData {
  format: 'vnkg-viewer';
  version: 1;
  graph: CytoscapeJSON;
  /** Snippets by evidence span (`articleId:start:end`). */
  snippets: Record<string, StoredSnippet>;
  /** The snippet texts, each once (the mentions of one sentence share its text). */
  texts: string[];
  /** Ids of the articles whose text could not be read (moved, deleted, or changed since the build). */
  unreadable: string[];
}

/** How far, in characters, a snippet reaches before and after its span looking for a sentence boundary. */
const WINDOW = 160;
/** The longest span shown whole; longer spans are cut around their start. */
const MAX_SPAN = 1200;

const SENTENCE_END = /[.!?…]["”’)\]]*\s+|\n/g;

/** Cuts the snippet of raw[start, end) out of the raw text. */
export function snippetAt(raw: string, start: number, end: number): EvidenceSnippet {
  const spanEnd = Math.min(end, start + MAX_SPAN);
  const min = Math.max(0, start - WINDOW);
  const head = raw.slice(min, start);
  let cut = -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(head); m; m = SENTENCE_END.exec(head)) cut = m.index + m[0].length;
  let from = cut >= 0 ? min + cut : min;
  const cutBefore = cut < 0 && min > 0;
  const max = Math.min(raw.length, spanEnd + WINDOW);
  const tail = raw.slice(spanEnd, max);
  const m = /[.!?…]["”’)\]]*(?=\s|$)|\n/.exec(tail);
  let to = m ? spanEnd + m.index + (m[0] === '\n' ? 0 : m[0].length) : max;
  const cutAfter = (!m && max < raw.length) || spanEnd < end;
  while (from < start && /\s/.test(raw[from]!)) from++;
  while (to > spanEnd && /\s/.test(raw[to - 1]!)) to--;
  return { text: raw.slice(from, to), offset: from, start: start - from, end: spanEnd - from, cutBefore, cutAfter };
}

function parseSpan(span: string): { article: string; start: number; end: number } | undefined {
  const m = /^(.+):(\d+):(\d+)$/.exec(span);
  if (!m) return undefined;
  const start = Number(m[2]);
  const end = Number(m[3]);
  return end >= start ? { article: m[1]!, start, end } : undefined;
}

/**
 * Builds the viewer's data: the graph as Cytoscape.js JSON plus, for every evidence span of every node and edge,
 * the snippet around it, cut from the articles' raw texts (article id → raw text, see loadArticleTexts).
 */
export function buildViewerData(graph: KnowledgeGraph, texts: ReadonlyMap<string, string>): ViewerData {
  const cy = toCytoscapeJSON(graph);
  const spans = new Set<string>();
  for (const n of cy.elements.nodes) for (const s of n.data.evidence) spans.add(s);
  for (const e of cy.elements.edges) for (const s of e.data.evidence) spans.add(s);
  const snippets: Record<string, StoredSnippet> = {};
  const pool = new Map<string, number>();
  const textsOut: string[] = [];
  const unreadable = new Set<string>();
  for (const span of [...spans].sort()) {
    const p = parseSpan(span);
    if (!p) continue;
    const raw = texts.get(p.article);
    if (raw === undefined || p.end > raw.length) {
      unreadable.add(p.article);
      continue;
    }
    const { text, ...where } = snippetAt(raw, p.start, p.end);
    let at = pool.get(text);
    if (at === undefined) {
      at = textsOut.push(text) - 1;
      pool.set(text, at);
    }
    snippets[span] = { ...where, text: at };
  }
  return { format: 'vnkg-viewer', version: 1, graph: cy, snippets, texts: textsOut, unreadable: [...unreadable].sort() };
}
