import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode, VnkgError } from '../core/index.js';
import type { ViewerAssets } from '../export/viewer-page.js';
import { renderServedPage, SERVED_CSP } from '../export/viewer-page.js';
import type { ViewerData } from '../export/viewer-data.js';

/** Default options of {@link startViewServer}. */
const DEFAULTS = {
  /** Interface to bind: loopback only, so the graph is not offered to the network. */
  host: '127.0.0.1',
  /** Port; 0 picks a free one. */
  port: 5178,
};

export type ViewServerOptions = Partial<typeof DEFAULTS>;

export interface ViewServer {
  /** The viewer's address, e.g. http://127.0.0.1:5178/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

interface Resource {
  type: string;
  body: Buffer;
}

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/**
 * Serves the viewer: exactly four resources, from memory — the page, its script, its stylesheet and the graph data.
 * Any other path is a 404 (there is no file system lookup, so no path can reach another file); only GET and HEAD
 * are answered; requests naming another host are refused (DNS rebinding).
 */
export async function startViewServer(assets: ViewerAssets, data: ViewerData, options: ViewServerOptions = {}): Promise<ViewServer> {
  const opts = { ...DEFAULTS, ...options };
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new VnkgError(ErrorCode.INVALID_ARGUMENT, `startViewServer: invalid port: ${opts.port}`);
  const resources = new Map<string, Resource>([
    ['/', { type: 'text/html; charset=utf-8', body: Buffer.from(renderServedPage()) }],
    ['/viewer.js', { type: 'text/javascript; charset=utf-8', body: Buffer.from(assets.js) }],
    ['/viewer.css', { type: 'text/css; charset=utf-8', body: Buffer.from(assets.css) }],
    ['/api/graph', { type: 'application/json; charset=utf-8', body: Buffer.from(JSON.stringify(data)) }],
  ]);
  resources.set('/index.html', resources.get('/')!);
  let port = opts.port;
  const hostPart = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${hostPart}:${port}`]);

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const send = (status: number, type: string, body: Buffer | string, extra: Record<string, string> = {}): void => {
      const buf = typeof body === 'string' ? Buffer.from(body) : body;
      res.writeHead(status, { ...COMMON_HEADERS, 'content-type': type, 'content-length': String(buf.length), ...extra });
      res.end(req.method === 'HEAD' ? undefined : buf);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'method not allowed\n', { allow: 'GET, HEAD' });
    if (!allowedHosts().has((req.headers.host ?? '').toLowerCase())) return send(403, 'text/plain; charset=utf-8', 'forbidden host\n');
    const target = req.url ?? '';
    const q = target.indexOf('?');
    const path = q >= 0 ? target.slice(0, q) : target;
    const found = resources.get(path);
    if (!found) return send(404, 'text/plain; charset=utf-8', 'not found\n');
    send(200, found.type, found.body, found.type.startsWith('text/html') ? { 'content-security-policy': SERVED_CSP, 'x-frame-options': 'DENY' } : {});
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause) => reject(new VnkgError(ErrorCode.IO, `cannot listen on ${opts.host}:${opts.port}`, { cause })));
    server.listen(opts.port, opts.host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${hostPart}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
