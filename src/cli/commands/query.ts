import { UsageError } from '../../core/index.js';
import type { Command } from '../command.js';
import { flagList, parseArgs } from '../parse-args.js';

const USAGE = `Usage: vnkg query 'CYPHER' [--param NAME=VALUE]… [--json]

Runs one Cypher statement on Neo4j and prints its rows as a table (or JSON). Values go in as parameters,
never pasted into the text: refer to them as $NAME.

Options:
  --param NAME=VALUE   a parameter; VALUE is read as JSON when it is valid JSON (2017, true, ["a","b"],
                       "quoted"), else as a plain string (Long An, 05-NQ/TW)
  --json               print {columns, rows} as JSON: nodes as {labels, properties}, relationships as
                       {type, properties}, paths as lists of both

Connection: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
Examples are in graph-schema/queries.cypher.
`;

/** Parses `--param` values: JSON when valid, else the string itself. */
export function parseParams(items: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    const name = eq > 0 ? item.slice(0, eq) : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--param needs NAME=VALUE with NAME a Cypher identifier, got '${item}'`);
    const text = item.slice(eq + 1);
    let value: unknown = text;
    try {
      value = JSON.parse(text);
    } catch {
      // a plain string
    }
    params[name] = value;
  }
  return params;
}

/** A cell of the table: strings as they are, lists joined, nodes as (:Label key), other values as JSON. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : cell(x))).join(', ');
  const o = v as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
  if (Array.isArray(o.labels) && o.properties) return `(:${o.labels.join(':')} ${String(o.properties['name'] ?? o.properties['key'] ?? '')})`;
  if (typeof o.type === 'string' && o.properties) return `[:${o.type}${o.properties['title'] ? ` ${String(o.properties['title'])}` : ''}]`;
  return JSON.stringify(v);
}

/** Rows as an aligned text table with a header and a row count. */
export function formatTable(columns: readonly string[], rows: readonly unknown[][]): string {
  const cells = rows.map((r) => r.map((v) => cell(v).replace(/[\r\n\t]+/g, ' ')));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (xs: readonly string[]) => `| ${xs.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(columns), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)];
  out.push(`${rows.length} row${rows.length === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a Cypher query on Neo4j and print a table or JSON',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, ['json']);
    if (args.positionals.length !== 1) throw new UsageError('give exactly one Cypher statement (quote it)');
    const params = parseParams(flagList(args, 'param'));
    const { runCypher, neo4jOptionsFromEnv } = await import('../../store/neo4j/index.js');
    const result = await runCypher(neo4jOptionsFromEnv(io.env), args.positionals[0]!, params);
    io.stdout(args.flags['json'] === true ? `${JSON.stringify(result, null, 2)}\n` : formatTable(result.columns, result.rows));
    return 0;
  },
};
