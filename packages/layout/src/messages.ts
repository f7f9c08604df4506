/** Every text the pictures carry, by code, in both languages: the layout's catalogue. */

/** The picture's own words: the line of accountability, the legend, the note of a plainly drawn plan. */
export const PICTURE_TEXT = {
  line: { nl: 'Verantwoordingslijn', en: 'Line of accountability' },
  beyond: { nl: 'hieraan dragen we bij', en: 'we contribute to this' },
  within: { nl: 'hierop zijn we aanspreekbaar', en: 'we can be held to this' },
  leadsTo: { nl: 'leidt tot', en: 'leads to' },
  measures: { nl: 'meet', en: 'measures' },
  underlies: { nl: 'onderbouwt', en: 'underlies' },
  legend: { nl: 'Legenda', en: 'Legend' },
  fallback: {
    nl: 'Eenvoudig getekend: dit plan is te groot of te lang voor de automatische indeling; verbindingen lopen recht.',
    en: 'Drawn plainly: this plan is too large or too long for the automatic layout; connections run straight.',
  },
} as const;

/** The atlas's notes on a card whose chains go on elsewhere. */
export const NOTE_TEXT = {
  to: { nl: '→ {title}, {unit} {pages}', en: '→ {title}, {unit} {pages}' },
  from: { nl: '← {title}, {unit} {pages}', en: '← {title}, {unit} {pages}' },
  fromMany: { nl: '← nog {count} verbindingen, {unit} {pages}', en: '← {count} more connections, {unit} {pages}' },
  alsoOn: { nl: 'ook op {unit} {pages}', en: 'also on {unit} {pages}' },
} as const;

/** The same, short, on a slide. */
export const SHORT_NOTE_TEXT = {
  to: { nl: '→ {unit} {pages}', en: '→ {unit} {pages}' },
  from: { nl: '← {unit} {pages}', en: '← {unit} {pages}' },
} as const;

/** What a note calls a page. */
export const PAGE_UNITS = { page: { nl: 'p.', en: 'p.' }, slide: { nl: 'dia', en: 'slide' } } as const;

/** The word beside a priority's star. */
export const PRIORITY_WORD = { nl: 'prioriteit', en: 'priority' } as const;
