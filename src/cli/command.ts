import type { CliIO } from './io.js';

/** A CLI command. Each lives in its own file under commands/ and is listed in commands/index.ts. */
export interface Command {
  name: string;
  /** One line for `vnkg help`. */
  summary: string;
  /** Usage text shown by `vnkg help NAME`. */
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[], io: CliIO): Promise<number>;
}
