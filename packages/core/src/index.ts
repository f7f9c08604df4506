/**
 * @veranderlogica/core — a Theory of Change (veranderlogica) as a typed, validated graph. Pure TypeScript: no
 * DOM, no React, no Node built-ins.
 *
 * This entry point is the library a developer starts with: the model, reading and writing files, checks,
 * undoable operations, analysis, exports and templates. Four more entry points hold one concern each:
 * `@veranderlogica/core/editing` (what an editor adds), `@veranderlogica/core/workshop` (the facilitator's flow),
 * `@veranderlogica/core/measurements` (the yearly measurement) and `@veranderlogica/core/sync` (a live room).
 *
 * @module @veranderlogica/core
 */

// Language
export { bilingual, LANGUAGES, inEveryLanguage, isLanguage } from './i18n/localized.js';
export type { Language, Localized } from './i18n/localized.js';
export { formatDate, formatMessage, formatNumber, formatPercent, languageInfo } from './i18n/format.js';
export { loadHyphenate, type Hyphenate } from './i18n/hyphenation.js';
export type { MessageParams } from './i18n/format.js';
export { localizedTable } from './i18n/catalogue.js';
export type { Catalogue, CatalogueOf, LocalizedTable } from './i18n/catalogue.js';

// Model
export { DocumentSchema, GroupSchema, LIMITS, NodeSchema, SourceSchema, WorkshopSchema } from './model/schema.js';
export type {
  Actor,
  Document,
  Edge,
  Evidence,
  Fact,
  Group,
  IndicatorNode,
  Measurement,
  NodeOfKind,
  ParkingLotItem,
  Position,
  Source,
  TargetGroup,
  ToCNode,
} from './model/schema.js';
export {
  ACTOR_DOMAINS,
  CONFIDENCES,
  EDGE_KINDS,
  GOAL_HORIZONS,
  GOAL_LEVELS,
  GROUP_KINDS,
  NODE_KIND_PLURALS,
  NODE_KINDS,
  OUTCOME_HORIZONS,
  SCOPE_LEVELS,
  WORKSHOP_STEPS,
} from './model/vocabulary.js';
export type { Area, EdgeKind, GoalHorizon, GoalLevel, LayoutDirection, NodeKind, WorkshopStep } from './model/vocabulary.js';
export { CONNECTION_RULES, nextKindsInChain, previousKindsInChain } from './model/connections.js';
export { ACTOR_DOMAIN_COLOURS, KIND_STYLES } from './model/style.js';
export { cardSubtitle, CHAIN_ORDER, KIND_ORDER, KINDS_BY_RANK, layerBand, NODE_KIND_SPECS } from './model/kinds.js';
export type { FieldEditor, FieldSpec } from './model/kinds.js';
export { areaLabel, documentAreas } from './model/areas.js';
export type { AreaEntry } from './model/areas.js';
export { newId } from './model/ids.js';
export { createActor, createDocument, createEdge, createNode, createTargetGroup, positionOf, usedIds } from './model/factory.js';

// Reading and writing files
export { parseDocument } from './format/parse.js';
export type { ParseResult } from './format/parse.js';
export { serializeDocument, writableText } from './format/serialize.js';
export { formatParseError } from './format/issue.js';
export type { ParseError } from './format/issue.js';
export { documentJsonSchema } from './format/json-schema.js';

// Checks
export { RULES, validate } from './validate/validate.js';
export type { Rule } from './validate/rule.js';
export { SEVERITY_LABELS } from './validate/finding.js';
export type { Finding, Severity } from './validate/finding.js';
export { indexDocument } from './validate/graph-index.js';
export { formatFinding } from './validate/format-finding.js';

// Operations, undo and versions
export { applyOperation } from './edit/apply.js';
export type { EditResult } from './edit/apply.js';
export type { Operation } from './edit/operation.js';
export { OperationError } from './edit/operation-error.js';
export { History } from './edit/history.js';
export type { ApplyOptions } from './edit/history.js';
export { findVersion, makeVersion, versionPlan } from './edit/versions.js';
export { formatPlanDiff, planDiff, planDiffSections, planText } from './analysis/plan-diff.js';
export type { PlanDiff, PlanDiffSection } from './analysis/plan-diff.js';

// Analysis
export { causalChains, chainsToGoal } from './analysis/chains.js';
export type { Chain } from './analysis/chains.js';
export { coverageMatrix } from './analysis/coverage.js';
export type { CoverageCell } from './analysis/coverage.js';
export { focusedPart, goalGroups, partOfDocument } from './analysis/focus.js';
export type { Focus, FocusedPart } from './analysis/focus.js';
export { outlineTree } from './analysis/outline.js';
export type { OutlineItem } from './analysis/outline.js';
export { interventionsOf, partnerNetwork } from './analysis/partners.js';
export { measurementPlan } from './analysis/measurement-plan.js';
export { documentStats } from './analysis/stats.js';

// Report and exports
export { reportModel } from './report/model.js';
export { diagramPageHeading, diagramPageName } from './export/html.js';
export { EXPORT_FORMATS, exportFileName, exportFormatsFor, getExportFormat } from './export/registry.js';
export type { ExportContext, ExportFormat } from './export/registry.js';
export { escapeXml, terminalText } from './export/escape.js';
export { wrap } from './export/dot.js';

// Templates
export { getTemplate, listTemplates } from './templates/index.js';
export type { Template } from './templates/index.js';
export { maxOf, minOf } from './util/extent.js';
