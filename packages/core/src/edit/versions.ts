import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { create, type Delta } from 'jsondiffpatch/with-text-diffs';
import type { Document, Version } from '../model/schema.js';
import { DocumentSchema, PlanSnapshotSchema } from '../model/schema.js';

type Loose = Record<string, unknown>;
/** A plan as a version keeps it: a document without its versions and without the review around it. */
type Snapshot = Omit<Document, 'versions' | 'comments' | 'suggestions' | 'reviews'>;
/** What a version keeps of the changes since its base. */
type Changes = Extract<Version, { changes: unknown }>['changes'];

/**
 * The differ of versions: records (cards, connections, partners, …) are matched by id, so a card added,
 * removed or moved costs that card, not the cards after it; long texts change by their edits.
 */
const differ = create({
  objectHash: (item: object, index?: number) => {
    const id = (item as Loose).id;
    return typeof id === 'string' ? id : `#${index ?? 0}`;
  },
  arrays: { detectMove: true, includeValueOnMove: false },
  textDiff: { minLength: 120 },
  cloneDiffValues: true,
});

/**
 * A delta that only goes forward: jsondiffpatch keeps the old value beside the new one (to undo a delta), but
 * a version is only ever rebuilt forward, so the old values are left out (as `0`); a changed title then costs
 * the new title, and a removed card nothing but its place.
 */
function forward(delta: Delta | undefined): Changes {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      if (node.length === 2) return [0, node[1]];
      if (node.length === 3 && node[1] === 0 && node[2] === 0) return [0, 0, 0];
      return node;
    }
    if (node && typeof node === 'object') {
      const out: Loose = {};
      for (const [key, value] of Object.entries(node)) out[key] = key === '_t' ? value : strip(value);
      return out;
    }
    return node;
  };
  return (delta === undefined ? {} : strip(delta)) as Changes;
}

/** Every version is rebuilt through at most this many others: a longer chain (a hostile file) is not followed. */
const MAX_CHAIN = 1_000;

/**
 * A named version of the plan as it is now, to keep inside the file with the
 * `addVersion` operation. The first version keeps the whole plan; a later one
 * keeps only what changed since the latest version (records matched by id), so
 * a hundred versions of a plan edited in the ordinary way take little more room
 * than the plan itself. {@link versionPlan} rebuilds it exactly.
 *
 * @example
 * store.apply({ type: 'addVersion', version: makeVersion(document, { id: 'v-2025', name: 'Vastgesteld door de raad, 2025', created: new Date().toISOString() }) });
 */
export function makeVersion(
  document: Document,
  version: { readonly id: string; readonly name: string; readonly created: string },
): Version {
  const { versions, comments: _comments, suggestions: _suggestions, reviews: _reviews, ...plan } = document;
  const snapshot = structuredClone(plan);
  const latest = versions.at(-1);
  const base = latest ? snapshotOf(versions, latest.id) : undefined;
  if (!latest || !base) return { id: version.id, name: version.name, created: version.created, plan: snapshot };
  const changes = forward(differ.diff(base, snapshot));
  return { id: version.id, name: version.name, created: version.created, base: latest.id, changes };
}

/**
 * The plan kept in a version, as a document to compare, export or report on
 * (without versions of its own), rebuilt from the versions it was kept on.
 * Undefined when the document has no version with that id, or when it cannot
 * be rebuilt (a version it builds on is missing, or the changes do not apply).
 *
 * @example
 * const adopted = versionPlan(document, 'v-2025');
 * if (adopted) console.log(formatPlanDiff(planDiff(adopted, document), 'nl'));
 */
export function versionPlan(document: Pick<Document, 'versions'>, id: string): Document | undefined {
  const snapshot = snapshotOf(document.versions, id);
  if (!snapshot) return undefined;
  const parsed = DocumentSchema.safeParse({ ...snapshot, versions: [], comments: [], suggestions: [], reviews: [] });
  return parsed.success ? parsed.data : undefined;
}

