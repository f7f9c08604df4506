import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { missingMechanism } from './missing-mechanism.js';

describe('missing-mechanism', () => {
  it('fires for a direct intervention → outcome link', () => {
    const findings = missingMechanism.check(
      indexDocument(
        build(
          [
            ['intervention', 'i'],
            ['outcome', 'o'],
          ],
          [['i', 'o']],
        ),
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.ids).toEqual(['e1', 'i', 'o']);
  });
  it('stays quiet when a mechanism also joins the same two nodes', () => {
    const doc = build(
      [
        ['intervention', 'i'],
        ['mechanism', 'm'],
        ['outcome', 'o'],
      ],
      [
        ['i', 'o'],
        ['i', 'm'],
        ['m', 'o'],
      ],
    );
    expect(missingMechanism.check(indexDocument(doc))).toEqual([]);
  });
});
