import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../edit/apply.js';
import { KIND_ORDER } from '../model/kinds.js';
import { parseDocument } from '../format/parse.js';
import { serializeDocument } from '../format/serialize.js';
import { getTemplate } from '../templates/index.js';
import { ideaOperations, sortIdea } from './ideas.js';

const blank = getTemplate('blank')!.create();

describe('the ideas lane', () => {
  it('keeps ideas without a kind, and sorts one into a card of a kind in one step, its words kept', () => {
    let doc = applyOperation(blank, { type: 'batch', operations: ideaOperations(blank, '- Buurtapp\n\n2. Koffie bij de kapper') }).document;
    expect(doc.workshop!.ideas.map((idea) => idea.text)).toEqual(['Buurtapp', 'Koffie bij de kapper']);
    const [first] = doc.workshop!.ideas;
    doc = applyOperation(doc, { type: 'batch', operations: sortIdea(doc, first!.id, 'intervention', { x: 10, y: 500 }) }).document;
    expect(doc.workshop!.ideas.map((idea) => idea.text)).toEqual(['Koffie bij de kapper']);
    const card = doc.nodes.find((node) => node.title === 'Buurtapp')!;
    expect(card.kind).toBe('intervention');
    expect(doc.layout?.positions[card.id]).toMatchObject({ x: 10, y: 500 });
    // Sorting an idea that is gone does nothing.
    expect(sortIdea(doc, first!.id, 'goal')).toEqual([]);
    // The lane is kept in the file.
    const read = parseDocument(serializeDocument(doc));
    expect(read.ok && read.document.workshop?.ideas.map((idea) => idea.text)).toEqual(['Koffie bij de kapper']);
  });

  it('makes a valid card of any idea, of any kind', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400 }), fc.constantFrom(...KIND_ORDER), (text, kind) => {
        const operations = ideaOperations(blank, text);
        if (operations.length === 0) return;
        const doc = applyOperation(blank, { type: 'batch', operations }).document;
        const idea = doc.workshop!.ideas[0]!;
        const sorted = applyOperation(doc, { type: 'batch', operations: sortIdea(doc, idea.id, kind) }).document;
        expect(sorted.nodes).toHaveLength(1);
        expect(sorted.nodes[0]!.kind).toBe(kind);
      }),
      { numRuns: 150 },
    );
  });
});
