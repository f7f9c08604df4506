import { describe, expect, it } from 'vitest';
import { getTemplate } from '@veranderlogica/core';
import { strategyPlan } from '@veranderlogica/core/testing';
import { assignLayers } from './layering.js';
import { kindAtPoint, layerGuides } from './guides.js';
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

  it.each(['BT', 'LR'] as const)(
    "holds each card's indicators and assumptions inside its band, %s (a goal with two indicators, an assumption under two cards)",
    async (direction) => {
      const plan = strategyPlan(4, { strategies: 5, interventions: 2 });
      const result = await layoutDocument(plan, { direction });
      const layering = assignLayers(plan);
      let satellites = 0;
      for (const [host, list] of layering.satellitesOf) {
        const kind = plan.nodes.find((node) => node.id === host)!.kind;
        const along = (id: string) => {
          const p = result.positions[id]!;
          return direction === 'LR' ? [p.x, p.x + p.width] : [p.y, p.y + p.height];
        };
        const [hostStart] = along(host);
        const band = result.bands.find((b) => b.band === kind && b.start <= hostStart! && hostStart! <= b.end)!;
        for (const satellite of list) {
          const [start, end] = along(satellite);
          expect(start, satellite).toBeGreaterThanOrEqual(band.start);
          expect(end, satellite).toBeLessThanOrEqual(band.end);
          satellites++;
        }
      }
      expect(satellites).toBeGreaterThanOrEqual(3);
    },
  );

  it('works left to right as well', async () => {
    const result = await layoutDocument(example, { direction: 'LR' });
    const guides = layerGuides(example, result.positions, 'LR');
    expect(guides.bands).toEqual(result.bands);
    expect(guides.ordered).toBe(true);
  });
});

describe('kindAtPoint', () => {
  it('takes the band a point falls in, else the row nearest across the layers, else nothing', async () => {
    const example = getTemplate('voorbeeldregio')!.create();
    const result = await layoutDocument(example);
    const placed = { ...example, layout: { direction: 'BT' as const, positions: result.positions } };
    const { bands } = layerGuides(placed, result.positions);
    const outcome = placed.nodes.find((node) => node.kind === 'outcome')!;
    const at = result.positions[outcome.id]!;
    const beside = { x: at.x + at.width + 500, y: at.y + at.height / 2 };
    expect(kindAtPoint(placed, bands, beside)).toBe('outcome');
    // Without bands: the nearest row across the layers, even far along it.
    expect(kindAtPoint(placed, undefined, { x: at.x + 5_000, y: at.y + 10 })).toBe('outcome');
    expect(kindAtPoint(getTemplate('blank')!.create(), undefined, { x: 0, y: 0 })).toBeUndefined();
  });
});
