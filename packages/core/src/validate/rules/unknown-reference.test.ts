import { describe, expect, it } from 'vitest';
import { formatFinding } from '../format-finding.js';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { unknownReference } from './unknown-reference.js';

const actors = [{ id: 'ggd', name: 'GGD', domain: 'care' as const, contact: '', offer: '' }];
const targetGroups = [{ id: 'jongeren', name: 'Jongeren', risk: false, description: '' }];

describe('unknown-reference', () => {
  it('fires for unknown partners and target groups, and an unknown indicator owner', () => {
    const doc = build(
      [
        ['intervention', 'i', { actors: ['ggd', 'politie'], targetGroups: ['ouderen'] }],
        ['indicator', 'k', { owner: 'cbs' }],
      ],
      [],
      { actors, targetGroups },
    );
    const messages = unknownReference.check(indexDocument(doc)).map((f) => formatFinding(f, 'en'));
    expect(messages).toHaveLength(3);
    expect(messages.join(' ')).toMatch(/"politie".*"ouderen".*"cbs"/);
  });
  it('stays quiet when every reference exists', () => {
    const doc = build(
      [
        ['intervention', 'i', { actors: ['ggd'], targetGroups: ['jongeren'] }],
        ['indicator', 'k', { owner: 'ggd' }],
      ],
      [],
      { actors, targetGroups },
    );
    expect(unknownReference.check(indexDocument(doc))).toEqual([]);
  });
});
