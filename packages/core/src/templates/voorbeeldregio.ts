import type { Document } from '../model/schema.js';
import { TemplateBuilder } from './builder.js';

const NJI = 'https://www.nji.nl/interventies';
const MOVISIE = 'https://www.movisie.nl/databank-effectieve-sociale-interventies';

/**
 * The worked example: a regional approach to sexual violence in a fictional
 * region, with partners, target groups, chains, indicators and workshop
 * results. Content follows the national building blocks and the Rutgers
 * eight-point plan.
 */
export function createVoorbeeldregio(): Document {
  const b = new TemplateBuilder({
    topic: 'seksueel-geweld',
    title: 'Regionale aanpak seksueel geweld — voorbeeldregio',
    description:
      'Veranderlogica van de regionale aanpak seksueel geweld in de voorbeeldregio, opgesteld met de netwerkpartners in een bliksemtraject. Het laat zien hoe de interventies via werkzame mechanismen bijdragen aan de doelen, welke partners ze uitvoeren en hoe we de voortgang meten.',
    language: 'nl',
    scope: { level: 'region', name: 'Voorbeeldregio', period: { start: 2025, end: 2028 } },
    context: {
      problem:
        'Seksueel geweld komt voor in alle lagen van de bevolking en heeft vaak ernstige lichamelijke, psychische en relationele gevolgen. Er ligt een taboe op: slachtoffers melden het geweld vaak niet en vermijden hulpverlening, omstanders vinden het lastig zich ermee te bemoeien, en het geweld wordt meestal aangedaan door een bekende. Zicht op aard en omvang in de regio ontbreekt deels.',
      facts: [
        {
          id: 'feit-volwassenen',
          statement: '22% van de volwassen vrouwen en 6% van de mannen heeft te maken gehad met seksueel geweld.',
          source: 'Rutgers, Seksuele Gezondheid in Nederland 2017',
        },
        {
          id: 'feit-jongeren',
          statement: '11% van de meisjes en 2% van de jongens is minstens één keer gedwongen seksuele dingen te doen die ze niet wilden.',
          source: 'Rutgers, Seks onder je 25e',
        },
        {
          id: 'feit-bekende',
          statement: 'Seksueel geweld wordt meestal aangedaan door een bekende, wat signaleren en bespreekbaar maken extra moeilijk maakt.',
          source: 'VWS, Regionale aanpak tegen seksueel geweld — landelijke bouwstenen',
        },
        {
          id: 'feit-meldingen',
          statement: 'Het Centrum Seksueel Geweld in de regio ontving in 2024 140 meldingen binnen 7 dagen na het incident.',
          source: 'Registratie CSG voorbeeldregio 2024',
        },
      ],
    },
  });

  // Goals: long-term strategic goals on top, operational goals beneath them.
  b.goal('doel-minder-geweld', 'Minder seksueel geweld in de regio', {
    level: 'strategic',
    horizon: 'long',
    sphere: 'interest',
    description: 'Seksueel geweld en seksueel grensoverschrijdend gedrag voorkomen en stoppen, thuis, op straat en in instellingen.',
  });
  b.goal('doel-herstel', 'Slachtoffers krijgen snel passende hulp en herstellen', {
    level: 'strategic',
    horizon: 'long',
    sphere: 'interest',
    description:
      'Slachtoffers, plegers en naasten krijgen passende zorg en ondersteuning, zodat herhaald slachtofferschap wordt voorkomen.',
  });
  b.goal('doel-herhaling', 'Herhaling van seksueel geweld neemt af', {
    level: 'tactical',
    horizon: 'long',
    sphere: 'interest',
    description: 'Minder herhaald slachtofferschap en minder herhaald plegerschap.',
  });
  b.goal('doel-signaleren', 'Professionals signaleren tijdig en verwijzen goed door', {
    level: 'operational',
    horizon: 'short',
    sphere: 'influence',
  });
  b.goal('doel-netwerk', 'Een sluitend regionaal netwerk met een gedeelde visie', {
    level: 'operational',
    horizon: 'short',
    sphere: 'control',
    description: 'Sociaal, zorg- en veiligheidsdomein werken samen vanuit een gezamenlijke visie en gedeelde ambities.',
  });

  // Outcomes
  b.outcome('uitk-grenzen', 'Jongeren kennen hun wensen en grenzen en die van een ander', { horizon: 'short', sphere: 'influence' });
  b.outcome('uitk-respect', 'Jongeren gaan respectvol om met seksualiteit en grenzen (consent)', {
    horizon: 'medium',
    sphere: 'influence',
  });
  b.outcome('uitk-omstanders', 'Omstanders grijpen in bij grensoverschrijdend gedrag', { horizon: 'medium', sphere: 'influence' });
  b.outcome('uitk-lvb', 'Jongeren met een licht verstandelijke beperking zijn weerbaarder', { horizon: 'short', sphere: 'influence' });
  b.outcome('uitk-herkennen', 'Professionals herkennen signalen en maken seksueel geweld bespreekbaar', {
    horizon: 'short',
    sphere: 'control',
  });
  b.outcome('uitk-melden', 'Meer slachtoffers melden zich binnen 7 dagen bij het CSG', { horizon: 'short', sphere: 'influence' });
  b.outcome('uitk-zorg', 'Slachtoffers en naasten krijgen tijdig passende zorg', { horizon: 'medium', sphere: 'influence' });
  b.outcome('uitk-herhaald', 'Minder herhaald slachtofferschap', { horizon: 'long', sphere: 'interest' });
  b.outcome('uitk-plegers', 'Plegers krijgen behandeling en toezicht', { horizon: 'medium', sphere: 'influence' });
  b.outcome('uitk-uitgaan', 'Uitgaansgebied en openbare ruimte voelen veiliger', { horizon: 'short', sphere: 'influence' });
  b.outcome('uitk-samenwerking', 'Partners kennen elkaars aanbod en werken samen', { horizon: 'short', sphere: 'control' });

  // Working mechanisms: why it works
  b.mechanism('mech-kennis', 'Kennis en vaardigheden over wensen en grenzen groeien', {
    description: 'Leerlingen krijgen woorden voor wensen en grenzen en oefenen met grenzen aangeven en respecteren.',
  });
  b.mechanism('mech-norm', 'De norm verschuift: grensoverschrijdend gedrag is niet oké', {
    description: 'Zichtbare campagnes en het gesprek erover maken duidelijk wat we normaal vinden en wat niet.',
  });
  b.mechanism('mech-oefenen', 'Oefenen in rollenspel maakt weerbaar', {
    description: 'Herhaald oefenen in een veilige groep, afgestemd op het niveau van de deelnemers.',
  });
  b.mechanism('mech-handelingsverlegenheid', 'Handelingsverlegenheid van professionals neemt af', {
    description: 'Training en casuïstiekbespreking geven vertrouwen om vermoedens bespreekbaar te maken.',
  });
  b.mechanism('mech-drempel', 'Eén bekend meldpunt, 24/7 bereikbaar, verlaagt de drempel', {
    description: 'Slachtoffers en omstanders weten waar ze terecht kunnen en worden direct geholpen.',
  });
  b.mechanism('mech-vroege-zorg', 'Vroege medische en psychische zorg voorkomt langdurige klachten', {
    description: 'Acute medische, forensische en psychische hulp binnen 7 dagen beperkt de gevolgen.',
  });
  b.mechanism('mech-erkenning', 'Erkenning en steun door lotgenoten', {
    description: 'Ervaringsdeskundigen begrijpen als geen ander wat er speelt; dat doorbreekt schaamte en isolement.',
  });
  b.mechanism('mech-risicogestuurd', 'Risicogestuurde behandeling en toezicht verminderen recidive', {
    description: 'Gefaseerd samenwerken aan veiligheid: eerst directe veiligheid, dan de oorzaken aanpakken.',
  });
  b.mechanism('mech-korte-lijnen', 'Gedeeld beeld en korte lijnen tussen partners', {
    description: 'Een sociale kaart en vaste netwerkoverleggen maken taken, verantwoordelijkheden en bevoegdheden duidelijk.',
  });
  b.mechanism('mech-toezicht', 'Zichtbaar toezicht en sociale controle', {
    description: 'Een goed verlichte, overzichtelijke omgeving met aanspreekbare mensen schrikt af en nodigt uit om in te grijpen.',
  });

  // Interventions, per area, with the partners that carry them
  b.intervention('int-lespakket', 'Lespakket relationele en seksuele vorming in het voortgezet onderwijs', {
    area: 'prevention',
    targetGroups: ['tg-jongeren'],
    actors: ['act-onderwijs', 'act-ggd'],
    status: 'existing',
    priority: true,
    evidence: { source: 'Erkend lespakket uit de databank effectieve jeugdinterventies (NJi)', link: NJI },
    description: 'Scholen gebruiken een erkend lespakket waarin wensen, grenzen en consent aan bod komen; de GGD ondersteunt.',
  });
  b.intervention('int-lentekriebels', 'Week van de Lentekriebels op basisscholen', {
    area: 'prevention',
    targetGroups: ['tg-kinderen'],
    actors: ['act-onderwijs', 'act-ggd'],
    status: 'existing',
  });
  b.intervention('int-weerbaarheid-lvb', 'Weerbaarheidstraining voor jongeren met een licht verstandelijke beperking', {
    area: 'prevention',
    targetGroups: ['tg-lvb'],
    actors: ['act-jongerenwerk'],
    status: 'idea',
    priority: true,
  });
  b.intervention('int-lhbtiq', 'Ontmoetingsplek en voorlichting voor LHBTIQ+ jongeren', {
    area: 'prevention',
    targetGroups: ['tg-lhbtiq'],
    actors: ['act-jongerenwerk', 'act-gemeente'],
    status: 'planned',
  });
  b.intervention('int-campagne', "Publiekscampagne 'Ben je oké?' in het uitgaansleven", {
    area: 'environment',
    targetGroups: ['tg-jongeren'],
    actors: ['act-gemeente', 'act-jongerenwerk'],
    status: 'planned',
  });
  b.intervention('int-veilig-uitgaan', 'Veilig uitgaan: toezicht en verlichting in het uitgaansgebied', {
    area: 'environment',
    targetGroups: ['tg-jongeren'],
    actors: ['act-gemeente', 'act-politie'],
    status: 'planned',
  });
  b.intervention('int-training', 'Deskundigheidsbevordering: vier trainingsbijeenkomsten per jaar', {
    area: 'signalling',
    targetGroups: ['tg-professionals'],
    actors: ['act-csg', 'act-veilig-thuis'],
    status: 'existing',
    priority: true,
    description: 'Trainingen signaleren en bespreekbaar maken van seksueel geweld, met aandacht voor slachtoffers, plegers en naasten.',
  });
  b.intervention('int-meldcode', 'Werken met de meldcode en het afwegingskader seksueel geweld', {
    area: 'signalling',
    targetGroups: ['tg-professionals'],
    actors: ['act-veilig-thuis', 'act-wijkteams'],
    status: 'existing',
  });
  b.intervention('int-csg', 'Centrum Seksueel Geweld: acute hulp, 24/7 bereikbaar', {
    area: 'care-and-support',
    targetGroups: ['tg-slachtoffers'],
    actors: ['act-csg', 'act-politie', 'act-ggd'],
    status: 'existing',
    description:
      'Medische, forensische en psychische hulp na seksueel geweld, in samenwerking met ziekenhuis, politie, GGD en Slachtofferhulp.',
  });
  b.intervention('int-lotgenoten', 'Lotgenotengroepen met ervaringsdeskundigen', {
    area: 'care-and-support',
    targetGroups: ['tg-slachtoffers'],
    actors: ['act-ervaringsdeskundigen', 'act-slachtofferhulp'],
    status: 'planned',
    evidence: { source: 'Samen deskundig: ervaringsdeskundigheid bij de aanpak van huiselijk geweld (Movisie)', link: MOVISIE },
  });
  b.intervention('int-daderaanpak', 'Daderaanpak: behandeling en toezicht van plegers', {
    area: 'enforcement-and-aftercare',
    targetGroups: ['tg-plegers'],
    actors: ['act-reclassering', 'act-om'],
    status: 'existing',
  });
  b.intervention('int-netwerk', 'Netwerk Aanpak Seksueel Geweld met coördinator en sociale kaart', {
    area: 'signalling',
    targetGroups: ['tg-professionals'],
    actors: ['act-gemeente', 'act-csg', 'act-veilig-thuis'],
    status: 'existing',
    priority: true,
    description: 'Een coördinator, een actuele sociale kaart op de gemeentewebsite, vier netwerkbijeenkomsten en een jaarlijkse regiodag.',
  });

  // Chains: intervention → mechanism → outcome → goal
  b.link('int-lespakket', 'mech-kennis', 'uitk-grenzen', 'uitk-respect', 'doel-minder-geweld');
  b.link('int-lentekriebels', 'mech-kennis');
  b.link('int-weerbaarheid-lvb', 'mech-oefenen', 'uitk-lvb', 'doel-minder-geweld');
  b.link('int-lhbtiq', 'mech-norm');
  b.link('int-campagne', 'mech-norm', 'uitk-omstanders', 'doel-minder-geweld');
  b.link('mech-norm', 'uitk-respect');
  b.link('int-veilig-uitgaan', 'mech-toezicht', 'uitk-uitgaan', 'doel-minder-geweld');
  b.link('int-training', 'mech-handelingsverlegenheid', 'uitk-herkennen', 'doel-signaleren');
  b.link('int-meldcode', 'mech-handelingsverlegenheid');
  b.edge('uitk-herkennen', 'uitk-melden', {
    rationale: 'Wie signalen herkent en het gesprek aangaat, verwijst slachtoffers eerder door naar het CSG.',
    confidence: 'medium',
  });
  b.edge('int-csg', 'mech-drempel');
  b.link('mech-drempel', 'uitk-melden', 'uitk-zorg', 'doel-herstel');
  b.link('int-csg', 'mech-vroege-zorg', 'uitk-zorg');
  b.link('int-lotgenoten', 'mech-erkenning', 'uitk-zorg');
  b.link('uitk-zorg', 'uitk-herhaald', 'doel-herhaling');
  b.edge('int-daderaanpak', 'mech-risicogestuurd', {
    rationale: 'Behandeling en toezicht richten zich op de risicofactoren voor herhaling.',
    evidence: { source: 'Visie gefaseerd samenwerken aan veiligheid (VNG)' },
    confidence: 'high',
  });
  b.link('mech-risicogestuurd', 'uitk-plegers', 'doel-herhaling');
  b.link('int-netwerk', 'mech-korte-lijnen', 'uitk-samenwerking', 'doel-netwerk');
  b.link('doel-signaleren', 'doel-herstel');
  b.link('doel-netwerk', 'doel-herstel');
  b.link('doel-herhaling', 'doel-minder-geweld');

  // Indicators: measurable and available
  b.indicator('ind-gedwongen', 'Percentage jongeren dat ooit gedwongen is tot seksuele handelingen', {
    type: 'effect',
    valueType: 'percentage',
    direction: 'decrease',
    unit: '%',
    disaggregation: ['geslacht', 'leeftijd'],
    baseline: { value: 11, date: '2023-12-31' },
    targets: [
      { value: 10, date: '2026-12-31' },
      { value: 9, date: '2028-12-31' },
    ],
    source: 'GGD Gezondheidsmonitor Jeugd',
    references: ['SDG 5.2.1'],
    frequency: 'biennial',
    owner: 'act-ggd',
  });
  b.indicator('ind-binnen-7-dagen', 'Aandeel slachtoffers dat binnen 7 dagen zorg ontvangt', {
    type: 'effect',
    valueType: 'percentage',
    unit: '%',
    baseline: { value: 55, date: '2024-12-31' },
    targets: [{ value: 70, date: '2027-12-31' }],
    source: 'Registratie Centrum Seksueel Geweld',
    frequency: 'quarterly',
    owner: 'act-csg',
  });
  b.indicator('ind-meldingen-csg', 'Aantal meldingen bij het CSG binnen 7 dagen na het incident', {
    type: 'effect',
    valueType: 'count',
    unit: 'meldingen per jaar',
    baseline: { value: 140, date: '2024-12-31' },
    targets: [{ value: 180, date: '2027-12-31' }],
    source: 'Registratie Centrum Seksueel Geweld',
    frequency: 'quarterly',
    owner: 'act-csg',
    measurements: [{ value: 152, date: '2025-06-30' }],
  });
  b.indicator('ind-recidive', 'Recidive onder plegers van zedendelicten binnen twee jaar', {
    type: 'effect',
    valueType: 'percentage',
    direction: 'decrease',
    unit: '%',
    baseline: { value: 8, date: '2023-12-31' },
    targets: [{ value: 6, date: '2028-12-31' }],
    source: 'Reclassering; recidivemonitor',
    frequency: 'yearly',
    owner: 'act-reclassering',
  });
  b.indicator('ind-bekwaam', 'Aandeel professionals dat zich bekwaam voelt om seksueel geweld te signaleren', {
    type: 'effect',
    valueType: 'percentage',
    unit: '%',
    baseline: { value: 40, date: '2024-12-31' },
    targets: [{ value: 70, date: '2027-12-31' }],
    source: 'Vragenlijst na deskundigheidsbevordering',
    frequency: 'yearly',
    owner: 'act-veilig-thuis',
  });
  b.indicator('ind-getraind', 'Aantal professionals getraind in signaleren en bespreekbaar maken', {
    type: 'process',
    valueType: 'count',
    unit: 'professionals',
    baseline: { value: 120, date: '2024-12-31' },
    targets: [{ value: 400, date: '2027-12-31' }],
    source: 'Presentielijsten trainingen',
    frequency: 'yearly',
    owner: 'act-veilig-thuis',
  });
  b.indicator('ind-scholen', 'Aandeel VO-scholen dat een erkend lespakket gebruikt', {
    type: 'process',
    valueType: 'percentage',
    unit: '%',
    baseline: { value: 45, date: '2024-12-31' },
    targets: [{ value: 80, date: '2027-12-31' }],
    source: 'Schoolmonitor GGD',
    frequency: 'yearly',
    owner: 'act-ggd',
  });
  b.indicator('ind-partners', 'Aantal partners dat actief deelneemt aan het netwerk', {
    type: 'process',
    valueType: 'count',
    unit: 'organisaties',
    baseline: { value: 14, date: '2024-12-31' },
    targets: [{ value: 25, date: '2026-12-31' }],
    source: 'Deelnemerslijsten netwerkbijeenkomsten',
    frequency: 'yearly',
    owner: 'act-gemeente',
  });
  b.indicator('ind-veilig-uitgaan', 'Aandeel jongeren dat zich veilig voelt in het uitgaansgebied', {
    type: 'effect',
    valueType: 'percentage',
    unit: '%',
    baseline: { value: 62, date: '2023-12-31' },
    targets: [{ value: 75, date: '2027-12-31' }],
    source: 'Veiligheidsmonitor',
    frequency: 'biennial',
    owner: 'act-gemeente',
  });
  b.edge('ind-gedwongen', 'doel-minder-geweld');
  b.edge('ind-binnen-7-dagen', 'doel-herstel');
  b.edge('ind-meldingen-csg', 'uitk-melden');
  b.edge('ind-recidive', 'doel-herhaling');
  b.edge('ind-bekwaam', 'doel-signaleren');
  b.edge('ind-getraind', 'int-training');
  b.edge('ind-scholen', 'int-lespakket');
  b.edge('ind-partners', 'doel-netwerk');
  b.edge('ind-veilig-uitgaan', 'uitk-uitgaan');

  // Assumptions that hold the logic up
  b.assumption('aanname-lestijd', 'Scholen maken tijd vrij voor seksuele vorming in het lesrooster', { risk: 'medium' });
  b.assumption('aanname-vindbaar', 'Slachtoffers weten het CSG te vinden en durven zich te melden', { risk: 'high' });
  b.assumption('aanname-commitment', 'Partners krijgen van hun bestuur tijd om in het netwerk te investeren', {
    risk: 'high',
    description: 'Samenwerking vraagt bestuurlijk commitment, zowel bij de gemeente als bij de netwerkpartners.',
  });
  b.assumption('aanname-financiering', 'De daderaanpak blijft na 2026 structureel gefinancierd', { risk: 'medium' });
  b.edge('aanname-lestijd', 'int-lespakket');
  b.edge('aanname-vindbaar', 'mech-drempel');
  b.edge('aanname-commitment', 'int-netwerk');
  b.edge('aanname-financiering', 'int-daderaanpak');

  // Speerpunten: the plan's own grouping; the network is an enabler for all of them.
  b.group('sp-voorkomen', 'Voorkomen: jongeren weerbaar en respectvol', { kind: 'priority' });
  b.group('sp-veilige-omgeving', 'Een veilige openbare ruimte', { kind: 'priority' });
  b.group('sp-signaleren', 'Signaleren en bespreekbaar maken', { kind: 'priority' });
  b.group('sp-hulp', 'Snelle hulp en herstel', { kind: 'priority' });
  b.group('sp-daders', 'Daderaanpak en nazorg', { kind: 'priority' });
  b.group('sp-netwerk', 'Regionaal netwerk en regie', {
    kind: 'priority',
    crossCutting: true,
    description: 'Coördinatie, sociale kaart en monitoring: draagt alle andere speerpunten.',
  });
  b.inGroup(
    'sp-voorkomen',
    'int-lespakket',
    'int-lentekriebels',
    'int-weerbaarheid-lvb',
    'int-lhbtiq',
    'int-campagne',
    'mech-kennis',
    'mech-norm',
    'mech-oefenen',
    'uitk-grenzen',
    'uitk-respect',
    'uitk-omstanders',
    'uitk-lvb',
    'ind-gedwongen',
    'ind-scholen',
  );
  b.inGroup('sp-veilige-omgeving', 'int-veilig-uitgaan', 'mech-toezicht', 'uitk-uitgaan', 'ind-veilig-uitgaan');
  b.inGroup(
    'sp-signaleren',
    'int-training',
    'int-meldcode',
    'mech-handelingsverlegenheid',
    'uitk-herkennen',
    'ind-bekwaam',
    'ind-getraind',
  );
  b.inGroup(
    'sp-hulp',
    'int-csg',
    'int-lotgenoten',
    'mech-drempel',
    'mech-vroege-zorg',
    'mech-erkenning',
    'uitk-melden',
    'uitk-zorg',
    'uitk-herhaald',
    'ind-binnen-7-dagen',
    'ind-meldingen-csg',
  );
  b.inGroup('sp-daders', 'int-daderaanpak', 'mech-risicogestuurd', 'uitk-plegers', 'ind-recidive');
  b.inGroup('sp-netwerk', 'int-netwerk', 'mech-korte-lijnen', 'uitk-samenwerking', 'ind-partners');

  const document = b.build({
    sources: [
      {
        id: 'bron-bouwstenen',
        title: 'Regionale aanpak tegen seksueel geweld — landelijke bouwstenen (VWS)',
        description: 'De vier bouwstenen en de vijf inhoudelijke gebieden.',
      },
      {
        id: 'bron-achtpuntenplan',
        title: 'Achtpuntenplan preventie seksueel geweld in de gemeente (Rutgers)',
      },
    ],
    actors: [
      {
        id: 'act-csg',
        name: 'Centrum Seksueel Geweld voorbeeldregio',
        domain: 'care',
        contact: '0800-0188 (24/7)',
        offer:
          'Acute medische, forensische en psychische hulp na seksueel geweld, binnen 7 dagen. Samenwerking van ziekenhuis, Veilig Thuis, politie, GGD, GGZ en Slachtofferhulp.',
      },
      {
        id: 'act-veilig-thuis',
        name: 'Veilig Thuis voorbeeldregio',
        domain: 'social',
        contact: '0800-2000',
        offer: 'Advies- en meldpunt huiselijk geweld, kindermishandeling en seksueel geweld; advies aan professionals over de meldcode.',
      },
      {
        id: 'act-ggd',
        name: 'GGD voorbeeldregio',
        domain: 'care',
        contact: 'seksuelegezondheid@ggd.example',
        offer:
          'Jeugdgezondheidszorg, seksuele gezondheid en voorlichting; ondersteunt scholen bij seksuele vorming; forensisch arts in het CSG.',
      },
      {
        id: 'act-politie',
        name: 'Politie, team zeden',
        domain: 'safety',
        contact: '0900-8844',
        offer: 'Informatief gesprek, aangifte en opsporing bij zedenzaken; partner in het CSG.',
      },
      {
        id: 'act-om',
        name: 'Openbaar Ministerie',
        domain: 'justice',
        offer: 'Vervolging van zedendelicten en afspraken over bijzondere voorwaarden voor plegers.',
      },
      {
        id: 'act-reclassering',
        name: 'Reclassering',
        domain: 'justice',
        offer: 'Toezicht op plegers, gedragsinterventies en advies over risico op herhaling.',
      },
      {
        id: 'act-slachtofferhulp',
        name: 'Slachtofferhulp Nederland',
        domain: 'social',
        contact: '0900-0101',
        offer: 'Praktische, juridische en emotionele ondersteuning van slachtoffers en naasten.',
      },
      {
        id: 'act-onderwijs',
        name: 'Scholen (primair en voortgezet onderwijs)',
        domain: 'education',
        offer: 'Seksuele vorming en weerbaarheid in de les, aandachtsfunctionaris en signaleren binnen school.',
      },
      {
        id: 'act-jongerenwerk',
        name: 'Jongerenwerk',
        domain: 'social',
        offer: 'Ambulant jongerenwerk en groepsaanbod; bereikt jongeren die risico lopen, ook buiten school.',
      },
      {
        id: 'act-wijkteams',
        name: 'Wijkteams',
        domain: 'social',
        offer: 'Eerste aanspreekpunt in de wijk; signaleren, ondersteunen en doorverwijzen.',
      },
      {
        id: 'act-ervaringsdeskundigen',
        name: 'Ervaringsdeskundigen',
        domain: 'other',
        offer: 'Brengen het perspectief van slachtoffers in het netwerk en begeleiden lotgenotengroepen.',
      },
      {
        id: 'act-gemeente',
        name: 'Centrumgemeente (coördinatie)',
        domain: 'government',
        contact: 'beleidsadviseur aanpak seksueel geweld',
        offer: 'Coördinator van het netwerk, regie op het plan van aanpak, sociale kaart op de gemeentewebsite.',
      },
    ],
    targetGroups: [
      { id: 'tg-kinderen', name: 'Kinderen in het basisonderwijs' },
      { id: 'tg-jongeren', name: 'Jongeren (12–23 jaar)' },
      {
        id: 'tg-lvb',
        name: 'Jongeren met een licht verstandelijke beperking',
        risk: true,
        description: 'Lopen extra risico op het meemaken of plegen van seksuele grensoverschrijding.',
      },
      { id: 'tg-lhbtiq', name: 'LHBTIQ+ personen', risk: true },
      { id: 'tg-instelling', name: 'Jeugdigen in een instelling', risk: true },
      { id: 'tg-professionals', name: 'Professionals in zorg, welzijn, onderwijs en veiligheid' },
      { id: 'tg-slachtoffers', name: 'Slachtoffers en hun naasten' },
      { id: 'tg-plegers', name: 'Plegers' },
    ],
  });
  return {
    ...document,
    workshop: {
      step: 'partners-and-measures',
      dotsPerParticipant: 3,
      votes: {
        'int-lespakket': 9,
        'int-training': 8,
        'int-netwerk': 7,
        'int-weerbaarheid-lvb': 6,
        'int-campagne': 3,
        'int-lotgenoten': 2,
      },
      participants: [
        'Centrumgemeente',
        'Centrum Seksueel Geweld',
        'Veilig Thuis',
        'GGD',
        'Politie',
        'Reclassering',
        'Jongerenwerk',
        'Samenwerkingsverband VO',
        'Ervaringsdeskundigen',
      ],
      ideas: [],
      parkingLot: [
        {
          id: 'park-data',
          text: 'Welke regionale cijfers over plegers zijn beschikbaar? Navragen bij politie en Reclassering.',
          resolved: false,
        },
        {
          id: 'park-instellingen',
          text: 'Jeugdigen in een instelling: welk aanbod is er al? Nog niemand aan tafel vanuit jeugdzorg.',
          resolved: false,
        },
      ],
    },
  };
}
