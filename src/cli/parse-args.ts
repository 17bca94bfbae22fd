import { UsageError } from '../core/index.js';

export interface ParsedArgs {
  positionals: string[];
  /** Flags: `--name value`, `--name=value`, boolean `--name`; repeated flags collect into arrays. */
  flags: Record<string, string | boolean | string[]>;
}

/**
 * Parses argv. `booleans` names the flags that take no value. `--` ends flag parsing.
 */
export function parseArgs(argv: readonly string[], booleans: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const flags: ParsedArgs['flags'] = {};
  const put = (k: string, v: string | boolean): void => {
    const cur = flags[k];
    if (cur === undefined || typeof v === 'boolean') flags[k] = v;
    else flags[k] = Array.isArray(cur) ? [...cur, v as string] : [String(cur), v as string];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      if (eq >= 0) put(name, a.slice(eq + 1));
      else if (booleans.includes(name)) put(name, true);
      else {
        const v = argv[i + 1];
        if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`option --${name} needs a value`);
        put(name, v);
        i++;
      }
    } else positionals.push(a);
  }
  return { positionals, flags };
}

export function flagString(p: ParsedArgs, name: string): string | undefined {
  const v = p.flags[name];
  if (v === undefined || typeof v === 'boolean') return undefined;
  return Array.isArray(v) ? v[v.length - 1] : v;
}

export function flagList(p: ParsedArgs, name: string): string[] {
  const v = p.flags[name];
  if (v === undefined || typeof v === 'boolean') return [];
  return Array.isArray(v) ? v : [v];
}
