/**
 * @veranderlogica/core/measurements — the yearly measurement: reading a spreadsheet or CSV of measurements,
 * planning its import as operations, reading Dutch numbers, dates and yes/no, and judging each indicator's
 * progress against its baseline and target.
 *
 * @module @veranderlogica/core/measurements
 */
export { MEASUREMENT_FIELD_LABELS, MEASUREMENT_FIELDS, planMeasurementImport } from './import.js';
export type { MeasurementColumns, MeasurementField, MeasurementImport } from './import.js';
export { readCsvTable, readMeasurementWorkbook, UnreadableFileError } from './read.js';
export type { Table } from './read.js';
export { readDate, readNumber, readYesNo } from './values.js';
export { formatIndicatorValue } from './indicator-value.js';
export {
  DEFAULT_PROGRESS_THRESHOLDS,
  directionLabel,
  indicatorProgress,
  planProgress,
  PROGRESS_STYLE,
  progressBarSvg,
  progressThresholds,
  sparklineSvg,
} from '../analysis/progress.js';
export type { IndicatorProgress, ProgressStatus } from '../analysis/progress.js';
export { PROGRESS_STATUSES } from '../model/vocabulary.js';
