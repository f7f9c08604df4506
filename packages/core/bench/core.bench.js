// Core benchmarks: parse, validate, edit + undo on synthetic documents of 100, 1,000 and 10,000 nodes.
// Prints one JSON object a line. Targets (docs/performance.md): parse + validate of 10k ≤ 100 ms median,
// 10k/1k ratio ≤ 12, one edit + undo at 10k ≤ 2 ms median.
import { applyOperation, applyPatches, DocumentSchema, parseDocument, serializeDocument, validate } from '@veranderlogica/core';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { measure, report, round } from '../../../scripts/bench-kit.js';

// `--linearity-only` (with a V8 heap flag) repeats just the parse + validate cases; see docs/performance.md.
const linearityOnly = process.argv.includes('--linearity-only');
const variant = process.execArgv.filter((flag) => flag.startsWith('--max-semi-space-size')).join(' ') || 'default';
const SIZES = linearityOnly ? [1_000, 10_000] : [100, 1_000, 10_000];
const results = {};

for (const size of SIZES) {
  const document = syntheticDocument(size);
  const text = serializeDocument(document);
  const nodes = document.nodes.length;
  const runs = size >= 10_000 ? 30 : 100;
  const base = { suite: 'core', v8: variant, nodes, edges: document.edges.length, bytes: text.length };
  if (linearityOnly) {
    const result = measure(() => validate(parseDocument(text).document), { runs, collect: true });
    results[size] = result.median_ms;
    report({ ...base, case: 'parse + validate', median_ms: round(results[size]) });
    continue;
  }

  const zod = measure(() => DocumentSchema.safeParse(JSON.parse(text)), { runs, collect: true });
  report({ ...base, case: 'JSON.parse + zod (floor)', ...zod });

  const parse = measure(() => parseDocument(text), { runs, collect: true });
  report({ ...base, case: 'parseDocument', ...parse });

  // A freshly parsed document each run, so the per-document index cache does not help.
  const fresh = () => parseDocument(text).document;
  const check = measure((doc) => validate(doc), { runs, setup: fresh, collect: true });
  report({ ...base, case: 'validate', ...check });

  const both = measure(
    () => {
      const result = parseDocument(text);
      if (result.ok) validate(result.document);
    },
    { runs },
  );
  report({ ...base, case: 'parse + validate', ...both });
  results[size] = both.median_ms;

  report({ ...base, case: 'parse + validate ÷ zod parse', ratio: round(both.median_ms / zod.median_ms, 2) });

  const middle = document.nodes[Math.floor(nodes / 2)].id;
  let title = 0;
  const edit = measure(
    () => {
      const result = applyOperation(document, { type: 'updateNode', id: middle, changes: { title: `Titel ${title++}` } });
      applyPatches(result.document, result.inversePatches);
    },
    { runs: 200, warmup: 20 },
  );
  report({ ...base, case: 'edit title + undo', ...edit });

  const remove = measure(
    () => {
      const result = applyOperation(document, { type: 'removeNode', id: middle });
      applyPatches(result.document, result.inversePatches);
    },
    { runs: 100, warmup: 10 },
  );
  report({ ...base, case: 'remove node with edges + undo', ...remove });

  const serialize = measure(() => serializeDocument(document), { runs });
  report({ ...base, case: 'serializeDocument', ...serialize });
}

report({ suite: 'core', v8: variant, case: 'parse + validate 10k ÷ 1k (linearity)', ratio: round(results[10_000] / results[1_000], 2) });
