// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocument, NODE_KIND_SPECS } from '@veranderlogica/core';
import { ideaOperations, sortIdea } from '@veranderlogica/core/workshop';
import { LanguageProvider } from '../i18n/translate.js';
import { usePlan, type PlanProbe } from '../test-support/plan.js';
import { IdeasLane } from './IdeasLane.js';

afterEach(cleanup);

const probe: PlanProbe = { current: undefined };
const latest = () => probe.current!;
/** The lane on a plan that the core's idea operations really change. */
function Lane() {
  const { document, apply } = usePlan(() => createDocument({ title: 'Eenzaamheid', workshop: {} }), { probe });
  return (
    <LanguageProvider language="nl">
      <IdeasLane
        document={document}
        onAdd={(text) => apply(ideaOperations(document, text))}
        onSort={(id, kind) => apply(sortIdea(document, id, kind))}
        onRemove={(id) => apply([{ type: 'removeIdea', id }])}
      />
    </LanguageProvider>
  );
}

const ideas = () => within(screen.getByRole('list')).queryAllByRole('listitem');

describe('IdeasLane', () => {
  it('takes ideas a line each, and sorts one into a card by its key, by the list, or throws it away', async () => {
    render(<Lane />);
    const field = screen.getByRole('textbox', { name: 'Nieuw idee' });
    await userEvent.type(field, 'Buurtkamer in de bibliotheek{Enter}');
    await userEvent.type(field, 'Huisbezoek bij 75-plussers{Enter}');
    await userEvent.type(field, 'Wandelgroep{Enter}');
    expect(ideas().map((item) => item.textContent)).toEqual([
      expect.stringContaining('Buurtkamer'),
      expect.stringContaining('Huisbezoek'),
      expect.stringContaining('Wandelgroep'),
    ]);
    expect(screen.getByRole('heading').textContent).toContain('(3)');

    // The intervention key on an idea makes it an intervention card, and the idea leaves the lane.
    const key = NODE_KIND_SPECS.intervention.shortcut;
    ideas()[0]!.focus();
    await userEvent.keyboard(key);
    expect(latest().nodes.map((node) => [node.kind, node.title])).toEqual([['intervention', 'Buurtkamer in de bibliotheek']]);
    expect(ideas()).toHaveLength(2);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Soort voor „Huisbezoek bij 75-plussers”' }), 'intervention');
    expect(latest().nodes).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: '„Wandelgroep” weggooien' }));
    expect(ideas()).toHaveLength(0);
    expect(latest().nodes).toHaveLength(2);
  });

  it('leaves a key with Ctrl to the editor, and an empty line makes no idea', async () => {
    render(<Lane />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Nieuw idee' }), '   {Enter}Ontmoeten{Enter}');
    expect(ideas()).toHaveLength(1);
    ideas()[0]!.focus();
    await userEvent.keyboard(`{Control>}${NODE_KIND_SPECS.goal.shortcut}{/Control}`);
    expect(latest().nodes).toHaveLength(0);
    expect(ideas()).toHaveLength(1);
  });
});
