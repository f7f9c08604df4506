import type { CliCommand } from '../context.js';
import { readDocument } from '../files.js';
import { MESSAGES, term } from '../messages.js';

/** `versions <plan>`: the versions kept in a plan. */
export const versions: CliCommand = (program, context) =>
  program
    .command('versions')
    .description(MESSAGES.versionsHelp[context.lang])
    .argument(`<${term('plan', context.lang)}>`, MESSAGES.argPlan[context.lang])
    .option('--json', MESSAGES.optJson[context.lang])
    .action(async (path: string, options: { json?: boolean }) => {
      const document = await readDocument(path, context);
      if (options.json) {
        const list = document.versions.map((kept) => ({
          id: kept.id,
          name: kept.name,
          created: kept.created,
          ...('base' in kept && { base: kept.base }),
        }));
        context.raw.stdout(JSON.stringify(list, null, 2) + '\n');
        return;
      }
      if (document.versions.length === 0) context.io.stdout(MESSAGES.noVersions[context.lang] + '\n');
      for (const kept of document.versions) context.io.stdout(`${kept.created.slice(0, 10)}  ${kept.id.padEnd(28)} ${kept.name}\n`);
    });
