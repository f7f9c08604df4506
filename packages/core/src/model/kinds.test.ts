import { describe, expect, it } from 'vitest';
import { KINDS_BY_RANK, KIND_ORDER, kindNoun, NODE_KIND_SPECS } from './kinds.js';
import { NodeSchema } from './schema.js';
import { FIELD_NAMES } from './fields.js';
import { NODE_KINDS } from './vocabulary.js';

describe('the node kind registry', () => {
  it('has one spec per kind, keyed by its own kind', () => {
    expect(Object.keys(NODE_KIND_SPECS).sort()).toEqual([...NODE_KINDS.values].sort());
    for (const kind of KIND_ORDER) expect(NODE_KIND_SPECS[kind].kind).toBe(kind);
  });

  it('lets people edit every field of the format: the fields of each spec are exactly its schema, less id and kind', () => {
    for (const option of NodeSchema.options) {
      const kind = option.shape.kind.value;
      const schemaKeys = Object.keys(option.shape).filter((key) => key !== 'id' && key !== 'kind');
      expect(NODE_KIND_SPECS[kind].fields.map((field) => field.key).sort(), kind).toEqual(schemaKeys.sort());
    }
  });

  it('gives every kind its own shortcut, a size, and words in both languages', () => {
    expect(new Set(KIND_ORDER.map((kind) => NODE_KIND_SPECS[kind].shortcut)).size).toBe(KIND_ORDER.length);
    for (const kind of KIND_ORDER) {
      const spec = NODE_KIND_SPECS[kind];
      expect(spec.size.width * spec.size.height).toBeGreaterThan(0);
      for (const text of [spec.label, spec.plural, spec.noun, spec.withArticle]) expect(text.nl && text.en).toBeTruthy();
    }
    expect(NODE_KIND_SPECS.outcome.withArticle).toMatchObject({ nl: 'een uitkomst', en: 'an outcome' });
  });

  it('writes a kind after a count in the number the language wants', () => {
    expect([1, 6].map((n) => `${n} ${kindNoun('outcome', n, 'nl')}`)).toEqual(['1 uitkomst', '6 uitkomsten']);
    expect(`${0} ${kindNoun('mechanism', 0, 'nl')}`).toBe('0 werkzame mechanismen');
    expect(`${2} ${kindNoun('assumption', 2, 'en')}`).toBe('2 assumptions');
  });

  it('ranks the chain from intervention to goal, satellites after it', () => {
    expect(KINDS_BY_RANK).toEqual(['intervention', 'mechanism', 'outcome', 'goal', 'indicator', 'assumption']);
  });
});

describe('FIELD_NAMES', () => {
  it('names every field a kind lets people edit, in Dutch and English, so no sentence shows a key', () => {
    const keys = new Set(KIND_ORDER.flatMap((kind) => NODE_KIND_SPECS[kind].fields.map((field) => field.key as string)));
    const unnamed = [...keys].filter((key) => !Object.hasOwn(FIELD_NAMES, key));
    expect(unnamed).toEqual([]);
    for (const key of keys) {
      expect(FIELD_NAMES[key]!.nl.trim(), key).not.toBe('');
      expect(FIELD_NAMES[key]!.en.trim(), key).not.toBe('');
    }
  });
});
