// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acceptSuggestion,
  adoptPlan,
  commentOperation,
  declineSuggestion,
  replyOperation,
  startReviewRound,
} from '@veranderlogica/core/review';
import { LanguageProvider } from '../i18n/translate.js';
import { usePlan, type PlanProbe } from '../test-support/plan.js';
import { reviewedExample } from './reviewed-example.js';
import { ReviewPanel } from './ReviewPanel.js';
import { ReviewRounds } from './ReviewRounds.js';

afterEach(cleanup);

const probe: PlanProbe = { current: undefined };
const latest = () => probe.current!;
const owner = { name: 'Beleidsmedewerker' };

/** The review panel and the rounds on the reviewed example, wired to the core's review operations. */
function Review({ selected }: { selected?: string }) {
  const { document, apply } = usePlan(reviewedExample, { probe });
  return (
    <LanguageProvider language="nl">
      <ReviewRounds
        document={document}
        today="2026-03-10"
        onStart={(round) => apply(startReviewRound(document, round))}
        onClose={(round) => apply({ type: 'updateReview', id: round, changes: { closed: true } })}
        onAdopt={(adoption) => apply(adoptPlan(document, adoption))}
      />
      <ReviewPanel
        document={document}
        selected={selected}
        onSelect={() => {}}
        onComment={(text, about) => apply(commentOperation(document, { author: owner, text, ...(about && { about }) }))}
        onReply={(thread, text) => apply(replyOperation(document, thread, { author: owner, text }))}
        onResolve={(thread, resolved) => apply({ type: 'updateComment', id: thread, changes: { status: resolved ? 'resolved' : 'open' } })}
        onAccept={(id) => apply(acceptSuggestion(document, id))}
        onDecline={(id, reason) => apply(declineSuggestion(document, id, reason))}
        onPreview={() => {}}
      />
    </LanguageProvider>
  );
}

describe('ReviewPanel', () => {
  it('filters by partner and status, answers and resolves a thread, and comments on the selected card', async () => {
    const start = reviewedExample();
    const [ggd, veiligThuis] = start.actors;
    const card = start.nodes.find((node) => node.kind === 'intervention')!;
    render(<Review selected={card.id} />);
    expect(screen.getByText('2 gesprekken')).toBeTruthy();
    // The declined suggestion is decided: only the open one shows under "Open".
    expect(screen.getByText('1 voorstel')).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Partner' }), veiligThuis!.id);
    expect(screen.getByText('1 gesprek')).toBeTruthy();
    expect(screen.queryByText(/^\d+ voorstel/)).toBeNull();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'all');
    expect(screen.getByText('1 voorstel')).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Partner' }), ggd!.id);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'open');

    const thread = screen.getByText('Wie voert dit uit op het mbo?').closest('li')!;
    await userEvent.type(within(thread).getByRole('textbox', { name: 'Antwoord' }), 'Vanaf augustus.');
    await userEvent.click(within(thread).getByRole('button', { name: 'Antwoorden' }));
    expect(latest().comments.at(-1)).toMatchObject({ replyTo: expect.any(String), text: 'Vanaf augustus.', author: owner });
    await userEvent.click(within(thread).getByRole('button', { name: 'Afhandelen' }));
    expect(latest().comments[0]!.status).toBe('resolved');
    expect(screen.queryByText('Wie voert dit uit op het mbo?')).toBeNull();

    await userEvent.type(screen.getByRole('textbox', { name: `Nieuwe reactie op: Interventie: ${card.title}` }), 'Graag een evaluatie.');
    await userEvent.click(screen.getByRole('button', { name: 'Plaatsen' }));
    expect(latest().comments.at(-1)).toMatchObject({ about: card.id, text: 'Graag een evaluatie.' });
  });

  it('declines only with a reason, accepts in one step, and counts who responded', async () => {
    render(<Review />);
    const suggestion = screen.getByText(/ook in het mbo/).closest('li')!;
    await userEvent.click(within(suggestion).getByRole('button', { name: 'Niet overnemen' }));
    const confirm = within(suggestion.querySelector('form')!).getByRole('button', { name: 'Niet overnemen' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(within(suggestion).getByRole('button', { name: 'Overnemen' }));
    expect(latest().suggestions[0]!.status).toBe('accepted');
    expect(latest().nodes.some((node) => node.title.endsWith('(ook in het mbo)'))).toBe(true);
    const responded = [...document.querySelectorAll('[data-responded]')].map((item) => item.getAttribute('data-responded'));
    expect(responded).toEqual(['true', 'true', 'false']);
  });

  it('starts a round with the partners chosen, and adopts the plan with a version kept', async () => {
    render(<Review />);
    await userEvent.click(screen.getByRole('button', { name: 'Reviewronde starten' }));
    const [first] = reviewedExample().actors;
    await userEvent.click(screen.getByRole('checkbox', { name: first!.name }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: `Waarop ${first!.name} reageert` }), 'own');
    await userEvent.click(screen.getByRole('button', { name: 'Start de ronde met 1 partner' }));
    expect(latest().reviews.at(-1)).toMatchObject({ deadline: '2026-04-07', partners: [{ actor: first!.id, scope: 'own' }] });
    await userEvent.click(screen.getByRole('button', { name: 'Plan vaststellen' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Door' }), 'college');
    await userEvent.click(screen.getByRole('button', { name: 'Vaststellen' }));
    expect(latest()).toMatchObject({ status: 'adopted', adoption: { date: '2026-03-10', body: 'college' } });
    expect(latest().versions.at(-1)!.name).toBe('Vastgesteld 2026-03-10');
    expect(screen.getByText(/Status: vastgesteld op 10 maart 2026 door het college van B en W/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reviewronde starten' })).toBeNull();
  });
});
