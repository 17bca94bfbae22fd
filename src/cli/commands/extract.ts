import { formatDiagnostic } from '../../core/index.js';
import { readArticles } from '../../ingest/index.js';
import { extractArticle, toArticle } from '../../pipeline/index.js';
import type { Command } from '../command.js';
import { parseArgs } from '../parse-args.js';
import { UsageError } from '../../core/index.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print what the extractor finds in articles, one JSON line per article',
  usage: `Usage: vnkg extract FILE|DIR|GLOB… [--json]

Prints one JSON line per article:
  {"article":{id,source,title,published,bylines}, "entities":[…], "relations":[…]}
Offsets (start, end) index the file's text as read (after BOM removal): text.slice(start, end) is the mention.
Without --json, prints a short readable summary per article. Exit status 1 when an input could not be read.`,
  async run(argv, io) {
    const args = parseArgs(argv, ['json']);
    if (args.positionals.length === 0) throw new UsageError('extract needs at least one file, folder or glob');
    const json = args.flags['json'] === true;
    let failed = 0;
    for await (const item of readArticles(args.positionals, { cwd: io.cwd })) {
      if (item.kind === 'diagnostic') {
        io.stderr(`${formatDiagnostic(item.diagnostic)}\n`);
        if (item.diagnostic.severity === 'error') failed++;
        continue;
      }
      const ex = extractArticle(toArticle(item.article));
      if (json) {
        io.stdout(`${JSON.stringify(ex)}\n`);
        continue;
      }
      io.stdout(`${ex.article.source}  ${ex.article.title ?? ''}  ${ex.article.published ?? ''}\n`);
      for (const e of ex.entities) if (e.mentions.length > 0) io.stdout(`  ${e.type.padEnd(12)} ${e.name}\n`);
      const names = new Map(ex.entities.map((e) => [e.id, e.name]));
      for (const r of ex.relations) {
        if (r.type === 'LOCATED_IN' || r.type === 'MENTIONS') continue;
        const title = r.props['title'] ? ` (${String(r.props['title'])})` : '';
        io.stdout(`  ${r.type}${title}: ${names.get(r.source) ?? r.source} → ${names.get(r.target) ?? r.target}\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  },
};
