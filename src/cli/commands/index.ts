import type { Command } from '../command.js';
import { buildCommand } from './build.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { exportCommand } from './export.js';
import { statsCommand } from './stats.js';
import { viewCommand } from './view.js';

/** Every CLI command, in the order `vnkg help` lists them. One file per command beside this one. */
export const commands: Command[] = [buildCommand, extractCommand, evalCommand, statsCommand, exportCommand, viewCommand];
