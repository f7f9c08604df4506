import type { CliCommand } from '../context.js';
import { comments } from './comments.js';
import { region } from './region.js';
import { diff } from './diff.js';
import { exportPlan } from './export.js';
import { importMeasurements } from './import-measurements.js';
import { newPlan } from './new.js';
import { schema } from './schema.js';
import { serve } from './serve.js';
import { stats } from './stats.js';
import { templates } from './templates.js';
import { text } from './text.js';
import { validate } from './validate.js';
import { version } from './version.js';
import { versions } from './versions.js';

/** Every command, in the order the help lists them. A new command is a module here and one line in this list. */
export const COMMANDS: readonly CliCommand[] = [
  validate,
  exportPlan,
  newPlan,
  templates,
  stats,
  schema,
  diff,
  version,
  versions,
  comments,
  region,
  importMeasurements,
  text,
  serve,
];
