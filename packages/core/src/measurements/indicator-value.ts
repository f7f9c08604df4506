import { formatNumber, withPercentSign } from '../i18n/format.js';
import type { Language } from '../i18n/localized.js';
import { TEXTS as LANGUAGE_TEXTS } from '../i18n/locales/index.js';
import type { IndicatorNode } from '../model/schema.js';

/**
 * A figure of an indicator as a reader writes it, with its unit: "12 %" for a percentage (the unit is the percent
 * sign unless the indicator names another), "34 maatjeskoppels" for a count (always a whole number: an expected
 * 33,74 couples is read as 34), "ja"/"nee" for yes/no, a number with the indicator's own unit otherwise.
 *
 * @example
 * formatIndicatorValue({ valueType: 'count', unit: 'maatjeskoppels' }, 33.74, 'nl'); // '34 maatjeskoppels'
 * formatIndicatorValue({ valueType: 'percentage', unit: '' }, 12, 'nl'); // '12 %'
 */
export function formatIndicatorValue(indicator: Pick<IndicatorNode, 'valueType' | 'unit'>, value: number, language: Language): string {
  const unit = indicator.unit.trim();
  switch (indicator.valueType) {
    case 'yes-no':
      return (value >= 0.5 ? LANGUAGE_TEXTS.format.yes : LANGUAGE_TEXTS.format.no)[language];
    case 'percentage':
      if (!unit || unit === '%') return withPercentSign(formatNumber(value, language), language);
      return `${formatNumber(value, language)} ${unit}`;
    case 'count':
      return `${formatNumber(Math.round(value), language)}${unit ? ` ${unit}` : ''}`;
    default:
      return `${formatNumber(value, language)}${unit ? ` ${unit}` : ''}`;
  }
}
