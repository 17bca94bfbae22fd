import { invalidArgument, UsageError } from '../core/index.js';
import type { Exporter } from './exporter.js';

const registry = new Map<string, Exporter>();

/**
 * Registers an export format under its name, the way cytoscape registers extensions. Registering a name twice
 * replaces the earlier exporter (so a plug-in can override a built-in).
 */
export function registerExporter(exporter: Exporter): void {
  if (!exporter || typeof exporter.name !== 'string' || !/^[a-z][a-z0-9-]*$/.test(exporter.name)) invalidArgument('registerExporter', 'exporter name', exporter?.name);
  if (typeof exporter.write !== 'function') invalidArgument('registerExporter', 'exporter.write', exporter.write);
  registry.set(exporter.name, exporter);
}

/** The exporter of a format; throws a UsageError listing the known formats when there is none. */
export function getExporter(name: string): Exporter {
  const e = registry.get(name);
  if (!e) throw new UsageError(`unknown export format '${name}' (known: ${exporterNames().join(', ')})`);
  return e;
}

/** Names of the registered formats, sorted. */
export function exporterNames(): string[] {
  return [...registry.keys()].sort();
}
