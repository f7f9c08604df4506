import { describe, expect, it, vi } from 'vitest';
import type * as List from './list.js';

type ListModule = typeof List;

// A kind the tool was never written for, added the way a new kind is: one module, one entry in the list.
vi.mock('./list.js', async (original) => {
  const { KIND_MODULES } = await original<ListModule>();
  const { signal } = await import('../../testing/kinds.js');
  return { KIND_MODULES: [...KIND_MODULES, signal] };
});

const core = await import('../../index.js');
const workshop = await import('../../workshop/index.js');
const { edgeKindFor } = await import('../connections.js');
const { toHtmlReport } = await import('../../export/html.js');
const { captureOperations, stepGuide, tallyVotes, workshopGuide } = workshop;
const { kindNoun } = await import('./index.js');
const {
  applyOperation,
  createDocument,
  createEdge,
  createNode,
  documentStats,
  exportFormatsFor,
  NODE_KINDS,
  parseDocument,
  serializeDocument,
  validate,
  documentJsonSchema,
} = core;
type Kind = Parameters<typeof createNode>[0];
const SIGNAL = 'signal' as Kind;

/** A plan where a signal from practice leads to a mechanism: intervention, signal, mechanism, outcome, goal. */
function plan() {
  let document = createDocument({ title: 'Eenzaamheid Voorbeeldstad' });
  const goal = createNode('goal', { title: 'Minder eenzaamheid' });
  const outcome = createNode('outcome', { title: 'Meer contacten' });
  const mechanism = createNode('mechanism', { title: 'Ontmoeting geeft steun' });
  const signal = createNode(SIGNAL, { title: 'Huisarts ziet vaker alleenstaanden', urgency: 'high' } as never);
  const intervention = createNode('intervention', { title: 'Ontmoetingsochtend' });
  for (const node of [goal, outcome, mechanism, signal, intervention])
    document = applyOperation(document, { type: 'addNode', node }).document;
  for (const [source, target] of [
    [intervention, mechanism],
    [signal, mechanism],
    [mechanism, outcome],
    [outcome, goal],
  ] as const)
    document = applyOperation(document, { type: 'connect', edge: createEdge(source, target) }).document;
  return { document, signal };
}

describe('a kind added as one module', () => {
  it('is a kind of the format: its vocabulary, its schema, its file, its JSON Schema', () => {
    expect(NODE_KINDS.values).toContain('signal');
    expect(NODE_KINDS.labels[SIGNAL]).toMatchObject({ nl: 'Signaal', en: 'Signal' });
    expect(kindNoun(SIGNAL, 2, 'nl')).toBe('signalen');
    const { document, signal } = plan();
    const read = parseDocument(serializeDocument(document));
    expect(read.ok).toBe(true);
    expect(read.ok && read.document.nodes.find((node) => node.id === signal.id)).toMatchObject({ kind: 'signal', urgency: 'high' });
    // Its own field is checked like any other: a wrong urgency is refused, in words.
    const broken = JSON.parse(serializeDocument(document)) as { nodes: { kind: string; urgency?: string }[] };
    broken.nodes.find((node) => node.kind === 'signal')!.urgency = 'morgen';
    const refused = parseDocument(JSON.stringify(broken));
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(documentJsonSchema())).toContain('"signal"');
  });

  it('connects where its module says, and nowhere else', () => {
    expect(edgeKindFor(SIGNAL, 'mechanism')).toBe('leads-to');
    expect(edgeKindFor(SIGNAL, 'goal')).toBeUndefined();
    expect(edgeKindFor('goal', SIGNAL)).toBeUndefined();
    const { document } = plan();
    expect(validate(document).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('is counted, reported and exported in every format that needs no picture', async () => {
    const { document, signal } = plan();
    expect(documentStats(document).nodes[SIGNAL]).toBe(1);
    const html = toHtmlReport(document, { date: new Date('2026-12-01') });
    expect(html).toContain('1</strong>signaal');
    const formats = exportFormatsFor({ language: 'nl' });
    expect(formats.length).toBeGreaterThan(3);
    for (const format of formats) {
      const content = await format.run(document, { language: 'nl' });
      if (typeof content !== 'string') continue;
      // The reports count it (their narrative follows the routes from interventions); the diagrams and the file hold the card.
      if (format.id === 'md') expect(content).toContain('1 signaal');
      else if (format.id !== 'csv') expect(content, format.id).toContain(signal.title.split(' ')[0]);
    }
  });

  it('takes part in the workshop: captured in its step, highlighted there, and voted on', () => {
    expect(stepGuide('interventions').captureKinds).toEqual(['intervention', SIGNAL]);
    expect(stepGuide('interventions').layers).toContain(SIGNAL);
    expect(workshopGuide({}).find((step) => step.step === 'goals')!.captureKinds).not.toContain(SIGNAL);
    const { document } = plan();
    const captured = captureOperations(document, SIGNAL, 'Wijkagent hoort over isolement\nBibliotheek ziet vaste bezoekers wegblijven', {
      x: 0,
      y: 0,
    });
    const after = captured.operations.reduce((doc, operation) => applyOperation(doc, operation).document, document);
    expect(after.nodes.filter((node) => node.kind === SIGNAL)).toHaveLength(3);
    const withVotes = applyOperation(after, { type: 'setVotes', id: captured.ids[0]!, votes: 4 }).document;
    expect(tallyVotes(withVotes).map((tally) => tally.node.kind)).toContain(SIGNAL);
  });
});
