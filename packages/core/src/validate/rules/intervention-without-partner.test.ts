import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { indexDocument } from '../graph-index.js';
import { interventionWithoutPartner } from './intervention-without-partner.js';

describe('intervention-without-partner', () => {
  it('fires for an intervention nobody carries', () => {
    expect(interventionWithoutPartner.check(indexDocument(build([['intervention', 'i']])))).toHaveLength(1);
  });
  it('stays quiet when a partner carries it', () => {
    const doc = build([['intervention', 'i', { actors: ['ggd'] }]], [], {
      actors: [{ id: 'ggd', name: 'GGD', domain: 'care', contact: '', offer: '' }],
    });
    expect(interventionWithoutPartner.check(indexDocument(doc))).toEqual([]);
  });
});
