import type { Driver } from 'neo4j-driver';
import { StoreError } from '../../core/index.js';
import { loadSchema, type GraphSchema } from '../../graph/index.js';
import { cypherLabel, cypherProperty, cypherRelType } from './cypher-names.js';

/** The name of the full-text index over every entity's name and search form (for `db.index.fulltext.queryNodes`). */
export const NAME_SEARCH_INDEX = 'vnkg_name_search';

/**
 * The constraints and indexes that graph-schema/ implies, as idempotent Cypher statements:
 * a uniqueness constraint on `key` per label (it also serves MERGE), one on `key` per relationship type
 * (the deterministic edge key), a range index per property listed in a label's `indexes`, and a full-text index on
 * names for search. Names are `vnkg_<Label>_<property>` so that they can be found and dropped.
 */
export function schemaStatements(schema: GraphSchema = loadSchema()): string[] {
  const out: string[] = [];
  const labels = Object.keys(schema.labels);
  for (const label of labels) {
    out.push(`CREATE CONSTRAINT vnkg_${label}_key IF NOT EXISTS FOR (n:${cypherLabel(label)}) REQUIRE n.key IS UNIQUE`);
  }
  for (const type of Object.keys(schema.relationships)) {
    out.push(`CREATE CONSTRAINT vnkg_${type}_key IF NOT EXISTS FOR ()-[r:${cypherRelType(type)}]-() REQUIRE r.key IS UNIQUE`);
  }
  for (const label of labels) {
    for (const prop of schema.labels[label as keyof GraphSchema['labels']].indexes ?? []) {
      out.push(`CREATE INDEX vnkg_${label}_${prop} IF NOT EXISTS FOR (n:${cypherLabel(label)}) ON (n.${cypherProperty(prop)})`);
    }
  }
  const entities = labels.filter((l) => l !== 'Article').map(cypherLabel).join('|');
  out.push(`CREATE FULLTEXT INDEX ${NAME_SEARCH_INDEX} IF NOT EXISTS FOR (n:${entities}) ON EACH [n.name, n.search]`);
  return out;
}

/** Creates the constraints and indexes (idempotently) and waits until they are online. */
export async function applySchema(driver: Driver, database?: string): Promise<string[]> {
  const statements = schemaStatements();
  const session = driver.session({ database });
  try {
    for (const s of statements) await session.run(s);
    await session.run('CALL db.awaitIndexes(300)');
  } catch (cause) {
    throw new StoreError('STORE_QUERY', 'cannot create the constraints and indexes of graph-schema/', { cause });
  } finally {
    await session.close();
  }
  return statements;
}
