import type { EvidenceSnippet } from '../../src/export/viewer-data.js';
import { el } from './dom.js';

/** A range to highlight in a snippet, relative to its text, with the class of its mark. */
export interface Highlight {
  start: number;
  end: number;
  cls: 'evidence' | 'mention';
}

/**
 * Renders a snippet as a paragraph: plain text as text nodes, highlighted ranges as <mark> elements whose classes
 * say which ranges cover them. Nothing is parsed as markup.
 */
export function renderSnippet(snippet: EvidenceSnippet, highlights: readonly Highlight[]): HTMLElement {
  const text = snippet.text;
  const ranges = highlights
    .map((h) => ({ ...h, start: Math.max(0, Math.min(text.length, h.start)), end: Math.max(0, Math.min(text.length, h.end)) }))
    .filter((h) => h.end > h.start);
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const p = el('p', { class: 'snippet' });
  if (snippet.cutBefore) p.append('… ');
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const piece = text.slice(a, b);
    const classes = [...new Set(ranges.filter((r) => r.start <= a && r.end >= b).map((r) => r.cls))].sort();
    if (classes.length === 0) p.append(piece);
    else p.append(el('mark', { class: classes.join(' '), text: piece }));
  }
  if (snippet.cutAfter) p.append(' …');
  return p;
}
