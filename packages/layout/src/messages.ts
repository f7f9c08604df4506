import { TEXTS } from './locales/index.js';
/** Every text the pictures carry, by code, in both languages: the layout's catalogue. */

/** The picture's own words: the line of accountability, the legend, the note of a plainly drawn plan. */
export const PICTURE_TEXT = TEXTS.pictureText;

/** The atlas's notes on a card whose chains go on elsewhere. */
export const NOTE_TEXT = TEXTS.noteText;

/** The same, short, on a slide. */
export const SHORT_NOTE_TEXT = TEXTS.shortNoteText;

/** What a note calls a page. */
export const PAGE_UNITS = TEXTS.pageUnits;

/** The regional network picture's title, legend and notes. */
export const REGION_NETWORK_TEXT = TEXTS.regionNetwork;

/** The word beside a priority's star. */
export const PRIORITY_WORD = TEXTS.priorityWord;
