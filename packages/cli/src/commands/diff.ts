import { findVersion, formatPlanDiff, planDiff, versionPlan } from '@veranderlogica/core';
import type { CliCommand } from '../context.js';
import { readDocument, UserError, versionNames } from '../files.js';
import { MESSAGES, say, term } from '../messages.js';

/**
 * `diff <a> <b>` or `diff <plan> --since <version>`: what changed in content. Exit 0 when nothing but the layout
 * changed, 1 when the content did (as diff(1) does), 2 when a file is unreadable.
 */
export const diff: CliCommand = (program, context) =>
  program
    .command('diff')
    .description(MESSAGES.diffHelp[context.lang])
    .argument(`<${term('before', context.lang)}>`, MESSAGES.argBefore[context.lang])
    .argument(`[${term('after', context.lang)}]`, MESSAGES.argAfter[context.lang])
    .option(`--since <${term('version', context.lang)}>`, MESSAGES.optDiffSince[context.lang])
    .option('--json', MESSAGES.optJson[context.lang])
    .action(async (first: string, second: string | undefined, options: { since?: string; json?: boolean }) => {
      const { lang } = context;
      if ((second === undefined) === (options.since === undefined)) throw new UserError(MESSAGES.diffNeedsTwo[lang]);
      const plan = await readDocument(first, context);
      let before = plan;
      let after = plan;
      if (options.since !== undefined) {
        const version = findVersion(plan, options.since);
        if (!version) throw new UserError(say('noVersion', { version: options.since, versions: versionNames(plan, lang) }, lang));
        before = versionPlan(plan, version.id)!;
      } else after = await readDocument(second!, context);
      const difference = planDiff(before, after);
      if (options.json) context.raw.stdout(JSON.stringify(difference, null, 2) + '\n');
      else {
        const titles = new Map([...before.nodes, ...after.nodes].map((node) => [node.id, node.title]));
        context.io.stdout(formatPlanDiff(difference, lang, (id) => titles.get(id) ?? id));
      }
      context.exitCode = difference.changed ? 1 : 0;
    });
