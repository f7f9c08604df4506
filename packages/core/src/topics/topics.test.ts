import { describe, expect, it } from 'vitest';
import { WORKSHOP_STEPS } from '../model/vocabulary.js';
import { listTemplates } from '../templates/index.js';
import { stepGuide, workshopGuide } from '../workshop/steps.js';
import { applyOperation } from '../edit/apply.js';
import { getTopic, listTopics, topicOf } from './index.js';

/** Words that belong to the sexual-violence pack only. */
const SUBJECT_WORDS = /seksu|slachtoffer|pleger|csg|sexual|victim|perpetrat/i;

/** Every text a pack puts before a room, in both languages. */
function wordsOf(document: Parameters<typeof workshopGuide>[0]): string[] {
  const pack = topicOf(document);
  return [
    ...workshopGuide(document).flatMap((guide) => [guide.guidance, ...guide.questions]),
    ...Object.values(pack.examples),
    pack.riskGroup,
    pack.title,
    pack.description,
  ].flatMap((text) => [text.nl, text.en]);
}

describe('subject packs', () => {
  it('word every step in both languages, with examples for every kind of card that is captured', () => {
    for (const pack of listTopics()) {
      for (const step of WORKSHOP_STEPS.values) {
        const words = pack.steps[step];
        expect(words.guidance.nl && words.guidance.en, `${pack.id} ${step}`).toBeTruthy();
        expect(words.questions.length, `${pack.id} ${step}`).toBeGreaterThan(0);
        for (const question of words.questions) expect(question.nl.trim() && question.en.trim()).toBeTruthy();
      }
      for (const kind of ['goal', 'outcome', 'mechanism', 'intervention', 'indicator', 'assumption'] as const)
        expect(pack.examples[kind]?.nl, `${pack.id} ${kind}`).toBeTruthy();
    }
  });

  it('say nothing about sexual violence in a plan of another subject, or of none', () => {
    const general = listTemplates().filter((template) => template.topic !== 'seksueel-geweld');
    expect(general.length).toBeGreaterThan(0);
    for (const template of general) {
      const document = template.create();
      for (const text of wordsOf(document)) expect(text, template.id).not.toMatch(SUBJECT_WORDS);
      // Its own areas, not the national five of the approach to sexual violence ("handhaving en nazorg").
      expect(document.areas?.map((area) => area.label).join(', ')).not.toMatch(/handhaving/);
    }
    // A plan that names no subject (a v1 file, a plan from elsewhere) hears the neutral words.
    for (const text of wordsOf({})) expect(text).not.toMatch(SUBJECT_WORDS);
    // And so does a plan that names a subject this version does not know.
    expect(topicOf({ topic: 'onbekend' }).id).toBe('algemeen');
  });

  it('keep the sexual-violence words for plans about it', () => {
    const plan = listTemplates()
      .find((template) => template.id === 'voorbeeldregio')!
      .create();
    expect(plan.topic).toBe('seksueel-geweld');
    expect(
      stepGuide('problem', plan)
        .questions.map((q) => q.nl)
        .join(' '),
    ).toMatch(/seksueel geweld/);
    expect(stepGuide('interventions', plan).guidance.nl).toContain('handhaving en nazorg');
  });

  it('follow the plan when its subject changes, and every template names a known pack', () => {
    for (const template of listTemplates()) {
      expect(getTopic(template.topic), template.id).toBeDefined();
      expect(template.create().topic).toBe(template.topic);
    }
    const plan = listTemplates()
      .find((template) => template.id === 'blank')!
      .create();
    const switched = applyOperation(plan, { type: 'updateDocument', changes: { topic: 'seksueel-geweld' } }).document;
    expect(stepGuide('problem', switched).questions[0]!.nl).toMatch(/seksueel geweld/);
    const back = applyOperation(switched, { type: 'updateDocument', changes: { topic: undefined } }).document;
    expect(back.topic).toBeUndefined();
    expect(() => applyOperation(plan, { type: 'updateDocument', changes: { topic: 'a b' } })).toThrow();
  });
});
