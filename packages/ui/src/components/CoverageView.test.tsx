// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, createDocument, createEdge, createNode, type Document } from '@veranderlogica/core';
import { LanguageProvider } from '../i18n/translate.js';
import { usePlan, type PlanProbe } from '../test-support/plan.js';
import { CoverageView } from './CoverageView.js';

afterEach(cleanup);

// A loneliness plan with its own areas: two partners' interventions at home lead to the same outcome (a possible
// overlap); in the neighbourhood, nothing reaches the carers (a gap).
const outcome = createNode('outcome', { id: 'out-1', title: 'Ouderen hebben vaker contact' });
const home1 = createNode('intervention', { id: 'int-a', title: 'Huisbezoek', area: 'thuis', targetGroups: ['tg-old'], actors: ['a-1'] });
const home2 = createNode('intervention', { id: 'int-b', title: 'Belcirkel', area: 'thuis', targetGroups: ['tg-old'], actors: ['a-2'] });
const street = createNode('intervention', { id: 'int-c', title: 'Buurtkamer', area: 'wijk', targetGroups: ['tg-old'], actors: ['a-1'] });
const start = (): Document => ({
  ...createDocument({
    title: 'Eenzaamheid',
    areas: [
      { id: 'thuis', label: 'Thuis' },
      { id: 'wijk', label: 'In de wijk' },
    ],
    targetGroups: [
      { id: 'tg-old', name: 'Ouderen', description: '', risk: true },
      { id: 'tg-care', name: 'Mantelzorgers', description: '', risk: false },
    ],
    actors: [createActor({ id: 'a-1', name: 'Welzijn' }), createActor({ id: 'a-2', name: 'Zonnebloem' })],
  }),
  nodes: [outcome, home1, home2, street],
  edges: [createEdge(home1, outcome), createEdge(home2, outcome), createEdge(street, outcome)],
});

const probe: PlanProbe = { current: undefined };
function Coverage({ onSelectCell }: { onSelectCell: () => void }) {
  const { document, apply } = usePlan(start, { probe });
  return (
    <LanguageProvider language="nl">
      <CoverageView
        document={document}
        onSelectCell={onSelectCell}
        onReach={(id, group, on) => apply({ type: on ? 'addToNode' : 'removeFromNode', id, field: 'targetGroups', value: group })}
      />
    </LanguageProvider>
  );
}

const cell = (area: string, group: string) =>
  screen.getByRole('row', { name: new RegExp(`^${area}`) }).querySelectorAll('td')[group === 'Ouderen' ? 0 : 1]!;

describe('CoverageView', () => {
  it('shows the plan’s own areas by target group, a possible overlap where two partners reach the same outcome, and the gaps', async () => {
    const onSelectCell = vi.fn();
    render(<Coverage onSelectCell={onSelectCell} />);
    expect(screen.getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['Thuis', 'In de wijk']);
    expect(cell('Thuis', 'Ouderen').getAttribute('data-status')).toBe('overlap');
    expect(cell('Thuis', 'Ouderen').textContent).toContain('mogelijke dubbeling');
    expect(cell('In de wijk', 'Mantelzorgers').getAttribute('data-status')).toBe('gap');
    expect(screen.getByRole('status').textContent).toMatch(/2 witte vlekken/);
    await userEvent.click(within(cell('Thuis', 'Ouderen')).getByRole('button'));
    expect(onSelectCell).toHaveBeenCalledWith(
      expect.objectContaining({ area: 'thuis', targetGroup: 'tg-old', interventions: ['int-a', 'int-b'] }),
    );
  });

  it('lets a gap be closed where it was only a target group never asked for: tick the area’s interventions that do reach it', async () => {
    render(<Coverage onSelectCell={vi.fn()} />);
    const gap = within(cell('In de wijk', 'Mantelzorgers')).getByRole('button');
    await userEvent.click(gap);
    expect(gap.getAttribute('aria-expanded')).toBe('true');
    const reach = within(screen.getByRole('group', { name: 'Welke interventies in In de wijk bereiken Mantelzorgers?' }));
    // Only the interventions of that area are offered.
    expect(reach.getAllByRole('checkbox')).toHaveLength(1);
    expect(reach.queryByRole('checkbox', { name: 'Huisbezoek' })).toBeNull();
    await userEvent.click(reach.getByRole('checkbox', { name: 'Buurtkamer' }));
    expect(probe.current!.nodes.find((node) => node.id === 'int-c')).toMatchObject({ targetGroups: ['tg-old', 'tg-care'] });
    expect(cell('In de wijk', 'Mantelzorgers').getAttribute('data-status')).not.toBe('gap');
    expect(screen.getByRole('status').textContent).toMatch(/1 witte vlek\b/);
  });
});
