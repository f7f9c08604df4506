// Written by `npm run generate` (packages/locales/scripts/generate.js) from the language files in this folder:
// do not edit. A new language is a file beside en.ts; generating again lists it here.
import * as nl from './nl/index.js';
import * as en from './en.js';

/**
 * Every language, in display order: Dutch, the source, first.
 *
 * @example
 * LANGUAGES.includes('en'); // true
 */
export const LANGUAGES = ['nl', 'en'] as const;

/** The core package's texts in every language. */
export const CORE = { nl: nl.core, en: en.core } as const;

/** The layout package's texts in every language. */
export const LAYOUT = { nl: nl.layout, en: en.layout } as const;

/** The ui package's texts in every language. */
export const UI = { nl: nl.ui, en: en.ui } as const;

/** The viewer package's texts in every language. */
export const VIEWER = { nl: nl.viewer, en: en.viewer } as const;

/** The server package's texts in every language. */
export const SERVER = { nl: nl.server, en: en.server } as const;

/** The cli package's texts in every language. */
export const CLI = { nl: nl.cli, en: en.cli } as const;
