/** Core data types shared by every pipeline stage. This module imports nothing else of vnkg. */

/** A half-open character range [start, end) in UTF-16 code units of an article's raw text. */
export interface Span {
  start: number;
  end: number;
}

/** One input article as read from disk: the raw text (BOM removed) is kept untouched. */
export interface Article {
  /** Deterministic id: hash of the normalized text, so the same article twice is one article. */
  id: string;
  /** The path (or path:line for JSONL) as given by the user. */
  source: string;
  /** The text exactly as read, after BOM removal and HTML stripping; every span points into it. */
  raw: string;
  title?: string | undefined;
  /** ISO date (yyyy-mm-dd) given by the input metadata, if any. */
  published?: string | undefined;
  url?: string | undefined;
}

export const EntityType = Object.freeze({
  Person: 'Person',
  Organization: 'Organization',
  Document: 'Document',
  Event: 'Event',
  Place: 'Place',
} as const);
export type EntityType = (typeof EntityType)[keyof typeof EntityType];

/** A label of the graph: the entity types plus the Article itself. */
export type Label = EntityType | 'Article';

export const RelationType = Object.freeze({
  HOLDS_POSITION: 'HOLDS_POSITION',
  CHAIRED: 'CHAIRED',
  ATTENDED: 'ATTENDED',
  ORGANIZED: 'ORGANIZED',
  ISSUED: 'ISSUED',
  REFERENCES: 'REFERENCES',
  PART_OF: 'PART_OF',
  LOCATED_IN: 'LOCATED_IN',
  AUTHORED: 'AUTHORED',
  MENTIONS: 'MENTIONS',
} as const);
export type RelationType = (typeof RelationType)[keyof typeof RelationType];

export type PropValue = string | number | boolean | null | string[] | number[];
export type Props = Record<string, PropValue>;

/** A mention of an entity in the article's raw text: raw.slice(start, end) === text. */
export interface Mention extends Span {
  text: string;
}

/** An entity as found in one article. `id` is the cross-article key (`Label:canonical`). */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  props: Props;
  mentions: Mention[];
}

/** A relation found in one article, between two entity ids (or the article id for AUTHORED sources). */
export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  props: Props;
  evidence: Span[];
}

/** What one article yields: the line format of `vnkg extract --json`. */
export interface ArticleExtraction {
  article: {
    id: string;
    source: string;
    title: string | null;
    published: string | null;
    url?: string | null;
    bylines: string[];
  };
  entities: Entity[];
  relations: Relation[];
}
