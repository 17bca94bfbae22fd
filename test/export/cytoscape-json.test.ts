import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/core/index.js';
import { toCytoscapeJSON } from '../../src/export/cytoscape-json.js';
import { createGraph, mergeExtraction } from '../../src/graph/index.js';

function fixture(): ArticleExtraction {
  return {
    article: { id: 'a1', source: 'seeds/x.txt', title: 'Tiêu đề', published: '2020-05-01', bylines: [] },
    entities: [
      { id: 'Person:nguyễn văn a', type: 'Person', name: 'Nguyễn Văn A', props: {}, mentions: [{ start: 0, end: 12, text: 'Nguyễn Văn A' }] },
      { id: 'Organization:tỉnh ủy b', type: 'Organization', name: 'Tỉnh ủy B', props: {}, mentions: [{ start: 20, end: 29, text: 'Tỉnh ủy B' }] },
      { id: 'Event:hội nghị c', type: 'Event', name: 'Hội nghị C', props: { date: '2020-04-30' }, mentions: [{ start: 40, end: 50, text: 'Hội nghị C' }] },
    ],
    relations: [
      { type: 'HOLDS_POSITION', source: 'Person:nguyễn văn a', target: 'Organization:tỉnh ủy b', props: { title: 'Bí thư', asOf: ['2020-04-30'] }, evidence: [{ start: 0, end: 29 }] },
    ],
  };
}

describe('toCytoscapeJSON', () => {
  it('gives every node and edge with its key as id and the edge endpoints as source and target', () => {
    const g = createGraph();
    mergeExtraction(g, fixture());
    const cy = toCytoscapeJSON(g);
    expect(cy.elements.nodes.map((n) => n.data.id).sort()).toEqual(g.nodes().sort());
    expect(cy.elements.edges).toHaveLength(g.size);
    for (const e of cy.elements.edges) {
      expect(e.data.source).toBe(g.source(e.data.id));
      expect(e.data.target).toBe(g.target(e.data.id));
    }
  });

  it('keeps the article source path on Article nodes and computes degree and dates', () => {
    const g = createGraph();
    mergeExtraction(g, fixture());
    const cy = toCytoscapeJSON(g);
    const art = cy.elements.nodes.find((n) => n.data.label === 'Article')!;
    expect(art.data['source']).toBe('seeds/x.txt');
    expect(art.data.dates).toEqual(['2020-05-01']);
    expect(art.data.degree).toBe(3);
    const pos = cy.elements.edges.find((e) => e.data.type === 'HOLDS_POSITION')!;
    expect(pos.data.dates).toEqual(['2020-04-30']);
    expect(pos.data['title']).toBe('Bí thư');
    expect(pos.data.evidence).toEqual(['a1:0:29']);
  });

  it('does not depend on the order articles were merged in', () => {
    const a = fixture();
    const b: ArticleExtraction = { ...fixture(), article: { ...fixture().article, id: 'a2', source: 'y.txt' } };
    const g1 = createGraph();
    mergeExtraction(g1, a);
    mergeExtraction(g1, b);
    const g2 = createGraph();
    mergeExtraction(g2, b);
    mergeExtraction(g2, a);
    expect(JSON.stringify(toCytoscapeJSON(g1))).toBe(JSON.stringify(toCytoscapeJSON(g2)));
  });
});
