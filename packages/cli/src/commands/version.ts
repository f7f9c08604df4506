import { makeVersion, type Document } from '@veranderlogica/core';
import type { CliCommand } from '../context.js';
import { applyOrSay, outputDocument, readDocument, UserError } from '../files.js';
import { MESSAGES, say, term } from '../messages.js';

/** A version id from its date, unique in the document: versie-2026-11-28, versie-2026-11-28-2, … */
function uniqueVersionId(document: Document, created: string): string {
  const base = `versie-${created.slice(0, 10)}`;
  const used = new Set(document.versions.map((v) => v.id));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** `version <plan> --name <name>`: keeps the plan as it is now as a named version in the file (or in -o). */
export const version: CliCommand = (program, context) =>
  program
    .command('version')
    .description(MESSAGES.versionHelp[context.lang])
    .argument(`<${term('plan', context.lang)}>`, MESSAGES.argPlan[context.lang])
    .argument(`[${term('name', context.lang)}...]`, MESSAGES.argVersionName[context.lang])
    .option(`--name <${term('name', context.lang)}>`, MESSAGES.optVersionName[context.lang])
    .option(`-o, --output <${term('file', context.lang)}>`, MESSAGES.optVersionOutput[context.lang])
    .action(async (path: string, words: string[], options: { name?: string; output?: string }) => {
      const { lang } = context;
      const name = (options.name ?? words.join(' ')).trim();
      if (!name) throw new UserError(MESSAGES.versionNeedsName[lang]);
      const document = await readDocument(path, context);
      const created = new Date().toISOString();
      const id = uniqueVersionId(document, created);
      const next = applyOrSay(document, { type: 'addVersion', version: makeVersion(document, { id, name, created }) }, lang);
      await outputDocument(next, options.output ?? path, context);
      context.io.stdout(say('versionMade', { name, id }, lang) + '\n');
    });
