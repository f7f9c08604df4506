import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Document } from '@veranderlogica/core';
import { currentDocument, editorForSuite, SCREENSHOTS, viewSettled } from './browser.js';

const suite = editorForSuite(inject('baseURL'));

/**
 * Counts what a facilitator does: a click, a key, a choice in a list, or a text typed or pasted into one field each
 * count as one action (typing a title is one action however long the title). Each step's count is kept apart.
 */
class Actions {
  count = 0;
  readonly steps: [string, number][] = [];
  #from = 0;
  constructor(private readonly page: Page) {}
  /** Closes the count of the part just done. */
  part(name: string) {
    this.steps.push([name, this.count - this.#from]);
    this.#from = this.count;
  }
  async click(target: Locator, options: { modifiers?: 'Control'[] } = {}) {
    this.count++;
    await target.click(options);
  }
  async fill(target: Locator, text: string) {
    this.count++;
    await target.fill(text);
  }
  async select(target: Locator, value: string | { label: string }) {
    this.count++;
    await target.selectOption(value);
  }
  async press(key: string) {
    this.count++;
    await this.page.keyboard.press(key);
  }
  async check(target: Locator) {
    this.count++;
    await target.check();
  }
}

// The plan a new user built in a whole bliksemtraject on loneliness among older people (214 actions and 45 dots
// then): 5 goals at three levels, 6 outcomes, 7 mechanisms, 9 interventions in 3 groups, 1 assumption, 4 indicators
// with all their details and a measurement, 5 partners, target groups on every intervention, 15 voters' tallies.
const PARTNERS = ['Gemeente Voorbeeldstad', 'Welzijnsorganisatie De Brug', 'Huisartsen', 'Bibliotheek Midden', 'Woningcorporatie Thuis'];
const TARGET_GROUPS = ['Ouderen 75+ die alleen wonen', 'Mantelzorgers'];
const GOALS = {
  strategic: ['Minder ouderen voelen zich eenzaam'],
  tactical: ['Ouderen hebben een netwerk in de wijk → eenzaam', 'Signalen van eenzaamheid worden eerder opgepikt → eenzaam'],
  operational: ['Elke wijk heeft een ontmoetingsplek → netwerk in de wijk', 'Professionals kennen de sociale kaart → eerder opgepikt'],
};
const GROUPS: [string, string, string[]][] = [
  ['Ontmoeten', 'Welzijnsorganisatie De Brug', ['Maatjesproject', 'Koffieochtenden in de bibliotheek', 'Wijkrestaurant']],
  [
    'Signaleren',
    'Huisartsen',
    ['Training signaleren voor huisartsen', 'Eenzaamheidsscreening bij 75-plussers', 'Huisbezoeken door vrijwilligers'],
  ],
  ['Verbinden', 'Gemeente Voorbeeldstad', ['Sociale kaart online', 'Week tegen Eenzaamheid', 'Buurtverbinders']],
];
const OUTCOMES = [
  'Ouderen hebben meer sociale contacten → netwerk in de wijk',
  'Ouderen voelen zich gezien → voelen zich eenzaam',
  'Eenzaamheid wordt eerder gesignaleerd → eerder opgepikt',
  'Ouderen vinden de weg naar activiteiten → netwerk in de wijk',
  'Professionals verwijzen vaker door → eerder opgepikt',
  'Buurtbewoners kijken naar elkaar om → voelen zich eenzaam',
];
// Step 4 after step 3: each mechanism names the interventions it comes from (←) and the outcome it leads to (→).
const MECHANISMS = [
  'Vertrouwen in een vast maatje groeit ← Maatjesproject ← Huisbezoeken → meer sociale contacten',
  'Drempel om naar buiten te gaan wordt lager ← Koffieochtenden ← Wijkrestaurant → vinden de weg',
  'Professionals herkennen signalen ← Training signaleren → eerder gesignaleerd',
  'Eenzaamheid wordt bespreekbaar ← Eenzaamheidsscreening ← Huisbezoeken → voelen zich gezien',
  'Hulpverleners kennen het aanbod ← Sociale kaart → verwijzen vaker',
  'Eenzaamheid is minder taboe ← Week tegen → voelen zich gezien',
  'Buren leren elkaar kennen ← Buurtverbinders → kijken naar elkaar om',
];
const ASSUMPTION = 'Ouderen willen hulp van een vrijwilliger aannemen → Maatjesproject';
/** Dots read from the paper stickers: 15 voters, 3 dots each. */
const TALLIES: [string, number][] = [
  ['Maatjesproject', 11],
  ['Koffieochtenden in de bibliotheek', 9],
  ['Huisbezoeken door vrijwilligers', 8],
  ['Buurtverbinders', 7],
  ['Training signaleren voor huisartsen', 5],
  ['Wijkrestaurant', 3],
  ['Week tegen Eenzaamheid', 2],
];
const INDICATORS = [
  {
    line: 'Aandeel ouderen dat zich eenzaam voelt → voelen zich eenzaam',
    type: 'effect',
    valueType: 'percentage',
    direction: 'decrease',
    baseline: '48',
    target: '40',
    source: 'GGD Gezondheidsmonitor',
    owner: 'Gemeente Voorbeeldstad',
    measured: ['2025', '46'],
  },
  {
    line: 'Aantal maatjeskoppels → Maatjesproject',
    type: 'process',
    valueType: 'count',
    direction: 'increase',
    baseline: '20',
    target: '60',
    source: 'Registratie De Brug',
    owner: 'Welzijnsorganisatie De Brug',
    measured: ['2025', '34'],
  },
  {
    line: 'Aandeel huisartsen getraind in signaleren → Training signaleren',
    type: 'process',
    valueType: 'percentage',
    direction: 'increase',
    baseline: '10',
    target: '80',
    source: 'Registratie huisartsen',
    owner: 'Huisartsen',
    measured: ['2025-K4', '45'],
  },
  {
    line: 'Aantal bezoekers van de koffieochtenden → Koffieochtenden',
    type: 'process',
    valueType: 'count',
    direction: 'increase',
    baseline: '0',
    target: '500',
    source: 'Bezoekersregistratie bibliotheek',
    owner: 'Bibliotheek Midden',
    measured: ['31-12-2025', '220'],
  },
];

const titleOf = (line: string) => line.split(/ [→←] /)[0]!;

describe('a whole bliksemtraject on loneliness, counted', () => {
  it('builds the measured plan in the workshop’s own order in at most 110 actions', async () => {
    const { page } = suite.editor;
    const act = new Actions(page);
    const capture = (kind: string) => page.getByRole('textbox', { name: `Snel invoeren: ${kind}` });
    const captureRegion = (kind: string) => page.getByRole('region', { name: `Snel invoeren: ${kind}` });
    const step = (name: string) => page.locator(`[data-step="${name}"]`);
    const type = async (kind: string, lines: readonly string[]) => {
      await act.fill(capture(kind), lines.join('\n'));
      await act.press('Enter');
    };

    await act.click(page.getByRole('button', { name: 'Nieuw', exact: true }));
    await act.click(page.getByRole('region', { name: 'Algemeen: elk onderwerp' }).getByRole('button', { name: /^Leeg/ }));
    await act.click(page.getByRole('button', { name: 'Werksessie', exact: true }));
    act.part('a new plan on any subject, workshop mode');

    // Step 1: the organisations in the room become partners in one click; two target groups, one a risk group; the period.
    await act.fill(page.getByLabel(/^Deelnemende organisaties/), PARTNERS.join('\n'));
    await act.click(page.getByRole('button', { name: '5 organisaties als partner toevoegen' }));
    const groups = page.getByRole('region', { name: 'Doelgroepen' });
    for (const [i, name] of TARGET_GROUPS.entries()) {
      await act.click(groups.getByRole('button', { name: 'Doelgroep toevoegen' }));
      // A new target group opens with its name focused: typing names it.
      const item = groups.locator('li').nth(i);
      await act.fill(item.getByLabel('Naam', { exact: true }), name);
      if (i === 0) await act.check(item.getByLabel('Risicogroep (loopt meer risico)', { exact: true }));
    }
    await act.fill(page.getByLabel('Looptijd: van (jaar)'), '2025');
    await act.fill(page.getByLabel('Looptijd: tot en met (jaar)'), '2028');
    act.part('step 1: partners, target groups, period');

    // Step 2: goals at three levels, each naming the goal it serves.
    await act.click(step('goals'));
    await type('Doel', GOALS.strategic);
    await act.select(captureRegion('Doel').getByLabel('Niveau'), 'tactical');
    await type('Doel', GOALS.tactical);
    await act.select(captureRegion('Doel').getByLabel('Niveau'), 'operational');
    await type('Doel', GOALS.operational);
    act.part('step 2: 5 goals at three levels');

    // Step 3: interventions group by group, with the partner that carries them; then target groups on all at once.
    await act.click(step('interventions'));
    for (const [group, partner, interventions] of GROUPS) {
      await act.fill(captureRegion('Interventie').getByLabel('Groep', { exact: true }), group);
      await act.fill(captureRegion('Interventie').getByLabel('Partner', { exact: true }), partner);
      await type('Interventie', interventions);
    }
    await expect.poll(async () => (await currentDocument(page)).nodes.filter((n) => n.kind === 'intervention').length).toBe(9);
    await act.press('Escape');
    await act.press('Control+A');
    const selection = page.getByRole('group', { name: 'Doelgroepen voor 9 interventies' });
    for (const name of TARGET_GROUPS) await act.check(selection.getByRole('checkbox', { name }));
    act.part('step 3: 9 interventions in 3 groups, partners, target groups');

    // Step 4, after step 3: outcomes, then mechanisms linked back to the interventions, and an assumption.
    await act.click(step('mechanisms'));
    await type('Uitkomst', OUTCOMES);
    await type('Werkzaam mechanisme', MECHANISMS);
    await type('Aanname', [ASSUMPTION]);
    act.part('step 4: 6 outcomes, 7 mechanisms, 1 assumption, all linked');

    // Step 5: 15 voters' dots typed from the paper, and the three priorities.
    await act.click(step('prioritise'));
    await act.fill(page.getByLabel('Deelnemers of tafels'), '15');
    for (const [title, dots] of TALLIES) await act.fill(page.getByLabel(`Stippen voor ${title}`, { exact: true }), String(dots));
    for (const [title] of TALLIES.slice(0, 3)) await act.check(page.getByLabel(`„${title}” als prioriteit kiezen`));
    act.part('step 5: 15 voters’ tallies, 3 priorities');

    // Step 6: the indicators, each with its details; one more partner.
    await act.click(step('partners-and-measures'));
    await type(
      'Indicator',
      INDICATORS.map((indicator) => indicator.line),
    );
    await expect
      .poll(async () => {
        const now = await currentDocument(page);
        return now.nodes.filter((n) => n.kind === 'indicator').length === 4 && now.nodes.every((n) => now.layout?.positions[n.id]);
      })
      .toBe(true);
    await act.click(page.getByRole('button', { name: 'Alles in beeld', exact: true }));
    await viewSettled(page);
    let doc = await currentDocument(page);
    const card = (title: string) => page.locator(`.react-flow__node[data-id="${doc.nodes.find((n) => n.title === title)!.id}"]`);
    const inspector = page.locator('.editor__right');
    for (const indicator of INDICATORS) {
      await act.click(card(titleOf(indicator.line)));
      if (indicator.type !== 'effect') await act.select(inspector.getByLabel('Soort indicator'), indicator.type);
      await act.select(inspector.getByLabel('Soort waarde'), indicator.valueType);
      if (indicator.direction !== 'increase') await act.select(inspector.getByLabel('Richting'), indicator.direction);
      // The baseline takes the year before the plan period, the target its last year, unless another date is typed.
      await act.fill(inspector.getByLabel('Nulmeting: waarde'), indicator.baseline);
      await act.fill(inspector.getByLabel('Streefwaarden 1: waarde'), indicator.target);
      await act.fill(inspector.getByLabel('Bron', { exact: true }), indicator.source);
      await act.select(inspector.getByLabel('Eigenaar'), { label: indicator.owner });
      await act.click(inspector.getByRole('button', { name: 'Meting toevoegen' }));
      await act.fill(inspector.getByLabel('Datum of periode 1'), indicator.measured[0]!);
      await act.fill(inspector.getByLabel('Waarde 1', { exact: true }), indicator.measured[1]!);
    }
    await act.click(card('Koffieochtenden in de bibliotheek'));
    await act.check(inspector.getByRole('group', { name: 'Uitvoerende partners' }).getByRole('checkbox', { name: 'Bibliotheek Midden' }));
    act.part('step 6: 4 indicators with their details, a partner');

    // The plan holds the measured shape.
    await expect
      .poll(async () => {
        const node = (await currentDocument(page)).nodes.find((n) => n.title === 'Koffieochtenden in de bibliotheek');
        return node?.kind === 'intervention' ? node.actors.length : 0;
      })
      .toBe(2);
    doc = await currentDocument(page);
    const of = <K extends Document['nodes'][number]['kind']>(kind: K) =>
      doc.nodes.filter((n): n is Extract<Document['nodes'][number], { kind: K }> => n.kind === kind);
    const byTitle = (title: string) => doc.nodes.find((n) => n.title === title)!;
    expect(
      of('goal')
        .map((n) => n.level)
        .sort(),
    ).toEqual(['operational', 'operational', 'strategic', 'tactical', 'tactical']);
    expect([of('outcome').length, of('mechanism').length, of('intervention').length, of('assumption').length]).toEqual([6, 7, 9, 1]);
    expect(new Set(of('intervention').map((n) => n.group)).size).toBe(3);
    expect(doc.groups.map((g) => g.title)).toEqual(GROUPS.map(([group]) => group));
    for (const node of of('intervention')) {
      expect(node.targetGroups, node.title).toHaveLength(2);
      expect(node.actors.length, node.title).toBeGreaterThanOrEqual(1);
    }
    expect(doc.actors.map((a) => a.name)).toEqual(PARTNERS);
    const kindOf = (id: string) => doc.nodes.find((n) => n.id === id)!.kind;
    const links = (from: string, to: string) => doc.edges.filter((e) => kindOf(e.source) === from && kindOf(e.target) === to).length;
    expect(links('intervention', 'mechanism')).toBe(10);
    expect(links('mechanism', 'outcome')).toBe(7);
    expect(links('outcome', 'goal')).toBe(6);
    expect(links('goal', 'goal')).toBe(4);
    expect(Object.values(doc.workshop!.votes).reduce((a, b) => a + b, 0)).toBe(45);
    expect(of('intervention').filter((n) => n.priority)).toHaveLength(3);
    for (const indicator of INDICATORS) {
      const node = byTitle(titleOf(indicator.line));
      expect(node).toMatchObject({
        kind: 'indicator',
        type: indicator.type,
        valueType: indicator.valueType,
        direction: indicator.direction,
        baseline: { value: Number(indicator.baseline), date: '2024-12-31' },
        targets: [{ value: Number(indicator.target), date: '2028-12-31' }],
        source: indicator.source,
        owner: doc.actors.find((a) => a.name === indicator.owner)!.id,
      });
      expect((node as Extract<typeof node, { kind: 'indicator' }>).measurements).toHaveLength(1);
    }
    await page.screenshot({ path: `${SCREENSHOTS}action-count-loneliness.png` });

    console.log(`actions: ${act.count}\n${act.steps.map(([name, n]) => `  ${String(n).padStart(3)}  ${name}`).join('\n')}`);
    // A new user needed 214 actions (and 45 clicks for the dots): half of that is the target.
    expect(act.count).toBeLessThanOrEqual(110);
  });
});
