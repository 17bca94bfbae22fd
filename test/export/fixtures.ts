import type { ArticleExtraction } from '../../src/core/index.js';
import { createGraph, mergeExtraction } from '../../src/graph/index.js';
import type { KnowledgeGraph } from '../../src/graph/index.js';

/** Every C0 control character. */
export const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');

/** Strings that break careless writers: markup, quotes, Cypher, CSV, controls, emoji, combining marks, length. */
export const HOSTILE = {
  xml: `<b>Tô & "Lâm" 'x'</b>`,
  closeGraphml: '</graphml>',
  cdata: ']]><!-- x --><?pi?>',
  cypher: "'}) DETACH DELETE n //",
  cypher2: '"}) MATCH (m) DETACH DELETE m; // `x` \\u0027',
  csv: 'a,b;c"d\ne\r\nf\tg',
  controls: `ctl${CONTROLS}end`,
  emoji: 'Hội nghị 🇻🇳👩🏽‍💻 🎉',
  combining: 'Nguye\u0302\u0303n Tho\u0323 (NFD) e\u0301\u0301\u0301',
  long: 'Đ'.repeat(100_000),
  backslash: 'C:\\path\\to\\"file"\\',
  unicodeEscape: '\\u0041 $x ${y} {{z}}',
} as const;

/** An ordinary article: a person holding a title in a body, an event, a document, a place. */
export function plainExtraction(id = 'art1'): ArticleExtraction {
  return {
    article: { id, source: `news/${id}.txt`, title: 'Hội nghị Tỉnh ủy lần thứ 5', published: '2017-03-02', url: `https://example.vn/${id}`, bylines: ['Phóng viên A'] },
    entities: [
      { id: 'Person:trần văn k|tỉnh x', type: 'Person', name: 'Trần Văn K', props: { province: 'Tỉnh X' }, mentions: [{ start: 0, end: 10, text: 'Trần Văn K' }, { start: 50, end: 60, text: 'Trần Văn K' }] },
      { id: 'Organization:tỉnh ủy x', type: 'Organization', name: 'Tỉnh ủy X', props: { kind: 'party-committee', level: 'province', province: 'Tỉnh X' }, mentions: [{ start: 20, end: 29, text: 'Tỉnh ủy X' }] },
      { id: 'Event:hội nghị tỉnh ủy x lần thứ 5', type: 'Event', name: 'Hội nghị Tỉnh ủy X lần thứ 5', props: { kind: 'hội nghị', date: '2017-03-01' }, mentions: [{ start: 30, end: 45, text: 'Hội nghị' }] },
      { id: 'Document:05-nq/tw', type: 'Document', name: 'Nghị quyết số 05-NQ/TW', props: { code: '05-NQ/TW', docType: 'Nghị quyết', inferred: false }, mentions: [{ start: 70, end: 90, text: 'Nghị quyết số 05-NQ/TW' }] },
      { id: 'Place:tỉnh x', type: 'Place', name: 'Tỉnh X', props: { level: 'province', period: 'pre2025' }, mentions: [{ start: 100, end: 106, text: 'Tỉnh X' }] },
    ],
    relations: [
      { type: 'HOLDS_POSITION', source: 'Person:trần văn k|tỉnh x', target: 'Organization:tỉnh ủy x', props: { title: 'Bí thư', asOf: ['2017-03-01'], former: false }, evidence: [{ start: 0, end: 29 }] },
      { type: 'HOLDS_POSITION', source: 'Person:trần văn k|tỉnh x', target: 'Organization:tỉnh ủy x', props: { title: 'Phó Bí thư', former: true }, evidence: [{ start: 0, end: 29 }] },
      { type: 'CHAIRED', source: 'Person:trần văn k|tỉnh x', target: 'Event:hội nghị tỉnh ủy x lần thứ 5', props: {}, evidence: [{ start: 0, end: 45 }] },
      { type: 'ORGANIZED', source: 'Organization:tỉnh ủy x', target: 'Event:hội nghị tỉnh ủy x lần thứ 5', props: {}, evidence: [{ start: 20, end: 45 }] },
      { type: 'REFERENCES', source: 'Event:hội nghị tỉnh ủy x lần thứ 5', target: 'Document:05-nq/tw', props: {}, evidence: [{ start: 30, end: 90 }] },
      { type: 'LOCATED_IN', source: 'Organization:tỉnh ủy x', target: 'Place:tỉnh x', props: {}, evidence: [{ start: 20, end: 106 }] },
    ],
  };
}

