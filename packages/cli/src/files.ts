import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  applyOperation,
  formatParseError,
  LIMITS,
  OperationError,
  parseDocument,
  writableText,
  type Document,
  type Language,
  type Operation,
} from '@veranderlogica/core';
import type { CommandContext } from './context.js';
import { MESSAGES, say } from './messages.js';

/** A mistake of the user's: printed as one line, never as a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

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
export async function readBytes(path: string, lang: Language): Promise<Buffer> {
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
export const arrayBufferOf = (bytes: Buffer): ArrayBuffer => new Uint8Array(bytes).buffer;

/** Reads a text file (UTF-8) within the same limit. */
export async function readText(path: string, lang: Language): Promise<string> {
  return (await readBytes(path, lang)).toString('utf8');
}

/** Whether two paths name the same file (the same path, or the same file through a link). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads and parses a document, or throws a UserError listing what is wrong and where. */
export async function readDocument(path: string, context: CommandContext): Promise<Document> {
  return documentFrom(new Uint8Array(await readBytes(path, context.lang)), path, context);
}

/**
 * A plan from its bytes, read from `source` (a file, a room): the reader's errors, twenty at most, under a line
 * naming the source; its migration notes on standard error.
 */
export function documentFrom(bytes: Uint8Array, source: string, { lang, io }: CommandContext): Document {
  const result = parseDocument(bytes);
  if (!result.ok) {
    // The reader reports at most a hundred errors and counts the rest in a last one; twenty are shown here.
    const last = result.errors.at(-1);
    const uncounted = last?.code === 'too-many-errors' ? Number(last.params?.count ?? 0) : 0;
    const listed = result.errors.filter((error) => error.code !== 'too-many-errors');
    const lines = listed.slice(0, 20).map((error) => `  ${formatParseError(error, lang)}`);
    const rest = Math.max(0, listed.length - 20) + uncounted;
    if (rest > 0) lines.push(`  ${say('moreErrors', { count: rest }, lang)}`);
    throw new UserError([say('unreadable', { file: source }, lang), ...lines].join('\n'));
  }
  for (const warning of result.warnings) io.stderr(say('migrated', { note: warning.message[lang] }, lang) + '\n');
  return result.document;
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

/** Writes an export: to a file, or as it is to standard output (data is not escaped for the terminal). */
export async function output(text: string | Uint8Array, path: string | undefined, { lang, io, raw }: CommandContext): Promise<void> {
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

/** Applies an operation, or says in the user's language why the plan cannot take it (a full list, a refused value). */
export function applyOrSay(document: Document, operation: Operation, lang: Language): Document {
  try {
    return applyOperation(document, operation).document;
  } catch (error) {
    if (error instanceof OperationError) throw new UserError(error.localized[lang]);
    throw error;
  }
}

/** Writes a plan, only when it will open again (see `writableText`): otherwise nothing, and the reason. */
export async function outputDocument(document: Document, path: string | undefined, context: CommandContext): Promise<void> {
  const written = writableText(document);
  if (!written.ok) throw new UserError(written.problem[context.lang]);
  await output(written.text, path, context);
}

/** A plan's kept versions, named for a message: `"Vastgesteld" (versie-2025-06-01), …`. */
export function versionNames(document: Document, lang: Language): string {
  return document.versions.map((v) => `"${v.name}" (${v.id})`).join(', ') || MESSAGES.noVersions[lang];
}
