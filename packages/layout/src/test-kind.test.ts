import { describe, expect, it, vi } from 'vitest';
import type * as List from '../../core/src/model/kinds/list.js';

type ListModule = typeof List;

// A kind the layout was never written for, added as the core adds one: a module and an entry in its list.
vi.mock('../../core/src/model/kinds/list.js', async (original) => {
  const { KIND_MODULES } = await original<ListModule>();
  const { signal } = await import('@veranderlogica/core/testing/kinds');
  return { KIND_MODULES: [...KIND_MODULES, signal] };
});

const { applyOperation, createDocument, createEdge, createNode, exportFormatsFor, KIND_STYLES } = await import('@veranderlogica/core');
const { exportContext, layoutDocument } = await import('./node.js');
const { layerGuides } = await import('./guides.js');
const { renderSvg } = await import('./svg.js');

type Kind = Parameters<typeof createNode>[0];
const SIGNAL = 'signal' as Kind;

function plan() {
  let document = createDocument({ title: 'Eenzaamheid Voorbeeldstad' });
  const goal = createNode('goal', { title: 'Minder eenzaamheid' });
  const outcome = createNode('outcome', { title: 'Meer contacten' });
  const mechanism = createNode('mechanism', { title: 'Ontmoeting geeft steun' });
  const signals = [1, 2].map((n) => createNode(SIGNAL, { title: `Signaal uit de wijk ${n}` }));
  const intervention = createNode('intervention', { title: 'Ontmoetingsochtend' });
  for (const node of [goal, outcome, mechanism, ...signals, intervention])
    document = applyOperation(document, { type: 'addNode', node }).document;
  for (const [source, target] of [
    [intervention, mechanism],
    ...signals.map((s) => [s, mechanism] as const),
    [mechanism, outcome],
    [outcome, goal],
  ] as const)
    document = applyOperation(document, { type: 'connect', edge: createEdge(source, target) }).document;
  return { document, signals, intervention, mechanism };
}

describe('the layout of a kind added as one module', () => {
  it('places its cards in a band of their own, between the kinds its module ranks it between', async () => {
    const { document, signals, intervention, mechanism } = plan();
    const result = await layoutDocument(document);
    const y = (id: string) => result.positions[id]!.y;
    for (const signal of signals) {
      // Bottom to top: the intervention below, the signal above it, the mechanism above that.
      expect(y(signal.id)).toBeLessThan(y(intervention.id));
      expect(y(signal.id)).toBeGreaterThan(y(mechanism.id));
    }
    const bands = layerGuides(document, result.positions).bands.map((band) => band.band);
    expect(bands).toEqual(['intervention', SIGNAL, 'mechanism', 'outcome', 'goal']);
  });

  it('draws its cards in its own colours and exports them in every format, pictures included', async () => {
    const { document, signals } = plan();
    const result = await layoutDocument(document);
    const svg = renderSvg(document, result);
    expect(svg).toContain(KIND_STYLES[SIGNAL].fill);
    expect(svg).toContain('Signaal');
    const context = exportContext(document, { language: 'nl' });
    for (const format of exportFormatsFor({ ...context, print: () => Promise.reject(new Error('no printer')) })) {
      if (format.needs.includes('print')) continue;
      const content = await format.run(document, context);
      expect(content, format.id).toBeTruthy();
      if (format.id === 'svg' || format.id === 'mermaid' || format.id === 'json')
        expect(content as string, format.id).toContain(signals[0]!.title.split(' ')[0]);
    }
  });
});
