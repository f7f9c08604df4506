import { localizedTable } from '../../i18n/catalogue.js';
import { en } from './en.js';
import { nl } from './nl.js';

/** Texts of a region in every language, from one catalogue per language in this folder. */
export const TEXTS = localizedTable<typeof nl>({ nl, en });
