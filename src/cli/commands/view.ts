import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { UsageError } from '../../core/index.js';
import { loadArticleTexts } from '../../export/article-texts.js';
import { buildViewerData } from '../../export/viewer-data.js';
import { readViewerAssets, renderStandalonePage } from '../../export/viewer-page.js';
import { articleId } from '../../pipeline/article-id.js';
import type { Command } from '../command.js';
import { loadGraph } from '../load-graph.js';
import { flagString, parseArgs } from '../parse-args.js';
import { startViewServer } from '../view-server.js';

const USAGE = `Usage: vnkg view [--graph out/graph.json | --neo4j] [--port N] [--html FILE]

Opens the graph in the Cytoscape.js viewer: search people and bodies, filter by label, relationship and date,
expand neighbourhoods, and read the sentence behind every node and edge.

Options:
  --graph FILE     graph file written by 'vnkg build' (default out/graph.json)
  --neo4j          read the graph from Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; NEO4J_DATABASE)
  --port N         port of the local server (default 5178; 0 picks a free one); it binds 127.0.0.1 only
  --html FILE      write one self-contained page (viewer and data inside) to FILE instead of serving
  --texts DIR      folder the article sources are relative to (default: the current folder, as at build time)
`;


/** Resolves when the process is asked to stop (Ctrl-C). */
function untilInterrupted(): Promise<void> {
  return new Promise((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export const viewCommand: Command = {
  name: 'view',
  summary: 'explore the graph in the Cytoscape.js viewer (local server, or one HTML file with --html)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, ['neo4j']);
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
    const graphFlag = flagString(args, 'graph');
    const fromNeo4j = args.flags['neo4j'] === true;
    if (fromNeo4j && graphFlag) throw new UsageError('give either --graph or --neo4j, not both');
    const portText = flagString(args, 'port') ?? '5178';
    if (!/^\d+$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port needs a port number (0-65535), got '${portText}'`);
    const html = flagString(args, 'html');
    const assets = readViewerAssets();

    const graph = await loadGraph(io, { neo4j: fromNeo4j, graphFile: graphFlag });
    const texts = await loadArticleTexts(graph, { cwd: resolve(io.cwd, flagString(args, 'texts') ?? '.'), idOf: articleId });
    const data = buildViewerData(graph, texts);
    const articles = graph.filterNodes((_k, a) => a.label === 'Article').length;
    const missing = data.unreadable.length;
    const summary = `${graph.order} nodes, ${graph.size} edges; evidence text for ${articles - missing} of ${articles} articles`;
    if (missing > 0) io.stderr(`vnkg view: the text of ${missing} article(s) could not be read back (moved or changed since the build); their evidence shows without sentences\n`);

    if (html) {
      const target = resolve(io.cwd, html);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, renderStandalonePage(assets, data));
      const rel = relative(io.cwd, target);
      const shown = rel && !rel.startsWith('..') ? rel : target;
      io.stdout(`vnkg view: wrote ${shown} (${summary})\nOpen it in a browser: file://${target}\n`);
      return 0;
    }
    const server = await startViewServer(assets, data, { port: Number(portText) });
    io.stdout(`vnkg view: serving ${summary}\nOpen ${server.url} in a browser (Ctrl-C stops)\n`);
    await untilInterrupted();
    await server.close();
    return 0;
  },
};
