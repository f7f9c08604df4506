import {
  MEASUREMENT_FIELDS,
  planMeasurementImport,
  readCsvTable,
  readMeasurementWorkbook,
  UnreadableFileError,
  type MeasurementColumns,
} from '@veranderlogica/core/measurements';
import { type Language } from '@veranderlogica/core';
import type { CliCommand } from '../context.js';
import { applyOrSay, arrayBufferOf, outputDocument, readBytes, readDocument, readText, sameFile, UserError } from '../files.js';
import { MESSAGES, say, term } from '../messages.js';

/** `indicator=Naam,date=Jaar,value=Score` as a column mapping; indicator, date and value are required. */
function parseColumns(text: string, lang: Language): MeasurementColumns {
  const mapping: Record<string, string> = {};
  for (const part of text.split(',')) {
    const at = part.indexOf('=');
    const key = part.slice(0, at).trim();
    const heading = part.slice(at + 1).trim();
    if (at < 0 || !(MEASUREMENT_FIELDS as readonly string[]).includes(key) || !heading)
      throw new UserError(say('badColumns', { part: part.trim(), fields: MEASUREMENT_FIELDS.join(', ') }, lang));
    mapping[key] = heading;
  }
  if (!mapping.indicator || !mapping.date || !mapping.value)
    throw new UserError(say('badColumns', { part: text, fields: MEASUREMENT_FIELDS.join(', ') }, lang));
  return mapping as unknown as MeasurementColumns;
}

/**
 * `import-measurements <plan> <workbook|csv>`: shows what is added, what changes and every wrong cell; writes only
 * with -o. Exit 0 when every row was taken in, 1 when rows were refused (the rest is still written), 2 when unreadable.
 */
export const importMeasurements: CliCommand = (program, context) =>
  program
    .command('import-measurements')
    .description(MESSAGES.importHelp[context.lang])
    .argument(`<${term('plan', context.lang)}>`, MESSAGES.argPlan[context.lang])
    .argument(`<${term('measurements', context.lang)}>`, MESSAGES.argMeasurements[context.lang])
    .option(`-o, --output <${term('file', context.lang)}>`, MESSAGES.optImportOutput[context.lang])
    .option(`--columns <${term('mapping', context.lang)}>`, MESSAGES.optColumns[context.lang])
    .option('--json', MESSAGES.optJson[context.lang])
    .action(async (path: string, source: string, options: { output?: string; columns?: string; json?: boolean }) => {
      const { lang, io } = context;
      if (options.output !== undefined && (await sameFile(options.output, source)))
        throw new UserError(say('overInput', { file: source }, lang));
      const document = await readDocument(path, context);
      const mapping = options.columns === undefined ? undefined : parseColumns(options.columns, lang);
      const isCsv = /\.(csv|tsv|txt)$/i.test(source);
      let table: unknown[][];
      try {
        table = isCsv
          ? await readCsvTable(await readText(source, lang))
          : (await readMeasurementWorkbook(arrayBufferOf(await readBytes(source, lang)))).table;
      } catch (error) {
        if (error instanceof UserError) throw error;
        const reason = error instanceof UnreadableFileError ? error.localized[lang] : (error as Error).message;
        throw new UserError(say('cannotRead', { file: source, reason }, lang));
      }
      const columns = mapping ?? (isCsv ? document.monitoring?.csvColumns : undefined);
      const result = planMeasurementImport(document, table, columns ? { columns } : {});
      if (options.json) {
        const { operation: _operation, ...report } = result;
        context.raw.stdout(JSON.stringify(report, null, 2) + '\n');
      } else {
        const counts = { added: result.added.length, changed: result.changed.length, unchanged: result.unchanged, empty: result.empty };
        io.stdout(say('importSummary', counts, lang) + '\n');
        for (const item of result.changed) {
          const row = say('importRow', { row: item.row }, lang);
          io.stdout(`  ~ ${row}: ${item.title} ${item.measurement.date}: ${item.before!.value} → ${item.measurement.value}\n`);
        }
        if (result.problems.length) io.stdout(say('importRefused', { count: result.problems.length }, lang) + '\n');
        for (const problem of result.problems) {
          const where = `${say('importRow', { row: problem.row }, lang)}, ${say('importColumn', { column: problem.column }, lang)}`;
          io.stdout(`  ✖ ${where}: ${problem.message[lang]}\n`);
        }
      }
      if (options.output !== undefined) {
        let next = document;
        if (result.operation) next = applyOrSay(next, result.operation, lang);
        // A CSV mapping given on the command line is remembered in the plan for the next import.
        if (isCsv && mapping) next = applyOrSay(next, { type: 'updateMonitoring', changes: { csvColumns: mapping } }, lang);
        await outputDocument(next, options.output, context);
      } else if (!options.json) io.stdout(MESSAGES.importDryRun[lang] + '\n');
      context.exitCode = result.problems.length > 0 ? 1 : 0;
    });
