import { describe, expect, it } from 'vitest';
import { build } from '../../test-support/build.js';
import { formatFinding } from '../format-finding.js';
import { indexDocument } from '../graph-index.js';
import { unknownVote } from './unknown-vote.js';

const workshop = (votes: Record<string, number>) => ({
  step: 'prioritise' as const,
  dotsPerParticipant: 3,
  votes,
  participants: [],
  parkingLot: [],
  ideas: [],
});

describe('unknown-vote', () => {
  it('fires for votes on a card that does not exist, with a plural that fits', () => {
    const doc = build([['intervention', 'i']], [], { workshop: workshop({ i: 2, weg: 1, toString: 3 }) });
    const findings = unknownVote.check(indexDocument(doc));
    expect(findings.map((f) => f.ids)).toEqual([['weg'], ['toString']]);
    expect(formatFinding(findings[0]!, 'nl')).toMatch(/^1 stip staat op een kaart die niet \(meer\) bestaat/);
    expect(formatFinding(findings[1]!, 'nl')).toMatch(/^3 stippen staan/);
  });
  it('stays quiet when every vote is on a card', () => {
    const doc = build([['intervention', 'i']], [], { workshop: workshop({ i: 2 }) });
    expect(unknownVote.check(indexDocument(doc))).toEqual([]);
  });
});
