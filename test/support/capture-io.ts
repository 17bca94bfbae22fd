import type { CliIO } from '../../src/cli/io.js';

/** A CliIO that records what a command prints, for tests that call `run(argv, io)`. */
export function captureIO(options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, cwd: options.cwd ?? process.cwd(), env: options.env ?? process.env } as CliIO & { out: string; err: string };
  io.stdout = (t) => void (io.out += t);
  io.stderr = (t) => void (io.err += t);
  return io;
}
