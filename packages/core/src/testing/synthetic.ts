import { createDocument } from '../model/factory.js';
import { edgeKindFor } from '../model/connections.js';
import { NodeSchema, type Document, type Edge, type ToCNode } from '../model/schema.js';
import { AREAS, GOAL_LEVELS, type NodeKind } from '../model/vocabulary.js';

/** A small, fast, seeded random generator (mulberry32), so synthetic documents are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHARES: [NodeKind, number][] = [
  ['intervention', 0.25],
  ['mechanism', 0.2],
  ['outcome', 0.25],
  ['goal', 0.1],
  ['indicator', 0.12],
  ['assumption', 0.08],
];

/**
 * A valid synthetic veranderlogica of about `size` nodes with every kind and
 * about two edges a node, for benchmarks and stress stories. Same size and
 * seed, same document. Causal edges only point "up" the chain, so there are no
 * cycles.
 *
 * @example
 * const document = syntheticDocument(1_000);
 */
export function syntheticDocument(size: number, seed = 1): Document {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const byKind = new Map<NodeKind, ToCNode[]>();
  const nodes: ToCNode[] = [];
  const actors = Array.from({ length: Math.max(2, Math.round(size / 20)) }, (_, i) => ({
    id: `actor-${i}`,
    name: `Partner ${i + 1}`,
    domain: pick(['social', 'care', 'safety', 'education', 'other'] as const),
    contact: '',
    offer: '',
  }));
  const targetGroups = Array.from({ length: 8 }, (_, i) => ({
    id: `group-${i}`,
    name: `Doelgroep ${i + 1}`,
    risk: i % 3 === 0,
    description: '',
  }));
  for (const [kind, share] of SHARES) {
    const count = Math.max(1, Math.round(size * share));
    const list: ToCNode[] = [];
    for (let i = 0; i < count; i++) {
      const id = `${kind}-${i}`;
      const fields: Record<string, unknown> = {
        id,
        kind,
        title: `${kind} ${i + 1}: synthetische kaart met een titel van redelijke lengte`,
      };
      if (kind === 'goal') fields.level = GOAL_LEVELS.values[i % 3];
      if (kind === 'intervention') {
        fields.area = AREAS.values[i % AREAS.values.length];
        fields.actors = [pick(actors).id];
        fields.targetGroups = [pick(targetGroups).id];
      }
      if (kind === 'indicator') {
        fields.source = 'Monitor';
        fields.baseline = { value: 10, date: '2024-12-31' };
        fields.targets = [{ value: 20, date: '2027-12-31' }];
        fields.owner = pick(actors).id;
      }
      const node = NodeSchema.parse(fields);
      list.push(node);
      nodes.push(node);
    }
    byKind.set(kind, list);
  }
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const connect = (source: ToCNode, target: ToCNode | undefined) => {
    if (!target || source.id === target.id) return;
    const kind = edgeKindFor(source.kind, target.kind);
    const key = `${source.id}>${target.id}`;
    if (!kind || seen.has(key)) return;
    seen.add(key);
    edges.push({ id: `edge-${edges.length}`, kind, source: source.id, target: target.id, rationale: '' });
  };
  const list = (kind: NodeKind) => byKind.get(kind)!;
  const goalsAbove = (level: number) => list('goal').filter((g) => g.kind === 'goal' && GOAL_LEVELS.values.indexOf(g.level) < level);
  for (const node of nodes) {
    switch (node.kind) {
      case 'intervention':
        connect(node, pick(list('mechanism')));
        connect(node, pick(list('mechanism')));
        break;
      case 'mechanism':
        connect(node, pick(list('outcome')));
        connect(node, pick(list('outcome')));
        break;
      case 'outcome': {
        const outcomes = list('outcome');
        const index = outcomes.indexOf(node);
        // Outcome → later outcome only, so the causal graph stays acyclic.
        if (index + 1 < outcomes.length && random() < 0.5)
          connect(node, outcomes[index + 1 + Math.floor(random() * (outcomes.length - index - 1))]);
        connect(node, pick(list('goal')));
        if (random() < 0.5) connect(node, pick(list('goal')));
        break;
      }
      case 'goal': {
        const level = GOAL_LEVELS.values.indexOf(node.level);
        const above = goalsAbove(level);
        if (above.length > 0) connect(node, pick(above));
        connect(node, undefined);
        break;
      }
      case 'indicator':
        connect(node, pick([...list('outcome'), ...list('goal')]));
        connect(node, pick(list('intervention')));
        break;
      case 'assumption':
        connect(node, pick(nodes));
        connect(node, pick(nodes));
        break;
    }
  }
  return createDocument(
    { id: `synthetic-${size}-${seed}`, title: `Synthetische veranderlogica (${size})`, nodes, edges, actors, targetGroups },
    new Date('2026-01-01T00:00:00Z'),
  );
}
