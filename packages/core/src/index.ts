/**
 * @veranderlogica/core — a Theory of Change (veranderlogica) as a typed,
 * validated graph. Pure TypeScript: no DOM, no React, no Node built-ins.
 */

// Language
export { LANGUAGES, isLanguage, t } from './i18n/localized.js';
export type { Language, Localized } from './i18n/localized.js';
export {
  defineMessage,
  formatDate,
  formatList,
  formatMessage,
  formatNumber,
  formatPercent,
  localizeMessage,
  renderMessage,
} from './i18n/format.js';
export type { Message, MessageParams, MessageValue } from './i18n/format.js';

// Model and format
export {
  ActorSchema,
  AssumptionNodeSchema,
  ContextSchema,
  CURRENT_VERSION,
  DocumentSchema,
  EdgeSchema,
  EvidenceSchema,
  AreaSchema,
  FactSchema,
  FORMAT_NAME,
  GroupSchema,
  SourceSchema,
  GoalNodeSchema,
  IdSchema,
  IndicatorNodeSchema,
  InterventionNodeSchema,
  LayoutSchema,
  LIMITS,
  MeasurementSchema,
  MechanismNodeSchema,
  MetaSchema,
  MonitoringSchema,
  PlanSnapshotSchema,
  VersionSchema,
  NodeSchema,
  OutcomeNodeSchema,
  IdeaSchema,
  ParkingLotItemSchema,
  PositionSchema,
  ScopeSchema,
  TargetGroupSchema,
  WorkshopSchema,
} from './model/schema.js';
export type {
  Actor,
  AssumptionNode,
  Context,
  Document,
  DocumentInput,
  Edge,
  Evidence,
  AreaDefinition,
  Fact,
  GoalNode,
  Group,
  Source,
  IndicatorNode,
  InterventionNode,
  Layout,
  Measurement,
  MechanismNode,
  Meta,
  Monitoring,
  PlanSnapshot,
  Version,
  NodeOfKind,
  OutcomeNode,
  Idea,
  ParkingLotItem,
  Position,
  Scope,
  TargetGroup,
  ToCNode,
  Workshop,
} from './model/schema.js';
export {
  ACTOR_DOMAINS,
  AREAS,
  CONFIDENCES,
  EDGE_KINDS,
  FREQUENCIES,
  GOAL_HORIZONS,
  GOAL_LEVELS,
  GROUP_KINDS,
  INDICATOR_DIRECTIONS,
  INDICATOR_DIRECTION_MARKS,
  INDICATOR_TYPES,
  INDICATOR_VALUE_TYPES,
  INTERVENTION_STATUSES,
  LAYOUT_DIRECTIONS,
  NODE_KIND_PLURALS,
  NODE_KINDS,
  OUTCOME_HORIZONS,
  PROGRESS_STATUSES,
  RISKS,
  SCOPE_LEVELS,
  SPHERES,
  WORKSHOP_STEPS,
} from './model/vocabulary.js';
export type {
  ActorDomain,
  Area,
  DefaultArea,
  Confidence,
  EdgeKind,
  Frequency,
  GoalHorizon,
  GoalLevel,
  GroupKind,
  IndicatorDirection,
  IndicatorType,
  IndicatorValueType,
  InterventionStatus,
  LayoutDirection,
  NodeKind,
  OutcomeHorizon,
  Risk,
  ScopeLevel,
  Sphere,
  WorkshopStep,
} from './model/vocabulary.js';
export {
  CONNECTION_RULES,
  edgeKindFor,
  explainForbiddenConnection,
  GOAL_LEVEL_RANK,
  nextKindsInChain,
  previousKindsInChain,
} from './model/connections.js';
export type { ConnectionRule } from './model/connections.js';
export { ACTOR_DOMAIN_COLOURS, KIND_STYLES } from './model/style.js';
export {
  cardSubtitle,
  CHAIN_ORDER,
  defineKind,
  KIND_MODULES,
  KIND_ORDER,
  KINDS_BY_RANK,
  layerBand,
  NODE_KIND_SPECS,
} from './model/kinds.js';
export { FIELD_NAMES } from './model/fields.js';
export type {
  Card,
  CardField,
  FieldEditor,
  FieldSpec,
  KindConnection,
  KindDefinition,
  KindModule,
  KindRole,
  KindSpec,
  KindSpecs,
  KindWorkshop,
  Vocabulary,
} from './model/kinds.js';
export { areaLabel, documentAreas } from './model/areas.js';
export type { AreaEntry, PlanAreas } from './model/areas.js';
export type { KindStyle } from './model/style.js';
export { newId } from './model/ids.js';
export {
  createActor,
  createDocument,
  createEdge,
  createNode,
  createTargetGroup,
  defaultGoalSphere,
  ownValue,
  positionOf,
  usedIds,
  votesFor,
} from './model/factory.js';
export type { NodeFields } from './model/factory.js';

