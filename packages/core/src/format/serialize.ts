import { DocumentSchema, LIMITS, type Document } from '../model/schema.js';
import type { Localized } from '../i18n/localized.js';
import { collapseVersions } from '../edit/versions.js';
import { TEXTS } from './locales/index.js';
import { localizeMessage } from '../i18n/format.js';

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as T;
  return sorted;
}

/**
 * Writes a document as JSON text that diffs cleanly in git: keys in the
 * schema's order (id, kind, title first), nodes and edges in document order,
 * map-like records sorted by id, 2-space indent and a trailing newline.
 * The same document always gives the same text, and
 * `parseDocument(serializeDocument(d))` gives back `d`. Versions are written
 * compactly: each as the changes since another version, and one that keeps
 * a whole plan compressed.
 *
 * @example
 * await writeFile('toc.json', serializeDocument(document));
 */
export function serializeDocument(document: Document): string {
  // Parsing rebuilds every object with its keys in schema order, whatever order edits left them in.
  const parsed = DocumentSchema.safeParse(document);
  const canonical: Document = parsed.success ? parsed.data : document;
  if (canonical.layout) canonical.layout = { ...canonical.layout, positions: sortedRecord(canonical.layout.positions) };
  if (canonical.workshop) canonical.workshop = { ...canonical.workshop, votes: sortedRecord(canonical.workshop.votes) };
  // A version that keeps the whole plan is written compressed.
  if (canonical.versions.some((version) => 'plan' in version)) {
    return JSON.stringify({ ...canonical, versions: collapseVersions(canonical.versions) }, null, 2) + '\n';
  }
  return JSON.stringify(canonical, null, 2) + '\n';
}

/** What {@link writableText} gives: the text to write, or why nothing may be written. */
export type WritableText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Localized };

/** Megabytes to one decimal, as a number: the message writes it in the reader's language (10,7 or 10.7). */
const megabytes = (characters: number) => Math.round((characters / (1024 * 1024)) * 10) / 10;

/**
 * The text of a document as every writer must write it: {@link serializeDocument}'s, but only when
 * `parseDocument` will read it back. A plan whose text would pass the format's size limit
 * (`LIMITS.maxTextLength`, 20 MB) or that the schema refuses is not written; the problem says what to do.
 * The CLI and the editor write through it, so no write leaves a file the tool refuses.
 *
 * @example
 * const written = writableText(document);
 * if (written.ok) await writeFile(path, written.text); else console.error(written.problem.nl);
 */
export function writableText(document: Document): WritableText {
  const parsed = DocumentSchema.safeParse(document);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `/${first.path.join('/')}` : '';
    return {
      ok: false,
      problem: localizeMessage(TEXTS.serialize.wouldNotOpen, { where, reason: first?.message ?? TEXTS.serialize.invalid }),
    };
  }
  const text = serializeDocument(parsed.data);
  if (text.length > LIMITS.maxTextLength) {
    const size = megabytes(text.length);
    const limit = megabytes(LIMITS.maxTextLength);
    const versions = parsed.data.versions.length;
    return {
      ok: false,
      problem: localizeMessage(TEXTS.serialize.tooLarge, { size, limit, versions }),
    };
  }
  return { ok: true, text };
}
