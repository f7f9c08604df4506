import { describe, expect, it } from 'vitest';
import { parseDocument } from '../format/parse.js';
import { getTemplate } from '../templates/index.js';
import { validate } from '../validate/validate.js';
import { separateDuplicateIds } from './duplicate-ids.js';

describe('separateDuplicateIds', () => {
  it('keeps every card of a file where two share an id, the first keeping it and its connections', () => {
    const plan = getTemplate('voorbeeldregio')!.create();
    const [first, second] = plan.nodes;
    const file = { ...plan, nodes: [...plan.nodes.slice(0, 5), { ...second!, id: first!.id, title: 'Dubbel' }] };
    const read = parseDocument(JSON.stringify(file));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(validate(read.document).some((finding) => finding.code === 'duplicate-id')).toBe(true);
    const { document, separated } = separateDuplicateIds(read.document);
    expect(document.nodes).toHaveLength(6);
    expect(new Set(document.nodes.map((node) => node.id)).size).toBe(6);
    expect(separated).toEqual([{ kind: 'node', from: first!.id, to: `${first!.id}-2`, title: 'Dubbel' }]);
    expect(document.nodes[0]).toBe(read.document.nodes[0]);
    expect(validate(document).some((finding) => finding.code === 'duplicate-id')).toBe(false);
  });

  it('changes nothing in a plan without duplicates', () => {
    const plan = getTemplate('voorbeeldregio')!.create();
    expect(separateDuplicateIds(plan).document).toBe(plan);
  });
});
