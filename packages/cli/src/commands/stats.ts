import { documentAreas, documentStats, formatPercent, NODE_KINDS } from '@veranderlogica/core';
import type { CliCommand } from '../context.js';
import { readDocument } from '../files.js';
import { MESSAGES, say, term } from '../messages.js';

/** `stats <file>`: key figures of a plan. */
export const stats: CliCommand = (program, context) =>
  program
    .command('stats')
    .description(MESSAGES.statsHelp[context.lang])
    .argument(`<${term('file', context.lang)}>`, MESSAGES.argPlan[context.lang])
    .option('--json', MESSAGES.optJson[context.lang])
    .action(async (path: string, options: { json?: boolean }) => {
      const { lang } = context;
      const document = await readDocument(path, context);
      const figures = documentStats(document);
      if (options.json) {
        context.raw.stdout(JSON.stringify(figures, null, 2) + '\n');
        return;
      }
      const row = (label: keyof typeof MESSAGES, value: string | number) => `  ${MESSAGES[label][lang].padEnd(22)} ${value}`;
      const lines = [
        say('statsTitle', { title: document.title || path }, lang),
        ...NODE_KINDS.values.map((kind) => `  ${NODE_KINDS.labels[kind][lang].padEnd(22)} ${figures.nodes[kind]}`),
        row('statsConnections', figures.totalEdges),
        row('statsPartners', figures.partners),
        row('statsTargetGroups', figures.targetGroups),
        row('statsChains', `${figures.chains}${figures.chainsTruncated ? '+' : ''}`),
        row('statsGaps', `${figures.gaps} (${documentAreas(document).length} × ${figures.targetGroups})`),
        row('statsOverlaps', figures.overlaps),
        row('statsIndicatorsComplete', formatPercent(figures.indicatorsComplete, lang)),
        row('statsErrors', figures.findings.error),
        row('statsWarnings', figures.findings.warning),
      ];
      context.io.stdout(lines.join('\n') + '\n');
    });