// Reading and writing files
export { parseDocument } from './format/parse.js';
export type { ParseResult } from './format/parse.js';
export { serializeDocument, writableText } from './format/serialize.js';
export type { WritableText } from './format/serialize.js';
export { migrate, MigrationError, MIGRATIONS } from './format/migrate.js';
export type { Migration, MigrationProblem } from './format/migrate.js';
export { formatParseError, toJsonPointer } from './format/issue.js';
export type { ParseError, ParseErrorCode, ParseWarning } from './format/issue.js';
export { documentJsonSchema } from './format/json-schema.js';

// Validation
export { RULES, validate } from './validate/validate.js';
export type { Rule } from './validate/rule.js';
export { SEVERITY_LABELS, SEVERITY_ORDER } from './validate/finding.js';
export type { Finding, FindingCode, Severity } from './validate/finding.js';
export { indexDocument, refOf } from './validate/graph-index.js';
export type { GraphIndex, NodeRef } from './validate/graph-index.js';
export { formatFinding, localizeFinding } from './validate/format-finding.js';

// Editing
export { applyOperation, applyPatches, setStrictOperations } from './edit/apply.js';
export type { EditResult } from './edit/apply.js';
export { describeOperation, NODE_LIST_FIELDS, OPERATION_TYPES } from './edit/operation.js';
export type { NodeChanges, NodeListField, Operation, OperationType } from './edit/operation.js';
export {
  MAX_OPERATIONS_PER_MESSAGE,
  OPERATION_VERSION,
  OperationMessageSchema,
  OperationSchema,
  readOperationMessage,
} from './edit/operation-schema.js';
export type { OperationReading } from './edit/operation-schema.js';
export { formatPlanDiff, planDiff, planDiffSections, planText } from './analysis/plan-diff.js';
export {
  DEFAULT_PROGRESS_THRESHOLDS,
  indicatorProgress,
  planProgress,
  progressBarSvg,
  PROGRESS_STYLE,
  directionLabel,
  progressThresholds,
  sparklineSvg,
} from './analysis/progress.js';
export type { IndicatorProgress, PlanProgressRow, ProgressStatus, ProgressThresholds } from './analysis/progress.js';
export { guessMeasurementColumns, MEASUREMENT_FIELD_LABELS, MEASUREMENT_FIELDS, planMeasurementImport } from './measurements/import.js';
export type {
  ImportedMeasurement,
  ImportProblem,
  ImportProblemCode,
  MeasurementColumns,
  MeasurementField,
  MeasurementImport,
  MeasurementImportOptions,
} from './measurements/import.js';
export { readCsvTable, readMeasurementWorkbook, UnreadableFileError } from './measurements/read.js';
export type { Table } from './measurements/read.js';
export { readDate, readNumber, readYesNo } from './measurements/values.js';
export { formatIndicatorValue } from './measurements/indicator-value.js';
export type { ReadResult, ValueProblem } from './measurements/values.js';
export { expectedPeriods, MAX_EXPECTED_PERIODS } from './measurements/periods.js';
export { findVersion, makeVersion, versionPlan } from './edit/versions.js';
export { separateDuplicateIds } from './edit/duplicate-ids.js';
export type { SeparatedId } from './edit/duplicate-ids.js';
export { decodeUtf8 } from './format/decode.js';
export type { Decoded } from './format/decode.js';
export type { DiffCard, PlanDiff, PlanDiffSection } from './analysis/plan-diff.js';
export { diffDocument, isStringSet, jsonEqual, RECORD_PARTS, repairDocument, revertChanges } from './edit/changes.js';
export type { Change, RecordPart, RevertResult } from './edit/changes.js';
export { OperationError } from './edit/operation-error.js';
export type { OperationErrorCode } from './edit/operation-error.js';
export { canConnect } from './edit/can-connect.js';
export type { ConnectCheck } from './edit/can-connect.js';
export { copyFragment, FragmentSchema, MAX_FRAGMENT_CARDS, pasteOperations, readFragment, readFragmentChecked } from './edit/fragment.js';
export type { Fragment } from './edit/fragment.js';
export { History } from './edit/history.js';
export type { ApplyOptions, HistoryChange, HistoryEntry, HistoryOptions } from './edit/history.js';