/** An article whose names, keys and properties are all hostile strings. */
export function hostileExtraction(id = 'hostile'): ArticleExtraction {
  const entities: ArticleExtraction['entities'] = Object.entries(HOSTILE).map(([k, v], i) => ({
    // Keys carry the hostile text too, cut to 200 characters: Neo4j cannot index (so key) longer values.
    id: `Person:${k} ${v.slice(0, 200)}`,
    type: 'Person' as const,
    // Names are indexed in Neo4j (at most ~8 kB per value): the full 100k-character value goes into `province`.
    name: v.slice(0, 1000),
    props: { province: v },
    mentions: [{ start: i, end: i + 1, text: 'x' }],
  }));
  entities.push({
    id: `Organization:${HOSTILE.xml}`,
    type: 'Organization',
    name: HOSTILE.cypher,
    props: { kind: HOSTILE.controls, aliases: Object.values(HOSTILE) },
    mentions: [{ start: 0, end: 1, text: 'x' }],
  });
  return {
    article: { id, source: `${HOSTILE.xml}/${HOSTILE.cypher}.txt`, title: HOSTILE.closeGraphml + HOSTILE.emoji, published: '2017-01-01', bylines: [HOSTILE.csv, HOSTILE.combining, HOSTILE.controls] },
    entities,
    relations: entities
      .filter((e) => e.type === 'Person')
      .map((e) => ({
        type: 'HOLDS_POSITION' as const,
        source: e.id,
        target: `Organization:${HOSTILE.xml}`,
        // The title is part of the edge key, which Neo4j indexes: cut to 200 characters like node keys.
        props: { title: e.name.slice(0, 200), asOf: ['2017-01-01', HOSTILE.cypher] },
        evidence: [{ start: 0, end: 1 }],
      })),
  };
}

/** A graph of the plain article, a second article that merges into it, and the hostile article. */
export function fixtureGraph(): KnowledgeGraph {
  const g = createGraph();
  mergeExtraction(g, plainExtraction('art1'));
  mergeExtraction(g, plainExtraction('art2'));
  mergeExtraction(g, hostileExtraction());
  return g;
}

import { Writable } from 'node:stream';
import type { ExportTarget } from '../../src/export/index.js';

/** A Writable that collects what is written; `text()` decodes it as UTF-8. */
export class Collector extends Writable {
  chunks: Buffer[] = [];
  writes = 0;
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.chunks.push(chunk);
    this.writes++;
    cb();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Runs a stream writer into memory and returns the text. */
export async function writeToString(write: (out: Writable) => Promise<unknown>): Promise<string> {
  const c = new Collector();
  await write(c);
  return c.text();
}

/** An in-memory export target: file name → collected text. */
export function memoryTarget(): ExportTarget & { files: Map<string, Collector> } {
  const files = new Map<string, Collector>();
  return {
    files,
    open(name: string) {
      const c = new Collector();
      files.set(name, c);
      return c;
    },
  };
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** What an XML format keeps of a string: forbidden control characters and U+FFFE/U+FFFF removed, lone surrogates as U+FFFD. */
export function xmlKept(s: string): string {
  return s.replace(LONE, '\uFFFD').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
/** Lone surrogates as U+FFFD (what any UTF-8 file keeps). */
export function utf8Kept(s: string): string {
  return s.replace(LONE, '\uFFFD');
}
