import { planText } from '@veranderlogica/core';
import type { CliCommand } from '../context.js';
import { readDocument } from '../files.js';
import { MESSAGES, term } from '../messages.js';

/** `text <file>`: the plan as stable lines of text, for git's textconv. */
export const text: CliCommand = (program, context) =>
  program
    .command('text')
    .description(MESSAGES.textHelp[context.lang])
    .argument(`<${term('file', context.lang)}>`, MESSAGES.argPlan[context.lang])
    .action(async (path: string) => {
      context.raw.stdout(planText(await readDocument(path, context)));
    });
