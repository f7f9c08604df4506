// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor, createDocument, createNode, type Document } from '@veranderlogica/core';
import { assignToSelection, setOnSelection } from '@veranderlogica/core/editing';
import { LanguageProvider } from '../i18n/translate.js';
import { usePlan, type PlanProbe } from '../test-support/plan.js';
import { SelectionEditor } from './SelectionEditor.js';

afterEach(cleanup);

const start = (): Document => ({
  ...createDocument({
    title: 'Eenzaamheid',
    groups: [
      { id: 'g-1', title: 'Ontmoeten', kind: 'strategy', description: '', crossCutting: false },
      { id: 'g-2', title: 'Signaleren', kind: 'strategy', description: '', crossCutting: false },
    ],
    actors: [createActor({ id: 'a-1', name: 'Welzijn' }), createActor({ id: 'a-2', name: 'Bibliotheek' })],
  }),
  nodes: [
    createNode('intervention', { id: 'int-a', title: 'Buurtkamer', group: 'g-1', actors: ['a-1'] }),
    createNode('intervention', { id: 'int-b', title: 'Koffieochtend', group: 'g-2' }),
    createNode('intervention', { id: 'int-c', title: 'Huisbezoek', group: 'g-1', actors: ['a-1'] }),
    createNode('goal', { id: 'goal-1', title: 'Minder eenzaamheid', level: 'strategic' }),
  ],
});

const probe: PlanProbe = { current: undefined };
/** The editor on a plan its choices really change, through the core's selection operations. */
function Editor({ selected }: { selected: ReadonlySet<string> }) {
  const { document, apply } = usePlan(start, { probe });
  return (
    <LanguageProvider language="nl">
      <SelectionEditor
        document={document}
        selected={selected}
        onAssign={(field, value, on) => apply(assignToSelection(document, selected, field, value, on))}
        onSet={(field, value, ids) => apply(setOnSelection(document, ids, field, value))}
      />
    </LanguageProvider>
  );
}

describe('SelectionEditor', () => {
  it('shows nothing for fewer than two cards', () => {
    render(<Editor selected={new Set(['int-a'])} />);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('says “verschillend” where the cards differ, and one choice gives every card that has the field the same value', async () => {
    render(<Editor selected={new Set(['int-a', 'int-b', 'int-c', 'goal-1'])} />);
    expect(screen.getByRole('region', { name: '4 kaarten tegelijk bewerken' })).toBeTruthy();
    const group = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Groep (3 kaarten)' });
    expect(group.selectedOptions[0]!.textContent).toBe('— verschillend —');
    await userEvent.selectOptions(group, 'g-2');
    expect(probe.current!.nodes.filter((node) => node.kind === 'intervention').map((node) => node.group)).toEqual(['g-2', 'g-2', 'g-2']);
    expect(group.value).toBe('g-2');
    // The goal has a level of its own: one choice for the goals only.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Niveau (1 doel)' }), 'tactical');
    expect(probe.current!.nodes.find((node) => node.id === 'goal-1')).toMatchObject({ level: 'tactical' });
  });

  it('shows a partner that some interventions have as “some”, and puts it on every one or takes it off', async () => {
    render(<Editor selected={new Set(['int-a', 'int-b', 'int-c'])} />);
    const partners = within(screen.getByRole('group', { name: 'Partners voor 3 interventies' }));
    const welzijn = partners.getByRole<HTMLInputElement>('checkbox', { name: 'Welzijn' });
    expect(welzijn.indeterminate).toBe(true);
    expect(welzijn.getAttribute('aria-checked')).toBe('mixed');
    await userEvent.click(welzijn);
    expect(probe.current!.nodes.flatMap((node) => (node.kind === 'intervention' ? [node.actors] : []))).toEqual([
      ['a-1'],
      ['a-1'],
      ['a-1'],
    ]);
    expect(welzijn.checked).toBe(true);
    expect(welzijn.indeterminate).toBe(false);
    await userEvent.click(welzijn);
    expect(probe.current!.nodes.every((node) => node.kind !== 'intervention' || node.actors.length === 0)).toBe(true);
    expect(partners.getByRole<HTMLInputElement>('checkbox', { name: 'Bibliotheek' }).checked).toBe(false);
  });
});
