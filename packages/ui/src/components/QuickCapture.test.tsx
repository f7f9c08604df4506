// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentAreas } from '@veranderlogica/core';
import { LanguageProvider } from '../i18n/translate.js';
import { QuickCapture, type QuickCaptureProps } from './QuickCapture.js';

afterEach(cleanup);

function capture(props: Partial<QuickCaptureProps> & Pick<QuickCaptureProps, 'kind'>) {
  const onCapture = vi.fn();
  const view = render(
    <LanguageProvider language="nl">
      <QuickCapture onCapture={onCapture} {...props} />
    </LanguageProvider>,
  );
  return { onCapture, field: screen.getByRole('textbox', { name: /Snel invoeren/ }), view };
}

describe('QuickCapture', () => {
  it('makes a card on Enter, with the chosen area, group and partner, and says how many it added; Shift+Enter only breaks the line', async () => {
    const { onCapture, field } = capture({ kind: 'intervention', groups: ['Ontmoeten'], partners: ['Welzijn'] });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Gebied' }), 'signalling');
    await userEvent.type(screen.getByRole('combobox', { name: 'Groep' }), 'Ontmoeten');
    await userEvent.type(screen.getByRole('combobox', { name: 'Partner' }), 'Bibliotheek');
    await userEvent.type(field, 'Buurtkamer{Shift>}{Enter}{/Shift}');
    expect(onCapture).not.toHaveBeenCalled();
    await userEvent.type(field, 'Koffieochtend{Enter}');
    expect(onCapture).toHaveBeenCalledOnce();
    expect(onCapture).toHaveBeenCalledWith(
      'Buurtkamer\nKoffieochtend',
      { area: 'signalling', groupName: 'Ontmoeten', partnerName: 'Bibliotheek' },
      {},
    );
    expect((field as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('2 kaarten toegevoegd');
    // Focus stays in the field for the next card.
    expect(document.activeElement).toBe(field);
  });

  it('gives nothing for an empty line, and a goal its level and horizon', async () => {
    const { onCapture, field } = capture({ kind: 'goal' });
    await userEvent.type(field, '   {Enter}');
    expect(onCapture).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Niveau/i }), 'tactical');
    await userEvent.type(field, 'Minder eenzaamheid{Enter}');
    expect(onCapture).toHaveBeenCalledWith('Minder eenzaamheid', { level: 'tactical', horizon: 'long' }, {});
  });

  it('makes a card per line of pasted text at once', () => {
    const { onCapture, field } = capture({ kind: 'mechanism' });
    fireEvent.paste(field, { clipboardData: { getData: () => 'Mensen kennen elkaar\nHulp is dichtbij\n' } });
    expect(onCapture).toHaveBeenCalledWith('Mensen kennen elkaar\nHulp is dichtbij\n', {}, {});
    // One line pasted is typed text: it waits for Enter.
    fireEvent.paste(field, { clipboardData: { getData: () => 'Eén regel' } });
    expect(onCapture).toHaveBeenCalledOnce();
  });

  it('connects every new card to the card whose title was typed in “Leidt tot…”, and says when no card has that title', async () => {
    const targets = [
      { id: 'goal-1', title: 'Minder eenzaamheid onder ouderen' },
      { id: 'goal-2', title: 'Meer ontmoeting in de wijk' },
    ];
    const sources = [{ id: 'int-1', title: 'Buurtkamer' }];
    const { onCapture, field } = capture({ kind: 'mechanism', targets, sources });
    const leadsTo = screen.getByRole('combobox', { name: 'Leidt tot…' });
    await userEvent.type(leadsTo, 'Bestaat niet');
    expect(screen.getByText('geen kaart met deze titel')).toBeTruthy();
    await userEvent.clear(leadsTo);
    await userEvent.type(leadsTo, 'ontmoeting');
    expect(screen.getByText('✓ nieuwe kaarten worden hiermee verbonden')).toBeTruthy();
    await userEvent.type(screen.getByRole('combobox', { name: 'Komt van…' }), 'Buurtkamer');
    await userEvent.type(field, 'Mensen kennen elkaar{Enter}');
    expect(onCapture).toHaveBeenCalledWith('Mensen kennen elkaar', {}, { leadsTo: 'goal-2', comesFrom: 'int-1' });
  });

  it('falls back to the plan’s first area when the chosen one is gone', async () => {
    const own = documentAreas({
      areas: [
        { id: 'thuis', label: 'Thuis' },
        { id: 'wijk', label: 'In de wijk' },
      ],
    });
    const { onCapture, field, view } = capture({ kind: 'intervention', areas: own });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Gebied' }), 'wijk');
    view.rerender(
      <LanguageProvider language="nl">
        <QuickCapture kind="intervention" areas={own.slice(0, 1)} onCapture={onCapture} />
      </LanguageProvider>,
    );
    await userEvent.type(field, 'Huisbezoek{Enter}');
    expect(onCapture).toHaveBeenCalledWith('Huisbezoek', { area: 'thuis' }, {});
  });
});
