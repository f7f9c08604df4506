import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Document } from '@veranderlogica/core';
import { currentDocument, editorForSuite, viewSettled } from './browser.js';

const suite = editorForSuite(inject('baseURL'));

/**
 * Counts what a facilitator does: a click, a key, or a text typed or pasted into one field each count as one
 * action (typing a title is one action however long the title).
 */
class Actions {
  count = 0;
  constructor(private readonly page: Page) {}
  async click(target: Locator, options: { modifiers?: 'Control'[] } = {}) {
    this.count++;
    await target.click(options);
  }
  async fill(target: Locator, text: string) {
    this.count++;
    await target.fill(text);
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

const GOAL = 'Minder seksueel geweld onder jongeren';
const OUTCOMES = ['Jongeren kennen hun grenzen', 'Omstanders grijpen in', 'Slachtoffers vinden sneller hulp'];
const MECHANISMS = ['Bewustwording van grenzen', 'Handelingsverlegenheid neemt af', 'Drempel tot hulp wordt lager'];
const INTERVENTIONS = ['Lespakket relaties en seksualiteit', 'Training omstanders uitgaansleven', 'Spreekuur CSG op school'];

describe('building a small veranderlogica in the workshop, counted', () => {
  it('makes 1 goal, 3 outcomes, 3 mechanisms, 3 interventions, all connected, 2 partners and 2 indicators in few actions', async () => {
    const { page } = suite.editor;
    const act = new Actions(page);
    const capture = (kind: string) => page.getByRole('textbox', { name: `Snel invoeren: ${kind}` });
    const step = (name: string) => page.locator(`[data-step="${name}"]`);

    await act.click(page.getByRole('button', { name: 'Nieuw', exact: true }));
    await act.click(page.getByRole('region', { name: 'Aanpak seksueel geweld' }).getByRole('button', { name: /^Leeg/ }));
    await act.click(page.getByRole('button', { name: 'Werksessie', exact: true }));

    // Step 1: the organisations in the room, made partners in one click.
    await act.fill(page.getByLabel(/^Deelnemende organisaties/), 'GGD regio\nPolitie, team zeden');
    await act.click(page.getByRole('button', { name: '2 organisaties als partner toevoegen' }));

    // Step 2: the goal.
    await act.click(step('goals'));
    await act.fill(capture('Doel'), GOAL);
    await act.press('Enter');

    // Step 4: three outcomes, then a mechanism for each: one line each, "→" naming the card it leads to.
    await act.click(step('mechanisms'));
    await act.fill(capture('Uitkomst'), OUTCOMES.map((outcome) => `${outcome} → ${GOAL}`).join('\n'));
    await act.press('Enter');
    await act.fill(capture('Werkzaam mechanisme'), MECHANISMS.map((mechanism, i) => `${mechanism} → ${OUTCOMES[i]}`).join('\n'));
    await act.press('Enter');

    // Step 3: an intervention for each mechanism, the same way (a part of the title is enough when it is unique).
    await act.click(step('interventions'));
    await act.fill(
      capture('Interventie'),
      INTERVENTIONS.map((intervention, i) => `${intervention} > ${MECHANISMS[i]!.slice(0, 14)}`).join('\n'),
    );
    await act.press('Enter');

    // Step 6: the GGD carries all three interventions (one selection, one tick), the police the second too; two indicators.
    await act.click(step('partners-and-measures'));
    let doc = await currentDocument(page);
    await expect
      .poll(async () => {
        const now = await currentDocument(page);
        return now.nodes.every((n) => now.layout?.positions[n.id] !== undefined);
      })
      .toBe(true);
    await page.getByRole('button', { name: 'Alles in beeld', exact: true }).click();
    await viewSettled(page);
    doc = await currentDocument(page);
    const card = (title: string) => page.locator(`.react-flow__node[data-id="${doc.nodes.find((n) => n.title === title)!.id}"]`);
    await act.click(card(INTERVENTIONS[0]!));
    await act.click(card(INTERVENTIONS[1]!), { modifiers: ['Control'] });
    await act.click(card(INTERVENTIONS[2]!), { modifiers: ['Control'] });
    await act.check(page.getByRole('group', { name: 'Partners voor 3 interventies' }).getByRole('checkbox', { name: 'GGD regio' }));
    // Clicking a card of a selection keeps the selection (to drag them together): first the empty canvas.
    await act.click(page.locator('.react-flow__pane'));
    await act.click(card(INTERVENTIONS[1]!));
    await act.check(page.getByRole('group', { name: 'Uitvoerende partners' }).getByRole('checkbox', { name: 'Politie, team zeden' }));
    await act.fill(
      capture('Indicator'),
      `Aandeel jongeren dat seksueel geweld meemaakte → ${GOAL}\nDagen tot eerste contact met het CSG → ${OUTCOMES[2]}`,
    );
    await act.press('Enter');

    // The plan is complete: every chain runs from intervention to goal, partners carry the interventions, both indicators measure.
    await expect.poll(async () => (await currentDocument(page)).nodes.filter((n) => n.kind === 'indicator').length).toBe(2);
    doc = await currentDocument(page);
    const id = (title: string) => doc.nodes.find((n) => n.title === title)!.id;
    const linked = (a: string, b: string) => doc.edges.some((e) => e.source === id(a) && e.target === id(b));
    for (const outcome of OUTCOMES) expect(linked(outcome, GOAL)).toBe(true);
    for (const [i, mechanism] of MECHANISMS.entries()) expect(linked(mechanism, OUTCOMES[i]!)).toBe(true);
    for (const [i, intervention] of INTERVENTIONS.entries()) expect(linked(intervention, MECHANISMS[i]!)).toBe(true);
    expect(linked('Aandeel jongeren dat seksueel geweld meemaakte', GOAL)).toBe(true);
    expect(linked('Dagen tot eerste contact met het CSG', OUTCOMES[2]!)).toBe(true);
    const interventions = doc.nodes.filter(
      (n): n is Extract<Document['nodes'][number], { kind: 'intervention' }> => n.kind === 'intervention',
    );
    expect(interventions.map((n) => n.actors.length)).toEqual([1, 2, 1]);
    expect(doc.actors.map((a) => a.domain)).toEqual(['care', 'safety']);

    // Done the way the editor allowed before (partners typed in one by one, outcomes added from the list, every
    // connection by hover, "Verbinden…" and a long list, partners ticked card by card) the same plan took 62 actions:
    // half of that is the target.
    console.log(`actions: ${act.count}`);
    expect(act.count).toBeLessThanOrEqual(31);
  });
});
