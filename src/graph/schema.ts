import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Label, RelationType } from '../core/index.js';

export type PropertyType = 'string' | 'string[]' | 'number' | 'boolean' | 'date' | 'date[]';

export interface PropertySpec {
  type: PropertyType;
  required?: boolean;
  doc?: string;
}

export interface LabelSpec {
  doc: string;
  properties: Record<string, PropertySpec>;
  indexes?: string[];
}

export interface RelationshipSpec {
  doc: string;
  from: Label[];
  to: Label[];
  properties: Record<string, PropertySpec>;
}

export interface GraphSchema {
  version: number;
  common: { node: Record<string, PropertySpec>; relationship: Record<string, PropertySpec> };
  labels: Record<Label, LabelSpec>;
  relationships: Record<RelationType, RelationshipSpec>;
}

/** Path of graph-schema/schema.json, from src/ (tests) or dist/ (built). */
export const SCHEMA_PATH = fileURLToPath(new URL('../../graph-schema/schema.json', import.meta.url));

let cached: GraphSchema | undefined;

/** Loads graph-schema/schema.json once. */
export function loadSchema(): GraphSchema {
  cached ??= JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as GraphSchema;
  return cached;
}

/** The allow-list of labels: the only labels that may appear in generated Cypher. */
export function allowedLabels(schema: GraphSchema = loadSchema()): readonly Label[] {
  return Object.keys(schema.labels) as Label[];
}

/** The allow-list of relationship types. */
export function allowedRelationshipTypes(schema: GraphSchema = loadSchema()): readonly RelationType[] {
  return Object.keys(schema.relationships) as RelationType[];
}
