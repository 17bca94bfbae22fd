// Hand-made graphs for the viewer tests: real article files on disk, extractions whose spans point into them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleExtraction, Entity, EntityType, Props, Relation, RelationType } from '../../src/core/index.js';
import { createGraph, mergeExtraction } from '../../src/graph/index.js';
import type { KnowledgeGraph } from '../../src/graph/index.js';
import { articleId } from '../../src/pipeline/article-id.js';
import { foldForSearch } from '../../src/normalize/index.js';

export interface FixtureEntity {
  type: EntityType;
  name: string;
  props?: Props;
}

export interface FixtureRelation {
  type: RelationType;
  source: string;
  target: string;
  props?: Props;
  /** The text of the evidence (a sentence of the article). */
  sentence: string;
}

export interface FixtureArticle {
  file: string;
  title: string;
  published: string | null;
  raw: string;
  entities: FixtureEntity[];
  relations: FixtureRelation[];
}

const idOf = (e: FixtureEntity): string => `${e.type}:${foldForSearch(e.name)}`;

function spansOf(raw: string, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = raw.indexOf(text); at >= 0; at = raw.indexOf(text, at + text.length)) out.push({ start: at, end: at + text.length });
  if (out.length === 0) throw new Error(`fixture: '${text}' is not in the article text`);
  return out;
}

/** Turns a fixture article into the extraction the pipeline would give, with spans found in the text. */
export function toExtraction(a: FixtureArticle): ArticleExtraction {
  const id = articleId(a.raw);
  const entities: Entity[] = a.entities.map((e) => ({
    id: idOf(e),
    type: e.type,
    name: e.name,
    props: e.props ?? {},
    mentions: spansOf(a.raw, e.name).map((s) => ({ ...s, text: e.name })),
  }));
  const byName = new Map(a.entities.map((e) => [e.name, idOf(e)]));
  const relations: Relation[] = a.relations.map((r) => ({
    type: r.type,
    source: byName.get(r.source) ?? r.source,
    target: byName.get(r.target) ?? r.target,
    props: r.props ?? {},
    evidence: spansOf(a.raw, r.sentence).slice(0, 1),
  }));
  return { article: { id, source: a.file, title: a.title, published: a.published, bylines: [] }, entities, relations };
}

/** Writes the articles under `dir` (as their `file` paths, relative to it) and returns the merged graph. */
export function writeFixture(dir: string, articles: readonly FixtureArticle[]): KnowledgeGraph {
  const graph = createGraph();
  for (const a of articles) {
    const path = join(dir, a.file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, a.raw);
    mergeExtraction(graph, toExtraction(a));
  }
  return graph;
}

const S1 = 'Đồng chí Trần Văn Mẫu, Bí thư Tỉnh ủy Hà Giang, chủ trì Hội nghị tổng kết công tác tổ chức năm 2015.';
const S2 = 'Đồng chí Lê Thị Thử, Phó Bí thư Tỉnh ủy Hà Giang, dự Hội nghị tổng kết công tác tổ chức năm 2015.';
const S3 = 'Ban Tổ chức Tỉnh ủy Hà Giang tổ chức Hội nghị tổng kết công tác tổ chức năm 2015 tại thành phố Hà Giang.';
const S4 = 'Đồng chí Trần Văn Mẫu, Chủ tịch Hội đồng nhân dân tỉnh Hà Giang, phát biểu tại Kỳ họp thứ mười.';
const S5 = 'Tỉnh ủy Hà Giang quán triệt Nghị quyết số 18-NQ/TW trong toàn Đảng bộ.';

