import { listTemplates } from '@veranderlogica/core';
import type { CliCommand } from '../context.js';
import { MESSAGES } from '../messages.js';

/** `templates`: the templates a new plan starts from. */
export const templates: CliCommand = (program, context) =>
  program
    .command('templates')
    .description(MESSAGES.templatesHelp[context.lang])
    .action(() => {
      for (const template of listTemplates())
        context.io.stdout(`${template.id.padEnd(26)} ${template.title[context.lang]} — ${template.description[context.lang]}\n`);
    });
