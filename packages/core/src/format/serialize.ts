import { DocumentSchema, type Document } from '../model/schema.js';

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
 * `parseDocument(serializeDocument(d))` gives back `d`.
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
  return JSON.stringify(canonical, null, 2) + '\n';
}
