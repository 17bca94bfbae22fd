// Runs bench/scale-run.mjs in a child process (so each measurement has its own peak memory) and returns its JSON.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./scale-run.mjs', import.meta.url));

export function childRun(options) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', script, JSON.stringify(options)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`bench run ${JSON.stringify(options)} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const lines = r.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

/**
 * Runs several "slice" runs side by side, each in its own process (with `nodeFlags` before the script): all read their
 * articles first, then all start extracting at the same moment. Resolves with their JSON results, in order.
 */
export function childRunTogether(optionsList, nodeFlags = []) {
  const children = optionsList.map((options) => {
    const child = spawn(process.execPath, [...nodeFlags, '--max-old-space-size=8192', script, JSON.stringify(options)], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let ready;
    const isReady = new Promise((resolve) => (ready = resolve));
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      if (out.startsWith('ready\n')) ready();
    });
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    const done = new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => {
        ready();
        if (code !== 0) reject(new Error(`bench run ${JSON.stringify(options)} failed (${code}): ${err.slice(-2000)}`));
        else resolve(JSON.parse(out.trim().split('\n').pop()));
      });
    });
    return { child, isReady, done };
  });
  return Promise.all(children.map((c) => c.isReady)).then(() => {
    for (const c of children) c.child.stdin.end('go\n');
    return Promise.all(children.map((c) => c.done));
  });
}

export const mb = (bytes) => bytes / 1e6;
export const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
