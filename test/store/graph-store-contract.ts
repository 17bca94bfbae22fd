import { beforeEach, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/core/index.js';
import { createGraph, mergeExtraction } from '../../src/graph/index.js';
import type { GraphStore } from '../../src/store/index.js';
import { changedVersion, snapshotOf, syntheticExtractions, type GraphSnapshot } from './fixtures.js';

export interface StoreUnderTest {
  store: GraphStore;
  /** The whole stored graph as sorted plain data. */
  snapshot(): Promise<GraphSnapshot>;
}

/** The graph a fresh memory graph gets from these writes, in this order. */
function expectedSnapshot(extractions: readonly ArticleExtraction[]): GraphSnapshot {
  const g = createGraph();
  for (const ex of extractions) mergeExtraction(g, ex);
  return snapshotOf(g);
}

/** Keys and support (articles, evidence) only: what a replaced or removed article must leave behind. */
function support(s: GraphSnapshot): unknown {
  return {
    nodes: s.nodes.map(([k, a]) => [k, a['articles'], a['evidence']]),
    edges: s.edges.map(([k, src, tgt, a]) => [k, src, tgt, a['type'], a['articles'], a['evidence']]),
  };
}

/**
 * The GraphStore contract, run against every store (graphology's spec-factory habit). `open` gives an empty store
 * for each test; the suite closes it.
 */
export function graphStoreContract(open: () => Promise<StoreUnderTest>): void {
  let s: StoreUnderTest;
  beforeEach(async () => {
    s = await open();
    return () => s.store.close();
  });

  it('holds exactly the graph that merging the extractions gives', async () => {
    const input = syntheticExtractions(40, 7);
    const report = await s.store.write(input);
    expect(report).toEqual({ added: 40, unchanged: 0, replaced: 0 });
    expect(await s.snapshot()).toEqual(expectedSnapshot(input));
  });

  it('changes nothing when the same input is written twice', async () => {
    const input = syntheticExtractions(30, 8);
    await s.store.write(input);
    const first = await s.snapshot();
    const counts = await s.store.counts();
    const again = await s.store.write(input);
    expect(again).toEqual({ added: 0, unchanged: 30, replaced: 0 });
    expect(await s.store.counts()).toEqual(counts);
    expect(await s.snapshot()).toEqual(first);
  });

  it('gives the same graph whatever the order and batching of the writes', async () => {
    const input = syntheticExtractions(30, 9);
    for (let i = input.length - 1; i >= 0; i -= 7) await s.store.write(input.slice(Math.max(0, i - 6), i + 1).reverse());
    expect(await s.snapshot()).toEqual(expectedSnapshot(input));
  });

  it('counts nodes by label and relationships by type', async () => {
    const input = syntheticExtractions(20, 10);
    await s.store.write(input);
    const snap = expectedSnapshot(input);
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    for (const [, a] of snap.nodes) nodes[a['label'] as string] = (nodes[a['label'] as string] ?? 0) + 1;
    for (const [, , , a] of snap.edges) relationships[a['type'] as string] = (relationships[a['type'] as string] ?? 0) + 1;
    expect(await s.store.counts()).toEqual({ nodes, relationships });
  });

  it('replaces an article whose text changed: the facts only it supported go, the new ones come', async () => {
    const input = syntheticExtractions(25, 11);
    await s.store.write(input);
    const changed = changedVersion(input[12]!, 99);
    const report = await s.store.write([changed]);
    expect(report).toEqual({ added: 0, unchanged: 0, replaced: 1 });
    const final = [...input.slice(0, 12), ...input.slice(13), changed];
    expect(support(await s.snapshot())).toEqual(support(expectedSnapshot(final)));
  });

  it('replaces within one write when the same source comes twice', async () => {
    const input = syntheticExtractions(10, 12);
    const changed = changedVersion(input[3]!, 5);
    const report = await s.store.write([...input, changed]);
    expect(report).toEqual({ added: 10, unchanged: 0, replaced: 1 });
    expect(support(await s.snapshot())).toEqual(support(expectedSnapshot([...input.slice(0, 3), ...input.slice(4), changed])));
  });

  it('removes an article and whatever only it supported', async () => {
    const input = syntheticExtractions(25, 13);
    await s.store.write(input);
    expect(await s.store.removeArticle(input[5]!.article.id)).toBe(true);
    expect(support(await s.snapshot())).toEqual(support(expectedSnapshot([...input.slice(0, 5), ...input.slice(6)])));
    expect(await s.store.removeArticle(input[5]!.article.id)).toBe(false);
    expect(await s.store.removeArticle('no-such-article')).toBe(false);
  });

  it('is empty again once every article is removed', async () => {
    const input = syntheticExtractions(8, 14);
    await s.store.write(input);
    for (const ex of input) await s.store.removeArticle(ex.article.id);
    expect(await s.store.counts()).toEqual({ nodes: {}, relationships: {} });
  });
}
