import { describe, expect, it } from 'vitest';
import { formatFinding } from '../validate/format-finding.js';
import { validate } from '../validate/validate.js';
import { listTemplates } from './index.js';
import { parseDocument } from '../format/parse.js';
import { serializeDocument } from '../format/serialize.js';

describe('templates', () => {
  for (const template of listTemplates()) {
    it(`${template.id}: parses, round-trips and has no validation errors`, () => {
      const document = template.create();
      const errors = validate(document).filter((f) => f.severity === 'error');
      expect(errors.map((f) => formatFinding(f, 'en'))).toEqual([]);
      const again = parseDocument(serializeDocument(document));
      expect(again.ok && again.document).toEqual(document);
    });
  }

  it('creates a new document id every time', () => {
    const [blank] = listTemplates();
    expect(blank!.create().id).not.toBe(blank!.create().id);
  });

  it('the worked example is rich: 40+ nodes of every kind, 8+ partners, indicators with baseline and target', () => {
    const document = listTemplates()
      .find((t) => t.id === 'voorbeeldregio')!
      .create();
    expect(document.nodes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(document.nodes.map((n) => n.kind)).size).toBe(6);
    expect(document.actors.length).toBeGreaterThanOrEqual(8);
    const indicators = document.nodes.filter((n) => n.kind === 'indicator');
    expect(indicators.every((n) => n.kind === 'indicator' && n.baseline && n.targets.length > 0)).toBe(true);
    expect(
      validate(document)
        .filter((f) => f.severity === 'warning')
        .map((f) => formatFinding(f, 'en')),
    ).toEqual([]);
  });
});
