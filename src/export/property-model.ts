import type { PropValue } from '../core/index.js';
import { loadSchema } from '../graph/index.js';
import type { KnowledgeGraph, PropertyType } from '../graph/index.js';

/** The scalar types every export format can declare (GraphML attr.type, GEXF, neo4j-admin CSV headers). */
export type ScalarType = 'string' | 'long' | 'double' | 'boolean';

/** One typed property column: its name, its scalar type and whether values are lists of that type. */
export interface PropertyColumn {
  name: string;
  type: ScalarType;
  list: boolean;
}

/**
 * The typed properties of a graph: per node label and per relationship type, and their unions over all
 * nodes and all edges. Types come from graph-schema/schema.json; properties the schema does not declare are typed
 * from their values. Only properties that occur in the graph are listed.
 */
export interface PropertyModel {
  node: PropertyColumn[];
  edge: PropertyColumn[];
  byLabel: Map<string, PropertyColumn[]>;
  byType: Map<string, PropertyColumn[]>;
}

interface Slot {
  type: ScalarType | undefined;
  list: boolean;
  declared: boolean;
}

function fromSchema(t: PropertyType): Slot {
  const list = t.endsWith('[]');
  const base = list ? t.slice(0, -2) : t;
  const type: ScalarType = base === 'number' ? 'long' : base === 'boolean' ? 'boolean' : 'string';
  return { type, list, declared: true };
}

function scalarTypeOf(v: unknown): ScalarType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'long' : 'double';
  return 'string';
}

/** The least type that holds both: long and double give double, anything else mixed gives string. */
function join(a: ScalarType | undefined, b: ScalarType | undefined): ScalarType | undefined {
  if (a === undefined) return b;
  if (b === undefined || a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

function observe(slot: Slot, v: PropValue): void {
  const values = Array.isArray(v) ? v : [v];
  if (Array.isArray(v)) slot.list = true;
  for (const x of values) {
    const t = scalarTypeOf(x);
    if (slot.declared) {
      // A declared number that holds fractions becomes double; other declared types stay as the schema says.
      if (slot.type === 'long' && t === 'double') slot.type = 'double';
    } else slot.type = join(slot.type, t);
  }
}

const NODE_FIRST = ['key', 'name'];
const LAST = ['articles', 'evidence'];

function order(names: Iterable<string>): string[] {
  const all = new Set(names);
  const first = NODE_FIRST.filter((n) => all.has(n));
  const last = LAST.filter((n) => all.has(n));
  const middle = [...all].filter((n) => !first.includes(n) && !last.includes(n)).sort();
  return [...first, ...middle, ...last];
}

function columns(slots: Map<string, Slot>): PropertyColumn[] {
  return order(slots.keys()).map((name) => {
    const s = slots.get(name)!;
    return { name, type: s.type ?? 'string', list: s.list };
  });
}

function unionOf(groups: Iterable<Map<string, Slot>>): Map<string, Slot> {
  const out = new Map<string, Slot>();
  for (const g of groups)
    for (const [name, s] of g) {
      const cur = out.get(name);
      if (!cur) out.set(name, { ...s });
      else {
        cur.type = join(cur.type, s.type);
        cur.list ||= s.list;
      }
    }
  return out;
}

/**
 * Builds the property model of a graph in one pass over its attributes. `label` (nodes) and `type` (edges)
 * are not properties: every format writes them as labels and relationship types.
 */
export function buildPropertyModel(graph: KnowledgeGraph): PropertyModel {
  const schema = loadSchema();
  const labels = new Map<string, Map<string, Slot>>();
  const types = new Map<string, Map<string, Slot>>();
  const slotFor = (groups: Map<string, Map<string, Slot>>, group: string, name: string, declared: Record<string, { type: PropertyType }>): Slot => {
    let g = groups.get(group);
    if (!g) groups.set(group, (g = new Map()));
    let s = g.get(name);
    if (!s) {
      const spec = declared[name];
      s = spec ? fromSchema(spec.type) : { type: undefined, list: false, declared: false };
      g.set(name, s);
    }
    return s;
  };
  graph.forEachNode((_key, attrs) => {
    const declared = { ...schema.common.node, ...(schema.labels[attrs.label]?.properties ?? {}) };
    for (const [name, v] of Object.entries(attrs)) {
      if (name === 'label' || v === undefined || v === null) continue;
      observe(slotFor(labels, attrs.label, name, declared), v);
    }
  });
  graph.forEachEdge((_key, attrs) => {
    const declared = { ...schema.common.relationship, ...(schema.relationships[attrs.type]?.properties ?? {}) };
    for (const [name, v] of Object.entries(attrs)) {
      if (name === 'type' || v === undefined || v === null) continue;
      observe(slotFor(types, attrs.type, name, declared), v);
    }
  });
  const sorted = <T>(m: Map<string, T>): [string, T][] => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    node: columns(unionOf(labels.values())),
    edge: columns(unionOf(types.values())),
    byLabel: new Map(sorted(labels).map(([l, s]) => [l, columns(s)])),
    byType: new Map(sorted(types).map(([t, s]) => [t, columns(s)])),
  };
}

/** Converts one scalar to a column's type: numbers and booleans pass when the type matches, else become strings. */
export function coerceScalar(v: unknown, type: ScalarType): string | number | boolean {
  if (type === 'string') return typeof v === 'string' ? v : String(v);
  if (type === 'boolean') return typeof v === 'boolean' ? v : String(v) === 'true';
  const n = typeof v === 'number' ? v : Number(v);
  return type === 'long' ? Math.trunc(n) : n;
}

/** A value as a list of the column's type (lists) or as one scalar (scalars; a list is joined as JSON). */
export function coerceValue(v: PropValue, col: PropertyColumn): string | number | boolean | (string | number | boolean)[] {
  if (col.list) return (Array.isArray(v) ? v : [v]).map((x) => coerceScalar(x, col.type));
  if (Array.isArray(v)) return JSON.stringify(v);
  return coerceScalar(v, col.type);
}
