// Runs bench/scale-run.mjs in a child process (so each measurement has its own peak memory) and returns its JSON.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./scale-run.mjs', import.meta.url));

export function childRun(options) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', script, JSON.stringify(options)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`bench run ${JSON.stringify(options)} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const lines = r.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

export const mb = (bytes) => bytes / 1e6;
export const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
