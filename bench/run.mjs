#!/usr/bin/env node
// Runs the benchmark suites in bench/*.bench.mjs (or the ones named on the command line) against the built
// library in dist/, prints each suite's figures, and writes them all to bench/results.json.
// Figures are machine-dependent: the report records the machine (cores, CPU model, memory, Node version).
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const suites = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .map((f) => f.replace(/\.bench\.mjs$/, ''))
  .filter((n) => wanted.length === 0 || wanted.includes(n))
  .sort();

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString(),
};
console.log(`vnkg bench on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}`);

const results = { machine, suites: {} };
let failed = 0;
for (const name of suites) {
  console.log(`\n== ${name}`);
  try {
    const mod = await import(pathToFileURL(join(here, `${name}.bench.mjs`)).href);
    results.suites[name] = await mod.default({ log: (line) => console.log(line), root: join(here, '..') });
  } catch (err) {
    failed++;
    console.error(`bench ${name} failed: ${err?.stack ?? err}`);
    results.suites[name] = { error: String(err?.message ?? err) };
  }
}
writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote bench/results.json (${suites.length} suites${failed ? `, ${failed} failed` : ''})`);
process.exitCode = failed ? 1 : 0;
