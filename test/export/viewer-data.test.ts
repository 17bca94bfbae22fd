import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildViewerData, snippetAt } from '../../src/export/viewer-data.js';
import { createGraph, mergeExtraction } from '../../src/graph/index.js';

describe('snippetAt', () => {
  const raw = 'Tiêu đề bài.\n\nCâu thứ nhất nói về Tỉnh ủy A. Đồng chí Nguyễn Văn B dự hội nghị. Câu cuối.';

  it('cuts the sentence around a span and gives the span relative to it', () => {
    const start = raw.indexOf('Nguyễn Văn B');
    const s = snippetAt(raw, start, start + 'Nguyễn Văn B'.length);
    expect(s.text).toBe('Đồng chí Nguyễn Văn B dự hội nghị.');
    expect(s.text.slice(s.start, s.end)).toBe('Nguyễn Văn B');
    expect(raw.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
    expect([s.cutBefore, s.cutAfter]).toEqual([false, false]);
  });

  it('stops at a line break', () => {
    const start = raw.indexOf('Tiêu');
    expect(snippetAt(raw, start, start + 4).text).toBe('Tiêu đề bài.');
  });

  it('cuts a window in text without sentence boundaries and says so', () => {
    const long = `${'x '.repeat(400)}TARGET${' y'.repeat(400)}`;
    const start = long.indexOf('TARGET');
    const s = snippetAt(long, start, start + 6);
    expect(s.text.length).toBeLessThan(400);
    expect(s.text.slice(s.start, s.end)).toBe('TARGET');
    expect([s.cutBefore, s.cutAfter]).toEqual([true, true]);
  });

  it('always gives a snippet that is a slice of the text containing the span', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % text.length : 0;
        const end = Math.min(text.length, start + (b % 50));
        const s = snippetAt(text, start, end);
        expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
        expect(s.offset + s.start).toBe(start);
        expect(s.text.slice(s.start, s.end)).toBe(text.slice(start, end));
      }),
    );
  });
});

describe('buildViewerData', () => {
  it('keeps each snippet text once, shared by the spans in it', () => {
    const g = createGraph();
    const raw = 'Ông Trần Văn C và bà Lê Thị D dự họp.';
    mergeExtraction(g, {
      article: { id: 'a1', source: 'a1.txt', title: null, published: null, bylines: [] },
      entities: [
        { id: 'Person:trần văn c', type: 'Person', name: 'Trần Văn C', props: {}, mentions: [{ start: 4, end: 14, text: 'Trần Văn C' }] },
        { id: 'Person:lê thị d', type: 'Person', name: 'Lê Thị D', props: {}, mentions: [{ start: 21, end: 29, text: 'Lê Thị D' }] },
      ],
      relations: [],
    });
    const data = buildViewerData(g, new Map([['a1', raw]]));
    expect(data.texts).toEqual([raw]);
    expect(Object.values(data.snippets).map((s) => [s.text, s.start, s.end]).sort((a, b) => a[1]! - b[1]!)).toEqual([
      [0, 4, 14],
      [0, 21, 29],
    ]);
  });

  it('gives a snippet per evidence span and lists the articles without text', () => {
    const g = createGraph();
    const raw = 'Ông Trần Văn C dự họp.';
    for (const id of ['a1', 'a2']) {
      mergeExtraction(g, {
        article: { id, source: `${id}.txt`, title: null, published: null, bylines: [] },
        entities: [{ id: 'Person:trần văn c', type: 'Person', name: 'Trần Văn C', props: {}, mentions: [{ start: 4, end: 14, text: 'Trần Văn C' }] }],
        relations: [],
      });
    }
    const data = buildViewerData(g, new Map([['a1', raw]]));
    expect(Object.keys(data.snippets)).toEqual(['a1:4:14']);
    expect(data.texts[data.snippets['a1:4:14']!.text]).toBe(raw);
    expect(data.unreadable).toEqual(['a2']);
    expect(data.graph.elements.nodes).toHaveLength(3);
  });
});
