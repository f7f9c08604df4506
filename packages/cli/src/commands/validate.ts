import { formatFinding, SEVERITY_LABELS, validate as check, type Document } from '@veranderlogica/core';
import type { CliCommand } from '../context.js';
import { readDocument, UserError } from '../files.js';
import { MESSAGES, say, term } from '../messages.js';

/** `validate <file…>`: every file is checked; the exit code is the worst, 2 (unreadable) over 1 (errors) over 0. */
export const validate: CliCommand = (program, context) =>
  program
    .command('validate')
    .description(MESSAGES.validateHelp[context.lang])
    .argument(`<${term('files', context.lang)}...>`, MESSAGES.argFiles[context.lang])
    .option('--json', MESSAGES.optJson[context.lang])
    .action(async (paths: string[], options: { json?: boolean }) => {
      const { lang, io, raw } = context;
      const reports: unknown[] = [];
      for (const path of paths) {
        let document: Document;
        try {
          document = await readDocument(path, context);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          io.stderr(error.message + '\n');
          context.exitCode = 2;
          reports.push({ file: path, readable: false });
          continue;
        }
        const findings = check(document);
        const count = { error: 0, warning: 0, info: 0 };
        for (const finding of findings) count[finding.severity]++;
        if (count.error > 0) context.exitCode = Math.max(context.exitCode, 1);
        if (options.json) {
          reports.push({
            file: path,
            valid: count.error === 0,
            counts: count,
            findings: findings.map((f) => ({ ...f, message: formatFinding(f, lang) })),
          });
          continue;
        }
        for (const finding of findings) {
          const where = finding.ids.length ? ` [${finding.ids.join(', ')}]` : '';
          io.stdout(`${SEVERITY_LABELS[finding.severity][lang]} (${finding.code})${where}: ${formatFinding(finding, lang)}\n`);
        }
        const head = count.error === 0 ? say('valid', { file: path }, lang) : say('invalid', { file: path, count: count.error }, lang);
        io.stdout(`${count.error === 0 ? '✔' : '✖'} ${head}; ${say('counts', { warnings: count.warning, tips: count.info }, lang)}\n`);
      }
      // One file: one object; several: a list in the order given.
      if (options.json) raw.stdout(JSON.stringify(paths.length === 1 ? reports[0] : reports, null, 2) + '\n');
    });
