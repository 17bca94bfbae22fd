import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGraph, dropArticle, mergeExtraction, type KnowledgeGraph } from '../../src/graph/index.js';
import { articleId, extractArticle } from '../../src/pipeline/index.js';
import type { ArticleExtraction } from '../../src/core/index.js';

const seeds: ArticleExtraction[] = readdirSync('seeds')
  .sort()
  .map((f) => {
    const raw = readFileSync(`seeds/${f}`, 'utf8');
    return extractArticle({ id: articleId(raw), source: `seeds/${f}`, raw });
  });

function snapshot(g: KnowledgeGraph): string {
  const nodes = g.mapNodes((k, a) => [k, a] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const edges = g.mapEdges((k, a, s, t) => [k, s, t, a] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify({ nodes, edges });
}

function build(order: readonly ArticleExtraction[]): KnowledgeGraph {
  const g = createGraph();
  for (const ex of order) mergeExtraction(g, ex);
  return g;
}

describe('mergeExtraction', () => {
  it('gives every node and edge an article and evidence', () => {
    const g = build(seeds);
    g.forEachNode((k, a) => {
      expect(a.articles.length, k).toBeGreaterThan(0);
      if (a.label !== 'Article') expect(a.evidence.length, k).toBeGreaterThan(0);
    });
    g.forEachEdge((k, a) => {
      expect(a.articles.length, k).toBeGreaterThan(0);
      expect(a.evidence.length, k).toBeGreaterThan(0);
    });
  });

  it('builds the same graph whatever the order of the articles (property test)', () => {
    const reference = snapshot(build(seeds));
    fc.assert(
      fc.property(fc.shuffledSubarray(seeds, { minLength: seeds.length, maxLength: seeds.length }), (order) => {
        expect(snapshot(build(order))).toBe(reference);
      }),
      { numRuns: 30 },
    );
  });

  it('is idempotent: merging an article twice changes nothing', () => {
    const g = build(seeds);
    const before = snapshot(g);
    mergeExtraction(g, seeds[2]!);
    expect(snapshot(g)).toBe(before);
  });
});

describe('dropArticle', () => {
  it('removes exactly what only that article supported', () => {
    const without = build(seeds.filter((_, i) => i !== 3));
    const g = build(seeds);
    dropArticle(g, seeds[3]!.article.id);
    expect(g.order).toBe(without.order);
    expect(g.size).toBe(without.size);
    expect(g.nodes().sort()).toEqual(without.nodes().sort());
  });
});
