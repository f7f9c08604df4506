import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../edit/apply.js';
import { LIMITS } from '../model/schema.js';
import { WORKSHOP_STEPS } from '../model/vocabulary.js';
import { getTemplate } from '../templates/index.js';
import { captureLines, captureOperations } from './capture.js';
import { adjacentStep, stepGuide, stepProgress, WORKSHOP_GUIDE } from './steps.js';

const blank = getTemplate('blank')!.create();
const example = getTemplate('voorbeeldregio')!.create();

describe('the workshop guide', () => {
  it('has every step in order, each with guidance and questions in both languages', () => {
    expect(WORKSHOP_GUIDE.map((g) => g.step)).toEqual(WORKSHOP_STEPS.values);
    for (const guide of WORKSHOP_GUIDE) {
      expect(guide.guidance.nl.length).toBeGreaterThan(40);
      expect(guide.guidance.en.length).toBeGreaterThan(40);
      expect(guide.questions.length).toBeGreaterThanOrEqual(2);
    }
    expect(stepGuide('goals').captureKind).toBe('goal');
    expect(adjacentStep('problem', 1)).toBe('goals');
    expect(adjacentStep('problem', -1)).toBeUndefined();
    expect(adjacentStep('partners-and-measures', 1)).toBeUndefined();
  });

  it('says what is missing in a blank document, step by step', () => {
    const missing = (step: (typeof WORKSHOP_STEPS.values)[number]) => stepProgress(blank, step).missing.map((m) => m.nl);
    expect(missing('problem')).toEqual(expect.arrayContaining(['Nog geen feiten over aard en omvang.', 'Nog geen doelgroepen.']));
    expect(missing('goals')).toEqual(['Nog geen doelen.']);
    expect(missing('interventions')).toContain('Nog geen interventies.');
    expect(missing('prioritise')).toEqual(['Nog geen stemmen uitgebracht.', 'Nog geen interventie als prioriteit gekozen.']);
    expect(missing('partners-and-measures')).toContain('Nog geen partners op de sociale kaart.');
  });

  it('finds the worked example complete in its first steps', () => {
    expect(stepProgress(example, 'problem').missing).toEqual([]);
    expect(stepProgress(example, 'goals').missing).toEqual([]);
    expect(stepProgress(example, 'goals').count).toBe(example.nodes.filter((n) => n.kind === 'goal').length);
    expect(stepProgress(example, 'prioritise').missing).toEqual([]);
  });

  it('names the areas without an intervention as witte vlekken', () => {
    let doc = blank;
    const { operations } = captureOperations(doc, 'intervention', 'Lespakket', { x: 0, y: 0 }, { area: 'prevention' });
    doc = applyOperation(doc, { type: 'batch', operations }).document;
    const [gap] = stepProgress(doc, 'interventions').missing;
    expect(gap!.nl).toBe('Witte vlek: geen interventie in signalering, zorg en ondersteuning, omgeving en handhaving en nazorg.');
  });
});

describe('quick capture', () => {
  it('reads one title per line, without list markers or empty lines', () => {
    expect(captureLines('- Lespakket\n  2. Campagne in het uitgaansleven \n\n• Spreekuur\r\na) Training\nGewoon')).toEqual([
      'Lespakket',
      'Campagne in het uitgaansleven',
      'Spreekuur',
      'Training',
      'Gewoon',
    ]);
  });

  it('adds one card per line with fresh ids and the given fields', () => {
    const { operations, ids } = captureOperations(example, 'intervention', 'Eén\nTwee\nDrie', { x: 10, y: 20 }, { area: 'signalling' });
    const { document } = applyOperation(example, { type: 'batch', operations });
    const added = document.nodes.slice(-3);
    expect(added.map((n) => n.title)).toEqual(['Eén', 'Twee', 'Drie']);
    expect(added.map((n) => n.id)).toEqual(ids);
    expect(added.every((n) => n.kind === 'intervention' && n.area === 'signalling')).toBe(true);
    expect(document.layout!.positions[ids[1]!]).toEqual({ x: 270, y: 20 });
  });

  it('never makes an invalid card, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2_000 }), (text) => {
        const { operations } = captureOperations(blank, 'goal', text, { x: 0, y: 0 });
        const { document } = applyOperation(blank, { type: 'batch', operations });
        expect(document.nodes.every((n) => n.title.length > 0 && n.title.length <= LIMITS.maxTitleLength)).toBe(true);
      }),
    );
  });
});
