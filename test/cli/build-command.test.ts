import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';

const root = join(import.meta.dirname, '../..');

function capture(cwd: string): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    isTTY: false,
    cwd,
    env: {},
  };
  return io;
}

/** TCVN3 (ABC) bytes of the letters the sentence below needs; ASCII stays as it is. */
const TCVN3: Record<string, number> = {
  Đ: 0xa7, đ: 0xae, â: 0xa9, ả: 0xb6, ạ: 0xb9, à: 0xb5, ầ: 0xc7, ấ: 0xca, ể: 0xd3, ỉ: 0xd8, ộ: 0xe9, ổ: 0xe6, ở: 0xeb, ờ: 0xea, ứ: 0xf8, ư: 0xad,
};
const tcvn3 = (s: string): Buffer =>
  Buffer.from(
    [...s].map((c) => {
      const b = TCVN3[c] ?? c.charCodeAt(0);
      if (b > 0xff) throw new Error(`no TCVN3 byte for ${c} in this test's table`);
      return b;
    }),
  );

describe('vnkg build', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vnkg-cli-build-'));
    const input = join(dir, 'bad-batch');
    mkdirSync(input);
    copyFileSync(join(root, 'seeds/000_0b702cc1b90c7b1a.txt'), join(input, 'good-1.txt'));
    copyFileSync(join(root, 'seeds/001_940ae42d7ad1f538.txt'), join(input, 'good-2.txt'));
    // A PNG header and some pixels: binary data behind a .txt name.
    writeFileSync(join(input, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    writeFileSync(join(input, 'legacy.txt'), tcvn3('Đảng bộ tỉnh Hà Nội tổ chức đại hội đại biểu lần thứ XVI. Người dân phấn khởi.\n'));
    writeFileSync(join(input, 'empty.txt'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the two good articles of a bad batch, names each bad file with its reason, and exits non-zero', async () => {
    const io = capture(dir);
    const code = await run(['build', 'bad-batch', '--out', 'out', '--workers', '1'], io);
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'out/build-report.json'), 'utf8'));
    expect(report.articles).toBe(2);
    expect(report.counts.nodes.Article).toBe(2);
    expect(report.skipped).toBe(3);
    expect(report.diagnostics.map((d: { file: string; code: string }) => [d.file, d.code]).sort()).toEqual([
      ['bad-batch/binary.txt', 'BINARY_FILE'],
      ['bad-batch/empty.txt', 'EMPTY_FILE'],
      ['bad-batch/legacy.txt', 'ENCODING_LEGACY'],
    ]);
    expect(io.err).toMatch(/bad-batch\/binary\.txt: error BINARY_FILE: not a text file: a PNG image/);
    expect(io.err).toMatch(/bad-batch\/legacy\.txt:1:1: error ENCODING_LEGACY: .*TCVN3/);
    expect(io.err).toMatch(/bad-batch\/empty\.txt: error EMPTY_FILE: the file is empty/);
    expect(io.out).toMatch(/from 2 articles/);
    expect(io.out).toMatch(/Skipped 3 inputs/);
    expect(existsSync(join(dir, 'out/graph.json'))).toBe(true);
  });

  it('builds seeds/ by default and exits 0 when every input was read', async () => {
    const cwd = mkdtempSync(join(dir, 'default-'));
    mkdirSync(join(cwd, 'seeds'));
    copyFileSync(join(root, 'seeds/002_6c8cf860eff313fa.txt'), join(cwd, 'seeds/a.txt'));
    const io = capture(cwd);
    expect(await run(['build', '--workers', '0'], io)).toBe(0);
    const graph = JSON.parse(readFileSync(join(cwd, 'out/graph.json'), 'utf8'));
    expect(graph.nodes.filter((n: { attributes: { label: string } }) => n.attributes.label === 'Article')).toHaveLength(1);
    expect(io.out).toMatch(/^Built out\/graph\.json from 1 articles/);
    expect(io.out).toMatch(/Nodes: \d+\n/);
    expect(io.out).toMatch(/\n {2}Article +1\n/);
  });

  it('refuses a bad --workers value with a usage error', async () => {
    const io = capture(dir);
    expect(await run(['build', 'bad-batch', '--workers', 'many'], io)).toBe(2);
    expect(io.err).toMatch(/--workers needs a non-negative integer/);
  });
});

describe('vnkg stats', () => {
  it('prints the counts, the most connected nodes and the last build', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'vnkg-cli-stats-'));
    try {
      mkdirSync(join(cwd, 'in'));
      copyFileSync(join(root, 'seeds/003_b3d1d09d0cb0f7bb.txt'), join(cwd, 'in/a.txt'));
      writeFileSync(join(cwd, 'in/empty.md'), '');
      expect(await run(['build', 'in', '--workers', '0'], capture(cwd))).toBe(1);
      const io = capture(cwd);
      expect(await run(['stats', '--top', '3'], io)).toBe(0);
      expect(io.out).toMatch(/Nodes: \d+/);
      expect(io.out).toMatch(/ {2}Article +1\n/);
      expect(io.out).toMatch(/Last build: 1 articles/);
      expect(io.out).toMatch(/EMPTY_FILE +1/);
      const json = capture(cwd);
      expect(await run(['stats', '--json'], json)).toBe(0);
      expect(JSON.parse(json.out).nodes.Article).toBe(1);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('says how to make a graph when there is none', async () => {
    const io = capture(tmpdir());
    expect(await run(['stats', '--graph', 'no/such/graph.json'], io)).toBe(2);
    expect(io.err).toMatch(/run 'vnkg build' first/);
  });
});
