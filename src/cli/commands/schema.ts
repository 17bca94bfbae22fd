import { UsageError } from '../../core/index.js';
import type { Command } from '../command.js';
import { parseArgs } from '../parse-args.js';

const USAGE = `Usage: vnkg schema [--print]

Creates in Neo4j the constraints and indexes that graph-schema/ implies: a uniqueness constraint on \`key\` for
each label and relationship type, a range index for each indexed property, and the full-text index
vnkg_name_search on names. Idempotent; 'vnkg build --store neo4j' also applies them before writing.

Options:
  --print   print the Cypher statements instead of running them

Connection: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
`;

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'create the Neo4j constraints and indexes of graph-schema/ (or print them)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, ['print']);
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
    const { schemaStatements, openNeo4jStore, neo4jOptionsFromEnv, NEO4J_STORE_DEFAULTS } = await import('../../store/neo4j/index.js');
    if (args.flags['print'] === true) {
      for (const s of schemaStatements()) io.stdout(`${s};\n`);
      return 0;
    }
    const options = neo4jOptionsFromEnv(io.env);
    const store = await openNeo4jStore({ ...options, applySchema: true });
    await store.close();
    io.stdout(`Applied ${schemaStatements().length} constraints and indexes to ${options.uri ?? NEO4J_STORE_DEFAULTS.uri}.\n`);
    return 0;
  },
};
