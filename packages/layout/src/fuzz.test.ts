// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import parseDot from 'dotparser';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  causalChains,
  coverageMatrix,
  documentStats,
  exportFormatsFor,
  listTemplates,
  measurementPlan,
  outlineTree,
  parseDocument,
  reportModel,
  serializeDocument,
  validate,
  type Document,
} from '@veranderlogica/core';
import { HOSTILE_STRINGS, longChain, strategyPlan, syntheticDocument, ungroupedPlan, versionedPlan } from '@veranderlogica/core/testing';
import { exportContext } from './node.js';

/**
 * The fuzz harness: arbitrary, mutated and truncated documents go through reading, every check, every analysis, every
 * export and the layout. Nothing may throw, nothing may take longer than `PER_DOCUMENT_MS`, and every output must be
 * well-formed. `npm test` runs a short round (FUZZ_RUNS, default 120 inputs, about half a minute); `npm run fuzz` a long one.
 * Each round draws new inputs; a failure prints its seed and path, and `FUZZ_SEED=<seed> FUZZ_PATH=<path>` replays it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const REPLAY = process.env.FUZZ_SEED
  ? { seed: Number(process.env.FUZZ_SEED), ...(process.env.FUZZ_PATH && { path: process.env.FUZZ_PATH }) }
  : {};
const PER_DOCUMENT_MS = 20_000;

const corpus: Document[] = [
  ...listTemplates().map((template) => template.create()),
  strategyPlan(3),
  // Left to right: group labels stand left of the picture, on up to three lines.
  { ...strategyPlan(4, { strategies: 5, interventions: 2 }), layout: { direction: 'LR', positions: {} } },
  strategyPlan(8, { strategies: 6, interventions: 3, measured: true }),
  syntheticDocument(60, 7),
  // A plan kept for years: versions stored as changes, which a mutation can break.
  versionedPlan(3),
  ungroupedPlan({ longTitles: true }),
  longChain(300, 3),
];
const corpusTexts = [
  ...corpus.map((document) => serializeDocument(document)),
  // A format-1 file with a falling indicator, read through the migration.
  readFileSync(new URL('../../core/src/format/fixtures/voorbeeldregio-v1.json', import.meta.url), 'utf8'),
];

/** A string field anywhere in a document replaced: hostile text, or any text at all. */
const anyText = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 80 }));

/** Replaces the string at the n-th string position of a JSON value. */
function replaceString(value: unknown, n: number, text: string): unknown {
  let count = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return count++ === n ? text : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

/** Replaces the value at a path (indexes into keys) with any JSON value. */
function replaceAt(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...value };
  copy[key] = replaceAt((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

const input = fc.oneof(
  // A document of the corpus with some of its texts replaced.
  fc
    .tuple(fc.nat(corpusTexts.length - 1), fc.array(fc.tuple(fc.nat(400), anyText), { minLength: 1, maxLength: 6 }))
    .map(([i, changes]) =>
      JSON.stringify(changes.reduce((value, [n, text]) => replaceString(value, n, text), JSON.parse(corpusTexts[i]!))),
    ),
  // A document with any value anywhere.
  fc
    .tuple(fc.nat(corpusTexts.length - 1), fc.array(fc.nat(30), { maxLength: 5 }), fc.jsonValue({ maxDepth: 3 }))
    .map(([i, path, value]) => JSON.stringify(replaceAt(JSON.parse(corpusTexts[i]!), path, value))),
  // A document cut off anywhere, as a crash in the middle of a write leaves it.
  fc
    .tuple(fc.nat(corpusTexts.length - 1), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([i, at]) => corpusTexts[i]!.slice(0, Math.floor(corpusTexts[i]!.length * at))),
  // Any text at all.
  fc.string({ unit: 'binary', maxLength: 300 }),
);

/** Every output of the export registry, checked with a parser of its format. */
async function checkExports(document: Document): Promise<void> {
  const context = exportContext(document, { timeoutMs: PER_DOCUMENT_MS });
  for (const format of exportFormatsFor(context)) {
    const content = await format.run(document, context);
    if (content instanceof Blob || content instanceof Uint8Array) {
      expect(content instanceof Blob ? content.size : content.length).toBeGreaterThan(0);
      continue;
    }
    const text = content;
    switch (format.id) {
      case 'svg': {
        const svg = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document;
        expect(svg.getElementsByTagName('parsererror')).toHaveLength(0);
        expect(svg.querySelectorAll('script, foreignObject')).toHaveLength(0);
        break;
      }
      case 'html': {
        const html = new JSDOM(text).window.document;
        expect(html.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
        for (const element of html.querySelectorAll('*'))
          for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on'), attribute).toBe(false);
        break;
      }
      case 'md': {
        const rendered = new JSDOM(marked.parse(text, { async: false })).window.document;
        expect(rendered.querySelectorAll('script, iframe, object, embed, img, svg, style')).toHaveLength(0);
        for (const element of rendered.querySelectorAll('*'))
          for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on'), attribute).toBe(false);
        break;
      }
      case 'csv': {
        const { errors, data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
          newline: '\r\n',
          delimiter: ',',
          skipEmptyLines: true,
        });
        expect(errors).toEqual([]);
        for (const row of data) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
        break;
      }
      case 'dot':
        expect(() => parseDot(text)).not.toThrow();
        break;
      case 'json':
        expect(parseDocument(text).ok).toBe(true);
        break;
      default:
        expect(typeof text).toBe('string');
    }
  }
}

describe('fuzzing the whole pipeline', () => {
  it('reads, checks, analyses, exports and lays out any input without throwing, in bounded time, well-formed', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const started = Date.now();
        const result = parseDocument(text);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(error.message.nl.length).toBeGreaterThan(0);
          return;
        }
        const document = result.document;
        validate(document);
        causalChains(document);
        outlineTree(document);
        coverageMatrix(document);
        measurementPlan(document);
        documentStats(document);
        reportModel(document);
        await checkExports(document);
        expect(Date.now() - started).toBeLessThan(PER_DOCUMENT_MS);
      }),
      { numRuns: RUNS, ...REPLAY },
    );
  }, 600_000);
});
