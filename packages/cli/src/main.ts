import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import {
  createDocument,
  documentAreas,
  documentJsonSchema,
  exportFormatsFor,
  formatPercent,
  formatPlanDiff,
  planDiff,
  applyOperation,
  findVersion,
  makeVersion,
  MEASUREMENT_FIELDS,
  planMeasurementImport,
  readCsvTable,
  readMeasurementWorkbook,
  UnreadableFileError,
  versionPlan,
  type MeasurementColumns,
  planText,
  documentStats,
  formatFinding,
  formatParseError,
  getTemplate,
  isLanguage,
  LIMITS,
  terminalText,
  listTemplates,
  NODE_KINDS,
  parseDocument,
  SEVERITY_LABELS,
  serializeDocument,
  writableText,
  OperationError,
  type Operation,
  validate,
  type Document,
  type Language,
  maxOf,
} from '@veranderlogica/core';
import { exportContext } from '@veranderlogica/layout/node';
import { MESSAGES, say } from './messages.js';
import { serve } from './serve.js';
import { chromiumSession, findChromium, NoBrowserError } from './chromium.js';

/** Where the CLI reads its environment and writes its output; injectable for tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `serve` stops when this settles (tests); otherwise on Ctrl+C or SIGTERM. */
  readonly until?: Promise<unknown>;
}

/** A mistake of the user's: printed as one line, never as a stack trace. */
class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** The formats the CLI can export: every format of the registry that needs no browser. */
const CLI_FORMATS = exportFormatsFor({
  ...exportContext(createDocument({ title: '' })),
  print: () => Promise.reject(new NoBrowserError()),
});

/** The help text, its list of formats read from the registry. */
function usage(lang: Language): string {
  const width = maxOf(CLI_FORMATS, (format) => format.id.length) + 2;
  const formats = CLI_FORMATS.map((format) => `  ${format.id.padEnd(width)}${format.label[lang]}`).join('\n');
  return MESSAGES.usage[lang].replace('{formats}', formats);
}

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  template: { type: 'string', short: 't' },
  force: { type: 'boolean' },
  title: { type: 'string' },
  delimiter: { type: 'string' },
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  data: { type: 'string' },
  'trust-proxy': { type: 'string' },
  editor: { type: 'string' },
  since: { type: 'string' },
  name: { type: 'string' },
  columns: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function ioErrorReason(error: unknown, lang: Language): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return MESSAGES.notFound[lang];
  if (code === 'EISDIR') return MESSAGES.isDirectory[lang];
  if (code === 'EACCES' || code === 'EPERM') return MESSAGES.noAccess[lang];
  return (error as Error).message;
}

/**
 * Reads a file, refusing one larger than the format allows before reading it: a regular file by its size,
 * anything else (a device, a pipe) by stopping at the limit while reading.
 */
async function readBytes(path: string, lang: Language): Promise<Buffer> {
  const limit = LIMITS.maxTextLength;
  const tooLarge = () => new UserError(say('tooLarge', { file: path, mb: Math.round(limit / 1024 / 1024) }, lang));
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.isFile() && info.size > limit) throw tooLarge();
    const handle = await open(path, 'r');
    try {
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.alloc(Math.min(1 << 20, limit + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) throw tooLarge();
      }
      return Buffer.concat(chunks);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(say('cannotRead', { file: path, reason: ioErrorReason(error, lang) }, lang));
  }
}

/** The bytes of a Buffer as an ArrayBuffer of their own (a Buffer may share a larger one). */
const arrayBufferOf = (bytes: Buffer): ArrayBuffer => new Uint8Array(bytes).buffer;

/** Reads a text file (UTF-8) within the same limit. */
async function readText(path: string, lang: Language): Promise<string> {
  return (await readBytes(path, lang)).toString('utf8');
}

