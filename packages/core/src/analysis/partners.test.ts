import { describe, expect, it } from 'vitest';
import { build } from '../test-support/build.js';
import { partnerNetwork } from './partners.js';

const actor = (id: string) => ({ id, name: id.toUpperCase(), domain: 'other' as const, contact: '', offer: '' });

describe('partnerNetwork', () => {
  it('shows who carries what, who works together, who is central and who is alone', () => {
    const doc = build(
      [
        ['intervention', 'i1', { actors: ['ggd', 'vt'], area: 'signalling' }],
        ['intervention', 'i2', { actors: ['ggd', 'politie'], area: 'care-and-support' }],
        ['intervention', 'i3', { actors: ['school'] }],
        ['indicator', 'k', { owner: 'ggd' }],
      ],
      [],
      { actors: [actor('ggd'), actor('vt'), actor('politie'), actor('school')] },
    );
    const network = partnerNetwork(doc);
    expect(network.partners[0]).toMatchObject({
      interventions: ['i1', 'i2'],
      areas: ['signalling', 'care-and-support'],
      indicators: ['k'],
    });
    expect(network.links).toHaveLength(2);
    expect(network.centrality[0]).toEqual({ actor: 'ggd', degree: 2 });
    expect(network.isolated).toEqual(['school']);
  });
});
