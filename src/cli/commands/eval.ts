import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError, VnkgError, ErrorCode, formatDiagnostic } from '../../core/index.js';
import { CATEGORIES, scoreExtractions, type GoldRecord } from '../../evaluate/index.js';
import { readArticles } from '../../ingest/index.js';
import { extractArticle, toArticle } from '../../pipeline/index.js';
import type { Command } from '../command.js';
import { flagString, parseArgs } from '../parse-args.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the extractor against gold annotations (precision, recall, F1 per category)',
  usage: `Usage: vnkg eval --gold FILE.jsonl --texts DIR [--errors] [--json]

Reads the gold file (one JSON object per article, with "file" naming the text in DIR), extracts each text and
prints precision, recall and F1 per category: persons, positions, bodies, documents, places, events.
Keys are compared after normalization (NFC, case, tone placement, abbreviations), as ../shared/gold/README.md
describes. --errors lists what was missed and what was extra, per article.`,
  async run(argv, io) {
    const args = parseArgs(argv, ['errors', 'json']);
    const goldPath = flagString(args, 'gold');
    const textsDir = flagString(args, 'texts');
    if (!goldPath || !textsDir) throw new UsageError('eval needs --gold FILE and --texts DIR');
    let lines: string[];
    try {
      lines = readFileSync(resolve(io.cwd, goldPath), 'utf8').split('\n');
    } catch (cause) {
      throw new VnkgError(ErrorCode.IO, `cannot read gold file ${goldPath}`, { cause });
    }
    const pairs = [];
    let failed = 0;
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      let gold: GoldRecord;
      try {
        gold = JSON.parse(line) as GoldRecord;
      } catch (err) {
        io.stderr(`${goldPath}:${i + 1}: error GOLD_PARSE: ${(err as Error).message}\n`);
        failed++;
        continue;
      }
      const path = join(resolve(io.cwd, textsDir), gold.file ?? `${gold.id}.txt`);
      let got = false;
      for await (const item of readArticles([path], { cwd: io.cwd })) {
        if (item.kind === 'diagnostic') {
          io.stderr(`${formatDiagnostic(item.diagnostic)}\n`);
          failed++;
          continue;
        }
        pairs.push({ gold, predicted: extractArticle(toArticle(item.article)) });
        got = true;
        break;
      }
      if (!got) failed++;
    }
    const report = scoreExtractions(pairs);
    if (args.flags['json'] === true) io.stdout(`${JSON.stringify(report)}\n`);
    else {
      io.stdout(`vnkg eval: ${report.articles} articles\n`);
      io.stdout(`${'category'.padEnd(11)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp  fp  fn\n`);
      for (const c of CATEGORIES) {
        const s = report.categories[c];
        io.stdout(`${c.padEnd(11)} ${s.precision.toFixed(3).padStart(6)} ${s.recall.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}\n`);
      }
      if (args.flags['errors'] === true) {
        for (const e of report.errors) {
          io.stdout(`\n${e.id} ${e.category}\n`);
          for (const m of e.missed) io.stdout(`  missed: ${m}\n`);
          for (const x of e.extra) io.stdout(`  extra:  ${x}\n`);
        }
      }
    }
    return failed > 0 ? 1 : 0;
  },
};
