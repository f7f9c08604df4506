import type { Document, Version } from '../model/schema.js';
import { DocumentSchema } from '../model/schema.js';

/**
 * A named version of the plan as it is now, to keep inside the file with the
 * `addVersion` operation: the whole plan except its own versions.
 *
 * @example
 * store.apply({ type: 'addVersion', version: makeVersion(document, { id: 'v-2025', name: 'Vastgesteld door de raad, 2025', created: new Date().toISOString() }) });
 */
export function makeVersion(
  document: Document,
  version: { readonly id: string; readonly name: string; readonly created: string },
): Version {
  const { versions: _versions, ...plan } = document;
  return { id: version.id, name: version.name, created: version.created, plan: structuredClone(plan) };
}

/**
 * The plan kept in a version, as a document to compare, export or report on
 * (without versions of its own). Undefined when the document has no version with that id.
 *
 * @example
 * const adopted = versionPlan(document, 'v-2025');
 * if (adopted) console.log(formatPlanDiff(planDiff(adopted, document), 'nl'));
 */
export function versionPlan(document: Pick<Document, 'versions'>, id: string): Document | undefined {
  const version = document.versions.find((v) => v.id === id);
  return version ? DocumentSchema.parse({ ...version.plan, versions: [] }) : undefined;
}

/**
 * A version by its id, or else by its name (exact, then case-insensitive):
 * what a user types on the command line.
 *
 * @example
 * findVersion(document, 'raad 2025')?.id;
 */
export function findVersion(document: Pick<Document, 'versions'>, idOrName: string): Version | undefined {
  const wanted = idOrName.trim();
  return (
    document.versions.find((v) => v.id === wanted) ??
    document.versions.find((v) => v.name === wanted) ??
    document.versions.find((v) => v.name.toLowerCase() === wanted.toLowerCase())
  );
}
