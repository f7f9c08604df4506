import { CURRENT_VERSION } from '../model/schema.js';
import { edgeKindFor } from '../model/connections.js';
import type { NodeKind } from '../model/vocabulary.js';

/** A step that turns a document of version `from` into one of version `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly description: string;
  readonly migrate: (document: Record<string, unknown>) => Record<string, unknown>;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * Version 0 was the pre-release draft shape: nodes had `type` and `label`,
 * connections were `links` with `from`/`to`, partners were `partners`, and
 * there was no document id or meta block.
 */
const v0ToV1: Migration = {
  from: 0,
  description: 'draft shape (type/label, links, partners) to format 1',
  migrate(doc) {
    const nodes: Loose[] = asArray(doc.nodes).map((node) => {
      const { type, label, ...rest } = node;
      return { ...rest, kind: rest.kind ?? type, title: rest.title ?? label ?? '' };
    });
    const kindById = new Map(nodes.map((node) => [node.id, node.kind as NodeKind]));
    const edges = asArray(doc.links).map((link, index) => {
      const source = link.from;
      const target = link.to;
      const sourceKind = kindById.get(source);
      const targetKind = kindById.get(target);
      const kind = sourceKind && targetKind ? edgeKindFor(sourceKind, targetKind) : undefined;
      return {
        id: typeof link.id === 'string' ? link.id : `edge-${index + 1}`,
        kind: kind ?? 'leads-to',
        source,
        target,
        ...(typeof link.because === 'string' ? { rationale: link.because } : {}),
      };
    });
    const now = new Date().toISOString();
    const { links: _links, partners, ...rest } = doc;
    return {
      ...rest,
      version: 1,
      id: typeof doc.id === 'string' ? doc.id : 'document-migrated',
      title: typeof doc.title === 'string' ? doc.title : '',
      nodes,
      edges,
      actors: asArray(partners).map((partner) => ({
        id: partner.id,
        name: partner.name,
        ...(partner.domain ? { domain: partner.domain } : {}),
      })),
      meta: isObject(doc.meta) ? doc.meta : { created: now, updated: now, authors: [] },
    };
  },
};

/** Every migration, by the version it starts from. Add one here for each new format version. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/**
 * Brings a raw document of an older version up to {@link CURRENT_VERSION},
 * one step at a time. Returns the steps taken so callers can tell the user.
 *
 * @example
 * const { document, steps } = migrate(JSON.parse(oldText));
 */
export function migrate(document: Loose): { document: Loose; steps: Migration[] } {
  let current = document;
  const steps: Migration[] = [];
  while (typeof current.version === 'number' && current.version < CURRENT_VERSION) {
    const version = current.version;
    const step = MIGRATIONS.find((migration) => migration.from === version);
    if (!step) throw new Error(`No migration from version ${version}`);
    current = step.migrate(current);
    steps.push(step);
  }
  return { document: current, steps };
}
