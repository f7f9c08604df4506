import { createDocument, createEdge, createNode } from '../model/factory.js';
import { edgeKindFor } from '../model/connections.js';
import { EdgeSchema, GroupSchema, NodeSchema, type Document, type Edge, type ToCNode } from '../model/schema.js';
import { AREAS } from '../model/vocabulary.js';
import { seededRandom } from './synthetic.js';
import { indicatorProgress } from '../analysis/progress.js';
import { applyOperation } from '../edit/apply.js';
import { makeVersion } from '../edit/versions.js';

const STRATEGIES = [
  'Weerbare jongeren',
  'Veilige uitgaansomgeving',
  'Deskundige professionals',
  'Snelle hulp na geweld',
  'Daderaanpak',
  'Veilige sportverenigingen',
  'Online veiligheid',
  'Ouders als bondgenoot',
];

/**
 * A plan shaped like the ones municipalities write: one strategic goal, 5–8
 * strategies of 2–4 interventions each (every intervention through a working
 * mechanism to a short- and a medium-term outcome), a cross-cutting enabler
 * (coordination and monitoring), an assumption under two interventions, and a
 * goal measured by two indicators. Same seed, same plan; a valid document
 * that the checks for real mistakes leave alone. `shape` fixes the number of
 * strategies and interventions per strategy, and `measured` gives every
 * outcome an indicator (for plans of a given size: 5 × 2 is about 40 cards,
 * 7 × 3 about 80, 8 × 4 measured about 150).
 *
 * @example
 * const plan = strategyPlan(3); // 3 is the seed
 * const large = strategyPlan(1, { strategies: 8, interventions: 4, measured: true });
 */