// Analysis
export { causalChains, chainsToGoal } from './analysis/chains.js';
export type { Chain, ChainOptions } from './analysis/chains.js';
export { coverageMatrix } from './analysis/coverage.js';
export { focusedPart, goalGroups, partOfDocument } from './analysis/focus.js';
export type { Focus, FocusedPart } from './analysis/focus.js';
export type { CoverageCell, CoverageMatrix, CoverageStatus } from './analysis/coverage.js';
export { outlineTree } from './analysis/outline.js';
export type { Outline, OutlineItem } from './analysis/outline.js';
export { interventionsOf, partnerNetwork } from './analysis/partners.js';
export type { PartnerLink, PartnerNetwork, PartnerSummary } from './analysis/partners.js';
export { measurementPlan } from './analysis/measurement-plan.js';
export type { MeasurementPlanRow } from './analysis/measurement-plan.js';
export { ballotCandidates, tallyVotes } from './analysis/votes.js';
export type { VoteTally } from './analysis/votes.js';
export { documentStats } from './analysis/stats.js';
export type { DocumentStats } from './analysis/stats.js';

// Workshop (bliksemtraject)
export {
  adjacentStep,
  BUILDING_STEPS,
  stepGuide,
  stepHighlight,
  stepProgress,
  stepTodos,
  WORKSHOP_GUIDE,
  workshopGuide,
} from './workshop/steps.js';
export { getTopic, listTopics, topicOf, topicStep } from './topics/index.js';
export type { TopicPack, TopicStep } from './topics/index.js';
export type { StepGuide, StepProgress } from './workshop/steps.js';
export { deleteOperations, moveOperation, nodeChangeOperations, pinOperation } from './edit/intents.js';
export {
  captureLines,
  captureGroup,
  captureOperations,
  capturePartner,
  captureSources,
  captureTargets,
  matchTitle,
  MAX_CAPTURE_LINES,
  resolveCaptureSource,
  resolveCaptureTarget,
} from './workshop/capture.js';
export type { UnresolvedTarget } from './workshop/capture.js';
export { assignPartner, guessPartnerDomain, participantsAsPartners } from './workshop/partners.js';
export { ideaOperations, sortIdea } from './workshop/ideas.js';
export { assignToSelection, connectSelectionTo, SELECTION_FIELDS, selectionValues, setOnSelection } from './edit/selection.js';
export type { SelectionField } from './edit/selection.js';

// Report and exports
export { reportModel, sinceVersion } from './report/model.js';
export type { GoalSection, ReportModel, ReportOptions, Route } from './report/model.js';
export { renderMarkdown, toMarkdownReport } from './export/markdown.js';
export { diagramPageHeading, diagramPageName, renderHtml, toHtmlReport } from './export/html.js';
export { presentationDeck, SLIDE_TYPE } from './export/presentation-pptx.js';
export type { PresentationOptions, SlidePictures } from './export/presentation-pptx.js';
export type { HtmlReportOptions, ReportDiagramPage } from './export/html.js';
export { EXPORT_FORMATS, exportFileName, exportFormatsFor, getExportFormat } from './export/registry.js';
export type { ExportContent, ExportContext, ExportFormat } from './export/registry.js';
export { MEASUREMENT_PLAN_COLUMNS, measurementPlanCsv } from './export/measurement-plan-csv.js';
export type { MeasurementPlanCsvOptions } from './export/measurement-plan-csv.js';
export { measurementPlanWorkbook, WORKBOOK_MEASUREMENT_COLUMNS, WORKBOOK_SHEETS } from './export/measurement-plan-xlsx.js';
export { toMermaid } from './export/mermaid.js';
export { escapeXml, terminalText } from './export/escape.js';
export { cleanText } from './format/normalise.js';
export type { MermaidOptions } from './export/mermaid.js';
export { toDot, wrap } from './export/dot.js';
export type { DotOptions } from './export/dot.js';

// Templates
export { getTemplate, listTemplates } from './templates/index.js';
export type { Template } from './templates/index.js';
export { maxOf, minOf } from './util/extent.js';
