// Core benchmarks: parse, validate, edit + undo on synthetic documents of 100, 1,000 and 10,000 nodes.
// Prints one JSON object a line. Targets (docs/performance.md), as ratios to a peer measured in the same run:
// parse + validate ≤ 1.3 × its floor (JSON.parse + zod parse of the same text + the graph pass of graph-pass.js) at 100
// and ≤ 1.15 × at 10k, 10k ÷ 1k ≤ 12;
// one edit + undo at 10k ≤ 2 ms, a batch of 100 operations at 10k ≤ 20 ms.
import {
  History,
  createDocument,
  createEdge,
  createNode,
  documentStats,
  DocumentSchema,
  LIMITS,
  parseDocument,
  serializeDocument,
  validate,
} from '@veranderlogica/core';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { measure, median, report, round } from '../../../scripts/bench-kit.js';
import { assertSameFindings, graphPass } from './graph-pass.js';

// `--linearity-only` runs just the interleaved linearity case (quick to repeat).
const linearityOnly = process.argv.includes('--linearity-only');
const SIZES = linearityOnly ? [] : [100, 1_000, 10_000];

for (const size of SIZES) {
  const document = syntheticDocument(size);
  const text = serializeDocument(document);
  const nodes = document.nodes.length;
  const runs = size >= 10_000 ? 30 : 100;
  const base = { suite: 'core', nodes, edges: document.edges.length, bytes: text.length };

  const zod = measure(() => DocumentSchema.safeParse(JSON.parse(text)), { runs, collect: true });
  report({ ...base, case: 'JSON.parse + zod (floor)', ...zod });

  const parse = measure(() => parseDocument(text), { runs, collect: true });
  report({ ...base, case: 'parseDocument', ...parse });

  // A freshly parsed document each run, so the per-document index cache does not help.
  const fresh = () => parseDocument(text).document;
  const check = measure((doc) => validate(doc), { runs, setup: fresh, collect: true });
  report({ ...base, case: 'validate', ...check });

  // The target's ratio: parse + validate against its floor, JSON.parse + zod + the least a validation must do (the graph
  // pass of the shared anchors: id and reference checks, a walk from the interventions and one back from
  // the goals, a search for cycles; `graph-pass.js`, checked against validation's findings before timing). The ratio
  // against JSON.parse + zod alone is reported beside it. The three are alternated run by run so all see the same
  // machine load, and timed alike (no collection before any: each pays for the garbage it leaves, as an editor reading
  // files does). All warm for the same half second first: the floor's functions run once per record and are optimised
  // within a few plans, validation's checks run once per plan and at 100 cards would otherwise still be measured in
  // the engine's first tiers (the steady state is what an editor re-checking a plan on every change sees).
  const parsed = parseDocument(text);
  if (!parsed.ok) throw new Error(`the synthetic plan of ${size} cards does not parse`);
  assertSameFindings(graphPass(parsed.document), validate(parsed.document));
  const zodOnly = () => DocumentSchema.safeParse(JSON.parse(text));
  const withGraphPass = () => {
    const result = DocumentSchema.safeParse(JSON.parse(text));
    if (result.success) graphPass(result.data);
  };
  const parseAndValidate = () => {
    const result = parseDocument(text);
    if (result.ok) validate(result.document);
  };
  const warmUntil = performance.now() + 500;
  let warmRuns = 0;
  while (performance.now() < warmUntil || warmRuns < 5) {
    zodOnly();
    withGraphPass();
    parseAndValidate();
    warmRuns++;
  }
  const pairs = { zod: [], floor: [], both: [] };
  const pairRuns = size >= 10_000 ? runs : 300;
  const timed = (work) => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  for (let i = 0; i < pairRuns; i++) {
    pairs.zod.push(timed(zodOnly));
    pairs.floor.push(timed(withGraphPass));
    pairs.both.push(timed(parseAndValidate));
  }
  report({ ...base, case: 'parse + validate', median_ms: round(median(pairs.both)), runs: pairRuns });
  report({
    ...base,
    case: 'parse + validate ÷ (JSON.parse + zod + graph pass), interleaved',
    floor_ms: round(median(pairs.floor)),
    ratio: round(median(pairs.both) / median(pairs.floor), 2),
    target_ratio: size >= 10_000 ? 1.15 : 1.3,
    warm_runs: warmRuns,
  });
  report({
    ...base,
    case: 'parse + validate ÷ (JSON.parse + zod), interleaved',
    zod_ms: round(median(pairs.zod)),
    ratio: round(median(pairs.both) / median(pairs.zod), 2),
    graph_pass_ratio: round(median(pairs.floor) / median(pairs.zod), 2),
  });

  const middle = document.nodes[Math.floor(nodes / 2)].id;
  let title = 0;
  // Through History, as the editor does: the edit, then undo by id (the changes recorded per record and field).
  const history = new History(document);
  const edit = measure(
    () => {
      history.apply({ type: 'updateNode', id: middle, changes: { title: `Titel ${title++}` } });
      history.undo();
    },
    { runs: 200, warmup: 20 },
  );
  report({ ...base, case: 'edit title + undo', ...edit });

  const remove = measure(
    () => {
      history.apply({ type: 'removeNode', id: middle });
      history.undo();
    },
    { runs: 100, warmup: 10 },
  );
  report({ ...base, case: 'remove node with edges + undo', ...remove });

  // A paste or an auto-layout arrives as a batch: 100 title edits in one operation, then its undo.
  const ids = document.nodes
    .filter((_, i) => i % Math.max(1, Math.floor(nodes / 100)) === 0)
    .slice(0, 100)
    .map((node) => node.id);
  const batch = measure(
    () => {
      history.apply(ids.map((id) => ({ type: 'updateNode', id, changes: { title: `Titel ${title++}` } })));
      history.undo();
    },
    { runs: 50, warmup: 5 },
  );
  report({ ...base, case: 'batch of 100 edits + undo', ...batch });

  const serialize = measure(() => serializeDocument(document), { runs });
  report({ ...base, case: 'serializeDocument', ...serialize });
}

