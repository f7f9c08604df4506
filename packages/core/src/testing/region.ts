import { applyOperation } from '../edit/apply.js';
import type { Operation } from '../edit/operation.js';
import { createNode, createTargetGroup } from '../model/factory.js';
import type { Document } from '../model/schema.js';
import { getTemplate } from '../templates/index.js';

/** The six municipalities of the corpus region, with their inhabitants. */
export const CORPUS_MUNICIPALITIES = [
  { name: 'Rotterdam', population: 655_000 },
  { name: 'Schiedam', population: 80_000 },
  { name: 'Vlaardingen', population: 75_000 },
  { name: 'Maassluis', population: 33_000 },
  { name: 'Capelle aan den IJssel', population: 67_000 },
  { name: 'Barendrecht', population: 50_000 },
] as const;

/** Last year's figures per municipality: meldingen bij het CSG (summed) and the share of young people who feel safe (by population). */
const FIGURES: Readonly<Record<string, { readonly meldingen?: number; readonly veilig: number }>> = {
  Rotterdam: { meldingen: 120, veilig: 70 },
  Schiedam: { meldingen: 15, veilig: 64 },
  Vlaardingen: { meldingen: 14, veilig: 66 },
  Maassluis: { meldingen: 6, veilig: 75 },
  'Capelle aan den IJssel': { meldingen: 11, veilig: 72 },
  Barendrecht: { veilig: 80 },
};

/** Which regional outcome each municipal outcome contributes to. */
const LINKS: Readonly<Record<string, string>> = {
  'uitk-respectvolle-omgang': 'uitk-prevention',
  'uitk-risicojongeren': 'uitk-prevention',
  'uitk-publiekscampagne': 'uitk-environment',
  'uitk-deskundigheid': 'uitk-signalling',
  'uitk-beleid': 'uitk-netwerk',
};

/** The target group each municipal intervention reaches. */
const REACHES: Readonly<Record<string, string>> = {
  'int-respectvolle-omgang': 'tg-jongeren',
  'int-risicojongeren': 'tg-risicojongeren',
  'int-deskundigheid': 'tg-professionals',
  'int-publiekscampagne': 'tg-inwoners',
  'int-beleid': 'tg-inwoners',
};

function applied(document: Document, operations: readonly Operation[]): Document {
  return operations.reduce((plan, operation) => applyOperation(plan, operation).document, document);
}

/** Operations that give each intervention of a plan the partners `choose` picks, by the intervention's place. */
function carriedBy(plan: Document, choose: (index: number, partners: readonly string[]) => string[]): Operation[] {
  const partners = plan.actors.map((actor) => actor.id);
  if (partners.length === 0) return [];
  return plan.nodes
    .filter((node) => node.kind === 'intervention')
    .map((card, i): Operation => ({ type: 'updateNode', id: card.id, changes: { actors: choose(i, partners) } }));
}

/**
 * A region to test with: a regional plan built from the national building blocks and six municipal plans built
 * from Rutgers' eight-point plan, each naming the region as its parent and linking its outcomes to the region's.
 * Every intervention names the partners that carry it. Planted for the checks: a regional goal nobody contributes to (`doel-herstel`), a link to a card the region does
 * not have (Schiedam), a witte vlek (Maassluis offers nothing for young people at risk), an overlap with the region's
 * own intervention (prevention for *Jongeren*), an indicator defined two ways (Vlaardingen counts SG-02 per 1,000),
 * and a municipality without last year's figure (Barendrecht, SG-01).
 *
 * @example
 * const { regional, municipalities } = regionCorpus();
 * const region = assembleRegion([regional, ...municipalities]);
 */
