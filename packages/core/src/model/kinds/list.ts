import { assumption } from './assumption.js';
import { goal } from './goal.js';
import { indicator } from './indicator.js';
import { intervention } from './intervention.js';
import { mechanism } from './mechanism.js';
import { outcome } from './outcome.js';

/**
 * Every kind of card, one module each, in display order (goal first, as the palette and reports list them). The
 * schema, the layers, the legend, the palette, the inspector, the connections, the workshop and the exports all
 * read this list: a new kind is a module beside these and one entry here.
 */
export const KIND_MODULES = [goal, outcome, mechanism, intervention, indicator, assumption] as const;
