import type { PropValue } from '../core/index.js';
import type { PropertySpec } from './schema.js';

/** Sorted union of two string or number lists, without duplicates. */
export function unionSorted<T extends string | number>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] {
  const set = new Set<T>(a ?? []);
  for (const x of b ?? []) set.add(x);
  return [...set].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/**
 * Chooses between two spellings of a name, independently of the order they arrive in:
 * prefer mixed case over ALL CAPS, then the longer, then the lexicographically smaller.
 */
export function preferName(a: string, b: string): string {
  if (a === b) return a;
  const capsA = a === a.toUpperCase() && a !== a.toLowerCase();
  const capsB = b === b.toUpperCase() && b !== b.toLowerCase();
  if (capsA !== capsB) return capsA ? b : a;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a < b ? a : b;
}

/** Coerces a value to the schema's type: scalars become one-element lists for list types. */
export function coerceToSpec(value: PropValue | undefined, spec: PropertySpec | undefined): PropValue | undefined {
  if (value === undefined || value === null) return value;
  if (spec && spec.type.endsWith('[]') && !Array.isArray(value)) return [value as string];
  return value;
}

const compare = (x: string | number, y: string | number): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Adds the items of `incoming` to the sorted, duplicate-free list `target`, in place, keeping it sorted.
 * A node seen in thousands of articles gets one or two new items per article: a binary search and a splice
 * each, instead of rebuilding and re-sorting the whole list.
 */
export function insertSorted<T extends string | number>(target: T[], incoming: readonly T[]): T[] {
  for (const x of incoming) {
    let lo = 0;
    let hi = target.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(target[mid]!, x) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (target[lo] !== x) target.splice(lo, 0, x);
  }
  return target;
}

/**
 * Merges an incoming property value into an existing one, order-independently:
 * lists are unioned and sorted; a missing or null value takes the other; two different scalars keep the smaller.
 */
export function mergeValue(existing: PropValue | undefined, incoming: PropValue | undefined): PropValue | undefined {
  if (incoming === undefined || incoming === null) return existing;
  if (existing === undefined || existing === null) return incoming;
  if (Array.isArray(existing) || Array.isArray(incoming)) {
    // lists in the graph are kept sorted and free of duplicates, so new items are inserted in place
    const a = (Array.isArray(existing) ? existing : [existing]) as (string | number)[];
    const b = (Array.isArray(incoming) ? incoming : [incoming]) as (string | number)[];
    return insertSorted(a, b) as PropValue;
  }
  if (existing === incoming) return existing;
  if (typeof existing === 'boolean' && typeof incoming === 'boolean') return existing || incoming;
  return existing < incoming ? existing : incoming;
}
