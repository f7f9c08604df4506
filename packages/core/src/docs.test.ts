import { readFileSync } from 'node:fs';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JS build script without type declarations
import { withGeneratedTables, withReadmeTables } from '../scripts/docs-tables.js';
import { parseDocument } from './format/parse.js';
import { validate } from './validate/validate.js';

const formatDoc = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('docs/format.md', () => {
  it('lists the connection rules and validation rules exactly as the code has them (run `npm run generate`)', () => {
    expect(formatDoc).toBe((withGeneratedTables as (t: string) => string)(formatDoc));
  });

  it('has an annotated example that is a valid document once its comments are removed', () => {
    const block = /```jsonc\n([\s\S]*?)```/.exec(formatDoc)![1]!;
    const errors: ParseError[] = [];
    const value: unknown = parseJsonc(block, errors, { allowTrailingComma: false });
    expect(errors).toEqual([]);
    const result = parseDocument(value);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(validate(result.document).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('README.md', () => {
  it('lists the export formats exactly as the registry has them (run `npm run generate`)', () => {
    expect(readme).toBe((withReadmeTables as (t: string) => string)(readme));
  });
});
