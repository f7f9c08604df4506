import { formatParseError, getTemplate, listTemplates, parseDocument, serializeDocument } from '@veranderlogica/core';
import type { CliCommand } from '../context.js';
import { exists, output, UserError } from '../files.js';
import { MESSAGES, say, term } from '../messages.js';

/** `new --template <name>`: a new plan from a template, refused when it would not read back. */
export const newPlan: CliCommand = (program, context) =>
  program
    .command('new')
    .description(MESSAGES.newHelp[context.lang])
    .option(`-t, --template <${term('template', context.lang)}>`, MESSAGES.optTemplate[context.lang])
    .option(`--title <${term('title', context.lang)}>`, MESSAGES.optTitle[context.lang])
    .option(`-o, --output <${term('file', context.lang)}>`, MESSAGES.optOutput[context.lang])
    .option('--force', MESSAGES.optForce[context.lang])
    .action(async (options: { template?: string; title?: string; output?: string; force?: boolean }) => {
      const { lang } = context;
      const ids = listTemplates()
        .map((t) => t.id)
        .join(', ');
      if (options.template === undefined) throw new UserError(say('missingTemplate', { choices: ids }, lang));
      const template = getTemplate(options.template);
      if (!template) throw new UserError(say('badTemplate', { template: options.template, choices: ids }, lang));
      if (options.output !== undefined && !options.force && (await exists(options.output)))
        throw new UserError(say('exists', { file: options.output }, lang));
      const created = template.create();
      // What is written must read back: a title the format refuses is refused here, with the reason.
      const text = serializeDocument(options.title !== undefined ? { ...created, title: options.title } : created);
      const check = parseDocument(text);
      if (!check.ok || check.warnings.length > 0) {
        const problems = check.ok ? check.warnings.map((w) => w.message[lang]) : check.errors.map((e) => formatParseError(e, lang));
        throw new UserError([MESSAGES.newInvalid[lang], ...problems.map((line) => `  ${line}`)].join('\n'));
      }
      await output(text, options.output, context);
    });
