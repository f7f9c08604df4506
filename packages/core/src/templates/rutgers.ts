import type { Document } from '../model/schema.js';
import { TemplateBuilder } from './builder.js';

const ASK_WHY = 'Waarom werkt dit? Beschrijf het werkzame mechanisme in één zin.';

/**
 * A starting skeleton from the Rutgers eight-point plan for preventing sexual
 * violence in the municipality. Points 1–3 become context, partners and a
 * goal; points 4–8 become interventions with a placeholder mechanism each.
 */
export function createRutgersPlan(): Document {
  const b = new TemplateBuilder({
    topic: 'seksueel-geweld',
    title: 'Preventie van seksueel geweld — achtpuntenplan',
    description:
      'Startopzet volgens het achtpuntenplan van Rutgers voor preventie van seksueel geweld in de gemeente. Vul per punt aan wat er al loopt en wat er nog mist.',
    language: 'nl',
    scope: { level: 'municipality', name: '' },
    context: {
      problem:
        'Punt 1 — In kaart brengen van het probleem: beschrijf de aard en omvang van seksueel grensoverschrijdend gedrag en seksueel geweld in de gemeente, met cijfers en hun bron.',
      facts: [],
    },
  });
  // Point 3: ambitious and achievable goals
  b.goal('doel-preventie', 'Minder seksueel grensoverschrijdend gedrag en seksueel geweld in de gemeente', {
    level: 'strategic',
    horizon: 'long',
    description: 'Punt 3 — Formuleer ambitieuze en haalbare doelen. Maak onderscheid tussen lange en korte termijn.',
  });
  b.goal('doel-veilige-omgeving', 'Een veilige omgeving met minder voedingsbodem voor seksueel geweld', {
    level: 'tactical',
    horizon: 'short',
  });
  b.link('doel-veilige-omgeving', 'doel-preventie');

  const points: [id: string, title: string, area: string, mechanism: string, outcome: string, point: string][] = [
    [
      'respectvolle-omgang',
      'Aandacht voor respectvolle omgang in de ontwikkeling van jongeren',
      'prevention',
      'Jongeren leren over wensen, grenzen en consent',
      'Jongeren gaan respectvol met elkaar om',
      'Punt 4',
    ],
    [
      'risicojongeren',
      'Aandacht voor jongeren die risico lopen',
      'prevention',
      'Aanbod op maat bereikt jongeren die extra risico lopen',
      'Risicojongeren zijn weerbaarder',
      'Punt 5',
    ],
    [
      'publiekscampagne',
      'Duidelijke en aansprekende publiekscampagnes',
      'environment',
      'De norm wordt zichtbaar: grensoverschrijdend gedrag is niet oké',
      'Inwoners spreken elkaar aan op grensoverschrijdend gedrag',
      'Punt 6',
    ],
    [
      'deskundigheid',
      'Deskundigheid van professionals bevorderen',
      'signalling',
      'Professionals durven het gesprek aan te gaan',
      'Professionals signaleren tijdig',
      'Punt 7',
    ],
    [
      'beleid',
      'Preventie van seksuele grensoverschrijding verankeren in beleid',
      'environment',
      'Preventie krijgt een vaste plek in plannen en budgetten',
      'Preventie is structureel geborgd',
      'Punt 8',
    ],
  ];
  for (const [id, title, area, mechanism, outcome, point] of points) {
    b.intervention(`int-${id}`, title, {
      area,
      status: 'idea',
      description: `${point} van het achtpuntenplan. Welk aanbod loopt al, wie voert het uit?`,
    });
    b.mechanism(`mech-${id}`, mechanism, { description: ASK_WHY });
    b.outcome(`uitk-${id}`, outcome, { horizon: 'short' });
    b.link(`int-${id}`, `mech-${id}`, `uitk-${id}`, 'doel-veilige-omgeving');
  }
  b.indicator('ind-monitor', 'Aandeel jongeren dat seksueel geweld heeft meegemaakt', {
    type: 'effect',
    unit: '%',
    source: 'GGD Gezondheidsmonitor Jeugd',
    frequency: 'biennial',
    description: 'Vul de nulmeting en de streefwaarde in.',
  });
  b.edge('ind-monitor', 'doel-preventie');
  b.assumption('aanname-partijen', 'De juiste partijen, intern en extern, doen mee', {
    risk: 'medium',
    description: 'Punt 2 — Breng de juiste partijen samen: welke afdelingen en organisaties horen aan tafel?',
  });
  b.edge('aanname-partijen', 'doel-preventie');

  // The eight points as themes: point 1 holds the monitor, points 4–8 their chains.
  b.group('punt-1', 'Punt 1 — Het probleem in kaart brengen', { kind: 'theme' });
  b.inGroup('punt-1', 'ind-monitor');
  for (const [id, title, , , , point] of points) {
    b.group(`punt-${point.slice(5)}`, `${point} — ${title}`, { kind: 'theme' });
    b.inGroup(`punt-${point.slice(5)}`, `int-${id}`, `mech-${id}`, `uitk-${id}`);
  }
  return b.build({
    sources: [{ id: 'bron-achtpuntenplan', title: 'Achtpuntenplan preventie seksueel geweld in de gemeente (Rutgers)' }],
    actors: [
      { id: 'act-gemeente', name: 'Gemeente', domain: 'government', offer: 'Regie op de preventieve aanpak.' },
      { id: 'act-ggd', name: 'GGD', domain: 'care', offer: 'Voorlichting en ondersteuning van scholen bij seksuele vorming.' },
      { id: 'act-onderwijs', name: 'Scholen', domain: 'education', offer: 'Seksuele vorming en weerbaarheid in de les.' },
      { id: 'act-jongerenwerk', name: 'Jongerenwerk', domain: 'social', offer: 'Bereikt jongeren buiten school.' },
    ],
    targetGroups: [
      { id: 'tg-jongeren', name: 'Jongeren' },
      { id: 'tg-risicojongeren', name: 'Jongeren die risico lopen', risk: true },
      { id: 'tg-professionals', name: 'Professionals' },
      { id: 'tg-inwoners', name: 'Inwoners' },
    ],
  });
}
