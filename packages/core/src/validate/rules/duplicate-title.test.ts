import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build, type NodeSpec } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { duplicateTitle, titleHash } from './duplicate-title.js';

describe('duplicate-title', () => {
  it('fires as a tip for two cards of one kind with the same title, whatever the case and spacing', () => {
    const doc = build([
      ['intervention', 'i', { title: 'Lespakket  seksuele vorming' }],
      ['intervention', 'j', { title: 'lespakket seksuele vorming' }],
      ['outcome', 'o', { title: 'Lespakket seksuele vorming' }],
    ]);
    const findings = duplicateTitle.check(indexDocument(doc));
    expect(findings.map((f) => [f.ids, f.severity])).toEqual([[['i', 'j'], 'info']]);
    expect(formatFinding(findings[0]!, 'nl')).toBe(
      'Er staan 2 interventies met de titel "Lespakket  seksuele vorming"; voeg ze samen of maak het verschil duidelijk.',
    );
  });
  it('compares titles within each kind only, and finds repeats in several kinds', () => {
    const doc = build([
      ['intervention', 'i1', { title: 'Buurtkamer' }],
      ['intervention', 'i2', { title: 'Maatjesproject' }],
      ['intervention', 'i3', { title: 'buurtkamer' }],
      ['outcome', 'o1', { title: 'Maatjesproject' }],
      ['outcome', 'o2', { title: 'Minder eenzaamheid' }],
      ['outcome', 'o3', { title: 'Buurtkamer' }],
      ['goal', 'g1', { title: 'Minder eenzaamheid' }],
      ['goal', 'g2', { title: 'Minder  eenzaamheid ' }],
    ]);
    const findings = duplicateTitle.check(indexDocument(doc));
    expect(findings.map((f) => f.ids).sort()).toEqual([
      ['g1', 'g2'],
      ['i1', 'i3'],
    ]);
  });
  it('stays quiet for different titles and for empty ones (those have their own rule)', () => {
    const doc = build([
      ['goal', 'g', { title: 'A' }],
      ['goal', 'h', { title: 'B' }],
      ['goal', 'x', { title: '' }],
      ['goal', 'y', { title: ' ' }],
    ]);
    expect(duplicateTitle.check(indexDocument(doc))).toEqual([]);
  });
  it('reports two titles exactly when they are the same once trimmed, lower-cased and their white space joined', () => {
    const normalise = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');
    const piece = fc.constantFrom(
      'a',
      'A',
      'é',
      'É',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      'İ',
      'K',
      'k',
      '\u212a',
      'x',
      '@',
      '`',
      '[',
      '{',
      '\u0001',
      '\u007f',
      '\u00c0',
      '\u00e0',
    );
    const title = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(title, title, (a, b) => {
        const doc = build([
          ['goal', 'g', { title: a }],
          ['goal', 'h', { title: b }],
        ]);
        const same = normalise(a) !== '' && normalise(a) === normalise(b);
        expect(duplicateTitle.check(indexDocument(doc)).length).toBe(same ? 1 : 0);
      }),
      { numRuns: 1000 },
    );
  });
  it('reads past a shared opening: titles alike in their first words are told apart by the rest', () => {
    const opening = 'Voorlichting over seksuele grensoverschrijding op scholen voor ';
    const cards = Array.from({ length: 300 }, (_, i): NodeSpec => ['intervention', `i${i}`, { title: `${opening}groep ${i}` }]);
    expect(duplicateTitle.check(indexDocument(build(cards)))).toEqual([]);
    const again = build([...cards, ['intervention', 'twice', { title: `  ${opening.toUpperCase()}GROEP  17` }]]);
    expect(duplicateTitle.check(indexDocument(again)).map((f) => f.ids)).toEqual([['i17', 'twice']]);
  });
  it('finds the same groups behind a long opening, in any case and spacing, as normalising every title would', () => {
    const normalise = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');
    const opening = fc.constantFrom('Training professionals in het ', 'TRAINING  professionals in het', ' training professionals\tin het ');
    const tail = fc.array(fc.constantFrom('a', 'A', 'é', 'É', ' ', '\u212a', 'k', 'x'), { maxLength: 6 }).map((parts) => parts.join(''));
    const title = fc.tuple(opening, tail).map(([start, end]) => start + end);
    fc.assert(
      fc.property(fc.array(title, { minLength: 2, maxLength: 6 }), (titles) => {
        const doc = build(titles.map((text, i): NodeSpec => ['goal', `g${i}`, { title: text }]));
        const groups = new Map<string, string[]>();
        titles.forEach((text, i) => groups.set(normalise(text), [...(groups.get(normalise(text)) ?? []), `g${i}`]));
        const expected = [...groups.values()].filter((ids) => ids.length > 1).sort();
        const found = duplicateTitle
          .check(indexDocument(doc))
          .map((f) => [...f.ids])
          .sort();
        expect(found).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
  it('cannot be flooded: titles made to share one hash for a known seed spread over the seed this process drew', () => {
    // Ten pairs of three characters, found by a birthday search against the seed below: choosing one of each pair
    // gives 1,024 different titles with one hash for that seed. A file of 10,000 such titles (one hash for everyone
    // before the seed was random) took validation 15 s: each title was compared with every earlier one.
    const knownSeed = 0x811c9dc5 | 0;
    const pairs = [
      ['\u8f24\u9347\u6000', '\u8e74\u860f\u97fa'],
      ['\u7920\u9944\u6000', '\u7df4\u7e35\u8b9a'],
      ['\u6a6c\u6150\u4e00', '\u6c9a\u8276\u67a6'],
      ['\u789e\u868f\u5000', '\u94b7\u7146\u54f4'],
      ['\u705e\u7b6b\u6000', '\u78c2\u6f69\u9848'],
      ['\u918f\u9877\u4e00', '\u5e5a\u9328\u9461'],
      ['\u679e\u9d0b\u6000', '\u9d7a\u67a5\u9202'],
      ['\u9738\u70cf\u4e00', '\u75b5\u67ce\u8557'],
      ['\u6644\u79c0\u5000', '\u72e0\u7805\u5e18'],
      ['\u7452\u9da8\u4e00', '\u69ec\u5e4e\u9ca2'],
    ];
    const titles = Array.from({ length: 1 << pairs.length }, (_, n) => pairs.map((pair, i) => pair[(n >> i) & 1]).join(''));
    expect(new Set(titles).size).toBe(1_024);
    expect(new Set(titles.map((title) => titleHash(title, 100, knownSeed))).size).toBe(1);
    expect(new Set(titles.map((title) => titleHash(title, 100))).size).toBeGreaterThan(1_000);
    const doc = build(titles.map((title, i): NodeSpec => ['outcome', `o${i}`, { title }]));
    expect(duplicateTitle.check(indexDocument(doc))).toEqual([]);
  });
});