// Linearity: alternate 1k and 10k runs so both sizes see the same machine load (a shared VM drifts between phases).
const texts = { 1_000: serializeDocument(syntheticDocument(1_000)), 10_000: serializeDocument(syntheticDocument(10_000)) };
const paired = { 1_000: [], 10_000: [] };
for (let i = 0; i < 45; i++) {
  for (const size of [1_000, 10_000]) {
    globalThis.gc?.();
    const start = performance.now();
    validate(parseDocument(texts[size]).document);
    if (i >= 5) paired[size].push(performance.now() - start);
  }
}
report({
  suite: 'core',
  case: 'parse + validate 10k ÷ 1k (linearity, interleaved)',
  median_1k_ms: round(median(paired[1_000])),
  median_10k_ms: round(median(paired[10_000])),
  ratio: round(median(paired[10_000]) / median(paired[1_000]), 2),
});

// Bad input in bounded time: the errors of a file with 40,000 unknown fields (target ≤ 1 s, and linear: the
// 40k ÷ 4k ratio ≤ 12), and stats on the longest chain the limits allow (target ≤ 2 s, memory reported).
if (!linearityOnly) {
  const withUnknown = (count) => {
    const value = JSON.parse(serializeDocument(syntheticDocument(100)));
    for (let i = 0; i < count; i++) value[`extra${i}`] = i;
    return JSON.stringify(value, null, 2);
  };
  const unknown = { 4_000: withUnknown(4_000), 40_000: withUnknown(40_000) };
  const errorTimes = { 4_000: [], 40_000: [] };
  for (let i = 0; i < 12; i++)
    for (const count of [4_000, 40_000]) {
      const start = performance.now();
      const result = parseDocument(unknown[count]);
      if (result.ok) throw new Error('expected errors');
      if (i >= 2) errorTimes[count].push(performance.now() - start);
    }
  report({
    suite: 'core',
    case: 'errors of 40,000 unknown fields (≤ 1 s; 40k ÷ 4k ≤ 12)',
    median_4k_ms: round(median(errorTimes[4_000])),
    median_40k_ms: round(median(errorTimes[40_000])),
    ratio: round(median(errorTimes[40_000]) / median(errorTimes[4_000]), 2),
  });

  // The longest chain the limits allow: every card but the goal, the mechanism and one intervention in one row.
  const length = LIMITS.maxNodes - 3;
  const nodes = [createNode('goal', { id: 'g', title: 'Doel' }), createNode('mechanism', { id: 'm', title: 'Mechanisme' })];
  const edges = [];
  for (let i = 0; i < length; i++) {
    nodes.push(createNode('outcome', { id: `o${i}`, title: `Uitkomst ${i}` }));
    edges.push(createEdge(nodes.at(-1), i === 0 ? nodes[0] : nodes.at(-2), { id: `e${i}` }));
  }
  edges.push(createEdge(nodes[1], nodes.at(-1), { id: 'em' }));
  nodes.push(createNode('intervention', { id: 'i', title: 'Interventie' }));
  edges.push(createEdge(nodes.at(-1), nodes[1], { id: 'ei' }));
  const longest = { ...createDocument({ title: 'Langste keten' }), nodes, edges };
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const statsRun = measure(() => documentStats(longest), { runs: 5, warmup: 1 });
  report({
    suite: 'core',
    case: `stats on a chain of ${length} cards (≤ 2 s)`,
    ...statsRun,
    heap_mb: round((process.memoryUsage().heapUsed - heapBefore) / 1e6),
  });
}
