import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ErrorCode, VnkgError } from '../core/index.js';
import type { ViewerData } from './viewer-data.js';

/** The bundled viewer: viz/dist/, built by `npm run build` (viz/build.mjs). */
export const VIEWER_DIST = fileURLToPath(new URL('../../viz/dist/', import.meta.url));

export interface ViewerAssets {
  js: string;
  css: string;
}

/** Reads the bundled viewer's script and stylesheet. */
export function readViewerAssets(dir: string = VIEWER_DIST): ViewerAssets {
  try {
    return { js: readFileSync(`${dir}/viewer.js`, 'utf8'), css: readFileSync(`${dir}/viewer.css`, 'utf8') };
  } catch (cause) {
    throw new VnkgError(ErrorCode.IO, `the viewer is not built (${dir}): run \`npm run build\``, { cause });
  }
}

/** The Content-Security-Policy of the served viewer: its own files only, no inline script or style. */
export const SERVED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function shell(head: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    head,
    '<title>vnkg viewer</title>',
    '</head>',
    '<body>',
    '<div id="app"></div>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The page `vnkg view` serves: it loads viewer.css, viewer.js and then api/graph from the same server. */
export function renderServedPage(): string {
  return shell('<link rel="stylesheet" href="viewer.css">', '<script src="viewer.js"></script>');
}

/** Makes text safe inside a <script> or <style> element: no closing tag can appear in it. */
function guardRawText(text: string, tag: 'script' | 'style'): string {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/**
 * One self-contained page with the viewer and the data inside, to share. The data sits in a
 * `<script type="application/json">` element with every `<` escaped, so no text from the articles can close it;
 * a CSP meta tag allows only the page's own inline script and style, by hash.
 */
export function renderStandalonePage(assets: ViewerAssets, data: ViewerData): string {
  const js = guardRawText(assets.js, 'script');
  const css = guardRawText(assets.css, 'style');
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(css)}`,
    "img-src data: blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return shell(
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n<style>${css}</style>`,
    `<script type="application/json" id="vnkg-data">${json}</script>\n<script>${js}</script>`,
  );
}