/** Whether two paths name the same file (the same path, or the same file through a link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads and parses a document, or throws a UserError listing what is wrong and where. */
async function readDocument(path: string, lang: Language, io: CliIO): Promise<Document> {
  const result = parseDocument(new Uint8Array(await readBytes(path, lang)));
  if (!result.ok) {
    // The reader reports at most a hundred errors and counts the rest in a last one; twenty are shown here.
    const last = result.errors.at(-1);
    const uncounted = last?.code === 'too-many-errors' ? Number(last.params?.count ?? 0) : 0;
    const listed = result.errors.filter((error) => error.code !== 'too-many-errors');
    const lines = listed.slice(0, 20).map((error) => `  ${formatParseError(error, lang)}`);
    const rest = Math.max(0, listed.length - 20) + uncounted;
    if (rest > 0) lines.push(`  ${say('moreErrors', { count: rest }, lang)}`);
    throw new UserError([say('unreadable', { file: path }, lang), ...lines].join('\n'));
  }
  for (const warning of result.warnings) io.stderr(say('migrated', { note: warning.message[lang] }, lang) + '\n');
  return result.document;
}

/** Writes an export: to a file, or as it is to standard output (`raw`: data is not escaped for the terminal). */
async function output(text: string | Uint8Array, path: string | undefined, lang: Language, io: CliIO, raw: CliIO): Promise<void> {
  if (path === undefined) {
    // Binary formats only go to a file: a terminal would show noise.
    if (typeof text !== 'string') throw new UserError(say('binaryNeedsOutput', { extension: 'bin' }, lang));
    raw.stdout(text);
    return;
  }
  try {
    await writeAtomically(path, text);
  } catch (error) {
    throw new UserError(say('cannotWrite', { file: path, reason: ioErrorReason(error, lang) }, lang));
  }
  io.stderr(say('wrote', { file: path }, lang) + '\n');
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so a full disk, a
 * crash or Ctrl+C never leaves half a plan where the plan was.
 */
async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Applies an operation, or says in the user's language why the plan cannot take it (a full list, a refused value). */
function applyOrSay(document: Document, operation: Operation, lang: Language): Document {
  try {
    return applyOperation(document, operation).document;
  } catch (error) {
    if (error instanceof OperationError) throw new UserError(error.localized[lang]);
    throw error;
  }
}

/** Writes a plan, only when it will open again (see `writableText`): otherwise nothing, and the reason. */
async function outputDocument(document: Document, path: string | undefined, lang: Language, io: CliIO, raw: CliIO): Promise<void> {
  const written = writableText(document);
  if (!written.ok) throw new UserError(written.problem[lang]);
  await output(written.text, path, lang, io, raw);
}

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

function versionNames(document: Document, lang: Language): string {
  return document.versions.map((v) => `"${v.name}" (${v.id})`).join(', ') || MESSAGES.noVersions[lang];
}

/** A version id from its date, unique in the document: versie-2026-11-28, versie-2026-11-28-2, … */
function uniqueVersionId(document: Document, created: string): string {
  const base = `versie-${created.slice(0, 10)}`;
  const used = new Set(document.versions.map((v) => v.id));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

/**
 * Runs the CLI with the given arguments and returns its exit code.
 *
 * @example
 * const code = await main(['validate', 'toc.json'], { stdout, stderr, env: process.env });
 */
export async function main(argv: readonly string[], raw: CliIO): Promise<number> {
  // What people read goes through terminalText: a title or key with escape sequences cannot clear the screen or forge
  // a line. Data (an export to standard output, --json) goes out as it is, through raw.stdout.
  const io: CliIO = { ...raw, stdout: (text) => raw.stdout(terminalText(text)), stderr: (text) => raw.stderr(terminalText(text)) };
  const envLang = io.env.VERANDERLOGICA_LANG;
  let lang: Language = isLanguage(envLang) ? envLang : 'nl';
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UserError(say('badOption', { reason: (error as Error).message.split('\n')[0] ?? '' }, lang));
    }
    const { values, positionals } = parsed;
    if (values.lang !== undefined) {
      if (!isLanguage(values.lang)) throw new UserError(say('badLanguage', { language: values.lang }, lang));
      lang = values.lang;
    }
    const [command, file, ...more] = positionals;
    if (values.version) {
      io.stdout(version() + '\n');
      return 0;
    }
    if (values.help || command === undefined || command === 'help') {
      io.stdout(usage(lang));
      return command === undefined && !values.help ? 2 : 0;
    }
    const needFile = (): string => {
      if (file === undefined) throw new UserError(say('missingFile', { command }, lang));
      return file;
    };
    switch (command) {
      case 'validate': {
        // Every file is checked; the exit code is the worst: 2 (unreadable) over 1 (errors) over 0.
        const paths = [needFile(), ...more];
        let worst = 0;
        const reports: unknown[] = [];
        for (const path of paths) {
          let document: Document;
          try {
            document = await readDocument(path, lang, io);
          } catch (error) {
            if (!(error instanceof UserError)) throw error;
            io.stderr(error.message + '\n');
            worst = 2;
            reports.push({ file: path, readable: false });
            continue;
          }
          const findings = validate(document);
          const count = { error: 0, warning: 0, info: 0 };
          for (const finding of findings) count[finding.severity]++;
          if (count.error > 0) worst = Math.max(worst, 1);
          if (values.json) {
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
        // One file: one object, as before; several: a list in the order given.
        if (values.json) raw.stdout(JSON.stringify(paths.length === 1 ? reports[0] : reports, null, 2) + '\n');
        return worst;
      }
      case 'export': {
        const path = needFile();
        const formats = CLI_FORMATS.map((format) => format.id).join(', ');
        if (values.format === undefined) throw new UserError(say('missingFormat', { choices: formats }, lang));
        const format = CLI_FORMATS.find((candidate) => candidate.id === values.format);
        if (!format) throw new UserError(say('badFormat', { format: values.format, choices: formats }, lang));
        // Binary formats only go to a file: said before the work, not after.
        if (!format.text && values.output === undefined)
          throw new UserError(say('binaryNeedsOutput', { extension: format.extension }, lang));
        const delimiter = values.delimiter === 'tab' ? '\t' : values.delimiter;
        if (delimiter !== undefined && delimiter !== ',' && delimiter !== ';' && delimiter !== '\t')
          throw new UserError(MESSAGES.badDelimiter[lang]);
        if (values.output !== undefined && (await sameFile(values.output, path)))
          throw new UserError(say('overInput', { file: path }, lang));
        const document = await readDocument(path, lang, io);
        const exportLang = values.lang !== undefined ? lang : document.language;
        // The one picture every export hands out: the document's direction, pinned cards and order kept.
        if (values.since !== undefined && !findVersion(document, values.since))
          throw new UserError(say('noVersion', { version: values.since, versions: versionNames(document, lang) }, lang));
        const context = exportContext(document, {
          language: exportLang,
          ...(delimiter !== undefined && { delimiter }),
          ...(values.since !== undefined && { since: findVersion(document, values.since)!.id }),
        });
        // A PDF is printed by the system's Chromium; a deck's pictures get a PNG for older programs where it can draw one.
        const chromium = chromiumSession(raw.env);
        const rasterise = format.id === 'pptx' && (await findChromium(raw.env)) ? { rasterise: chromium.rasterise } : {};
        const content = await format
          .run(document, { ...context, print: chromium.print, ...rasterise })
          .catch((error: unknown) => {
            if (error instanceof NoBrowserError) throw new UserError(MESSAGES.noBrowser[lang]);
            throw error;
          })
          .finally(() => chromium.close());
        await output(content instanceof Blob ? new Uint8Array(await content.arrayBuffer()) : content, values.output, lang, io, raw);
        return 0;
      }
      case 'new': {
        const ids = listTemplates()
          .map((t) => t.id)
          .join(', ');
        if (values.template === undefined) throw new UserError(say('missingTemplate', { choices: ids }, lang));
        const template = getTemplate(values.template);
        if (!template) throw new UserError(say('badTemplate', { template: values.template, choices: ids }, lang));
        if (values.output !== undefined && !values.force && (await exists(values.output)))
          throw new UserError(say('exists', { file: values.output }, lang));
        const created = template.create();
        // What is written must read back: a title the format refuses is refused here, with the reason.
        const text = serializeDocument(values.title !== undefined ? { ...created, title: values.title } : created);
        const check = parseDocument(text);
        if (!check.ok || check.warnings.length > 0) {
          const problems = check.ok ? check.warnings.map((w) => w.message[lang]) : check.errors.map((e) => formatParseError(e, lang));
          throw new UserError([MESSAGES.newInvalid[lang], ...problems.map((line) => `  ${line}`)].join('\n'));
        }
        await output(text, values.output, lang, io, raw);
        return 0;
      }
      case 'templates': {
        for (const template of listTemplates())
          io.stdout(`${template.id.padEnd(26)} ${template.title[lang]} — ${template.description[lang]}\n`);
        return 0;
      }
      case 'stats': {
        const path = needFile();
        const document = await readDocument(path, lang, io);
        const stats = documentStats(document);
        if (values.json) {
          raw.stdout(JSON.stringify(stats, null, 2) + '\n');
          return 0;
        }
        const nl = lang === 'nl';
        const lines = [
          say('statsTitle', { title: document.title || path }, lang),
          ...NODE_KINDS.values.map((kind) => `  ${NODE_KINDS.labels[kind][lang].padEnd(22)} ${stats.nodes[kind]}`),
          `  ${(nl ? 'Verbindingen' : 'Connections').padEnd(22)} ${stats.totalEdges}`,
          `  ${(nl ? 'Partners' : 'Partners').padEnd(22)} ${stats.partners}`,
          `  ${(nl ? 'Doelgroepen' : 'Target groups').padEnd(22)} ${stats.targetGroups}`,
          `  ${(nl ? 'Ketens' : 'Chains').padEnd(22)} ${stats.chains}${stats.chainsTruncated ? '+' : ''}`,
          `  ${(nl ? 'Witte vlekken' : 'Gaps').padEnd(22)} ${stats.gaps} (${documentAreas(document).length} × ${stats.targetGroups})`,
          `  ${(nl ? 'Mogelijke dubbelingen' : 'Possible overlaps').padEnd(22)} ${stats.overlaps}`,
          `  ${(nl ? 'Indicatoren compleet' : 'Indicators complete').padEnd(22)} ${formatPercent(stats.indicatorsComplete, lang)}`,
          `  ${(nl ? 'Fouten' : 'Errors').padEnd(22)} ${stats.findings.error}`,
          `  ${(nl ? 'Waarschuwingen' : 'Warnings').padEnd(22)} ${stats.findings.warning}`,
        ];
        io.stdout(lines.join('\n') + '\n');
        return 0;
      }
      case 'diff': {
        // Exit 0 when nothing but the layout changed, 1 when the content did (as diff(1) does), 2 when a file is unreadable.
        // Two files, or one file and --since: the plan against one of its named versions.
        if (more.length !== (values.since === undefined ? 1 : 0)) throw new UserError(say('diffNeedsTwo', {}, lang));
        const first = await readDocument(needFile(), lang, io);
        let before = first;
        let after = first;
        if (values.since !== undefined) {
          const version = findVersion(first, values.since);
          if (!version) throw new UserError(say('noVersion', { version: values.since, versions: versionNames(first, lang) }, lang));
          before = versionPlan(first, version.id)!;
        } else after = await readDocument(more[0]!, lang, io);
        const difference = planDiff(before, after);
        if (values.json) raw.stdout(JSON.stringify(difference, null, 2) + '\n');
        else {
          const titles = new Map([...before.nodes, ...after.nodes].map((node) => [node.id, node.title]));
          io.stdout(formatPlanDiff(difference, lang, (id) => titles.get(id) ?? id));
        }
        return difference.changed ? 1 : 0;
      }
      case 'version': {
        // A named version of the plan kept in the file: written back to the plan, or to -o.
        const path = needFile();
        const name = (values.name ?? more.join(' ')).trim();
        if (!name) throw new UserError(MESSAGES.versionNeedsName[lang]);
        const document = await readDocument(path, lang, io);
        const created = new Date().toISOString();
        const id = uniqueVersionId(document, created);
        const next = applyOrSay(document, { type: 'addVersion', version: makeVersion(document, { id, name, created }) }, lang);
        await outputDocument(next, values.output ?? path, lang, io, raw);
        io.stdout(say('versionMade', { name, id }, lang) + '\n');
        return 0;
      }
      case 'versions': {
        const document = await readDocument(needFile(), lang, io);
        if (values.json) {
          raw.stdout(
            JSON.stringify(
              document.versions.map((version) => ({
                id: version.id,
                name: version.name,
                created: version.created,
                ...('base' in version && { base: version.base }),
              })),
              null,
              2,
            ) + '\n',
          );
          return 0;
        }
        if (document.versions.length === 0) io.stdout(MESSAGES.noVersions[lang] + '\n');
        for (const version of document.versions) io.stdout(`${version.created.slice(0, 10)}  ${version.id.padEnd(28)} ${version.name}\n`);
        return 0;
      }
      case 'import-measurements': {
        // Exit 0 when every row was taken in, 1 when rows were refused (the rest is still written), 2 when a file is unreadable.
        const path = needFile();
        const source = more[0];
        if (source === undefined || more.length > 1) throw new UserError(MESSAGES.importNeedsFiles[lang]);
        if (values.output !== undefined && (await sameFile(values.output, source)))
          throw new UserError(say('overInput', { file: source }, lang));
        const document = await readDocument(path, lang, io);
        const mapping = values.columns === undefined ? undefined : parseColumns(values.columns, lang);
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
        if (values.json) {
          const { operation: _operation, ...report } = result;
          raw.stdout(JSON.stringify(report, null, 2) + '\n');
        } else {
          io.stdout(
            say(
              'importSummary',
              { added: result.added.length, changed: result.changed.length, unchanged: result.unchanged, empty: result.empty },
              lang,
            ) + '\n',
          );
          for (const item of result.changed)
            io.stdout(
              `  ~ ${say('importRow', { row: item.row }, lang)}: ${item.title} ${item.measurement.date}: ${item.before!.value} → ${item.measurement.value}\n`,
            );
          if (result.problems.length) io.stdout(say('importRefused', { count: result.problems.length }, lang) + '\n');
          for (const problem of result.problems)
            io.stdout(
              `  ✖ ${say('importRow', { row: problem.row }, lang)}, ${say('importColumn', { column: problem.column }, lang)}: ${problem.message[lang]}\n`,
            );
        }
        if (values.output !== undefined) {
          let next = document;
          if (result.operation) next = applyOrSay(next, result.operation, lang);
          // A CSV mapping given on the command line is remembered in the plan for the next import.
          if (isCsv && mapping) next = applyOrSay(next, { type: 'updateMonitoring', changes: { csvColumns: mapping } }, lang);
          await outputDocument(next, values.output, lang, io, raw);
        } else if (!values.json) io.stdout(MESSAGES.importDryRun[lang] + '\n');
        return result.problems.length > 0 ? 1 : 0;
      }
      case 'text': {
        raw.stdout(planText(await readDocument(needFile(), lang, io)));
        return 0;
      }
      case 'schema': {
        await output(JSON.stringify(documentJsonSchema(), null, 2) + '\n', values.output, lang, io, raw);
        return 0;
      }
      case 'serve': {
        const port = Number(values.port ?? 1234);
        if (!Number.isInteger(port) || port < 0 || port > 65_535)
          throw new UserError(say('badOption', { reason: `--port ${values.port}` }, lang));
        return await serve({
          port,
          host: values.host ?? '127.0.0.1',
          data: values.data ?? './data',
          editor: values.editor,
          trustProxy: (values['trust-proxy'] ?? '')
            .split(',')
            .map((address) => address.trim())
            .filter(Boolean),
          plan: file,
          env: io.env,
          lang,
          print: io.stdout,
          ...(raw.until ? { until: raw.until } : {}),
        });
      }
      default:
        throw new UserError(say('unknownCommand', { command }, lang));
    }
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(error.message + '\n');
      return error.exitCode;
    }
    io.stderr(say('unexpected', { reason: error instanceof Error ? error.message : String(error) }, lang) + '\n');
    return 2;
  }
}
