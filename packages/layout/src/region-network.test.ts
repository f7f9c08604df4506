import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createActor, createDocument, createNode, type Document } from '@veranderlogica/core';
import { assembleRegion, regionalPartners } from '@veranderlogica/core/region';
import { HOSTILE_STRINGS, regionCorpus } from '@veranderlogica/core/testing';
import { textWidth } from './font.js';
import { regionNetworkSvg } from './region-network.js';

/** Parses SVG as strict XML: jsdom throws on anything malformed. */
const parse = (svg: string) => new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
const num = (element: Element, name: string) => Number(element.getAttribute(name));

/** A regional plan and municipalities whose partners carry 0 to `most` interventions, named as given. */
function region(municipalities: number, partners: readonly string[], most = 4): Document[] {
  const regional: Document = {
    ...createDocument({ title: 'Regio', language: 'nl' }),
    id: 'regio',
    scope: { level: 'region', name: 'Regio', areas: [] } as unknown as Document['scope'],
  };
  const plans: Document[] = [regional];
  for (let m = 0; m < municipalities; m++) {
    const actors = partners.map((name, i) => createActor({ name, domain: (['care', 'safety', 'social', 'education'] as const)[i % 4]! }));
    const nodes = actors.flatMap((actor, i) =>
      Array.from({ length: (i + m) % (most + 1) }, (_, n) =>
        createNode('intervention', { id: `int-${i}-${n}`, title: `Interventie ${n}`, actors: [actor.id] }),
      ),
    );
    plans.push({ ...createDocument({ title: `Gemeente ${m + 1}`, language: 'nl' }), id: `g-${m}`, parent: { id: 'regio' }, actors, nodes });
  }
  return plans;
}

describe('regionNetworkSvg', () => {
  it('puts a dot for every partner in every plan it takes part in, in its row and its plan’s column', () => {
    const { regional, municipalities } = regionCorpus();
    const found = assembleRegion([regional, ...municipalities]);
    const svg = parse(regionNetworkSvg(found, { language: 'nl' }));
    const partners = regionalPartners(found);
    const dots = [...svg.querySelectorAll('circle[data-interventions]')];
    expect(dots).toHaveLength(partners.reduce((sum, partner) => sum + partner.plans.length, 0));
    const rows = new Map(
      [...svg.querySelectorAll('text[data-partner]')].map((text) => [text.getAttribute('data-partner'), num(text, 'y')]),
    );
    const columns = new Map(
      [...svg.querySelectorAll('text[data-plan]')].map((text) => [
        text.getAttribute('data-plan'),
        Number(/translate\(([\d.]+)/.exec(text.getAttribute('transform')!)![1]) - 4,
      ]),
    );
    expect(columns.size).toBe(7);
    for (const dot of dots) {
      expect(Math.abs(num(dot, 'cy') - rows.get(dot.getAttribute('data-partner'))!)).toBeLessThan(12);
      expect(num(dot, 'cx')).toBeCloseTo(columns.get(dot.getAttribute('data-plan'))!, 5);
    }
    // The GGD takes part in all seven plans; the police in the region's only.
    expect(dots.filter((dot) => dot.getAttribute('data-partner') === 'GGD')).toHaveLength(7);
    expect(svg.querySelector('svg')!.getAttribute('aria-label')).toBe('Netwerk van de regio: wie doet waar mee');
  });

  it('sizes a dot by the interventions carried, by area, and rings a partner that carries nothing', () => {
    const svg = parse(regionNetworkSvg(assembleRegion(region(4, ['GGD', 'Politie', 'Veilig Thuis'])), { language: 'en' }));
    const dots = [...svg.querySelectorAll('circle[data-interventions]')];
    const byCount = new Map(dots.map((dot) => [Number(dot.getAttribute('data-interventions')), dot]));
    expect([...byCount.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    const r = (n: number) => num(byCount.get(n)!, 'r');
    for (const n of [1, 2, 3]) expect(r(n + 1)).toBeGreaterThan(r(n));
    // Area, beyond the smallest dot, grows with the count: a partner with four has twice the added radius of one with one.
    expect((r(4) - 4) / (r(1) - 4)).toBeCloseTo(2, 5);
    expect(byCount.get(0)!.getAttribute('fill')).toBe('#ffffff');
    expect(byCount.get(0)!.getAttribute('stroke')).not.toBeNull();
    expect(byCount.get(4)!.querySelector('title')!.textContent).toMatch(/: 4 interventions$/);
  });

  it('sets every name at print size, in rows that do not overlap, all inside the picture', () => {
    const names = Array.from({ length: 30 }, (_, i) =>
      i === 0
        ? 'Stichting Centrum voor Jeugd en Gezin Rijnmond en omliggende gemeenten, afdeling preventie en vroegsignalering'
        : `Partner ${i + 1}`,
    );
    const markup = regionNetworkSvg(assembleRegion(region(25, names)), { language: 'nl' });
    const svg = parse(markup);
    const root = svg.querySelector('svg')!;
    const width = num(root, 'width');
    const texts = [...svg.querySelectorAll('text')];
    for (const text of texts) expect(num(text, 'font-size')).toBeGreaterThanOrEqual(14); // 10.5 pt printed at size
    const labels = [...svg.querySelectorAll('text[data-partner]')];
    expect(labels).toHaveLength(30);
    const ys = labels.map((label) => num(label, 'y'));
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(num(labels[i]!, 'font-size') * 1.4);
    for (const label of labels) {
      // Right-aligned: it must start inside the picture.
      expect(num(label, 'x') - textWidth(label.textContent, { size: num(label, 'font-size') })).toBeGreaterThanOrEqual(0);
    }
    const long = labels.find((label) => label.textContent.startsWith('Stichting'))!;
    expect(long.textContent.endsWith('…')).toBe(true);
    expect(textWidth(long.textContent, { size: 16 })).toBeLessThanOrEqual(360);
    // The 26 column heads, at 45°, reach no further right than the picture.
    const heads = [...svg.querySelectorAll('text[data-plan]')];
    expect(heads).toHaveLength(26);
    for (const head of heads) {
      const x = Number(/translate\(([\d.]+)/.exec(head.getAttribute('transform')!)![1]);
      expect(x + textWidth(head.textContent, { size: 16, bold: true }) * Math.SQRT1_2).toBeLessThanOrEqual(width);
    }
    // On an A4 landscape page (277 mm wide between margins) the names stay at least 7 pt.
    const scale = Math.min(1, ((277 / 25.4) * 96) / width);
    expect(16 * 0.75 * scale).toBeGreaterThanOrEqual(7);
  });

  it('draws at most the partners asked, and counts the rest', () => {
    const names = Array.from({ length: 90 }, (_, i) => `Partner ${i + 1}`);
    const svg = parse(regionNetworkSvg(assembleRegion(region(3, names)), { language: 'nl', maxPartners: 60 }));
    expect(svg.querySelectorAll('text[data-partner]')).toHaveLength(60);
    expect(svg.documentElement.textContent).toContain('en nog 30 partners (zie de tabel)');
  });

  it('stays well-formed with any name a partner or a plan may have', () => {
    const plans = region(2, HOSTILE_STRINGS.slice(0, 20));
    plans[1] = { ...plans[1]!, title: HOSTILE_STRINGS.join(' ').slice(0, 500), scope: { ...plans[1]!.scope, name: '<script>"&' } };
    const markup = regionNetworkSvg(assembleRegion(plans), { language: 'nl', font: 'reference' });
    expect(() => parse(markup)).not.toThrow();
    expect(markup).not.toContain('<script');
    expect(markup).not.toContain('@font-face');
  });
});
