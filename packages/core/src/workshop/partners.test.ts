import { describe, expect, it } from 'vitest';
import { applyOperation } from '../edit/apply.js';
import { getTemplate } from '../templates/index.js';
import { assignPartner, guessPartnerDomain, participantsAsPartners } from './partners.js';

describe('participating organisations as partners', () => {
  it('guesses the domain from the name', () => {
    expect(
      [
        'Gemeente Voorbeeldstad',
        'GGD regio',
        'Veilig Thuis',
        'Politie, team zeden',
        'Openbaar Ministerie',
        'ROC Midden',
        'Centrum Seksueel Geweld',
        'Stichting X',
      ].map(guessPartnerDomain),
    ).toEqual(['government', 'care', 'social', 'safety', 'justice', 'education', 'care', 'other']);
  });

  it('reads Dutch compounds and plurals, and knows housing and libraries', () => {
    const names = {
      Huisartsen: 'care',
      'Huisartsenpraktijk De Linde': 'care',
      Welzijnsorganisatie: 'social',
      'Stichting Welzijn Ouderen': 'social',
      Wijkteams: 'social',
      Basisschool: 'education',
      'Openbare basisscholen': 'education',
      Veiligheidsregio: 'safety',
      Thuiszorg: 'care',
      Woningcorporatie: 'housing',
      'Woonstichting Vecht': 'housing',
      'Bibliotheek Midden': 'culture',
      'De Bieb': 'culture',
      Schuldhulpverlening: 'work-and-income',
      'Vervoer en transport BV': 'other',
      'Samen om de tafel': 'other',
      'Veilig Thuis regio': 'social',
      Jeugdgezondheidszorg: 'care',
    };
    expect(Object.fromEntries(Object.keys(names).map((name) => [name, guessPartnerDomain(name)]))).toEqual(names);
  });

  it('adds each organisation that is not a partner yet, once, in one step', () => {
    const blank = getTemplate('blank')!.create();
    const doc = applyOperation(blank, {
      type: 'batch',
      operations: [
        { type: 'updateWorkshop', changes: { participants: ['Gemeente Voorbeeldstad', 'GGD regio', ' ggd regio ', 'Veilig Thuis'] } },
        { type: 'addActor', actor: { id: 'vt', name: 'veilig thuis', domain: 'social', contact: '', offer: '' } },
      ],
    }).document;
    const operations = participantsAsPartners(doc);
    const after = applyOperation(doc, { type: 'batch', operations }).document;
    expect(after.actors.map((actor) => [actor.name, actor.domain])).toEqual([
      ['veilig thuis', 'social'],
      ['Gemeente Voorbeeldstad', 'government'],
      ['GGD regio', 'care'],
    ]);
    // Asked again, there is nothing left to add.
    expect(participantsAsPartners(after)).toEqual([]);
  });
});

describe('a partner for several interventions at once', () => {
  const example = getTemplate('voorbeeldregio')!.create();
  const ids = ['int-lespakket', 'int-csg', 'doel-herstel'];
  const carried = (doc: typeof example, actor: string) =>
    doc.nodes.filter((n) => n.kind === 'intervention' && ids.includes(n.id) && n.actors.includes(actor)).map((n) => n.id);

  it('adds it where it is missing and takes it away where it is, skipping what is no intervention', () => {
    const actor = example.actors[0]!.id;
    const added = applyOperation(example, { type: 'batch', operations: assignPartner(example, ids, actor, true) }).document;
    expect(carried(added, actor)).toEqual(['int-lespakket', 'int-csg'].filter((id) => added.nodes.some((n) => n.id === id)));
    const removed = applyOperation(added, { type: 'batch', operations: assignPartner(added, ids, actor, false) }).document;
    expect(carried(removed, actor)).toEqual([]);
    // Nothing to do: no operations.
    expect(assignPartner(removed, ids, actor, false)).toEqual([]);
  });
});
