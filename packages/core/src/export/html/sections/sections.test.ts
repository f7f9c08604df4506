import { describe, expect, it } from 'vitest';
import { reportModel } from '../../../report/model.js';
import { getTemplate } from '../../../templates/index.js';
import { ungroupedPlan } from '../../../testing/index.js';
import { renderHtml } from '../../html.js';
import { HTML_SECTIONS } from './index.js';

const date = new Date('2026-11-22T10:00:00Z');

describe('the HTML report, section by section', () => {
  it('has one module per section, each with its own anchor, in the order the report prints them', () => {
    const ids = HTML_SECTIONS.map((part) => part.id);
    expect(new Set(ids).size).toBe(ids.length);
    const example = getTemplate('voorbeeldregio')!.create();
    const model = reportModel(example, { date });
    const pictures = { diagram: '<svg xmlns="http://www.w3.org/2000/svg"/>' };
    const html = renderHtml(model, pictures);
    let at = -1;
    for (const part of HTML_SECTIONS) {
      const out = part.render(model, pictures);
      if (!out) continue;
      // Each section's HTML stands in the page as it rendered it, after the one before.
      const found = html.indexOf(out);
      expect(found, part.id).toBeGreaterThan(at);
      at = found;
    }
  });

  it('leaves out what a plan has nothing for, and says "none yet" where a reader expects the section', () => {
    for (const language of ['nl', 'en'] as const) {
      const model = reportModel({ ...ungroupedPlan(), language }, { date, language });
      const byId = Object.fromEntries(HTML_SECTIONS.map((part) => [part.id, part.render(model, {})]));
      // No pictures given: no overview, no atlas; no groups in the plan: no groups section.
      expect(byId.diagram).toBe('');
      expect(byId.atlas).toBe('');
      expect(byId.groups).toBe('');
      for (const id of ['summary', 'goals', 'partners', 'measurement-plan', 'progress', 'coverage', 'checks'])
        expect(byId[id], id).toMatch(new RegExp(`^<section id="${id}"`));
      for (const [id, text] of Object.entries(byId)) expect(text, id).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });
});
