import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, globToRegExp, readArticles, type IngestItem } from '../../src/ingest/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnkg-ingest-'));
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  writeFileSync(join(dir, 'a/one.txt'), '\ufeffTin một\r\nNội dung.\r\n');
  writeFileSync(join(dir, 'a/b/two.md'), '---\ntitle: "Tin hai"\ndate: 2017-02-03\nurl: https://x.vn/2\n---\n# Tiêu đề\n\nNội dung hai.\n');
  writeFileSync(join(dir, 'a/b/three.html'), '<html><body><p>Tin ba.</p></body></html>');
  writeFileSync(join(dir, 'a/notes.csv'), 'x,y\n');
  writeFileSync(join(dir, 'a/.hidden.txt'), 'hidden');
  const lines = [
    JSON.stringify({ id: 'x1', url: 'https://x.vn/1', title: 'Một', text: 'Một\nTóm tắt\nThân bài.', date: '2017-01-05' }),
    '',
    '{"text": "thiếu ngoặc"',
    JSON.stringify({ title: 'không có text' }),
    JSON.stringify({ text: 'Ngày sai', published: '05/01/2017' }),
    JSON.stringify(['not', 'an', 'object']),
    JSON.stringify({ text: '   ' }),
  ];
  writeFileSync(join(dir, 'c.jsonl'), '\ufeff' + lines.join('\r\n') + '\r\n');
  writeFileSync(join(dir, 'c.jsonl.gz'), gzipSync(lines.join('\n')));
  writeFileSync(join(dir, 'broken.jsonl.gz'), gzipSync(lines.join('\n')).subarray(0, 40));
  writeFileSync(join(dir, 'latin1.jsonl'), Buffer.concat([Buffer.from('{"text": "ok"}\n{"text": "Gr'), Buffer.from([0xfc]), Buffer.from('n"}\n')]));
  // "Đảng Cộng sản Việt Nam" in VNI on line 2.
  writeFileSync(join(dir, 'vni.jsonl'), Buffer.concat([Buffer.from('{"text": "ok"}\n{"text": "'), Buffer.from([0xd1, 0x61, 0xfb, 0x6e, 0x67, 0x20, 0x43, 0x6f, 0xe4, 0x6e, 0x67, 0x20, 0x73, 0x61, 0xfb, 0x6e, 0x20, 0x56, 0x69, 0x65, 0xe4, 0x74]), Buffer.from(' Nam"}\n')]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[]): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const it of readArticles(inputs, { cwd: dir })) items.push(it);
  return items;
}
const articles = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
const diagnostics = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'diagnostic' ? [[i.diagnostic.file, i.diagnostic.line, i.diagnostic.code]] : []));

describe('readArticles', () => {
  it('reads a folder recursively, in name order, skipping hidden files and unknown types', async () => {
    const items = await collect(['a']);
    expect(articles(items)).toEqual([
      { source: 'a/b/three.html', raw: 'Tin ba.', title: undefined, published: undefined, url: undefined },
      { source: 'a/b/two.md', raw: '# Tiêu đề\n\nNội dung hai.\n', title: 'Tin hai', published: '2017-02-03', url: 'https://x.vn/2' },
      { source: 'a/one.txt', raw: 'Tin một\r\nNội dung.\r\n' },
    ]);
    expect(diagnostics(items)).toEqual([]);
  });

  it.each(['c.jsonl', 'c.jsonl.gz'])('reads %s line by line with a file:line diagnostic per bad line', async (file) => {
    const items = await collect([file]);
    expect(articles(items)).toEqual([
      { source: `${file}:1`, raw: 'Một\nTóm tắt\nThân bài.', title: 'Một', published: '2017-01-05', url: 'https://x.vn/1' },
      { source: `${file}:5`, raw: 'Ngày sai', title: undefined, published: undefined, url: undefined },
    ]);
    expect(diagnostics(items)).toEqual([
      [file, 3, 'JSONL_PARSE'],
      [file, 4, 'JSONL_NO_TEXT'],
      [file, 5, 'JSONL_BAD_DATE'],
      [file, 6, 'JSONL_PARSE'],
      [file, 7, 'EMPTY_ARTICLE'],
    ]);
  });

  it('reports a truncated gzip file and a line that is not UTF-8, and goes on', async () => {
    const items = await collect(['broken.jsonl.gz', 'latin1.jsonl', 'vni.jsonl', 'a/one.txt']);
    expect(diagnostics(items)).toEqual([
      ['broken.jsonl.gz', 1, 'GZIP_ERROR'],
      ['latin1.jsonl', 2, 'ENCODING_NOT_UTF8'],
      ['vni.jsonl', 2, 'ENCODING_LEGACY'],
    ]);
    expect(articles(items).map((a) => a.source)).toEqual(['latin1.jsonl:1', 'vni.jsonl:1', 'a/one.txt']);
  });

  it('reports missing paths, explicit files of unknown types, and globs that match nothing', async () => {
    const items = await collect(['nope.txt', 'a/notes.csv', 'zz/*.txt']);
    expect(diagnostics(items)).toEqual([
      ['nope.txt', undefined, 'NOT_FOUND'],
      ['a/notes.csv', undefined, 'UNSUPPORTED_TYPE'],
      ['zz/*.txt', undefined, 'NOT_FOUND'],
    ]);
  });
});

describe('expandInputs', () => {
  it('expands globs and lists each file once', async () => {
    const { files, ignored } = await expandInputs(['a/**/*.{md,html}', 'a/b/*.md', 'a/*.csv', '*.jsonl'], dir);
    expect(files.map((f) => f.source)).toEqual(['a/b/three.html', 'a/b/two.md', 'c.jsonl', 'latin1.jsonl', 'vni.jsonl']);
    expect(ignored).toBe(1);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'b/a.txt', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['a/**', 'a/x/y', true],
    ['file?.[jt]s', 'file1.ts', true],
    ['file?.[!jt]s', 'file1.ts', false],
    ['{x,y}.md', 'y.md', true],
    ['a+b.txt', 'a+b.txt', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});
