import type { Command } from '../command.js';
import { buildCommand } from './build.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { exportCommand } from './export.js';
import { queryCommand } from './query.js';
import { removeCommand } from './remove.js';
import { schemaCommand } from './schema.js';
import { statsCommand } from './stats.js';
import { viewCommand } from './view.js';

/** Every CLI command, in the order `vnkg help` lists them. One file per command beside this one. */
export const commands: Command[] = [buildCommand, extractCommand, evalCommand, statsCommand, exportCommand, viewCommand, queryCommand, schemaCommand, removeCommand];
