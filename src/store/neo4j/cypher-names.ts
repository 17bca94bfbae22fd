import { SchemaError } from '../../core/index.js';
import { allowedLabels, allowedRelationshipTypes } from '../../graph/index.js';

/** What a label or type must look like even when the schema allows it: letters, digits, underscore. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * A label for generated Cypher, back-quoted. Labels are never taken from data unchecked: only the schema's
 * allow-list (graph-schema/schema.json) passes; anything else throws SchemaError.
 */
export function cypherLabel(label: string): string {
  if (!(allowedLabels() as readonly string[]).includes(label) || !IDENTIFIER.test(label)) {
    throw new SchemaError(`label ${JSON.stringify(label).slice(0, 120)} is not in the schema's allow-list`);
  }
  return `\`${label}\``;
}

/** A relationship type for generated Cypher, back-quoted; only the schema's allow-list passes. */
export function cypherRelType(type: string): string {
  if (!(allowedRelationshipTypes() as readonly string[]).includes(type) || !IDENTIFIER.test(type)) {
    throw new SchemaError(`relationship type ${JSON.stringify(type).slice(0, 120)} is not in the schema's allow-list`);
  }
  return `\`${type}\``;
}

/** A property name from the schema (for index definitions), back-quoted. */
export function cypherProperty(name: string): string {
  if (!IDENTIFIER.test(name)) throw new SchemaError(`property name ${JSON.stringify(name).slice(0, 120)} cannot be used in an index`);
  return `\`${name}\``;
}
