import type { Document } from '../model/schema.js';
import type { DefaultArea } from '../model/vocabulary.js';
import { TemplateBuilder } from './builder.js';

/**
 * The national building blocks for a regional approach (VWS): a shared
 * vision (block 1), network partners from the social, care and safety
 * domains (block 2), organising and securing the approach (block 3), and a
 * plan with spearheads in the five content areas (block 4).
 */
export function createBouwstenen(): Document {
  const b = new TemplateBuilder({
    topic: 'seksueel-geweld',
    title: 'Regionale aanpak tegen seksueel geweld — landelijke bouwstenen',
    description:
      'Opzet volgens de vier landelijke bouwstenen: wat is een regionale aanpak, netwerkpartners en samenwerking, organiseren en borgen, en een plan van aanpak met inhoudelijke speerpunten in vijf gebieden.',
    language: 'nl',
    scope: { level: 'region', name: '' },
    context: {
      problem:
        'Maak de aard en omvang van seksueel geweld in de regio inzichtelijk (regionale monitor): prevalentie, kenmerken van het geweld, van slachtoffers en van plegers.',
      facts: [],
    },
  });
  // Block 1: shared vision, long and short term
  b.goal('doel-voorkomen-stoppen', 'Seksueel geweld in de regio voorkomen en stoppen', {
    level: 'strategic',
    horizon: 'long',
    description: 'Bouwsteen 1 — een gezamenlijke visie en gedeelde ambities van alle netwerkpartners.',
  });
  b.goal('doel-sluitende-aanpak', 'Een sluitende, integrale aanpak voor slachtoffers, plegers en naasten', {
    level: 'tactical',
    horizon: 'short',
  });
  b.link('doel-sluitende-aanpak', 'doel-voorkomen-stoppen');

  // Block 4: a spearhead per content area
  const areas: [DefaultArea, string, string, string][] = [
    [
      'prevention',
      'Voorlichting en seksuele vorming met erkende lespakketten',
      'Kennis over wensen, grenzen en consent',
      'Minder seksueel grensoverschrijdend gedrag',
    ],
    [
      'signalling',
      'Structurele deskundigheidsbevordering voor professionals',
      'Professionals kunnen seksueel gedrag duiden',
      'Tijdige signalering van seksueel geweld',
    ],
    [
      'care-and-support',
      'Snelle, passende hulp via het Centrum Seksueel Geweld',
      'Snelle hulp voorkomt herhaald slachtofferschap',
      'Passende hulp voor slachtoffers, plegers en naasten',
    ],
    [
      'environment',
      'Aanhaken bij Veilige steden en landelijke campagnes',
      'Een veilige sociale en fysieke omgeving',
      'Veiliger openbare ruimte en uitgaansleven',
    ],
    [
      'enforcement-and-aftercare',
      'Zorg- en strafrechtketen verbinden in de daderaanpak',
      'Risicogestuurde en herstelgerichte interventies',
      'Herhaling wordt voorkomen',
    ],
  ];
  for (const [area, intervention, mechanism, outcome] of areas) {
    b.intervention(`int-${area}`, intervention, {
      area,
      status: 'idea',
      targetGroups: [],
      description: 'Bouwsteen 4 — speerpunt. Welke partner voert het uit?',
    });
    b.mechanism(`mech-${area}`, mechanism);
    b.outcome(`uitk-${area}`, outcome, { horizon: 'short' });
    b.link(`int-${area}`, `mech-${area}`, `uitk-${area}`, 'doel-sluitende-aanpak');
  }

  // Block 3: organising and securing
  b.intervention('int-coordinator', 'Coördinator en stuurgroep met bestuurders van de partners', {
    area: 'signalling',
    status: 'idea',
    description: 'Bouwsteen 3 — organiseren en borgen: een coördinator, een stuurgroep, een jaarlijkse regiodag.',
  });
  b.mechanism('mech-draagvlak', 'Bestuurlijk draagvlak geeft professionals tijd en legitimiteit');
  b.outcome('uitk-netwerk', 'Partners werken structureel samen in het netwerk', { horizon: 'short', sphere: 'control' });
  b.link('int-coordinator', 'mech-draagvlak', 'uitk-netwerk', 'doel-sluitende-aanpak');
  b.indicator('ind-meldingen', 'Aantal meldingen van seksueel geweld in de regio', {
    type: 'effect',
    source: 'Regionale monitor aard en omvang seksueel geweld',
    frequency: 'yearly',
  });
  b.edge('ind-meldingen', 'doel-voorkomen-stoppen');
  b.assumption('aanname-bestaande-inzet', 'De aanpak sluit aan bij wat regionaal al loopt', {
    risk: 'medium',
    description: 'Bijvoorbeeld de preventieve inzet van de GGD, seksuele vorming in het onderwijs en de aanpak van mensenhandel.',
  });
  b.edge('aanname-bestaande-inzet', 'doel-sluitende-aanpak');

  b.group('bs-plan', 'Bouwsteen 4 — Plan van aanpak met speerpunten', {
    kind: 'building-block',
    description: 'Een speerpunt per inhoudelijk gebied: preventie, signalering, zorg en ondersteuning, omgeving, handhaving en nazorg.',
  });
  b.group('bs-organiseren', 'Bouwsteen 3 — Organiseren en borgen', {
    kind: 'building-block',
    crossCutting: true,
    description: 'Coördinatie, stuurgroep en regionale monitor: dragen de hele aanpak.',
  });
  b.inGroup('bs-plan', ...areas.flatMap(([area]) => [`int-${area}`, `mech-${area}`, `uitk-${area}`]));
  b.inGroup('bs-organiseren', 'int-coordinator', 'mech-draagvlak', 'uitk-netwerk', 'ind-meldingen');

  // Block 2: partners from the social, care and safety domains
  return b.build({
    sources: [
      {
        id: 'bron-bouwstenen',
        title: 'Regionale aanpak tegen seksueel geweld — landelijke bouwstenen (VWS)',
      },
    ],
    actors: [
      { id: 'act-csg', name: 'Centrum Seksueel Geweld', domain: 'care' },
      { id: 'act-veilig-thuis', name: 'Veilig Thuis', domain: 'social' },
      { id: 'act-ggd', name: 'GGD', domain: 'care' },
      { id: 'act-ggz', name: 'GGZ', domain: 'care' },
      { id: 'act-ziekenhuis', name: 'Ziekenhuis', domain: 'care' },
      { id: 'act-politie', name: 'Politie', domain: 'safety' },
      { id: 'act-om', name: 'Openbaar Ministerie', domain: 'justice' },
      { id: 'act-reclassering', name: 'Reclassering', domain: 'justice' },
      { id: 'act-slachtofferhulp', name: 'Slachtofferhulp Nederland', domain: 'social' },
      { id: 'act-cjg', name: 'Centrum voor Jeugd en Gezin', domain: 'social' },
      { id: 'act-wijkteams', name: 'Wijkteams', domain: 'social' },
      { id: 'act-onderwijs', name: 'Onderwijs', domain: 'education' },
      { id: 'act-ervaringsdeskundigen', name: 'Ervaringsdeskundigen', domain: 'other' },
    ],
    targetGroups: [
      { id: 'tg-instelling', name: 'Jeugdigen in een instelling', risk: true },
      { id: 'tg-instabiel', name: 'Jeugdigen in niet-stabiele gezinnen', risk: true },
      { id: 'tg-beperking', name: 'Mensen met een beperking', risk: true },
      { id: 'tg-lhbtiq', name: 'LHBTIQ+ personen', risk: true },
    ],
  });
}
