// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, createNode } from '@veranderlogica/core';
import type { InboxCard } from '@veranderlogica/core/sync';
import { LanguageProvider, type InterfaceLanguage } from '../i18n/translate.js';
import { RoomPanel, type RoomPanelProps, type RoomPerson } from './RoomPanel.js';
import { roomState } from './stories-support.js';

afterEach(cleanup);

const goal = createNode('goal', { id: 'goal-1', title: 'Minder eenzaamheid onder ouderen' });
const intervention = createNode('intervention', { id: 'int-1', title: 'Buurtkamer' });
const document = { ...createDocument({ title: 'Eenzaamheid' }), nodes: [goal, intervention] };
const people: RoomPerson[] = [
  { id: 'f', name: '', role: 'facilitator', color: '#1f6feb' },
  { id: 'p-1', name: 'Tafel 3', role: 'participant', color: '#b91c1c' },
];
const card = (id: string, kind: InboxCard['kind'], title: string): InboxCard => ({
  id,
  kind,
  title,
  author: 'Tafel 3',
  authorId: 'p-1',
  at: 0,
});

function panel(props: Partial<RoomPanelProps> = {}, language: InterfaceLanguage = 'nl') {
  const handlers = {
    onAccept: vi.fn(),
    onMerge: vi.fn(),
    onPark: vi.fn(),
    onVoting: vi.fn(),
    onTimer: vi.fn(),
    onLock: vi.fn(),
    onCloseRoom: vi.fn(),
    onRemove: vi.fn(),
    onRoomOptions: vi.fn(),
  };
  render(
    <LanguageProvider language={language}>
      <RoomPanel
        document={document}
        code="K7QMWX"
        joinUrl="https://example.org/?join=K7QMWX"
        status="connected"
        people={people}
        inbox={[]}
        room={roomState()}
        serverNow={() => 1_000_000}
        {...handlers}
        {...props}
      />
    </LanguageProvider>,
  );
  return handlers;
}

describe('RoomPanel', () => {
  it('names someone without a name by their role, in the reader’s language, and offers to remove participants only', async () => {
    const { onRemove } = panel();
    const list = within(screen.getByRole('list'));
    expect(list.getAllByRole('listitem')[0]!.textContent).toBe('facilitator');
    expect(list.getAllByRole('listitem')[1]!.textContent).toContain('Tafel 3 (deelnemer)');
    expect(list.getAllByRole('button')).toHaveLength(1);
    await userEvent.click(list.getByRole('button', { name: /Tafel 3/ }));
    expect(onRemove).toHaveBeenCalledWith(people[1]);
    cleanup();
    panel({ people: [{ id: 's', name: '', role: 'viewer', color: '#000' }] }, 'en');
    expect(within(screen.getByRole('list')).getByRole('listitem').textContent).toBe('screen');
  });

  it('takes a waiting card in, parks it, or merges it into a card of the same kind only', async () => {
    const waiting = [card('c-1', 'intervention', 'Koffieochtend'), card('c-2', 'goal', 'Meer ontmoeting')];
    const { onAccept, onPark, onMerge } = panel({ inbox: waiting });
    await userEvent.click(screen.getByRole('button', { name: '„Koffieochtend” opnemen in de veranderlogica' }));
    expect(onAccept).toHaveBeenCalledWith(waiting[0]);
    await userEvent.click(screen.getByRole('button', { name: '„Meer ontmoeting” op de parkeerplaats zetten' }));
    expect(onPark).toHaveBeenCalledWith(waiting[1]);
    const merge = screen.getByRole('button', { name: '„Koffieochtend” samenvoegen met een bestaande kaart' });
    await userEvent.click(merge);
    expect(merge.getAttribute('aria-expanded')).toBe('true');
    const select = screen.getByRole('combobox');
    // Only the interventions of the plan: a card merges into one of its own kind.
    expect([...select.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['…', 'Buurtkamer']);
    await userEvent.selectOptions(select, 'int-1');
    expect(onMerge).toHaveBeenCalledWith(waiting[0], 'int-1');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('opens, closes and reveals the vote, says how many voted only while it runs, and keeps the ballot’s kind while it is open', async () => {
    const { onVoting, onRoomOptions } = panel({ voters: 1 });
    expect(screen.queryByTestId('room-voted')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Stemmen openen' }));
    expect(onVoting).toHaveBeenLastCalledWith('open');
    await userEvent.click(screen.getByRole('checkbox', { name: /Open stemmen/ }));
    expect(onRoomOptions).toHaveBeenLastCalledWith({ ballot: 'open' });
    cleanup();
    panel({ voters: 3, room: roomState({ voting: 'open' }) });
    expect(screen.getByRole('button', { name: 'Stemmen openen' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('room-voted').textContent).toMatch(/3 van 3/);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Open stemmen/ }).disabled).toBe(true);
  });

  it('starts the shared timer, shows the time left by the server’s clock, and stops it', async () => {
    const { onTimer } = panel();
    expect(screen.queryByRole('timer')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '5 min' }));
    expect(onTimer).toHaveBeenLastCalledWith(300);
    cleanup();
    const again = panel({ room: roomState({ timerEndsAt: 1_000_000 + 125_000, timerSeconds: 300 }) });
    expect(screen.getByRole('timer').textContent).toBe('02:05');
    await userEvent.click(screen.getByRole('button', { name: 'Timer stoppen' }));
    expect(again.onTimer).toHaveBeenLastCalledWith(undefined);
  });

  it('locks and unlocks the room, and closes it', async () => {
    const { onLock, onCloseRoom } = panel();
    await userEvent.click(screen.getByRole('button', { name: /op slot/ }));
    expect(onLock).toHaveBeenLastCalledWith(true);
    await userEvent.click(screen.getByRole('button', { name: 'Ruimte sluiten' }));
    expect(onCloseRoom).toHaveBeenCalledOnce();
    cleanup();
    const locked = panel({ room: roomState({ locked: true }) });
    const unlock = screen.getByRole('button', { pressed: true, name: /slot/i });
    await userEvent.click(unlock);
    expect(locked.onLock).toHaveBeenLastCalledWith(false);
  });
});