/** A version's plan, rebuilt along its chain of bases, or undefined when that cannot be done. */
function snapshotOf(versions: readonly Version[], id: string): Snapshot | undefined {
  const byId = new Map(versions.map((version) => [version.id, version]));
  const chain: Version[] = [];
  const seen = new Set<string>();
  for (let at = byId.get(id); at; at = 'base' in at ? byId.get(at.base) : undefined) {
    // A version built on itself, or a chain past any real one (a hostile file): not followed.
    if (seen.has(at.id) || chain.length >= MAX_CHAIN) return undefined;
    seen.add(at.id);
    chain.push(at);
    if ('plan' in at) break;
  }
  const root = chain.pop();
  if (!root || !('plan' in root)) return undefined;
  let plan = structuredClone(root.plan) as unknown;
  try {
    for (const version of chain.reverse()) {
      if (!('changes' in version)) return undefined;
      plan = differ.patch(plan, structuredClone(version.changes) as Delta);
    }
  } catch {
    return undefined;
  }
  return plan as Snapshot;
}

/**
 * The versions once one is removed: the versions built on it are rebuilt and kept on its own base instead
 * (or whole, where it kept the whole plan), so every other version still rebuilds exactly.
 *
 * @example
 * const versions = withoutVersion(document.versions, 'v-2024');
 */
export function withoutVersion(versions: readonly Version[], id: string): Version[] {
  const removed = versions.find((version) => version.id === id);
  if (!removed) return [...versions];
  const newBase = 'base' in removed ? removed.base : undefined;
  const baseSnapshot = newBase === undefined ? undefined : snapshotOf(versions, newBase);
  return versions.flatMap((version): Version[] => {
    if (version.id === id) return [];
    if (!('base' in version) || version.base !== id) return [version];
    const own = snapshotOf(versions, version.id);
    // A version that cannot be rebuilt stays as it was: nothing is lost that was there.
    if (!own) return [version];
    const meta = { id: version.id, name: version.name, created: version.created };
    if (newBase === undefined || !baseSnapshot) return [{ ...meta, plan: own }];
    return [{ ...meta, base: newBase, changes: forward(differ.diff(baseSnapshot, own)) }];
  });
}

/**
 * Every version of older files kept the whole plan: this keeps the first whole and each later one as the
 * changes since the one before (the format 2 → 3 migration).
 */
export function compactVersions(versions: readonly Version[]): Version[] {
  let previous: { id: string; plan: Snapshot } | undefined;
  return versions.map((version): Version => {
    const plan = snapshotOf(versions, version.id);
    if (!plan) return version;
    const meta = { id: version.id, name: version.name, created: version.created };
    const kept: Version = previous ? { ...meta, base: previous.id, changes: forward(differ.diff(previous.plan, plan)) } : { ...meta, plan };
    previous = { id: version.id, plan };
    return kept;
  });
}

/**
 * The versions as a file keeps them: a version that keeps the whole plan keeps it compressed (DEFLATE, in
 * base64), so that a file with a hundred versions stays within twice the plan's size. {@link expandVersions}
 * undoes it exactly.
 */
export function collapseVersions(versions: readonly Version[]): Version[] {
  return versions.map((version): Version => {
    if (!('plan' in version)) return version;
    const bytes = strToU8(JSON.stringify(version.plan));
    return {
      id: version.id,
      name: version.name,
      created: version.created,
      packed: { size: bytes.length, deflate: toBase64(deflateSync(bytes, { level: 9 })) },
    };
  });
}

/**
 * The versions of a file as a document holds them: a packed version is unpacked whole. Unpacking never writes
 * more than the size the file names (a compression bomb stops there). One that does not unpack to a plan the
 * format reads (a damaged or hostile file) stays as it was: nothing is lost, and `versionPlan` gives no plan for it.
 */
export function expandVersions(versions: readonly Version[]): Version[] {
  return versions.map((version): Version => {
    if (!('packed' in version)) return version;
    try {
      const bytes = inflateSync(fromBase64(version.packed.deflate), { out: new Uint8Array(version.packed.size) });
      const plan = PlanSnapshotSchema.safeParse(JSON.parse(strFromU8(bytes)));
      return plan.success ? { id: version.id, name: version.name, created: version.created, plan: plan.data } : version;
    } catch {
      return version;
    }
  });
}

/** Bytes as base64, in pieces (a whole plan at once would pass the arguments a call may take). */
function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
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