export function strategyPlan(seed = 1, shape: { strategies?: number; interventions?: number; measured?: boolean } = {}): Document {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const nodes: ToCNode[] = [];
  const edges: Edge[] = [];
  const kindOf = new Map<string, ToCNode['kind']>();
  const node = (fields: Record<string, unknown>) => {
    const made = NodeSchema.parse(fields);
    nodes.push(made);
    kindOf.set(made.id, made.kind);
    return made.id;
  };
  const link = (...ids: string[]) => {
    for (let i = 0; i + 1 < ids.length; i++) {
      const kind = edgeKindFor(kindOf.get(ids[i]!)!, kindOf.get(ids[i + 1]!)!)!;
      edges.push(EdgeSchema.parse({ id: `e-${edges.length + 1}`, kind, source: ids[i], target: ids[i + 1] }));
    }
  };
  const actors = ['GGD', 'Veilig Thuis', 'Politie', 'Onderwijs', 'Jongerenwerk', 'Gemeente'].map((name, i) => ({
    id: `partner-${i + 1}`,
    name,
    domain: (['care', 'social', 'safety', 'education', 'social', 'government'] as const)[i]!,
    contact: '',
    offer: '',
  }));
  const goal = node({
    id: 'goal',
    kind: 'goal',
    title: 'Minder seksueel geweld in de gemeente',
    level: 'strategic',
    horizon: 'long',
    sphere: 'interest',
  });
  for (const [i, title] of ['Aandeel jongeren dat ooit gedwongen is', 'Meldingen bij het Centrum Seksueel Geweld'].entries()) {
    const indicator = node({
      id: `goal-indicator-${i + 1}`,
      kind: 'indicator',
      title,
      source: 'Monitor',
      valueType: i === 0 ? 'percentage' : 'count',
      direction: i === 0 ? 'decrease' : 'increase',
      baseline: { value: 10 + i, date: '2024-12-31' },
      targets: [{ value: 8 + i * 4, date: '2028-12-31' }],
    });
    link(indicator, goal);
  }
  const strategies = STRATEGIES.slice(0, shape.strategies ?? between(5, 8));
  const measure = (outcome: string, title: string) => {
    if (!shape.measured) return;
    const indicator = node({
      id: `${outcome}-indicator`,
      kind: 'indicator',
      title: `Meting: ${title}`,
      source: 'Monitor',
      baseline: { value: 20, date: '2024-12-31' },
      targets: [{ value: 30, date: '2028-12-31' }],
    });
    link(indicator, outcome);
  };
  const groups = strategies.map((title, s) => GroupSchema.parse({ id: `strategy-${s + 1}`, title, kind: 'strategy' }));
  const interventions: string[] = [];
  strategies.forEach((title, s) => {
    const group = `strategy-${s + 1}`;
    const medium = node({
      id: `${group}-medium`,
      kind: 'outcome',
      title: `${title}: blijvend effect`,
      horizon: 'medium',
      sphere: 'influence',
      group,
    });
    link(medium, goal);
    measure(medium, title);
    const count = shape.interventions ?? between(2, 4);
    for (let i = 1; i <= count; i++) {
      const prefix = `${group}-${i}`;
      const intervention = node({
        id: `${prefix}-intervention`,
        kind: 'intervention',
        title: `${title}: interventie ${i}`,
        area: AREAS.values[(s + i) % AREAS.values.length],
        actors: [actors[(s + i) % actors.length]!.id],
        group,
      });
      const mechanism = node({ id: `${prefix}-mechanism`, kind: 'mechanism', title: `${title}: waarom interventie ${i} werkt`, group });
      const short = node({
        id: `${prefix}-short`,
        kind: 'outcome',
        title: `${title}: eerste resultaat ${i}`,
        horizon: 'short',
        sphere: 'control',
        group,
      });
      link(intervention, mechanism, short, medium);
      measure(short, `${title} ${i}`);
      interventions.push(intervention);
    }
  });
  // A cross-cutting enabler: coordination and monitoring support every strategy.
  groups.push(GroupSchema.parse({ id: 'enabler', title: 'Regie en monitoring', kind: 'strategy', crossCutting: true }));
  const coordination = node({
    id: 'enabler-intervention',
    kind: 'intervention',
    title: 'Coördinator en netwerkoverleg',
    area: 'signalling',
    actors: ['partner-6'],
    group: 'enabler',
  });
  const together = node({
    id: 'enabler-mechanism',
    kind: 'mechanism',
    title: 'Partners kennen elkaar en elkaars aanbod',
    group: 'enabler',
  });
  const working = node({
    id: 'enabler-outcome',
    kind: 'outcome',
    title: 'Partners werken samen',
    horizon: 'short',
    sphere: 'control',
    group: 'enabler',
  });
  link(coordination, together, working, goal);
  // One assumption under two cards.
  const assumption = node({ id: 'assumption', kind: 'assumption', title: 'Partners krijgen tijd om mee te doen', risk: 'high' });
  link(assumption, interventions[0]!);
  link(assumption, coordination);
  return createDocument(
    {
      id: `strategy-plan-${seed}`,
      title: `Aanpak seksueel geweld — plan ${seed}`,
      scope: { level: 'municipality', name: 'Voorbeeldstad', period: { start: 2025, end: 2028 } },
      nodes,
      edges,
      actors,
      groups,
    },
    new Date('2026-01-01T00:00:00Z'),
  );
}

const THEMES = [
  'Ontmoeting in de wijk',
  'Mantelzorgers ontlast',
  'Digitale vaardigheden',
  'Vervoer naar activiteiten',
  'Signalering door huisartsen',
  'Zingeving en rouw',
  'Vrijwillige inzet van ouderen',
];

/** Long Dutch words, as policy texts use them, for titles that wrap over many lines. */
const LONG_WORDS = [
  'ervaringsdeskundigheidsbevordering',
  'wijkgerichte',
  'samenwerkingsafspraken',
  'welzijnsorganisatie',
  'mantelzorgondersteuningsaanbod',
  'huisartsenpraktijken',
  'laagdrempelige',
  'ontmoetingsvoorzieningen',
];

/**
 * A plan as a v1 file migrates or a room makes it: no groups at all, one goal
 * fed by seven outcomes, each reached through two short-term outcomes, their
 * working mechanisms and interventions (about 60 cards), three mechanisms that
 * also serve a neighbouring chain, an indicator per outcome (some falling) and
 * an assumption. About loneliness among older people, not sexual violence.
 * `longTitles` gives every card a title of over a hundred characters with long
 * compound words.
 *
 * @example
 * const plan = ungroupedPlan(); // 61 cards, no groups
 * const long = ungroupedPlan({ longTitles: true });
 */
