import { en } from './locales/en.js';
import { nl } from './locales/nl.js';

export { en } from './locales/en.js';
export { nl } from './locales/nl.js';
export type { MessageKey, Messages } from './locales/nl.js';

/**
 * Every catalogue of the interface, one file per language in `locales/` (Dutch is the source; the others are typed
 * against it). The pseudo-locale `qps` is made from the English one (`pseudo.ts`).
 */
export const DICTIONARIES = { nl, en } as const;
