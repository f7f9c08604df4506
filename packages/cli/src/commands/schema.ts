import { documentJsonSchema } from '@veranderlogica/core';
import type { CliCommand } from '../context.js';
import { output } from '../files.js';
import { MESSAGES, term } from '../messages.js';

/** `schema`: the JSON Schema of the file format. */
export const schema: CliCommand = (program, context) =>
  program
    .command('schema')
    .description(MESSAGES.schemaHelp[context.lang])
    .option(`-o, --output <${term('file', context.lang)}>`, MESSAGES.optOutput[context.lang])
    .action(async (options: { output?: string }) => {
      await output(JSON.stringify(documentJsonSchema(), null, 2) + '\n', options.output, context);
    });
