import { z } from 'zod';
import { DocumentSchema, CURRENT_VERSION } from '../model/schema.js';

/**
 * The JSON Schema (draft 2020-12) of the file format, generated from the zod
 * schema. It describes files as written (fields with defaults are optional).
 * The checked-in copy is `schema/veranderlogica.schema.json`.
 *
 * @example
 * const schema = documentJsonSchema();
 */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocumentSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' });
  return {
    $schema: schema.$schema,
    $id: `urn:veranderlogica:document:v${CURRENT_VERSION}`,
    title: 'Veranderlogica document',
    description: 'A Theory of Change (veranderlogica) as a typed graph. See docs/format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
