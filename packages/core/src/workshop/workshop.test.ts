import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../edit/apply.js';
import { LIMITS } from '../model/schema.js';
import { WORKSHOP_STEPS } from '../model/vocabulary.js';
import { getTemplate } from '../templates/index.js';
import {
  captureGroup,
  captureLines,
  captureOperations,
  capturePartner,
  captureTargets,
  resolveCaptureSource,
  resolveCaptureTarget,
} from './capture.js';
import { adjacentStep, stepGuide, stepHighlight, stepProgress, stepTodos, WORKSHOP_GUIDE } from './steps.js';

const blank = getTemplate('blank')!.create();
const example = getTemplate('voorbeeldregio')!.create();

describe('the workshop guide', () => {
  it('has every step in order, each with guidance and questions in both languages', () => {
    expect(WORKSHOP_GUIDE.map((g) => g.step)).toEqual(WORKSHOP_STEPS.values);
    for (const guide of WORKSHOP_GUIDE) {
      expect(guide.guidance.nl.length).toBeGreaterThan(40);
      expect(guide.guidance.en.length).toBeGreaterThan(40);
      expect(guide.questions.length).toBeGreaterThanOrEqual(2);
    }
    expect(stepGuide('goals').captureKinds).toEqual(['goal']);
    expect(stepGuide('mechanisms').captureKinds).toEqual(['mechanism', 'outcome', 'assumption']);
    expect(stepGuide('prioritise').captureKinds).toEqual([]);
    expect(adjacentStep('problem', 1)).toBe('goals');
    expect(adjacentStep('problem', -1)).toBeUndefined();
    expect(adjacentStep('partners-and-measures', 1)).toBeUndefined();
  });

  it('says what is missing in a blank document, step by step', () => {
    const missing = (step: (typeof WORKSHOP_STEPS.values)[number]) => stepProgress(blank, step).missing.map((m) => m.nl);
    expect(missing('problem')).toEqual(expect.arrayContaining(['Nog geen feiten over aard en omvang.', 'Nog geen doelgroepen.']));
    expect(missing('goals')).toEqual(['Nog geen doelen.']);
    expect(missing('interventions')).toContain('Nog geen interventies.');
    expect(missing('prioritise')).toEqual(['Nog geen stemmen uitgebracht.', 'Nog geen interventie als prioriteit gekozen.']);
    expect(missing('partners-and-measures')).toContain('Nog geen partners op de sociale kaart.');
  });

  it('finds the worked example complete in its first steps', () => {
    expect(stepProgress(example, 'problem').missing).toEqual([]);
    expect(stepProgress(example, 'goals').missing).toEqual([]);
    expect(stepProgress(example, 'goals').count).toBe(example.nodes.filter((n) => n.kind === 'goal').length);
    expect(stepProgress(example, 'prioritise').missing).toEqual([]);
  });

  it('says per card what is still to do while the plan is being built, in the step’s words, and nothing after', () => {
    let doc = blank;
    const { operations, ids } = captureOperations(doc, 'intervention', 'Lespakket', { x: 0, y: 0 });
    doc = applyOperation(doc, { type: 'batch', operations }).document;
    expect(stepTodos(doc, 'interventions').get(ids[0]!)?.nl).toBe('nog geen partner');
    expect(stepTodos(doc, 'mechanisms').get(ids[0]!)?.nl).toBe('nog geen werkzaam mechanisme');
    expect(stepTodos(doc, 'prioritise').size).toBe(0);
    // The worked example is complete: nothing left to do on any card while building its mechanisms.
    expect(stepTodos(example, 'mechanisms').size).toBe(0);
  });

  it('highlights the cards of a step’s layers and their connections, or nothing', () => {
    const ids = stepHighlight(example, 'mechanisms')!;
    expect(example.nodes.filter((n) => ids.has(n.id)).every((n) => n.kind === 'mechanism' || n.kind === 'outcome')).toBe(true);
    expect(example.edges.filter((e) => ids.has(e.id)).length).toBeGreaterThan(0);
    expect(stepHighlight(example, 'problem')).toBeUndefined();
  });

  it('ticks no step of a blank document: progress is earned', () => {
    for (const step of WORKSHOP_STEPS.values) expect(stepProgress(blank, step).missing.length, step).toBeGreaterThan(0);
  });

  it('does not tick step 6 when step 1 made partners and nothing else exists', () => {
    const doc = applyOperation(blank, {
      type: 'addActor',
      actor: { id: 'ggd', name: 'GGD', domain: 'care', contact: '', offer: '' },
    }).document;
    expect(stepProgress(doc, 'partners-and-measures').missing.map((m) => m.nl)).toEqual([
      'Nog geen interventies om partners aan te verbinden.',
      'Nog geen indicatoren.',
    ]);
  });

  it('names the areas without an intervention as witte vlekken', () => {
    let doc = getTemplate('blank-seksueel-geweld')!.create();
    const { operations } = captureOperations(doc, 'intervention', 'Lespakket', { x: 0, y: 0 }, { area: 'prevention' });
    doc = applyOperation(doc, { type: 'batch', operations }).document;
    const [gap] = stepProgress(doc, 'interventions').missing;
    expect(gap!.nl).toBe('Witte vlek: geen interventie in signalering, zorg en ondersteuning, omgeving en handhaving en nazorg.');
  });

  it('names a plan’s own areas, not the national five, in its witte vlekken and in the step’s guidance', () => {
    let doc = blank;
    const { operations } = captureOperations(doc, 'intervention', 'Inloopspreekuur', { x: 0, y: 0 }, { area: 'prevention' });
    doc = applyOperation(doc, { type: 'batch', operations }).document;
    expect(stepProgress(doc, 'interventions').missing[0]!.nl).toBe(
      'Witte vlek: geen interventie in signalering, ondersteuning en zorg, leefomgeving en samenwerking en borging.',
    );
    expect(stepGuide('interventions', doc).guidance.nl).toContain(
      '(preventie, signalering, ondersteuning en zorg, leefomgeving, samenwerking en borging)',
    );
    expect(stepGuide('interventions', doc).guidance.nl).not.toContain('handhaving');
  });
});

