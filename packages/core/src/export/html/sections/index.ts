import type { HtmlSection } from '../common.js';
import { assumptions } from './assumptions.js';
import { changes } from './changes.js';
import { checks } from './checks.js';
import { context } from './context.js';
import { coverage } from './coverage.js';
import { atlas, overview } from './diagrams.js';
import { goals } from './goals.js';
import { groups } from './groups.js';
import { measurementPlan } from './measurement-plan.js';
import { openQuestions } from './open-questions.js';
import { partners } from './partners.js';
import { priorities } from './priorities.js';
import { progress } from './progress.js';
import { summary } from './summary.js';
import { titlePage } from './title.js';

/** The report's sections in the order it prints them. A new section is a module here and one entry in this list. */
export const HTML_SECTIONS: readonly HtmlSection[] = [
  titlePage,
  overview,
  atlas,
  summary,
  context,
  groups,
  goals,
  priorities,
  partners,
  measurementPlan,
  progress,
  changes,
  coverage,
  assumptions,
  openQuestions,
  checks,
];
