import { createDocument, exportFormatsFor, findVersion, maxOf, type Language } from '@veranderlogica/core';
import { exportContext } from '@veranderlogica/layout/node';
import { chromiumSession, findChromium, NoBrowserError } from '../chromium.js';
import type { CliCommand } from '../context.js';
import { output, readDocument, sameFile, UserError, versionNames } from '../files.js';
import { MESSAGES, say, term } from '../messages.js';

/** The formats the CLI can export: every format of the registry that needs no browser to draw a picture. */
const CLI_FORMATS = exportFormatsFor({
  ...exportContext(createDocument({ title: '' })),
  print: () => Promise.reject(new NoBrowserError()),
});

/** The list of formats for the help, read from the registry. */
export function formatList(lang: Language): string {
  const width = maxOf(CLI_FORMATS, (format) => format.id.length) + 2;
  const formats = CLI_FORMATS.map((format) => `  ${format.id.padEnd(width)}${format.label[lang]}`).join('\n');
  return `\n${MESSAGES.formatsTitle[lang]}\n${formats}\n`;
}

interface ExportOptions {
  format?: string;
  output?: string;
  delimiter?: string;
  since?: string;
}

/** `export <file> --format <format>`: any format of the registry; a PDF and a deck's PNGs by the system's Chromium. */
export const exportPlan: CliCommand = (program, context) =>
  program
    .command('export')
    .description(MESSAGES.exportHelp[context.lang])
    .argument(`<${term('file', context.lang)}>`, MESSAGES.argPlan[context.lang])
    .option(`-f, --format <${term('format', context.lang)}>`, MESSAGES.optFormat[context.lang])
    .option(`-o, --output <${term('file', context.lang)}>`, MESSAGES.optOutput[context.lang])
    .option(`--delimiter <${term('delimiter', context.lang)}>`, MESSAGES.optDelimiter[context.lang])
    .option(`--since <${term('version', context.lang)}>`, MESSAGES.optSince[context.lang])
    .addHelpText('after', formatList(context.lang))
    .action(async (path: string, options: ExportOptions) => {
      const { lang } = context;
      const formats = CLI_FORMATS.map((format) => format.id).join(', ');
      if (options.format === undefined) throw new UserError(say('missingFormat', { choices: formats }, lang));
      const format = CLI_FORMATS.find((candidate) => candidate.id === options.format);
      if (!format) throw new UserError(say('badFormat', { format: options.format, choices: formats }, lang));
      // Binary formats only go to a file: said before the work, not after.
      if (!format.text && options.output === undefined)
        throw new UserError(say('binaryNeedsOutput', { extension: format.extension }, lang));
      const delimiter = options.delimiter === 'tab' ? '\t' : options.delimiter;
      if (delimiter !== undefined && delimiter !== ',' && delimiter !== ';' && delimiter !== '\t')
        throw new UserError(MESSAGES.badDelimiter[lang]);
      if (options.output !== undefined && (await sameFile(options.output, path)))
        throw new UserError(say('overInput', { file: path }, lang));
      const document = await readDocument(path, context);
      if (options.since !== undefined && !findVersion(document, options.since))
        throw new UserError(say('noVersion', { version: options.since, versions: versionNames(document, lang) }, lang));
      // The one picture every export hands out: the document's direction, pinned cards and order kept.
      const pictures = exportContext(document, {
        language: context.langGiven ? lang : document.language,
        ...(delimiter !== undefined && { delimiter }),
        ...(options.since !== undefined && { since: findVersion(document, options.since)!.id }),
      });
      // A PDF is printed by the system's Chromium; the pictures of a deck or a Word report get a PNG for older programs
      // where it can draw one.
      const chromium = chromiumSession(context.raw.env);
      const rasterise =
        (format.id === 'pptx' || format.id === 'docx') && (await findChromium(context.raw.env)) ? { rasterise: chromium.rasterise } : {};
      const content = await format
        .run(document, { ...pictures, print: chromium.print, ...rasterise })
        .catch((error: unknown) => {
          if (error instanceof NoBrowserError) throw new UserError(MESSAGES.noBrowser[lang]);
          throw error;
        })
        .finally(() => chromium.close());
      await output(content instanceof Blob ? new Uint8Array(await content.arrayBuffer()) : content, options.output, context);
    });
