import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../edit/apply.js';
import { coverageMatrix } from '../analysis/coverage.js';
import { tallyVotes } from '../analysis/votes.js';
import { measurementPlan } from '../analysis/measurement-plan.js';
import { getTemplate } from '../templates/index.js';
import { toHtmlReport } from './html.js';
import { makeVersion } from '../edit/versions.js';
import type { IndicatorNode } from '../model/schema.js';

const example = getTemplate('voorbeeldregio')!.create();
const date = new Date('2026-11-22T10:00:00Z');
const read = (html: string) => new JSDOM(html).window.document;

describe('toHtmlReport', () => {
  const page = read(toHtmlReport(example, { date, diagram: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>' }));

  it("tells each goal strategy by strategy, with the mechanisms' why, the status and the evidence", () => {
    const goal = page.querySelector('.goal[data-goal="doel-minder-geweld"]')!;
    expect([...goal.querySelectorAll(':scope > h4')].map((h) => h.textContent)).toEqual(
      example.groups.filter((group) => goal.textContent.includes(group.title)).map((group) => group.title),
    );
    const route = [...goal.querySelectorAll('li')].find((li) => li.textContent.startsWith('Lespakket relationele'))!.textContent;
    expect(route).toContain('(preventie; bestaand; door ');
    expect(route).toContain('(waarom: Leerlingen krijgen woorden voor wensen en grenzen');
    expect(route).toContain(
      'Onderbouwing: Erkend lespakket uit de databank effectieve jeugdinterventies (NJi) https://www.nji.nl/interventies.',
    );
    expect(page.querySelector('#title')!.textContent).toContain('22 november 2026');
  });

  it('has every section of the products to take home, in order', () => {
    const ids = [...page.querySelectorAll('main > section')].map((s) => s.id);
    expect(ids).toEqual([
      'title',
      'diagram',
      'summary',
      'context',
      'groups',
      'goals',
      'priorities',
      'partners',
      'measurement-plan',
      'progress',
      'coverage',
      'assumptions',
      'open-questions',
      'checks',
    ]);
    expect(page.documentElement.lang).toBe('nl');
    expect(page.querySelector('h1')!.textContent).toBe(example.title);
  });

  it('lists the speerpunten with their cards, the cross-cutting one marked', () => {
    const groups = page.querySelectorAll('#groups h3');
    expect([...groups].map((h) => h.textContent)).toEqual(example.groups.map((g) => g.title));
    expect(page.querySelector('#groups')!.textContent).toContain('overkoepelend');
    const members = example.nodes.filter((n) => 'group' in n && n.group !== undefined).length;
    expect(page.querySelectorAll('#groups li')).toHaveLength(members);
    expect(page.querySelector('#context')!.textContent).toContain('landelijke bouwstenen');
  });

  it('counts what the analyses count', () => {
    const goals = example.nodes.filter((n) => n.kind === 'goal').length;
    expect(page.querySelectorAll('#goals .goal')).toHaveLength(goals);
    const voted = tallyVotes(example).filter((t) => t.votes > 0 || t.priority);
    expect(page.querySelectorAll('#priorities tbody tr')).toHaveLength(voted.length);
    expect(page.querySelector('#priorities tbody tr td:nth-child(2)')!.textContent).toBe(String(voted[0]!.votes));
    expect(page.querySelectorAll('#partners tbody tr')).toHaveLength(example.actors.length);
    expect(page.querySelectorAll('#measurement-plan tbody tr')).toHaveLength(measurementPlan(example).length);
    const matrix = coverageMatrix(example);
    expect(page.querySelectorAll('#coverage td[data-status="gap"]').length).toBe(
      matrix.rows.flat().filter((c) => c.status === 'gap' && c.targetGroup !== null).length,
    );
    expect(page.querySelectorAll('#coverage td[data-status="overlap"]')).toHaveLength(matrix.overlaps);
    expect(page.querySelectorAll('#assumptions tbody tr')).toHaveLength(example.nodes.filter((n) => n.kind === 'assumption').length);
  });

  it('embeds the diagram as an image and has no script or outside resource', () => {
    const html = toHtmlReport(example, { date, diagram: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' });
    const doc = read(html);
    expect(doc.querySelector('#diagram img')!.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('shows titles as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const changed = applyOperation(example, { type: 'updateNode', id: 'doel-herstel', changes: { title: hostile } }).document;
    const doc = read(toHtmlReport(changed, { date }));
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelector('[data-goal="doel-herstel"] h3')!.textContent).toContain(hostile);
  });

  it('lists the open questions from the parking lot, and speaks English for an English document', () => {
    const withQuestion = applyOperation(example, {
      type: 'addParkingLotItem',
      item: { id: 'vraag-1', text: 'Wie betaalt het lespakket na 2026?', resolved: false },
    }).document;
    const english = read(toHtmlReport({ ...withQuestion, language: 'en' }, { date }));
    expect(english.documentElement.lang).toBe('en');
    expect(english.querySelector('#goals h2')!.textContent).toBe('Goals and how we reach them');
    expect([...english.querySelectorAll('#open-questions li')].map((li) => li.textContent)).toContain('Wie betaalt het lespakket na 2026?');
  });
});

describe('the yearly report', () => {
  const indicator = example.nodes.find(
    (node): node is IndicatorNode => node.kind === 'indicator' && node.baseline !== undefined && node.targets.length > 0,
  )!;
  /** A year on: a version adopted, three measurements in, a card renamed, one added, a partner joined. */
  const yearLater = () => {
    let doc = applyOperation(example, {
      type: 'addVersion',
      version: makeVersion(example, {
        id: 'versie-raad-2025',
        name: 'Vastgesteld door de raad, 2025',
        created: '2025-06-01T10:00:00.000Z',
      }),
    }).document;
    const b = indicator.baseline!;
    const t = indicator.targets.at(-1)!;
    const mid = (share: number) => b.value + (t.value - b.value) * share;
    doc = applyOperation(doc, {
      type: 'updateNode',
      id: indicator.id,
      changes: {
        measurements: [
          { value: mid(0.2), date: '2025-12-31' },
          { value: mid(0.3), date: '2026-06-30', source: 'Monitor' },
          { value: b.value, date: '2026-12-31' },
        ],
      },
    }).document;
    const intervention = doc.nodes.find((node) => node.kind === 'intervention')!;
    doc = applyOperation(doc, { type: 'updateNode', id: intervention.id, changes: { title: 'Lespakket, vernieuwd' } }).document;
    doc = applyOperation(doc, {
      type: 'addActor',
      actor: { id: 'partner-bieb', name: 'Bibliotheek', domain: 'education', contact: '', offer: '' },
    }).document;
    return doc;
  };

  it('shows each indicator: baseline, latest, target, status and a chart, judged by the thresholds', () => {
    const page = read(toHtmlReport(yearLater(), { date }));
    const section = page.querySelector('#progress')!;
    expect(section.querySelector('h2')!.textContent).toBe('Voortgang');
    const rows = [...section.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(example.nodes.filter((node) => node.kind === 'indicator').length);
    const row = rows.find((tr) => tr.textContent.includes(indicator.title))!;
    // Back at the baseline near the end: off track, with a sparkline of three points and a target line.
    expect(row.querySelector('.status')!.getAttribute('data-status')).toBe('off-track');
    expect(row.querySelector('.status')!.textContent).toContain('achter op koers');
    const spark = row.querySelector('svg polyline')!;
    expect(spark.getAttribute('points')!.split(' ')).toHaveLength(3);
    expect(section.textContent).toContain('10 %');
  });

  it('says what changed since the adopted version, by title, without ids, and leaves the version out of the changes', () => {
    const page = read(toHtmlReport(yearLater(), { date }));
    const section = page.querySelector('#changes')!;
    expect(section.querySelector('h2')!.textContent).toBe('Wat is er veranderd sinds Vastgesteld door de raad, 2025');
    expect(section.textContent).toContain('1 juni 2025');
    const headings = [...section.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Kaarten hernoemd (1)',
      'Indicatoren met nieuwe metingen, een andere nulmeting of streefwaarde (1)',
      'Partners erbij (1)',
    ]);
    expect(section.textContent).toContain(': metingen');
    expect(section.textContent).toContain('→ "Lespakket, vernieuwd"');
    expect(section.textContent).not.toContain('partner-bieb');
    expect(section.textContent).not.toContain('versie-raad');
    expect(section.querySelector('li[data-sign="added"]')!.textContent).toBe('+ Bibliotheek');
  });

  it('leaves the changes out without a version, and says so when nothing changed', () => {
    expect(read(toHtmlReport(example, { date })).querySelector('#changes')).toBeNull();
    const adopted = applyOperation(example, {
      type: 'addVersion',
      version: makeVersion(example, { id: 'v1', name: 'Versie 1', created: '2025-06-01T10:00:00.000Z' }),
    }).document;
    expect(read(toHtmlReport(adopted, { date })).querySelector('#changes')!.textContent).toContain('niets veranderd');
  });
});
