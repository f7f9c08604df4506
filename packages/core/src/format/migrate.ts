import { CURRENT_VERSION, VersionSchema, type Version } from '../model/schema.js';
import { compactVersions } from '../edit/versions.js';
import { edgeKindFor } from '../model/connections.js';
import type { NodeKind } from '../model/vocabulary.js';
import type { Localized } from '../i18n/localized.js';
import { toJsonPointer } from './issue.js';
import { TEXTS } from './locales/index.js';
import { localizeMessage } from '../i18n/format.js';

type Loose = Record<string, unknown>;

/** A step that turns a document of version `from` into one of version `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly description: string;
  /**
   * Returns the migrated document; throws a {@link MigrationError} rather than drop anything it cannot carry over.
   * What it had to infer (a value the old format did not hold) it tells in `notes`, for the user to check.
   */
  readonly migrate: (document: Loose, notes: MigrationNote[]) => Loose;
}

/** Something a migration inferred, at a JSON pointer into the migrated document: the user should check it. */
export interface MigrationNote {
  readonly path: string;
  readonly message: Localized;
}

/** One thing a migration cannot carry over, at a JSON pointer into the old document. */
export interface MigrationProblem {
  readonly path: string;
  readonly message: Localized;
}

/**
 * Thrown by a migration step that would otherwise lose data: the old file
 * holds something the step cannot carry over, so nothing is migrated.
 *
 * @example
 * try {
 *   migrate(raw);
 * } catch (error) {
 *   if (error instanceof MigrationError) for (const p of error.problems) console.error(p.path, p.message.nl);
 * }
 */
export class MigrationError extends Error {
  readonly problems: readonly MigrationProblem[];
  constructor(problems: readonly MigrationProblem[]) {
    super(problems.map((problem) => `${problem.path}: ${problem.message.en}`).join('; '));
    this.name = 'MigrationError';
    this.problems = problems;
  }
}

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects what a step cannot migrate, then throws them together. */
class Problems {
  readonly list: MigrationProblem[] = [];
  add(path: readonly PropertyKey[], message: Localized) {
    this.list.push({ path: toJsonPointer(path), message });
  }
  /** A list of objects at `key`, or a problem when it is there but not a list of objects. */
  objects(doc: Loose, key: string): Loose[] {
    const value = doc[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.add([key], localizeMessage(TEXTS.migrate.expectedAListInKey, { key }));
      return [];
    }
    value.forEach((item, i) => {
      if (!isObject(item)) this.add([key, i], TEXTS.migrate.expectedAnObject);
    });
    return value.filter(isObject);
  }
  throwIfAny() {
    if (this.list.length > 0) throw new MigrationError(this.list);
  }
}

/**
 * Version 0 was the pre-release draft shape: nodes had `type` and `label`,
 * connections were `links` with `from`/`to`, partners were `partners`, and
 * there was no document id or meta block. A file that says version 0 but
 * holds fields of a later version (`edges`, `actors`) is refused, not
 * "migrated" by dropping them: its version number is most likely mistyped.
 */
const v0ToV1: Migration = {
  from: 0,
  description: 'draft shape (type/label, links, partners) to format 1',
  migrate(doc) {
    const problems = new Problems();
    for (const key of ['edges', 'actors'] as const) {
      if (key in doc) {
        problems.add([key], localizeMessage(TEXTS.migrate.version0HadNoKey, { key, currentVersion: CURRENT_VERSION }));
      }
    }
    const rawNodes = problems.objects(doc, 'nodes');
    const links = problems.objects(doc, 'links');
    const partners = problems.objects(doc, 'partners');
    problems.throwIfAny();
    const nodes: Loose[] = rawNodes.map((node) => {
      const { type, label, ...rest } = node;
      return { ...rest, kind: rest.kind ?? type, title: rest.title ?? label ?? '' };
    });
    const kindById = new Map(nodes.map((node) => [node.id, node.kind as NodeKind]));
    const edges = links.map((link, index) => {
      const { from: source, to: target, because, id, ...rest } = link;
      const sourceKind = kindById.get(source);
      const targetKind = kindById.get(target);
      const kind = sourceKind && targetKind ? edgeKindFor(sourceKind, targetKind) : undefined;
      return {
        ...rest,
        id: typeof id === 'string' ? id : `edge-${index + 1}`,
        kind: kind ?? 'leads-to',
        source,
        target,
        ...(because !== undefined ? { rationale: because } : {}),
      };
    });
    const now = new Date().toISOString();
    const { links: _links, partners: _partners, ...rest } = doc;
    return {
      ...rest,
      version: 1,
      id: doc.id ?? 'document-migrated',
      title: doc.title ?? '',
      nodes,
      edges,
      actors: partners,
      meta: doc.meta ?? { created: now, updated: now, authors: [] },
    };
  },
};

const DIRECTION_WORDS = {
  increase: TEXTS.migrate.directionWordsIncrease,
  decrease: TEXTS.migrate.directionWordsDecrease,
  maintain: TEXTS.migrate.directionWordsMaintain,
} as const;

