// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../i18n/translate.js';
import { reviewedExample } from './reviewed-example.js';
import { ReviewerScreen } from './ReviewerScreen.js';

afterEach(cleanup);

const document = reviewedExample();
const [ggd, , police] = document.actors;
const round = document.reviews[0]!.id;

function screenFor(partner: string, scope: 'plan' | 'own', handlers = { onComment: vi.fn(), onSuggest: vi.fn() }) {
  render(
    <LanguageProvider language="nl">
      <ReviewerScreen document={document} partner={partner} scope={scope} round={round} status="connected" {...handlers} />
    </LanguageProvider>,
  );
  return handlers;
}

describe('ReviewerScreen', () => {
  it('offers a limited partner only its own interventions, and the plan as a whole', () => {
    screenFor(police!.id, 'own');
    const own = document.nodes.filter((node) => node.kind === 'intervention' && node.actors.includes(police!.id)).map((node) => node.id);
    const options = [...screen.getByRole('combobox', { name: 'Waar gaat uw reactie of voorstel over?' }).querySelectorAll('option')].map(
      (option) => option.value,
    );
    expect(options).toEqual(['', ...own]);
  });

  it('sends a comment in the name given, and a suggestion built by the core', async () => {
    const { onComment, onSuggest } = screenFor(ggd!.id, 'plan');
    const goal = document.nodes.find((node) => node.kind === 'goal')!;
    await userEvent.type(screen.getByRole('textbox', { name: 'Uw naam' }), 'Femke');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Waar gaat uw reactie of voorstel over?' }), goal.id);
    await userEvent.type(screen.getByRole('textbox', { name: 'Reactie' }), 'Meetbaar?');
    await userEvent.click(screen.getByRole('button', { name: 'Reactie versturen' }));
    expect(onComment).toHaveBeenCalledWith({ about: goal.id, text: 'Meetbaar?', author: 'Femke' });
    // A new indicator for the goal: it measures the goal.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Soort voorstel' }), 'indicator');
    await userEvent.type(screen.getByRole('textbox', { name: 'Titel' }), 'Slachtofferschap');
    await userEvent.click(screen.getByRole('button', { name: 'Voorstel versturen' }));
    const sent = onSuggest.mock.calls[0]![0] as {
      proposal: { type: string; node: { kind: string }; edges: { target: string; kind: string }[] };
    };
    expect(sent.proposal).toMatchObject({ type: 'addNode', node: { kind: 'indicator' }, edges: [{ target: goal.id, kind: 'measures' }] });
    // A target needs an indicator: the partner is told, nothing is sent.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Soort voorstel' }), 'target');
    await userEvent.click(screen.getByRole('button', { name: 'Voorstel versturen' }));
    expect(screen.getByRole('alert').textContent).toContain('Kies een indicator');
    expect(onSuggest).toHaveBeenCalledTimes(1);
  });

  it('shows what this partner sent, with the owner’s answer, and a closed round refuses more', () => {
    render(
      <LanguageProvider language="nl">
        <ReviewerScreen
          document={{ ...document, reviews: document.reviews.map((r) => ({ ...r, closed: true })) }}
          partner={ggd!.id}
          scope="plan"
          round={round}
          status="connected"
          onComment={() => {}}
          onSuggest={() => {}}
        />
      </LanguageProvider>,
    );
    expect(screen.getByText('Het CJG, vanaf 2027.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('gesloten');
    expect(screen.queryByRole('button', { name: 'Reactie versturen' })).toBeNull();
  });
});