export function ungroupedPlan(options: { longTitles?: boolean } = {}): Document {
  const nodes: ToCNode[] = [];
  const edges: Edge[] = [];
  const long = (title: string, n: number) =>
    options.longTitles
      ? `${title}: ${[0, 1, 2, 3].map((k) => LONG_WORDS[(n + k * 3) % LONG_WORDS.length]).join(' ')} in samenhang met het sociaal domein`
      : title;
  let count = 0;
  const node = (kind: ToCNode['kind'], id: string, title: string, fields: Record<string, unknown> = {}) => {
    nodes.push(createNode(kind, { id, title: long(title, count++), ...fields }));
    return nodes.at(-1)!;
  };
  const link = (source: ToCNode, target: ToCNode) => edges.push(createEdge(source, target, { id: `e-${edges.length + 1}` }));
  const goal = node('goal', 'goal', 'Minder eenzaamheid onder ouderen', { level: 'strategic', horizon: 'long', sphere: 'interest' });
  const mechanisms: ToCNode[][] = [];
  THEMES.forEach((theme, t) => {
    const outcome = node('outcome', `outcome-${t + 1}`, `${theme}: ouderen voelen zich minder alleen`, {
      horizon: 'medium',
      sphere: 'influence',
    });
    link(outcome, goal);
    const falling = t % 2 === 0;
    const indicator = node(
      'indicator',
      `indicator-${t + 1}`,
      `${theme}: ${falling ? 'aandeel ouderen dat zich eenzaam voelt' : 'aantal deelnemers'}`,
      {
        source: 'Gezondheidsmonitor',
        valueType: falling ? 'percentage' : 'count',
        direction: falling ? 'decrease' : 'increase',
        baseline: { value: falling ? 40 : 100, date: '2024-12-31' },
        targets: [{ value: falling ? 32 : 150, date: '2028-12-31' }],
      },
    );
    link(indicator, outcome);
    mechanisms.push([]);
    for (const k of [1, 2]) {
      const short = node('outcome', `outcome-${t + 1}-${k}`, `${theme}: eerste resultaat ${k}`, { horizon: 'short', sphere: 'control' });
      link(short, outcome);
      const mechanism = node('mechanism', `mechanism-${t + 1}-${k}`, `${theme}: waarom aanpak ${k} werkt`);
      link(mechanism, short);
      mechanisms[t]!.push(mechanism);
      const intervention = node('intervention', `intervention-${t + 1}-${k}`, `${theme}: activiteit ${k}`, {
        area: AREAS.values[(t + k) % AREAS.values.length],
      });
      link(intervention, mechanism);
      if (k === 2 && t < 3) {
        const second = node('intervention', `intervention-${t + 1}-${k}b`, `${theme}: aanvullende activiteit`, {
          area: AREAS.values[t % AREAS.values.length],
        });
        link(second, mechanism);
      }
    }
  });
  // Three mechanisms that serve the neighbouring chain too.
  for (const t of [0, 2, 4])
    link(
      mechanisms[t]![0]!,
      nodes.find((candidate) => candidate.id === `outcome-${t + 2}-1`)!,
    );
  const assumption = node('assumption', 'assumption', 'Ouderen willen en kunnen deelnemen aan activiteiten', { risk: 'medium' });
  link(
    assumption,
    nodes.find((candidate) => candidate.id === 'intervention-1-1')!,
  );
  return createDocument(
    {
      id: options.longTitles ? 'eenzaamheid-lange-titels' : 'eenzaamheid',
      title: options.longTitles ? 'Samen tegen eenzaamheid — lange titels' : 'Samen tegen eenzaamheid',
      scope: { level: 'municipality', name: 'Voorbeeldstad', period: { start: 2025, end: 2028 } },
      nodes,
      edges,
    },
    new Date('2026-01-01T00:00:00Z'),
  );
}

/**
 * A plan with one very long chain: `fan` interventions → one mechanism → `length` outcomes in a row → one goal. The
 * shape that exhausted the stack and the memory of recursive walks.
 *
 * @example
 * causalChains(longChain(6_000)).chains[0].nodes.length; // 6,003
 */
