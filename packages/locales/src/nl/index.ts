import type { Catalogue } from '../catalogue.js';
import { language as core_i18n } from './core/i18n.js';
import { model as core_model } from './core/model.js';
import { edit as core_edit } from './core/edit.js';
import { format as core_format } from './core/format.js';
import { report as core_report } from './core/report.js';
import { review as core_review } from './core/review.js';
import { exportHtml as core_exportHtml } from './core/export-html.js';
import { exports as core_export } from './core/export.js';
import { workshop as core_workshop } from './core/workshop.js';
import { sync as core_sync } from './core/sync.js';
import { validate as core_validate } from './core/validate.js';
import { measurements as core_measurements } from './core/measurements.js';
import { analysis as core_analysis } from './core/analysis.js';
import { region as core_region } from './core/region.js';
import { topics as core_topics } from './core/topics.js';
import { layout } from './layout.js';
import { ui } from './ui.js';
import { viewer } from './viewer.js';
import { server } from './server.js';
import { cli } from './cli.js';

/** The core's texts in Dutch, by concern. */
export const core = {
  i18n: core_i18n,
  model: core_model,
  edit: core_edit,
  format: core_format,
  report: core_report,
  review: core_review,
  exportHtml: core_exportHtml,
  export: core_export,
  workshop: core_workshop,
  sync: core_sync,
  validate: core_validate,
  measurements: core_measurements,
  analysis: core_analysis,
  region: core_region,
  topics: core_topics,
} as const satisfies Catalogue;

export { cli, layout, server, ui, viewer };

/**
 * The Dutch catalogue's shape, the source every other language is typed against: every text of every package, by
 * package and concern. Each concern keeps its Dutch texts in its own file in this folder; a key is added there.
 */
export interface Dutch {
  readonly core: typeof core;
  readonly layout: typeof layout;
  readonly ui: typeof ui;
  readonly viewer: typeof viewer;
  readonly server: typeof server;
  readonly cli: typeof cli;
}
