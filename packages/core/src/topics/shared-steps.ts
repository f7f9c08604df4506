import type { Localized } from '../i18n/localized.js';
import type { TopicStep } from './topic.js';

const q = (nl: string, en: string): Localized => ({ nl, en });

/** The steps' words that hold for any subject; a pack takes them and words the rest its own way. */
export const NEUTRAL_STEPS = {
  problem: {
    guidance: q(
      'Breng samen de aard en omvang van het probleem in kaart: welke feiten kennen we (met bron), en welke doelgroepen en risicogroepen zien we?',
      'Map the nature and extent of the problem together: which facts do we know (with their source), and which target groups and risk groups do we see?',
    ),
    questions: [
      q(
        'Wat weten we over dit vraagstuk in onze gemeente of regio, en waar komt dat cijfer vandaan?',
        'What do we know about this issue in our municipality or region, and where does that figure come from?',
      ),
      q('Wie lopen meer risico, en wie bereiken we nu nog niet?', 'Who is more at risk, and whom do we not reach yet?'),
      q('Wat ontbreekt nog in ons beeld?', 'What is still missing from our picture?'),
    ],
  },
  goals: {
    guidance: q(
      'Wat willen we bereiken? Formuleer doelen voor de lange en de korte termijn, strategisch, tactisch en operationeel.',
      'What do we want to achieve? Formulate long- and short-term goals: strategic, tactical and operational.',
    ),
    questions: [
      q('Wat is er over vier jaar anders voor inwoners?', 'What is different for residents four years from now?'),
      q('Welke doelen op korte termijn brengen ons daar?', 'Which short-term goals take us there?'),
      q(
        'Zijn de doelen zo geformuleerd dat we kunnen zien of we ze halen?',
        'Are the goals phrased so that we can tell whether we reach them?',
      ),
    ],
  },
  interventions: {
    guidance: q(
      'Wat doen we al en wat is nieuw? Verzamel de interventies per gebied ({areas}), met de partner die ze aanbiedt en de doelgroep die ze bereiken.',
      'What do we already do and what is new? Collect the interventions per area ({areas}), with the partner that offers them and the target group they reach.',
    ),
    questions: [
      q('Welk aanbod is er al, en wie biedt het aan?', 'What is already on offer, and who offers it?'),
      q(
        'In welk gebied of voor welke doelgroep is er niets (witte vlek)?',
        'In which area or for which target group is there nothing (a gap)?',
      ),
      q('Waar bieden meerdere partners hetzelfde aan (dubbeling)?', 'Where do several partners offer the same (overlap)?'),
    ],
  },
  mechanisms: {
    guidance: q(
      'Waarom werkt het? Maak per interventie expliciet via welk werkzaam mechanisme zij bijdraagt aan een uitkomst en een doel.',
      'Why does it work? Make explicit, per intervention, through which working mechanism it contributes to an outcome and a goal.',
    ),
    questions: [
      q(
        'Wat verandert er bij de deelnemers doordat zij deze interventie krijgen?',
        'What changes for participants because they take part in this intervention?',
      ),
      q('Welke uitkomst volgt daaruit, en welk doel dient die?', 'Which outcome follows, and which goal does it serve?'),
      q('Wat moet er waar zijn om dit te laten werken (aannames)?', 'What must be true for this to work (assumptions)?'),
    ],
  },
  prioritise: {
    guidance: q(
      'Kies samen de speerpunten: iedere deelnemer verdeelt zijn stippen over de interventies. Markeer daarna de gekozen prioriteiten.',
      'Choose the priorities together: every participant spreads their dots over the interventions. Then mark the chosen priorities.',
    ),
    questions: [
      q('Welke interventies dragen het meest bij aan onze doelen?', 'Which interventions contribute most to our goals?'),
      q(
        'Waar zetten we de komende periode op in, en wat laten we los?',
        'What do we invest in for the coming period, and what do we let go?',
      ),
    ],
  },
  'partners-and-measures': {
    guidance: q(
      'Wie draagt wat? Verbind elke interventie met de partners die haar uitvoeren, en kies indicatoren die meetbaar en beschikbaar zijn: proces en effect, met nulmeting, streefwaarde en bron.',
      'Who carries what? Link every intervention to the partners who carry it out, and choose indicators that are measurable and available: process and effect, with baseline, target and source.',
    ),
    questions: [
      q('Welke partner is eigenaar van deze interventie?', 'Which partner owns this intervention?'),
      q(
        'Hoe zien we dat we vooruitgaan, en welke cijfers zijn er al?',
        'How do we see that we are making progress, and which figures already exist?',
      ),
      q('Wie meet het, en hoe vaak?', 'Who measures it, and how often?'),
    ],
  },
} as const satisfies Record<string, TopicStep>;