export function longChain(length: number, fan = 1): Document {
  const goal = createNode('goal', { id: 'g', title: 'Doel' });
  const mechanism = createNode('mechanism', { id: 'm', title: 'Mechanisme' });
  const nodes: ToCNode[] = [goal, mechanism];
  const edges: Edge[] = [];
  let previous: ToCNode = goal;
  for (let i = 0; i < length; i++) {
    const outcome = createNode('outcome', { id: `o${i}`, title: `Uitkomst ${i}` });
    nodes.push(outcome);
    edges.push(createEdge(outcome, previous, { id: `e${i}` }));
    previous = outcome;
  }
  edges.push(createEdge(mechanism, previous, { id: 'em' }));
  for (let i = 0; i < fan; i++) {
    const intervention = createNode('intervention', { id: `i${i}`, title: `Interventie ${i}` });
    nodes.push(intervention);
    edges.push(createEdge(intervention, mechanism, { id: `ei${i}` }));
  }
  return { ...createDocument({ id: 'lange-keten', title: 'Lange keten' }, new Date('2026-01-01T00:00:00Z')), nodes, edges };
}

/**
 * A plan a year on, for tests and stories of the living plan: a version kept
 * ("Vastgesteld door de raad, 2025"), then three measurements for every
 * indicator with a baseline and a target, in turn on the line (on track), 5 %
 * of the planned change behind it (at risk) and half of it behind (off track),
 * and the first intervention retitled ", vernieuwd".
 *
 * @example
 * const report = toHtmlReport(yearLaterPlan(getTemplate('voorbeeldregio')!.create()));
 */
export function yearLaterPlan(adopted: Document): Document {
  let document = applyOperation(adopted, {
    type: 'addVersion',
    version: makeVersion(adopted, { id: 'versie-raad-2025', name: 'Vastgesteld door de raad, 2025', created: '2025-06-01T10:00:00.000Z' }),
  }).document;
  const behind = [0, 0.05, 0.5];
  let k = 0;
  for (const node of document.nodes) {
    if (node.kind !== 'indicator' || !node.baseline || node.targets.length === 0 || node.direction === 'maintain') continue;
    const start = node.baseline.value;
    const change = node.targets.at(-1)!.value - start;
    const expected = indicatorProgress({ ...node, measurements: [{ value: 0, date: '2026-06-30' }] }).expected!;
    const latest = expected - behind[k++ % 3]! * change;
    const on = (share: number) => start + (expected - start) * share;
    document = applyOperation(document, {
      type: 'updateNode',
      id: node.id,
      changes: {
        measurements: [
          { value: on(0.2), date: '2025-06-30' },
          { value: on(0.35), date: '2025-12-31' },
          { value: latest, date: '2026-06-30' },
        ],
      },
    }).document;
  }
  const intervention = document.nodes.find((node) => node.kind === 'intervention');
  if (intervention)
    document = applyOperation(document, {
      type: 'updateNode',
      id: intervention.id,
      changes: { title: `${intervention.title}, vernieuwd` },
    }).document;
  return document;
}

/**
 * A plan kept for years: `count` versions, each after ordinary edits (a card retitled, a measurement added, a
 * connection removed), so that every version after the first is stored as its changes against the one before.
 *
 * @example
 * versionedPlan(4).versions.filter((version) => 'changes' in version).length; // 3
 */
export function versionedPlan(count = 4, seed = 9): Document {
  let document = strategyPlan(seed, { strategies: 5, interventions: 2, measured: true });
  for (let year = 0; year < count; year++) {
    const cards = document.nodes.filter((node) => node.kind === 'intervention' || node.kind === 'outcome');
    const card = cards[(year * 3) % cards.length];
    const indicator = document.nodes.find((node) => node.kind === 'indicator');
    const edge = document.edges[(year * 7) % document.edges.length];
    document = applyOperation(document, {
      type: 'batch',
      operations: [
        ...(card ? [{ type: 'updateNode' as const, id: card.id, changes: { title: `${card.title} (${2025 + year})` } }] : []),
        ...(indicator?.kind === 'indicator'
          ? [
              {
                type: 'updateNode' as const,
                id: indicator.id,
                changes: { measurements: [...indicator.measurements, { value: 10 + year, date: `${2025 + year}-12-31` }] },
              },
            ]
          : []),
        ...(edge && year > 0 ? [{ type: 'disconnect' as const, id: edge.id }] : []),
      ],
    }).document;
    const version = makeVersion(document, {
      id: `versie-${2025 + year}`,
      name: `Jaar ${2025 + year}`,
      created: `${2025 + year}-12-31T12:00:00.000Z`,
    });
    document = applyOperation(document, { type: 'addVersion', version }).document;
  }
  return document;
}
