import neo4j from 'neo4j-driver';
import type { PropValue } from '../../core/index.js';

/**
 * A property value as sent to Neo4j: whole numbers become Neo4j integers (plain JS numbers would be stored as
 * floats), a list of numbers is all integers or all floats (Neo4j lists are homogeneous); null and undefined are
 * dropped by the caller.
 */
export function toNeo4jValue(v: PropValue): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'number') {
    const nums = v as number[];
    return nums.every(Number.isInteger) ? nums.map((x) => neo4j.int(x)) : nums;
  }
  return v;
}

/** A query parameter as sent to Neo4j: whole numbers become integers (so that `LIMIT $n` works), deeply. */
export function toNeo4jParam(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toNeo4jParam);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toNeo4jParam(x);
    return out;
  }
  return v;
}

/** The Neo4j property map of a node or edge's attributes, without the ones carried by labels and types. */
export function toNeo4jProps(attrs: Record<string, unknown>, omit: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || omit.includes(k)) continue;
    out[k] = toNeo4jValue(v as PropValue);
  }
  return out;
}

/**
 * A value read from Neo4j (driver with `disableLosslessIntegers`) as a plain JSON-able value: integers are
 * numbers, temporal and spatial values their ISO strings, nodes {labels, properties}, relationships
 * {type, properties}, paths lists of nodes and relationships.
 */
export function fromNeo4jValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(fromNeo4jValue);
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (v instanceof neo4j.types.Node) return { labels: v.labels, properties: fromNeo4jValue(v.properties) };
  if (v instanceof neo4j.types.Relationship) return { type: v.type, properties: fromNeo4jValue(v.properties) };
  if (v instanceof neo4j.types.Path) {
    const out: unknown[] = [fromNeo4jValue(v.start)];
    for (const seg of v.segments) out.push(fromNeo4jValue(seg.relationship), fromNeo4jValue(seg.end));
    return out;
  }
  if (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isDuration(v) ||
    neo4j.isPoint(v)
  ) {
    return String(v);
  }
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = fromNeo4jValue(x);
  return out;
}