const numberIn = (value: unknown): number | undefined =>
  isObject(value) && typeof value.value === 'number' && Number.isFinite(value.value) ? value.value : undefined;

/**
 * Format 1 had no direction for an indicator. Format 2's default, "higher is better", judged every falling
 * indicator the wrong way round, so the direction is read from the baseline and the target: a target below the
 * baseline means lower is better, the same value means keep level, and without both the direction is `unknown`
 * and the user is asked. Each inference is told in `notes`.
 */
function inferDirection(node: Loose, i: number, notes: MigrationNote[]): Loose {
  if (node.kind !== 'indicator' || 'direction' in node) return node;
  const title = typeof node.title === 'string' && node.title.trim() ? node.title.trim() : `#${i + 1}`;
  const baseline = numberIn(node.baseline);
  const target = numberIn(node.target);
  const path = toJsonPointer(['nodes', i, 'direction']);
  if (baseline === undefined || target === undefined) {
    notes.push({
      path,
      message: localizeMessage(TEXTS.migrate.indicatorTitleRawVersion1, { title }),
    });
    return { ...node, direction: 'unknown' };
  }
  const direction = target < baseline ? 'decrease' : target > baseline ? 'increase' : 'maintain';
  notes.push({
    path,
    message: localizeMessage(TEXTS.migrate.indicatorTitleRawDirectionInferred, {
      title,
      baseline,
      target,
      directionWords: DIRECTION_WORDS[direction],
    }),
  });
  return { ...node, direction };
}

/**
 * Version 2 added groups, document areas, sources and richer indicators. The
 * changes to existing data: an indicator's single `target` becomes the first
 * entry of its `targets`, and its direction, which version 1 did not have, is
 * inferred from its baseline and target (see {@link inferDirection}).
 */
const v1ToV2: Migration = {
  from: 1,
  description: "format 1 to format 2 (an indicator's target becomes its list of targets; its direction is inferred)",
  migrate(doc, notes) {
    const problems = new Problems();
    const nodes = doc.nodes;
    if (nodes !== undefined && !Array.isArray(nodes)) {
      problems.add(['nodes'], TEXTS.migrate.expectedAListInNodes);
    }
    const migrated = Array.isArray(nodes)
      ? nodes.map((original: unknown, i) => {
          if (!isObject(original)) return original;
          const node = inferDirection(original, i, notes);
          if (!('target' in node)) return node;
          const { target, ...rest } = node;
          if ('targets' in rest) {
            problems.add(['nodes', i, 'targets'], TEXTS.migrate.migrated);
          }
          return { ...rest, targets: target === undefined ? [] : [target] };
        })
      : nodes;
    problems.throwIfAny();
    return { ...doc, version: 2, ...(migrated === undefined ? {} : { nodes: migrated }) };
  },
};

/**
 * Version 3 keeps versions compactly: the first whole, each later one as the changes since the one before
 * (`base` and `changes`; see `makeVersion`). Every version of a version-2 file kept the whole plan, so a plan of
 * 10 MB with one version was a file of 20 MB. A version whose plan the format would refuse stays whole, so the
 * usual errors name what is wrong in it.
 */
const v2ToV3: Migration = {
  from: 2,
  description: 'format 2 to format 3 (versions keep the changes since the version before)',
  migrate(doc) {
    const bump = (plan: unknown) => (isObject(plan) ? { ...plan, version: 3 } : plan);
    const versions = Array.isArray(doc.versions)
      ? doc.versions.map((version: unknown) =>
          isObject(version) && 'plan' in version ? { ...version, plan: bump(version.plan) } : version,
        )
      : doc.versions;
    const sound =
      Array.isArray(versions) &&
      versions.every((version) => VersionSchema.safeParse(version).success) &&
      new Set(versions.map((version) => (version as { id: string }).id)).size === versions.length;
    return {
      ...doc,
      version: 3,
      ...(versions === undefined ? {} : { versions: sound ? compactVersions(versions as Version[]) : versions }),
    };
  },
};

/** Every migration, by the version it starts from. Add one here for each new format version. */
const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2, v2ToV3];

/**
 * Brings a raw document of an older version up to {@link CURRENT_VERSION},
 * one step at a time. Returns the steps taken and what they inferred (`notes`), so callers can tell the user.
 * Throws a {@link MigrationError} naming each place it cannot carry over;
 * it never drops data silently.
 *
 * @example
 * const { document, steps } = migrate(JSON.parse(oldText));
 */
export function migrate(document: Loose): { document: Loose; steps: Migration[]; notes: MigrationNote[] } {
  let current = document;
  const steps: Migration[] = [];
  const notes: MigrationNote[] = [];
  while (typeof current.version === 'number' && current.version < CURRENT_VERSION) {
    const version = current.version === 0 ? 0 : current.version; // -0 reads as 0
    const step = MIGRATIONS.find((migration) => migration.from === version);
    if (!step) throw new MigrationError([{ path: '/version', message: localizeMessage(TEXTS.migrate.migrateMessage, { version }) }]);
    current = step.migrate(current, notes);
    steps.push(step);
  }
  return { document: current, steps, notes };
}
