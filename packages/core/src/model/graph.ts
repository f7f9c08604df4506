import { z } from 'zod';
import { KIND_MODULES } from './kinds/list.js';
import { EvidenceSchema, IdSchema, text } from './primitives.js';
import { CONFIDENCES, EDGE_KINDS } from './values.js';

// The graph's two records, cards and connections: apart from the plan's schema so that what refers to them (a
// suggestion that adds one, see review.ts) can use them too.

/** The schemas of every kind of card (`kinds/`), as a tuple: one entry per module of {@link KIND_MODULES}. */
type SchemasOf<T extends readonly unknown[]> = { -readonly [I in keyof T]: T[I] extends { readonly schema: infer S } ? S : never };
type KindSchemas = SchemasOf<typeof KIND_MODULES>;

/**
 * A card of any kind: the union of the kinds' schemas, told apart by `kind`.
 *
 * @example
 * const node = NodeSchema.parse({ id: 'goal-1', kind: 'goal', title: 'Minder seksueel geweld' });
 */
export const NodeSchema = z.discriminatedUnion('kind', KIND_MODULES.map((module) => module.schema) as unknown as KindSchemas);

export const EdgeSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(EDGE_KINDS.values),
  source: IdSchema,
  target: IdSchema,
  rationale: text.default('').describe('The "because": why the source leads to the target.'),
  evidence: EvidenceSchema.optional(),
  confidence: z.enum(CONFIDENCES.values).optional(),
});
