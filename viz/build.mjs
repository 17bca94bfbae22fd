#!/usr/bin/env node
// Bundles the viewer (viz/src) into viz/dist/viewer.js and viz/dist/viewer.css with esbuild.
// `vnkg view` serves these files, or inlines them into one self-contained page with --html.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, 'src/main.ts')],
  outfile: join(out, 'viewer.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
});
copyFileSync(join(here, 'src/viewer.css'), join(out, 'viewer.css'));
