import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import type { ViewerData } from '../../src/export/viewer-data.js';
import { readViewerAssets } from '../../src/export/viewer-page.js';
import { buildViewer } from '../viz/browser.js';
import { HOSTILE, HOSTILE_NAME, ORDINARY, writeFixture } from '../viz/fixture-graph.js';

const ROOT = join(import.meta.dirname, '..', '..');

function capture(cwd: string): { io: CliIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, cwd, env: {} }, out, err };
}

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vnkg-view-cli-'));
  const graph = writeFixture(dir, [...ORDINARY, HOSTILE]);
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph.export()));
  return dir;
}

/** The data a self-contained page carries. */
function embedded(html: string): ViewerData {
  const m = /<script type="application\/json" id="vnkg-data">([^]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]!) as ViewerData;
}

describe('vnkg view', () => {
  beforeAll(() => buildViewer());

  it('writes one self-contained page whose CSP hashes match its inline script and style', async () => {
    const dir = fixtureDir();
    const { io, out } = capture(dir);
    expect(await run(['view', '--graph', 'graph.json', '--html', 'out/viewer.html'], io)).toBe(0);
    expect(out.join('')).toContain(`file://${join(dir, 'out/viewer.html')}`);
    const html = readFileSync(join(dir, 'out/viewer.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const script = /<script>([^]*)<\/script>\n<\/body>/.exec(html)![1]!;
    const style = /<style>([^]*?)<\/style>/.exec(html)![1]!;
    const hash = (t: string): string => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('embeds the data so that no article text can close its script element', async () => {
    const dir = fixtureDir();
    const { io } = capture(dir);
    expect(await run(['view', '--graph', 'graph.json', '--html', 'v.html'], io)).toBe(0);
    const html = readFileSync(join(dir, 'v.html'), 'utf8');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    const data = embedded(html);
    expect(data.graph.elements.nodes.some((n) => n.data.name === HOSTILE_NAME)).toBe(true);
    expect(data.unreadable).toEqual([]);
    const span = data.graph.elements.nodes.find((n) => n.data.name === HOSTILE_NAME)!.data.evidence[0]!;
    const snip = data.snippets[span]!;
    expect(data.texts[snip.text]!.slice(snip.start, snip.end)).toBe(HOSTILE_NAME);
  });

  it('reports articles whose text changed since the build and still writes the page', async () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, 'texts/a2.txt'), 'Một bài khác hẳn.\n');
    const { io, err } = capture(dir);
    expect(await run(['view', '--graph', 'graph.json', '--html', 'v.html'], io)).toBe(0);
    expect(err.join('')).toContain('could not be read back');
    const data = embedded(readFileSync(join(dir, 'v.html'), 'utf8'));
    expect(data.unreadable).toHaveLength(1);
    expect(Object.keys(data.snippets).some((s) => s.startsWith(`${data.unreadable[0]}:`))).toBe(false);
  });

  it('reads the article texts relative to --texts when run from another folder', async () => {
    const dir = fixtureDir();
    const elsewhere = mkdtempSync(join(tmpdir(), 'vnkg-view-cwd-'));
    const { io, err } = capture(elsewhere);
    expect(await run(['view', '--graph', join(dir, 'graph.json'), '--texts', dir, '--html', 'v.html'], io)).toBe(0);
    expect(err.join('')).toBe('');
    expect(embedded(readFileSync(join(elsewhere, 'v.html'), 'utf8')).unreadable).toEqual([]);
    const lost = capture(elsewhere);
    expect(await run(['view', '--graph', join(dir, 'graph.json'), '--html', 'w.html'], lost.io)).toBe(0);
    expect(lost.err.join('')).toContain('the text of 4 article(s) could not be read back');
  });

  it('says to build the viewer when its bundle is missing', () => {
    expect(() => readViewerAssets(join(tmpdir(), 'no-such-viewer-dist'))).toThrow(expect.objectContaining({ code: 'IO', message: expect.stringContaining('npm run build') }));
  });

  it.each([
    [['--graph', 'graph.json', '--neo4j']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--graph', 'missing.json']],
    [['extra']],
  ])('exits 2 on bad usage: %j', async (args) => {
    const { io, err } = capture(fixtureDir());
    expect(await run(['view', ...args], io)).toBe(2);
    expect(err.join('')).toMatch(/^vnkg view: /);
  });

  it('serves the viewer on 127.0.0.1 until interrupted', async () => {
    const dir = fixtureDir();
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), 'view', '--graph', 'graph.json', '--port', '0'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1], { timeout: 30_000 }).toBeDefined();
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)![1]!;
      const page = await fetch(url);
      expect(page.status).toBe(200);
      const data = (await (await fetch(`${url}api/graph`)).json()) as ViewerData;
      expect(data.format).toBe('vnkg-viewer');
      expect(Object.keys(data.snippets).length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
