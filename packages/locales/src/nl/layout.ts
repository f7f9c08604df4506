import type { Catalogue } from '../catalogue.js';

/** The pictures' texts in Dutch, by key. Dutch is the source: the other languages' catalogues are typed against it. */
export const layout = {
  pictureText: {
    evidence: 'Onderbouwing',
    confidence: 'Zekerheid',
    line: 'Verantwoordingslijn',
    beyond: 'hieraan dragen we bij',
    within: 'hierop zijn we aanspreekbaar',
    leadsTo: 'leidt tot',
    measures: 'meet',
    underlies: 'onderbouwt',
    legend: 'Legenda',
    fallback: 'Eenvoudig getekend: dit plan is te groot of te lang voor de automatische indeling; verbindingen lopen recht.',
  },
  noteText: {
    to: '→ {title}, {unit} {pages}',
    from: '← {title}, {unit} {pages}',
    fromMany: '← nog {count} verbindingen, {unit} {pages}',
    alsoOn: 'ook op {unit} {pages}',
  },
  shortNoteText: {
    to: '→ {unit} {pages}',
    from: '← {unit} {pages}',
  },
  pageUnits: {
    page: 'p.',
    slide: 'dia',
  },
  priorityWord: 'prioriteit',
  regionNetwork: {
    title: 'Netwerk van de regio: wie doet waar mee',
    region: 'regio',
    sizeLegend: 'Grootte: het aantal interventies dat de partner er uitvoert',
    named: 'genoemd, voert niets uit',
    interventions: '{count, plural, one {# interventie} other {# interventies}}',
    more: 'en nog {count, plural, one {# partner} other {# partners}} (zie de tabel)',
  },
} as const satisfies Catalogue;
