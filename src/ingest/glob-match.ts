/** True when a path holds glob characters (`*`, `?`, `[…]`, `{a,b}`). */
export function hasGlob(path: string): boolean {
  return /[*?[{]/.test(path);
}

/**
 * Compiles a glob over `/`-separated paths to a RegExp: `**` matches any number of directories,
 * `*` and `?` match within one segment, `[abc]`/`[!abc]` a character class, `{a,b}` alternatives.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        re += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Splits a glob into the directory to walk (no glob characters) and the pattern below it. */
export function globBase(glob: string): { base: string; pattern: string } {
  const parts = glob.split('/');
  const i = parts.findIndex(hasGlob);
  if (i < 0) return { base: glob, pattern: '' };
  const base = parts.slice(0, i).join('/');
  return { base: base === '' ? (glob.startsWith('/') ? '/' : '.') : base, pattern: parts.slice(i).join('/') };
}