export function regionCorpus(): { readonly regional: Document; readonly municipalities: readonly Document[] } {
  const base = getTemplate('landelijke-bouwstenen')!.create();
  const jongeren = { ...createTargetGroup({ name: 'Jongeren' }), id: 'tg-regio-jongeren' };
  const regional = applied(
    {
      ...base,
      id: 'regio-rijnmond',
      title: 'Regionale aanpak seksueel geweld Rijnmond',
      scope: { level: 'region', name: 'Rijnmond', period: { start: 2025, end: 2028 } },
    },
    [
      // The region's partners carry its interventions: two each, round the table.
      ...carriedBy(base, (i, partners) => [partners[i % partners.length]!, partners[(i + 5) % partners.length]!]),
      { type: 'addTargetGroup', targetGroup: jongeren },
      { type: 'addToNode', id: 'int-prevention', field: 'targetGroups', value: jongeren.id },
      {
        type: 'addNode',
        node: createNode('goal', { id: 'doel-herstel', title: 'Slachtoffers herstellen en worden niet opnieuw slachtoffer' }),
      },
      { type: 'addNode', node: createNode('outcome', { id: 'uitk-herstel', title: 'Slachtoffers krijgen nazorg tot ze hersteld zijn' }) },
      { type: 'connect', edge: { id: 'e-herstel', kind: 'leads-to', source: 'uitk-herstel', target: 'doel-herstel', rationale: '' } },
      {
        type: 'addNode',
        node: createNode('indicator', {
          id: 'ind-regio-meldingen',
          title: 'Meldingen bij het CSG',
          code: 'SG-01',
          rollup: 'sum',
          unit: 'meldingen',
          baseline: { value: 150, date: '2024-12-31' },
          targets: [{ value: 200, date: '2028-12-31' }],
        }),
      },
      {
        type: 'addNode',
        node: createNode('indicator', {
          id: 'ind-regio-veilig',
          title: 'Jongeren die zich veilig voelen',
          code: 'SG-02',
          rollup: 'weighted',
          unit: '%',
          baseline: { value: 68, date: '2024-12-31' },
          targets: [{ value: 75, date: '2028-12-31' }],
        }),
      },
      {
        type: 'connect',
        edge: { id: 'e-regio-meldingen', kind: 'measures', source: 'ind-regio-meldingen', target: 'doel-voorkomen-stoppen', rationale: '' },
      },
      {
        type: 'connect',
        edge: { id: 'e-regio-veilig', kind: 'measures', source: 'ind-regio-veilig', target: 'uitk-environment', rationale: '' },
      },
    ],
  );
  const municipalities = CORPUS_MUNICIPALITIES.map(({ name, population }, m) => {
    const template = getTemplate('rutgers-achtpuntenplan')!.create();
    const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
    const figures = FIGURES[name]!;
    const operations: Operation[] = [
      // Each municipality shares its interventions out differently; the municipality itself takes every other one too.
      ...carriedBy(template, (i, partners) => [...new Set([partners[(i + m) % partners.length]!, ...(i % 2 === 0 ? [partners[1]!] : [])])]),
      ...Object.entries(REACHES).map(([id, group]): Operation => ({ type: 'addToNode', id, field: 'targetGroups', value: group })),
      ...Object.entries(LINKS).map(([id, target]): Operation => ({
        type: 'updateNode',
        id,
        changes: { contributesTo: [name === 'Schiedam' && id === 'uitk-beleid' ? 'uitk-bestaat-niet' : target] },
      })),
      {
        type: 'addNode',
        node: createNode('indicator', {
          id: `ind-${slug}-meldingen`,
          title: `Meldingen bij het CSG uit ${name}`,
          code: 'SG-01',
          rollup: 'sum',
          unit: 'meldingen',
          measurements: figures.meldingen === undefined ? [] : [{ value: figures.meldingen, date: '2025-12-31' }],
        }),
      },
      {
        type: 'addNode',
        node: createNode('indicator', {
          id: `ind-${slug}-veilig`,
          title: `Jongeren in ${name} die zich veilig voelen`,
          code: 'SG-02',
          rollup: 'weighted',
          unit: name === 'Vlaardingen' ? 'per 1.000 jongeren' : '%',
          measurements: [{ value: figures.veilig, date: '2025-12-31' }],
        }),
      },
    ];
    // Maassluis does nothing for young people at risk: its witte vlek.
    if (name === 'Maassluis') operations.push({ type: 'removeNode', id: 'int-risicojongeren' });
    return applied(
      {
        ...template,
        id: `gemeente-${slug}`,
        title: `Aanpak seksueel geweld ${name}`,
        scope: { level: 'municipality', name, population, period: { start: 2025, end: 2028 } },
        parent: { id: regional.id, title: regional.title, file: 'regio-rijnmond.json' },
      },
      operations,
    );
  });
  return { regional, municipalities };
}
