import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/index.js';
import { buildGraph, checkBuildOptions } from '../../src/pipeline/index.js';

const standIn = pathToFileURL(join(import.meta.dirname, 'fixtures/stand-in-extractor.ts')).href;
const dir = mkdtempSync(join(tmpdir(), 'vnkg-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hà'];
const article = (i: number): string => `Tin số ${i}\n\nHôm nay, đồng chí Nguyễn Văn ${GIVEN[i % 7]} dự hội nghị.\r\n`;
const lines: string[] = [];
for (let i = 0; i < 300; i++) lines.push(JSON.stringify({ title: `Tin số ${i}`, text: article(i), date: '2017-03-0' + ((i % 9) + 1) }));
lines.splice(10, 0, '{not json');
lines.splice(20, 0, JSON.stringify({ text: 'EXPLODE please' }));
writeFileSync(join(dir, 'many.jsonl'), lines.join('\n') + '\n');
writeFileSync(join(dir, 'one.txt'), article(1)); // the same text as line 2 of many.jsonl, with CRLF kept: one article

describe('buildGraph', () => {
  it.each([0, 1, 2])('builds the same graph with %i workers, reporting the bad line and the failed article', async (workers) => {
    const store = new MemoryStore();
    const report = await buildGraph({ inputs: [dir], store, workers, extractorModule: standIn, batchArticles: 16 });
    expect(report.articles).toBe(301);
    expect(report.write.added).toBe(300);
    expect(report.write.unchanged).toBe(1);
    expect(report.counts.nodes['Article']).toBe(300);
    expect(report.counts.nodes['Person']).toBe(7);
    expect(report.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual(
      expect.arrayContaining([
        ['JSONL_PARSE', `${dir}/many.jsonl`, 11],
        ['EXTRACT_FAILED', `${dir}/many.jsonl:21`, undefined],
      ]),
    );
    expect(report.diagnostics).toHaveLength(2);
    expect(report.skipped).toBe(2);
    expect(report.peakRssBytes).toBeGreaterThan(0);
  });

  it('stops after `limit` articles', async () => {
    const report = await buildGraph({ inputs: [join(dir, 'many.jsonl')], store: new MemoryStore(), workers: 0, extractorModule: standIn, limit: 50 });
    expect(report.articles).toBe(49); // 50 read, one of which the extractor refuses
  });

  it('refuses an extractor module that does not export extractArticle', async () => {
    await expect(buildGraph({ inputs: [dir], store: new MemoryStore(), workers: 1, extractorModule: pathToFileURL(join(import.meta.dirname, '../../src/core/hash.ts')).href })).rejects.toThrow(/extractArticle/);
  });
});

describe('buildGraph on an extractor that kills or hangs its worker', () => {
  it('loses only the culprit articles and reports each', async () => {
    const sub = mkdtempSync(join(dir, 'crash-'));
    const rows = Array.from({ length: 40 }, (_, i) => JSON.stringify({ text: i === 7 ? 'KILL-THE-WORKER' : i === 23 ? 'LOOP-FOREVER' : article(i) }));
    writeFileSync(join(sub, 'crash.jsonl'), rows.join('\n'));
    const report = await buildGraph({ inputs: [sub], store: new MemoryStore(), workers: 2, extractorModule: standIn, batchArticles: 10, batchTimeoutMs: 1500 });
    expect(report.articles).toBe(38);
    expect(report.diagnostics.map((d) => [d.code, d.file]).sort()).toEqual([
      ['EXTRACT_CRASHED', `${sub}/crash.jsonl:24`],
      ['EXTRACT_CRASHED', `${sub}/crash.jsonl:8`],
    ]);
    expect(report.diagnostics.find((d) => d.file.endsWith(':24'))?.message).toMatch(/no answer within 2 s/);
    expect(report.diagnostics.find((d) => d.file.endsWith(':8'))?.message).toMatch(/exited with code 3/);
  });
});

describe('checkBuildOptions', () => {
  it.each([
    [{ inputs: [] }, /at least one/],
    [{ inputs: ['a'], workers: -1 }, /workers/],
    [{ inputs: ['a'], workers: 1.5 }, /workers/],
    [{ inputs: ['a'], limit: -3 }, /limit/],
  ])('returns the problem with %j', (o, re) => {
    expect(checkBuildOptions({ store: new MemoryStore(), ...o })).toMatch(re);
  });
});