describe('quick capture', () => {
  it('reads one title per line, without list markers or empty lines', () => {
    expect(captureLines('- Lespakket\n  2. Campagne in het uitgaansleven \n\n• Spreekuur\r\na) Training\nGewoon')).toEqual([
      'Lespakket',
      'Campagne in het uitgaansleven',
      'Spreekuur',
      'Training',
      'Gewoon',
    ]);
  });

  it('puts captured goals on the side of the line of accountability their level implies, unless a sphere is given', () => {
    const goalsAt = (fields: Record<string, unknown>) => {
      const { operations } = captureOperations(blank, 'goal', 'Een\nTwee', { x: 0, y: 0 }, fields);
      return applyOperation(blank, { type: 'batch', operations }).document.nodes.map((n) => (n.kind === 'goal' ? n.sphere : n.kind));
    };
    expect(goalsAt({ level: 'operational', horizon: 'short' })).toEqual(['influence', 'influence']);
    expect(goalsAt({ level: 'tactical', horizon: 'short' })).toEqual(['interest', 'interest']);
    expect(goalsAt({ level: 'strategic', horizon: 'long' })).toEqual(['interest', 'interest']);
    expect(goalsAt({})).toEqual(['interest', 'interest']);
    expect(goalsAt({ level: 'operational', sphere: 'control' })).toEqual(['control', 'control']);
  });

  it('keeps a pasted line longer than a title whole: its start is the title, all of it the description', () => {
    const line = `${'woord '.repeat(150)}einde`;
    const { operations } = captureOperations(blank, 'intervention', `${line}\nKort`, { x: 0, y: 0 });
    const [long, short] = applyOperation(blank, { type: 'batch', operations }).document.nodes;
    expect(long!.title.length).toBeLessThanOrEqual(LIMITS.maxTitleLength);
    expect(long!.title.endsWith('woord…')).toBe(true);
    expect(long!.description).toBe(line.trim());
    expect(short).toMatchObject({ title: 'Kort', description: '' });
  });

  it('connects every captured card to the card it leads to, in the same step ("leidt tot…")', () => {
    expect(new Set(captureTargets(example, 'mechanism').map((node) => node.kind))).toEqual(new Set(['outcome']));
    const outcome = example.nodes.find((node) => node.kind === 'outcome')!.id;
    const { operations, ids } = captureOperations(example, 'mechanism', 'Een\nTwee', { x: 0, y: 0 }, {}, { leadsTo: outcome });
    const { document } = applyOperation(example, { type: 'batch', operations });
    for (const id of ids) expect(document.edges.some((e) => e.source === id && e.target === outcome && e.kind === 'leads-to')).toBe(true);
    // A card the model does not allow as a target is simply not connected.
    const refused = captureOperations(example, 'goal', 'Drie', { x: 0, y: 0 }, {}, { leadsTo: 'int-csg' });
    expect(refused.operations.map((op) => op.type)).toEqual(['addNode']);
  });

  it('connects a line to the card its "→ title" names, and keeps a line whole when that names no card or several', () => {
    const outcomes = example.nodes.filter((node) => node.kind === 'outcome');
    const first = outcomes[0]!;
    const typed = first.title.slice(0, 12).toUpperCase();
    const text = [`Minder schaamte → ${first.title}`, `Erkenning -> ${typed}`, 'Kinderen > 12 jaar', 'Iets > e'].join('\n');
    const { operations, ids, unresolved } = captureOperations(example, 'mechanism', text, { x: 0, y: 0 });
    const { document } = applyOperation(example, { type: 'batch', operations });
    const made = ids.map((id) => document.nodes.find((node) => node.id === id)!);
    expect(made.map((node) => node.title)).toEqual(['Minder schaamte', 'Erkenning', 'Kinderen > 12 jaar', 'Iets > e']);
    const to = (id: string) => document.edges.filter((edge) => edge.source === id).map((edge) => edge.target);
    // Exactly the title, or the start of one title (case aside).
    expect(to(ids[0]!)).toEqual([first.id]);
    expect(to(ids[1]!)).toEqual([first.id]);
    // No card called "12 jaar"; "e" is in many titles: nothing guessed, nothing lost, both reported.
    expect(to(ids[2]!)).toEqual([]);
    expect(to(ids[3]!)).toEqual([]);
    expect(unresolved.map(({ line, target }) => ({ line, target }))).toEqual([
      { line: 3, target: '12 jaar' },
      { line: 4, target: 'e' },
    ]);
    expect(unresolved[0]!.matches).toBe(0);
    expect(unresolved[1]!.matches).toBeGreaterThan(1);
  });

  it('links back with "← title": a mechanism found after its intervention, both ways on one line, and "komt van…"', () => {
    let doc = applyOperation(blank, {
      type: 'batch',
      operations: [
        ...captureOperations(blank, 'intervention', 'Weerbaarheidstraining\nMaatjesproject', { x: 0, y: 0 }).operations,
        ...captureOperations(blank, 'outcome', 'Minder eenzaamheid', { x: 0, y: 0 }).operations,
      ],
    }).document;
    const id = (title: string) => doc.nodes.find((node) => node.title === title)!.id;
    const text = [
      'Weerbaarheid neemt toe ← Weerbaarheidstraining',
      'Vertrouwen groeit <- Weerbaarheid <- maatjes → minder eenz',
      'Nieuwe contacten <= Onbekend project',
      'Ontmoeting ← e',
    ].join('\n');
    const result = captureOperations(doc, 'mechanism', text, { x: 0, y: 0 });
    doc = applyOperation(doc, { type: 'batch', operations: result.operations }).document;
    expect(result.ids.map((made) => doc.nodes.find((node) => node.id === made)!.title)).toEqual([
      'Weerbaarheid neemt toe',
      'Vertrouwen groeit',
      'Nieuwe contacten <= Onbekend project',
      'Ontmoeting ← e',
    ]);
    const linked = (a: string, b: string) => doc.edges.some((edge) => edge.source === a && edge.target === b);
    expect(linked(id('Weerbaarheidstraining'), result.ids[0]!)).toBe(true);
    expect(linked(id('Maatjesproject'), result.ids[1]!)).toBe(true);
    expect(linked(id('Weerbaarheidstraining'), result.ids[1]!)).toBe(true);
    expect(linked(result.ids[1]!, id('Minder eenzaamheid'))).toBe(true);
    expect(doc.edges.filter((edge) => edge.target === result.ids[2] || edge.target === result.ids[3])).toEqual([]);
    expect(result.unresolved).toEqual([
      { line: 3, target: 'Onbekend project', matches: 0, direction: 'from' },
      { line: 4, target: 'e', matches: 2, direction: 'from' },
    ]);
    // "Komt van…": every captured card comes from the chosen card.
    const from = captureOperations(
      doc,
      'mechanism',
      'Eigen regie\nMeer zelfvertrouwen',
      { x: 0, y: 0 },
      {},
      { comesFrom: id('Maatjesproject') },
    );
    const after = applyOperation(doc, { type: 'batch', operations: from.operations }).document;
    for (const made of from.ids)
      expect(after.edges.some((edge) => edge.source === id('Maatjesproject') && edge.target === made)).toBe(true);
    // Only cards that may point to the new card: an outcome does not lead to a mechanism.
    expect(resolveCaptureSource(doc, 'mechanism', 'Minder eenzaamheid')).toEqual({ matches: 0 });
  });

  it('puts captured interventions in a group and with a partner named by typing, making either when new', () => {
    const group = captureGroup(blank, '  Ontmoeten ');
    const partner = capturePartner(blank, 'Welzijnsorganisatie De Brug');
    const cards = captureOperations(
      blank,
      'intervention',
      'Maatjesproject\nKoffieochtend',
      { x: 0, y: 0 },
      { group: group.id, actors: [partner.id] },
    );
    const doc = applyOperation(blank, {
      type: 'batch',
      operations: [...group.operations, ...partner.operations, ...cards.operations],
    }).document;
    expect(doc.groups.map((g) => g.title)).toEqual(['Ontmoeten']);
    expect(doc.actors.map((a) => [a.name, a.domain])).toEqual([['Welzijnsorganisatie De Brug', 'social']]);
    for (const id of cards.ids) expect(doc.nodes.find((n) => n.id === id)).toMatchObject({ group: group.id, actors: [partner.id] });
    // Named again (case and spaces aside), the same group and partner: nothing new.
    expect(captureGroup(doc, 'ontmoeten')).toEqual({ id: group.id, operations: [] });
    expect(capturePartner(doc, 'welzijnsorganisatie  de brug')).toEqual({ id: partner.id, operations: [] });
    expect(captureGroup(doc, '   ')).toEqual({ operations: [] });
  });

  it('resolves a typed target to the exact title first, then a unique start, then a unique part', () => {
    const doc = applyOperation(blank, {
      type: 'batch',
      operations: captureOperations(blank, 'outcome', 'Hulp\nHulp sneller gevonden\nSneller hulp na melding', { x: 0, y: 0 }).operations,
    }).document;
    expect(resolveCaptureTarget(doc, 'mechanism', ' hulp ').node?.title).toBe('Hulp');
    expect(resolveCaptureTarget(doc, 'mechanism', 'hulp sne').node?.title).toBe('Hulp sneller gevonden');
    expect(resolveCaptureTarget(doc, 'mechanism', 'na melding').node?.title).toBe('Sneller hulp na melding');
    expect(resolveCaptureTarget(doc, 'mechanism', 'hul')).toEqual({ matches: 2 });
    expect(resolveCaptureTarget(doc, 'mechanism', 'politie')).toEqual({ matches: 0 });
    // Only cards the new card may point to: a goal leads to no outcome.
    expect(resolveCaptureTarget(doc, 'goal', 'Hulp')).toEqual({ matches: 0 });
    // An earlier line of the same paste counts as a target too.
    const chain = captureOperations(blank, 'outcome', 'Kortere wachttijd\nSneller hulp > kortere', { x: 0, y: 0 });
    const built = applyOperation(blank, { type: 'batch', operations: chain.operations }).document;
    expect(built.edges.map((edge) => [edge.source, edge.target])).toEqual([[chain.ids[1], chain.ids[0]]]);
  });

  it('adds one card per line with fresh ids and the given fields', () => {
    const { operations, ids } = captureOperations(example, 'intervention', 'Eén\nTwee\nDrie', { x: 10, y: 20 }, { area: 'signalling' });
    const { document } = applyOperation(example, { type: 'batch', operations });
    const added = document.nodes.slice(-3);
    expect(added.map((n) => n.title)).toEqual(['Eén', 'Twee', 'Drie']);
    expect(added.map((n) => n.id)).toEqual(ids);
    expect(added.every((n) => n.kind === 'intervention' && n.area === 'signalling')).toBe(true);
    expect(document.layout!.positions[ids[1]!]).toEqual({ x: 270, y: 20 });
  });

  it('never makes an invalid card, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2_000 }), (text) => {
        const { operations } = captureOperations(blank, 'goal', text, { x: 0, y: 0 });
        const { document } = applyOperation(blank, { type: 'batch', operations });
        expect(document.nodes.every((n) => n.title.length > 0 && n.title.length <= LIMITS.maxTitleLength)).toBe(true);
      }),
    );
  });
});
