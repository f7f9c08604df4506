/**
 * @veranderlogica/core/region — a region and its municipalities: plans that name their parent, cards that
 * contribute to the parent's cards, who carries which regional goal, the offer across the region (witte vlekken and
 * dubbelingen), the region's partners, indicators rolled up by code, and what does not fit.
 *
 * @module @veranderlogica/core/region
 */
export {
  assembleRegion,
  contributionsOf,
  indicatorRollup,
  planName,
  regionalContributions,
  regionalCoverage,
  regionalPartners,
  regionFindings,
  regionFindingText,
} from './region.js';
export type { Region, RegionalCell, RegionalContribution, RegionalPartner, RegionFinding, Rollup, RollupRow } from './region.js';
export { ParentSchema } from '../model/schema.js';
export type { Parent } from '../model/schema.js';
export { ROLLUPS } from '../model/values.js';
export { regionReportHtml, wordRegionReport } from './report.js';
export type { RegionReportOptions } from './report.js';
