import { localizedTable } from '../catalogue.js';
import { en } from './en.js';
import { nl } from './nl.js';

/** The language's own basics: its Intl locale and words every message may use in every language, from one catalogue per language in this folder. */
export const TEXTS = localizedTable<typeof nl>({ nl, en });
