import { bilingual } from '../i18n/localized.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineMessage,
  formatDate,
  formatList,
  formatMessage,
  formatNumber,
  formatPercent,
  localizeMessage,
  renderMessage,
} from './format.js';

describe('the message formatter', () => {
  it('writes numbers, percentages, dates and lists in the language’s own style', () => {
    expect([formatNumber(1234.5, 'nl'), formatNumber(1234.5, 'en')]).toEqual(['1.234,5', '1,234.5']);
    expect([formatPercent(0.225, 'nl'), formatPercent(0.225, 'en')]).toEqual(['22,5 %', '22.5%']);
    expect([formatDate('2026-11-27', 'nl'), formatDate('2026-11-27', 'en')]).toEqual(['27 november 2026', '27 November 2026']);
    expect([formatList(['GGD', 'politie', 'school'], 'nl'), formatList(['GGD', 'police', 'school'], 'en')]).toEqual([
      'GGD, politie en school',
      'GGD, police and school',
    ]);
    expect([formatNumber(Number.POSITIVE_INFINITY, 'nl'), formatNumber(Number.NaN, 'en')]).toEqual(['oneindig', 'not a number']);
  });

  it('picks plural forms with Intl.PluralRules, including an exact =0 form', () => {
    const votes = defineMessage<{ count: number }>(
      bilingual(
        '{count, plural, =0 {geen stemmen} one {# stem} other {# stemmen}}',
        '{count, plural, =0 {no votes} one {# vote} other {# votes}}',
      ),
    );
    expect([0, 1, 2, 1000].map((count) => renderMessage(votes, { count }, 'nl'))).toEqual([
      'geen stemmen',
      '1 stem',
      '2 stemmen',
      '1.000 stemmen',
    ]);
    expect(localizeMessage(votes, { count: 1 })).toMatchObject({ nl: '1 stem', en: '1 vote' });
  });

  it('selects branches, nests placeholders, and names cards by title or "(zonder titel)"', () => {
    const text = '{what, select, goal {Doel {node}} other {Kaart {node}}} · {loop, path}';
    expect(
      formatMessage(text, { what: 'goal', node: { title: 'Minder geweld' }, loop: [{ title: 'A' }, { title: '' }, { title: 'A' }] }, 'nl'),
    ).toBe('Doel "Minder geweld" · "A" → (zonder titel) → "A"');
    expect(formatMessage('{label}', { label: bilingual('belang', 'interest') }, 'en')).toBe('interest');
    expect(formatMessage('{year, raw}–{title, raw}', { year: 2026, title: { title: 'X' } }, 'nl')).toBe('2026–X');
  });

  it('leaves the values it fills in untouched, whatever they hold', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (title, count) => {
        const out = formatMessage('{count, plural, one {# kaart} other {# kaarten}}: {node, raw}', { count, node: { title } }, 'nl');
        expect(out.endsWith(`: ${title}`)).toBe(true);
      }),
    );
  });

  it('keeps an unclosed brace as text instead of failing', () => {
    expect(formatMessage('Let op: {count', { count: 3 }, 'nl')).toBe('Let op: {count');
  });
});
