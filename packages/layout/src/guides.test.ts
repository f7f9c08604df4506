import { describe, expect, it } from 'vitest';
import { getTemplate } from '@veranderlogica/core';
import { layerGuides } from './guides.js';
import { layoutDocument } from './node.js';

describe('layerGuides', () => {
  const example = getTemplate('voorbeeldregio')!.create();

  it('gives the same bands and line as the layout, for the positions the layout made', async () => {
    const result = await layoutDocument(example);
    const guides = layerGuides(example, result.positions, 'BT');
    expect(guides.bands).toEqual(result.bands);
    expect(guides.accountabilityLine).toEqual(result.accountabilityLine);
    expect(guides.ordered).toBe(true);
    expect(guides.bands.map((b) => b.band)).toEqual(expect.arrayContaining(['intervention', 'mechanism', 'outcome', 'goal']));
  });

  it('says the bands no longer read as layers when a goal is dragged below the interventions', async () => {
    const result = await layoutDocument(example);
    const lowest = Math.max(...Object.values(result.positions).map((p) => p.y + p.height));
    const goal = example.nodes.find((n) => n.kind === 'goal')!;
    const moved = { ...result.positions, [goal.id]: { ...result.positions[goal.id]!, y: lowest + 400 } };
    expect(layerGuides(example, moved, 'BT').ordered).toBe(false);
  });

  it('works left to right as well', async () => {
    const result = await layoutDocument(example, { direction: 'LR' });
    const guides = layerGuides(example, result.positions, 'LR');
    expect(guides.bands).toEqual(result.bands);
    expect(guides.ordered).toBe(true);
  });
});
