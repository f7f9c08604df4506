import { formatDate } from '@veranderlogica/core';
import { reactienota } from '@veranderlogica/core/review';
import type { CliCommand } from '../context.js';
import { readDocument } from '../files.js';
import { MESSAGES, say, term } from '../messages.js';

/**
 * `comments <file> [--open] [--json]`: the partners' comments and suggestions, grouped by partner as the
 * reactienota groups them, each with what it is about, the answer and the decision.
 */
export const comments: CliCommand = (program, context) =>
  program
    .command('comments')
    .description(MESSAGES.commentsHelp[context.lang])
    .argument(`<${term('file', context.lang)}>`, MESSAGES.argPlan[context.lang])
    .option('--open', MESSAGES.optCommentsOpen[context.lang])
    .option('--json', MESSAGES.optJson[context.lang])
    .action(async (path: string, options: { open?: boolean; json?: boolean }) => {
      const document = await readDocument(path, context);
      const lang = context.langGiven ? context.lang : document.language;
      const nota = reactienota(document, { language: lang });
      const sections = nota.sections
        .map((section) => ({ ...section, items: section.items.filter((item) => !options.open || !item.decided) }))
        .filter((section) => section.items.length > 0);
      if (options.json) {
        context.raw.stdout(JSON.stringify({ summary: nota.summary, rounds: nota.rounds, sections }, null, 2) + '\n');
        return;
      }
      const lines = [say('commentsTitle', { title: document.title || path, summary: nota.summary }, lang)];
      for (const round of nota.rounds) {
        lines.push('', `${nota.texts.round}: ${round.title} (${round.deadline})`);
        for (const partner of round.partners)
          lines.push(
            `  ${partner.responded ? '✔' : '·'} ${partner.name}: ${partner.responded ? nota.texts.responded : nota.texts.notResponded}`,
          );
      }
      if (sections.length === 0) lines.push('', say('commentsNone', { open: options.open ? 'yes' : 'no' }, lang));
      for (const section of sections) {
        lines.push('', section.partner);
        for (const item of section.items) {
          lines.push(`  ${item.decided ? '✔' : '●'} ${item.about} (${item.outcome})`);
          lines.push(`    ${item.author}, ${formatDate(item.created.slice(0, 10), lang)}: ${item.text.replace(/\n/g, '\n    ')}`);
          lines.push(`    ↳ ${item.answer.replace(/\n/g, '\n      ')}`);
        }
      }
      context.io.stdout(lines.join('\n') + '\n');
    });
