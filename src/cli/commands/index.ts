import type { Command } from '../command.js';
import { exportCommand } from './export.js';

/** Every CLI command, in the order `vnkg help` lists them. One file per command beside this one. */
export const commands: Command[] = [exportCommand];
