// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, createNode } from '@veranderlogica/core';
import type { QueuedCommand } from '@veranderlogica/core/sync';
import { LanguageProvider } from '../i18n/translate.js';
import { ParticipantScreen, type ParticipantScreenProps } from './ParticipantScreen.js';
import { roomState } from './stories-support.js';

afterEach(cleanup);

const plan = {
  ...createDocument({
    title: 'Eenzaamheid',
    topic: 'algemeen',
    workshop: { step: 'mechanisms' as const, dotsPerParticipant: 3, votes: { 'int-a': 5 } },
  }),
  nodes: [
    createNode('goal', { id: 'goal-1', title: 'Minder eenzaamheid' }),
    createNode('intervention', { id: 'int-a', title: 'Buurtkamer' }),
    createNode('intervention', { id: 'int-b', title: 'Koffieochtend' }),
  ],
};

function participant(props: Partial<ParticipantScreenProps> = {}) {
  const onAddCard = vi.fn();
  const onVote = vi.fn();
  render(
    <LanguageProvider language="nl">
      <ParticipantScreen
        document={plan}
        room={roomState()}
        status="connected"
        captureKinds={['mechanism', 'outcome']}
        waiting={[]}
        mine={new Set(['int-b'])}
        myVotes={{}}
        secondsLeft={undefined}
        message={undefined}
        onAddCard={onAddCard}
        onVote={onVote}
        {...props}
      />
    </LanguageProvider>,
  );
  return { onAddCard, onVote };
}

describe('ParticipantScreen', () => {
  it('proposes a card of the kind chosen among the step’s kinds, trimmed, and empties the field', async () => {
    const { onAddCard } = participant();
    const add = screen.getByRole<HTMLButtonElement>('button', { name: 'Kaart toevoegen' });
    expect(add.disabled).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: /uitkomst/i }));
    const field = screen.getByRole('textbox', { name: /Nieuwe kaart \(uitkomst\)/i });
    await userEvent.type(field, '  Mensen kennen elkaar  {Enter}');
    expect(onAddCard).toHaveBeenCalledWith('Mensen kennen elkaar', 'outcome');
    expect((field as HTMLInputElement).value).toBe('');
  });

  it('keeps the field shut while the facilitator has locked the room', () => {
    participant({ room: roomState({ locked: true }) });
    expect(screen.getByRole<HTMLInputElement>('textbox').disabled).toBe(true);
  });

  it('places dots within the budget, counting the ones that wait for a connection, and hides the tally until it is shown', async () => {
    const queued: QueuedCommand[] = [{ key: 'k-1', command: { type: 'vote', card: 'int-a', delta: 1 }, at: 0 }];
    const { onVote } = participant({ room: roomState({ voting: 'open' }), myVotes: { 'int-b': 1 }, queued });
    const vote = within(screen.getByRole('region', { name: 'Stippen plakken' }));
    expect(vote.getByRole('status').textContent).toBe('Je hebt nog 1 van 3 stippen.');
    // Others' dots stay hidden in a running ballot; this person's own are shown.
    expect(screen.queryByText('5')).toBeNull();
    expect(vote.getByText('De uitslag komt als de facilitator hem toont.')).toBeTruthy();
    expect(globalThis.document.querySelector('[data-card="int-b"]')!.textContent).toContain('van jou');
    expect(globalThis.document.querySelector('[data-card="int-a"]')!.textContent).not.toContain('van jou');
    await userEvent.click(vote.getByRole('button', { name: 'Stip op „Koffieochtend”' }));
    expect(onVote).toHaveBeenLastCalledWith('int-b', 1);
    await userEvent.click(vote.getByRole('button', { name: 'Stip van „Buurtkamer” halen' }));
    expect(onVote).toHaveBeenLastCalledWith('int-a', -1);
    cleanup();
    participant({ room: roomState({ voting: 'open' }), myVotes: { 'int-b': 2 }, queued });
    // The budget is spent (two placed, one waiting): no more dots anywhere.
    for (const button of screen.getAllByRole('button', { name: /^Stip op/ })) expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('counts no dots on a card called like an Object.prototype member until it has some', async () => {
    const named = { ...plan, nodes: [...plan.nodes, createNode('intervention', { id: 'valueOf', title: 'Wandelgroep' })] };
    const { onVote } = participant({ document: named, room: roomState({ voting: 'revealed' }) });
    expect(globalThis.document.querySelector('[data-card="valueOf"] .vl-participant__count')!.textContent).toBe('0');
    cleanup();
    participant({ document: named, room: roomState({ voting: 'open' }), onVote });
    const vote = within(screen.getByRole('region', { name: 'Stippen plakken' }));
    expect(vote.getByRole('status').textContent).toBe('Je hebt nog 3 van 3 stippen.');
    expect(vote.getByRole<HTMLButtonElement>('button', { name: 'Stip van „Wandelgroep” halen' }).disabled).toBe(true);
    await userEvent.click(vote.getByRole('button', { name: 'Stip op „Wandelgroep”' }));
    expect(onVote).toHaveBeenLastCalledWith('valueOf', 1);
  });

  it('shows the room’s tally once the facilitator reveals it', () => {
    participant({ room: roomState({ voting: 'revealed' }) });
    expect(screen.getByText('5')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Stip op/ })).toBeNull();
  });
});
