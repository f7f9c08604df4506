// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, createNode, type Document, type Operation } from '@veranderlogica/core';
import { LanguageProvider } from '../i18n/translate.js';
import { usePlan } from '../test-support/plan.js';
import { RESORT_AFTER_MS, VotingPanel } from './VotingPanel.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const plan = (): Document => ({
  ...createDocument({ title: 'Eenzaamheid', workshop: { dotsPerParticipant: 2, votes: { 'int-a': 2 } } }),
  nodes: [
    createNode('goal', { id: 'goal-1', title: 'Minder eenzaamheid' }),
    createNode('intervention', { id: 'int-a', title: 'Buurtkamer' }),
    createNode('intervention', { id: 'int-b', title: 'Koffieochtend' }),
    createNode('intervention', { id: 'int-c', title: 'Huisbezoek' }),
  ],
});

/** The panel on a plan that every vote really changes, through the core's operations. */
function Room({ spy, typed }: { spy: (operation: Operation) => void; typed?: boolean }) {
  const { document, apply } = usePlan(plan, { onApply: spy });
  return (
    <LanguageProvider language="nl">
      <VotingPanel
        document={document}
        participants={2}
        onVote={(id, delta) => apply({ type: 'vote', id, delta })}
        {...(typed ? { onSetVotes: (id: string, votes: number) => apply({ type: 'setVotes', id, votes }) } : {})}
        onPriority={(id, priority) => apply({ type: 'updateNode', id, changes: { priority } })}
        onSettings={vi.fn()}
      />
    </LanguageProvider>
  );
}

const order = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('data-id'));

describe('VotingPanel', () => {
  it('holds the list still while dots go on, so the same spot keeps the same card, and sorts after a pause or on request', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const spy = vi.fn();
    render(<Room spy={spy} />);
    expect(order()).toEqual(['int-a', 'int-b', 'int-c']);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Stip erbij voor „Huisbezoek”' }));
    expect(spy).toHaveBeenLastCalledWith({ type: 'vote', id: 'int-c', delta: 1 });
    // Three dots on the last card: it now leads, but the list has not moved under the pointer.
    expect(order()).toEqual(['int-a', 'int-b', 'int-c']);
    expect(screen.getByRole('status').textContent).toBe('5 van 4 stippen gebruikt');
    expect(screen.getByRole('status').className).toContain('vl-voting__budget--over');
    const sort = screen.getByRole<HTMLButtonElement>('button', { name: 'Sorteren op stemmen' });
    expect(sort.disabled).toBe(false);
    await act(() => vi.advanceTimersByTimeAsync(RESORT_AFTER_MS + 10));
    expect(order()).toEqual(['int-c', 'int-a', 'int-b']);
    expect(sort.disabled).toBe(true);
  });

  it('takes a typed tally of paper dots, digits only, a blank as none', async () => {
    const spy = vi.fn();
    render(<Room spy={spy} typed />);
    const tally = screen.getByRole<HTMLInputElement>('textbox', { name: 'Stippen voor Koffieochtend' });
    await userEvent.type(tally, '7');
    expect(spy).toHaveBeenLastCalledWith({ type: 'setVotes', id: 'int-b', votes: 7 });
    await userEvent.type(tally, 'x');
    expect(spy).toHaveBeenCalledTimes(1);
    await userEvent.clear(tally);
    expect(spy).toHaveBeenLastCalledWith({ type: 'setVotes', id: 'int-b', votes: 0 });
    // No dot to take from a card without any.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Stip eraf voor „Koffieochtend”' }).disabled).toBe(true);
  });

  it('lets interventions be chosen as priorities, and shows goals only when asked', async () => {
    const spy = vi.fn();
    render(<Room spy={spy} />);
    expect(order()).not.toContain('goal-1');
    await userEvent.click(screen.getByRole('checkbox', { name: '„Buurtkamer” als prioriteit kiezen' }));
    expect(spy).toHaveBeenLastCalledWith({ type: 'updateNode', id: 'int-a', changes: { priority: true } });
    expect(screen.getByRole('list').querySelector('[data-id="int-a"]')!.className).toContain('vl-voting__item--priority');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ook doelen' }));
    expect(order()).toContain('goal-1');
    expect(screen.queryByRole('checkbox', { name: '„Minder eenzaamheid” als prioriteit kiezen' })).toBeNull();
  });
});
