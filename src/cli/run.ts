import { VnkgError } from '../core/index.js';
import { commands } from './commands/index.js';
import type { CliIO } from './io.js';

function help(io: CliIO): number {
  io.stdout('vnkg — knowledge graphs from Vietnamese political news\n\nCommands:\n');
  for (const c of commands) io.stdout(`  ${c.name.padEnd(10)} ${c.summary}\n`);
  io.stdout('\nRun `vnkg help COMMAND` for its options.\n');
  return 0;
}

/** Runs the CLI with captured IO; returns the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const target = rest[0] && commands.find((c) => c.name === rest[0]);
    if (target) {
      io.stdout(target.usage.endsWith('\n') ? target.usage : `${target.usage}\n`);
      return 0;
    }
    return help(io);
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    io.stderr(`vnkg: unknown command '${name}'. Run 'vnkg help'.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(cmd.usage.endsWith('\n') ? cmd.usage : `${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof VnkgError) {
      io.stderr(`vnkg ${name}: ${err.message}\n`);
      let cause = err.cause;
      while (cause instanceof Error) {
        io.stderr(`  caused by: ${cause.message}\n`);
        cause = cause.cause;
      }
      return err.code === 'USAGE' ? 2 : 1;
    }
    throw err;
  }
}
