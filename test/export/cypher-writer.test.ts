import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCypher } from '../../src/export/index.js';
import { cypherString, cypherName } from '../../src/export/cypher-literal.js';
import { allowedLabels, allowedRelationshipTypes } from '../../src/graph/index.js';
import { createGraph } from '../../src/graph/index.js';
import { fixtureGraph, utf8Kept, writeToString } from './fixtures.js';

/** Decodes a Cypher single-quoted string literal (the escapes Cypher defines). */
function decodeCypherString(lit: string): string {
  expect(lit.startsWith("'") && lit.endsWith("'")).toBe(true);
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "'") throw new Error(`unescaped quote at ${i}`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i]!;
    const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    if (n in simple) out += simple[n];
    else if (n === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else throw new Error(`bad escape \\${n}`);
  }
  return out;
}

describe('cypherString', () => {
  it('is a one-line literal that decodes to the text (lone surrogates as U+FFFD), for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const lit = cypherString(s);
        expect(lit).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(decodeCypherString(lit)).toBe(utf8Kept(s));
      }),
      { numRuns: 500 },
    );
  });

  it('quotes names with backticks, doubling backticks', () => {
    expect(cypherName('a`b')).toBe('`a``b`');
  });
});

describe('writeCypher', () => {
  it('writes one statement per line: constraints, then node and relationship MERGE batches', async () => {
    const g = fixtureGraph();
    const text = await writeToString((out) => writeCypher(g, out, { batchSize: 3 }));
    const lines = text.split('\n').filter((l) => l && !l.startsWith('//'));
    for (const l of lines) expect(l.endsWith(';')).toBe(true);
    const constraints = lines.filter((l) => l.startsWith('CREATE CONSTRAINT'));
    expect(constraints).toHaveLength(new Set(g.mapNodes((_n, a) => a.label)).size + new Set(g.mapEdges((_e, a) => a.type)).size);
    const nodeRows = lines.filter((l) => / MERGE \(n:/.test(l));
    const relRows = lines.filter((l) => /MERGE \(a\)-\[r:/.test(l));
    expect(nodeRows.length).toBeGreaterThanOrEqual(Math.ceil(g.order / 3));
    expect(relRows.length).toBeGreaterThanOrEqual(Math.ceil(g.size / 3));
    expect(lines.findIndex((l) => relRows.includes(l))).toBeGreaterThan(lines.findIndex((l) => nodeRows.includes(l)));
  });

  it('uses only labels and relationship types of the schema allow-list, outside string literals', async () => {
    const text = await writeToString((out) => writeCypher(fixtureGraph(), out));
    const code = text.replace(/'(?:[^'\\]|\\.)*'/g, "''").replace(/`(?:[^`]|``)*`/g, '``');
    const used = [...code.matchAll(/\((?:n|a|b):(\w+)/g)].map((m) => m[1]);
    for (const l of used) expect(allowedLabels()).toContain(l);
    for (const m of code.matchAll(/\[r:(\w+)/g)) expect(allowedRelationshipTypes()).toContain(m[1]);
    expect(code).not.toMatch(/DETACH|DELETE/);
  });

  it('writes an empty graph as a comment only', async () => {
    const text = await writeToString((out) => writeCypher(createGraph(), out));
    expect(text.split('\n').filter((l) => l && !l.startsWith('//'))).toEqual([]);
  });
});
