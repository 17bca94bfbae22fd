import { resolve } from 'node:path';
import { UsageError } from '../../core/index.js';
import { MemoryStore, type GraphStore } from '../../store/index.js';
import type { Command } from '../command.js';
import { flagString, parseArgs } from '../parse-args.js';

const USAGE = `Usage: vnkg remove ARTICLE_ID… [--store memory|neo4j] [--graph out/graph.json]

Removes articles and whatever only they supported: their ids and evidence leave every node and relationship,
and the ones no other article supports are deleted. Article ids are the Article nodes' keys without "Article:".

Options:
  --store KIND   memory (default: the graph file) or neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)
  --graph FILE   memory store: graph file written by 'vnkg build' (default out/graph.json), rewritten in place

Exit status: 0 when every article was removed, 1 when any was not in the graph, 2 on a usage error.
`;

export const removeCommand: Command = {
  name: 'remove',
  summary: 'remove articles and the facts only they supported',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv);
    if (args.positionals.length === 0) throw new UsageError('give at least one ARTICLE_ID');
    const kind = flagString(args, 'store') ?? 'memory';
    const graphFile = resolve(io.cwd, flagString(args, 'graph') ?? 'out/graph.json');
    let store: GraphStore;
    if (kind === 'memory') store = MemoryStore.open(graphFile);
    else if (kind === 'neo4j') {
      const { openNeo4jStore, neo4jOptionsFromEnv } = await import('../../store/neo4j/index.js');
      store = await openNeo4jStore({ ...neo4jOptionsFromEnv(io.env), applySchema: false });
    } else throw new UsageError(`--store must be memory or neo4j, not '${kind}'`);
    let missing = 0;
    try {
      for (const raw of args.positionals) {
        const id = raw.startsWith('Article:') ? raw.slice('Article:'.length) : raw;
        if (await store.removeArticle(id)) io.stdout(`removed ${id}\n`);
        else {
          missing++;
          io.stderr(`vnkg remove: no article ${id} in the graph\n`);
        }
      }
      if (store instanceof MemoryStore && missing < args.positionals.length) store.save(graphFile);
      const counts = await store.counts();
      const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
      io.stdout(`graph now: ${total(counts.nodes)} nodes, ${total(counts.relationships)} relationships\n`);
    } finally {
      await store.close();
    }
    return missing > 0 ? 1 : 0;
  },
};
