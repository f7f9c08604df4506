import { describe, expect, it } from 'vitest';
import { formatIndicatorValue } from './indicator-value.js';

describe('an indicator’s figure with its unit', () => {
  it('writes percentages with a percent sign, counts whole, yes/no as words, other numbers with their unit', () => {
    expect(formatIndicatorValue({ valueType: 'percentage', unit: '' }, 12, 'nl')).toBe('12 %');
    expect(formatIndicatorValue({ valueType: 'percentage', unit: '%' }, 12.5, 'en')).toBe('12.5%');
    expect(formatIndicatorValue({ valueType: 'percentage', unit: 'procentpunt' }, 3, 'nl')).toBe('3 procentpunt');
    expect(formatIndicatorValue({ valueType: 'count', unit: 'maatjeskoppels' }, 33.74, 'nl')).toBe('34 maatjeskoppels');
    expect(formatIndicatorValue({ valueType: 'count', unit: '' }, 1234.4, 'nl')).toBe('1.234');
    expect(formatIndicatorValue({ valueType: 'yes-no', unit: '' }, 1, 'nl')).toBe('ja');
    expect(formatIndicatorValue({ valueType: 'yes-no', unit: '' }, 0, 'en')).toBe('no');
    expect(formatIndicatorValue({ valueType: 'number', unit: 'dagen' }, 6.5, 'nl')).toBe('6,5 dagen');
  });
});
