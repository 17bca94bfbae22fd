import { replaceLoneSurrogates } from './sanitize-text.js';

const CYPHER_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A Cypher string literal: single-quoted; backslash, quote and every control character escaped (the result is
 * one line, whatever the text); lone surrogates become U+FFFD. Lossless for every other character.
 */
export function cypherString(text: string): string {
  if (!/[\\'\u0000-\u001f\u007f\u2028\u2029\uD800-\uDFFF]/.test(text)) return `'${text}'`;
  const body = replaceLoneSurrogates(text).replace(/[\\'\u0000-\u001f\u007f\u2028\u2029]/g, (c) => CYPHER_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${body}'`;
}

/** A Cypher identifier (property key, label, type) in backticks, backticks doubled. */
export function cypherName(name: string): string {
  return `\`${replaceLoneSurrogates(name).replace(/`/g, '``')}\``;
}

/** A Cypher literal of a scalar or a list of scalars; `float` forces a decimal point for integral doubles. */
export function cypherValue(v: unknown, float = false): string {
  if (Array.isArray(v)) return `[${v.map((x) => cypherValue(x, float)).join(', ')}]`;
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return 'null';
    const s = String(v);
    return float && /^-?\d+$/.test(s) ? `${s}.0` : s;
  }
  return 'null';
}
