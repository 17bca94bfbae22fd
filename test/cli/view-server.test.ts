import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewServer } from '../../src/cli/view-server.js';
import type { ViewServer } from '../../src/cli/view-server.js';
import type { ViewerData } from '../../src/export/viewer-data.js';
import { createGraph } from '../../src/graph/index.js';
import { toCytoscapeJSON } from '../../src/export/cytoscape-json.js';

const ASSETS = { js: 'console.log("viewer")', css: 'body{}' };
const DATA: ViewerData = { format: 'vnkg-viewer', version: 1, graph: toCytoscapeJSON(createGraph()), snippets: {}, texts: [], unreadable: [] };

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a request with the path exactly as given (no URL normalization, unlike fetch). */
function raw(server: ViewServer, path: string, options: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${server.port}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('startViewServer', () => {
  let server: ViewServer;
  beforeAll(async () => {
    server = await startViewServer(ASSETS, DATA, { port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('binds the loopback interface by default', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves the page with a strict Content-Security-Policy, and the viewer files and graph data', async () => {
    const page = await raw(server, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('<script src="viewer.js"></script>');
    expect((await raw(server, '/viewer.js')).body).toBe(ASSETS.js);
    expect((await raw(server, '/viewer.css')).body).toBe(ASSETS.css);
    const api = await raw(server, '/api/graph');
    expect(api.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(api.body)).toEqual(DATA);
    expect((await raw(server, '/?x=1')).status).toBe(200);
  });

  it.each([
    '/../package.json',
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fpackage.json',
    '/viewer.js/../../package.json',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/..\\..\\package.json',
    '/viz/dist/viewer.js',
    '/src/cli/view-server.ts',
    '/package.json',
    '/viewer.js%00.html',
    '/api/graph/../../package.json',
    'http://127.0.0.1/../package.json',
  ])('answers %s with 404 and no file content', async (path) => {
    const reply = await raw(server, path);
    expect(reply.status).toBe(404);
    expect(reply.body).toBe('not found\n');
  });

  it('refuses requests naming another host (DNS rebinding)', async () => {
    expect((await raw(server, '/', { host: 'evil.example:80' })).status).toBe(403);
    expect((await raw(server, '/api/graph', { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await raw(server, '/', { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('answers only GET and HEAD', async () => {
    const post = await raw(server, '/api/graph', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
    const head = await raw(server, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('is not reachable on other interfaces than the one it binds', async () => {
    const { networkInterfaces } = await import('node:os');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // a machine with loopback only: nothing else to reach
    const refused = await new Promise<boolean>((resolve) => {
      const req = request({ host: external.address, port: server.port, path: '/' }, () => resolve(false));
      req.on('error', () => resolve(true));
      req.end();
    });
    expect(refused).toBe(true);
  });

  it('refuses an invalid port', async () => {
    await expect(startViewServer(ASSETS, DATA, { port: 70000 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