/** Three ordinary articles about made-up people, with positions at two dates. */
export const ORDINARY: readonly FixtureArticle[] = [
  {
    file: 'texts/a1.txt',
    title: 'Tổng kết công tác tổ chức xây dựng Đảng năm 2015',
    published: '2016-01-12',
    raw: `Tổng kết công tác tổ chức xây dựng Đảng năm 2015\n\nHG - Ngày 10/1/2016, tại Hà Giang. ${S3} ${S1} ${S2}\nHội nghị đánh giá cao kết quả đạt được.\n`,
    entities: [
      { type: 'Person', name: 'Trần Văn Mẫu', props: { province: 'Hà Giang' } },
      { type: 'Person', name: 'Lê Thị Thử', props: { province: 'Hà Giang' } },
      { type: 'Organization', name: 'Tỉnh ủy Hà Giang', props: { kind: 'party-committee', province: 'Hà Giang' } },
      { type: 'Organization', name: 'Ban Tổ chức Tỉnh ủy Hà Giang', props: { kind: 'party-board', province: 'Hà Giang' } },
      { type: 'Event', name: 'Hội nghị tổng kết công tác tổ chức năm 2015', props: { kind: 'hội nghị', date: '2016-01-10' } },
      { type: 'Place', name: 'Hà Giang', props: { level: 'province' } },
    ],
    relations: [
      { type: 'HOLDS_POSITION', source: 'Trần Văn Mẫu', target: 'Tỉnh ủy Hà Giang', props: { title: 'Bí thư', asOf: ['2016-01-10'] }, sentence: S1 },
      { type: 'HOLDS_POSITION', source: 'Lê Thị Thử', target: 'Tỉnh ủy Hà Giang', props: { title: 'Phó Bí thư', asOf: ['2016-01-10'] }, sentence: S2 },
      { type: 'CHAIRED', source: 'Trần Văn Mẫu', target: 'Hội nghị tổng kết công tác tổ chức năm 2015', sentence: S1 },
      { type: 'ATTENDED', source: 'Lê Thị Thử', target: 'Hội nghị tổng kết công tác tổ chức năm 2015', sentence: S2 },
      { type: 'ORGANIZED', source: 'Ban Tổ chức Tỉnh ủy Hà Giang', target: 'Hội nghị tổng kết công tác tổ chức năm 2015', sentence: S3 },
      { type: 'PART_OF', source: 'Ban Tổ chức Tỉnh ủy Hà Giang', target: 'Tỉnh ủy Hà Giang', sentence: S3 },
      { type: 'LOCATED_IN', source: 'Tỉnh ủy Hà Giang', target: 'Hà Giang', sentence: S3 },
    ],
  },
  {
    file: 'texts/a2.txt',
    title: 'Kỳ họp thứ mười Hội đồng nhân dân tỉnh',
    published: '2019-07-05',
    raw: `Kỳ họp thứ mười Hội đồng nhân dân tỉnh\n\nSáng 4/7/2019, khai mạc Kỳ họp thứ mười. ${S4}\n`,
    entities: [
      { type: 'Person', name: 'Trần Văn Mẫu', props: { province: 'Hà Giang' } },
      { type: 'Organization', name: 'Hội đồng nhân dân tỉnh Hà Giang', props: { kind: 'people-council', province: 'Hà Giang' } },
      { type: 'Event', name: 'Kỳ họp thứ mười', props: { kind: 'kỳ họp', date: '2019-07-04' } },
    ],
    relations: [
      { type: 'HOLDS_POSITION', source: 'Trần Văn Mẫu', target: 'Hội đồng nhân dân tỉnh Hà Giang', props: { title: 'Chủ tịch', asOf: ['2019-07-04'] }, sentence: S4 },
      { type: 'ATTENDED', source: 'Trần Văn Mẫu', target: 'Kỳ họp thứ mười', sentence: S4 },
    ],
  },
  {
    file: 'texts/a3.txt',
    title: 'Quán triệt Nghị quyết 18',
    published: '2018-03-02',
    raw: `Quán triệt Nghị quyết 18\n\n${S5}\n`,
    entities: [
      { type: 'Organization', name: 'Tỉnh ủy Hà Giang', props: { kind: 'party-committee', province: 'Hà Giang' } },
      { type: 'Document', name: 'Nghị quyết số 18-NQ/TW', props: { code: '18-NQ/TW', docType: 'Nghị quyết' } },
    ],
    relations: [{ type: 'REFERENCES', source: 'Tỉnh ủy Hà Giang', target: 'Nghị quyết số 18-NQ/TW', sentence: S5 }],
  },
];

/** Hostile markup in a title, in entity names and in the evidence text: the viewer must show it as text. */
export const HOSTILE_NAME = '<script>window.__pwned=4</script>';
export const HOSTILE_IMG = '<img src=x onerror="window.__pwned=2">';
export const HOSTILE: FixtureArticle = {
  file: 'texts/hostile.txt',
  title: '<img src=x onerror="window.__pwned=1">Tin <b>đậm</b>',
  published: '2020-01-01',
  raw:
    `<img src=x onerror="window.__pwned=1">Tin <b>đậm</b>\n\n` +
    `Ông ${HOSTILE_NAME} dự họp, xem ${HOSTILE_IMG} và <a href="javascript:window.__pwned=3">liên kết</a>.\n` +
    `Ông ${HOSTILE_NAME}, Bí thư <a href="javascript:window.__pwned=5">Chi bộ X</a>, phát biểu.\n`,
  entities: [
    { type: 'Person', name: HOSTILE_NAME },
    { type: 'Organization', name: '<a href="javascript:window.__pwned=5">Chi bộ X</a>' },
    { type: 'Place', name: HOSTILE_IMG },
  ],
  relations: [
    {
      type: 'HOLDS_POSITION',
      source: HOSTILE_NAME,
      target: '<a href="javascript:window.__pwned=5">Chi bộ X</a>',
      props: { title: '<svg onload="window.__pwned=6">' },
      sentence: `Ông ${HOSTILE_NAME}, Bí thư <a href="javascript:window.__pwned=5">Chi bộ X</a>, phát biểu.`,
    },
  ],
};
