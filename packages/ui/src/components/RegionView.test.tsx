// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assembleRegion } from '@veranderlogica/core/region';
import { regionCorpus } from '@veranderlogica/core/testing';
import { LanguageProvider } from '../i18n/translate.js';
import { RegionView } from './RegionView.js';

afterEach(cleanup);

const { regional, municipalities } = regionCorpus();

describe('RegionView', () => {
  it('lists who carries each regional card, and opens a municipality at its card', async () => {
    const onOpen = vi.fn();
    const { container } = render(
      <LanguageProvider language="nl">
        <RegionView region={assembleRegion([regional, ...municipalities])} onOpen={onOpen} onLoad={() => {}} />
      </LanguageProvider>,
    );
    const row = container.querySelector('tr[data-card="uitk-prevention"]') as HTMLElement;
    expect(row.querySelectorAll('[data-municipality]')).toHaveLength(6);
    await userEvent.click(
      within(row.querySelector('[data-municipality="gemeente-maassluis"]') as HTMLElement).getByRole('button', { name: 'Maassluis' }),
    );
    expect(onOpen).toHaveBeenCalledWith('gemeente-maassluis', 'uitk-respectvolle-omgang');
    expect(container.querySelector('tr[data-card="doel-herstel"]')!.textContent).toContain('nog geen gemeente');
    // Maassluis's witte vlek is marked in its column.
    const risk = [...container.querySelectorAll('.vl-region__coverage tbody tr')].find((tr) =>
      tr.textContent.includes('Jongeren die risico lopen'),
    )!;
    expect(risk.querySelectorAll('.vl-region__gap')).toHaveLength(1);
    expect(screen.getByText(/Wat niet aansluit \(3\)/)).toBeTruthy();
  });

  it('says how to open a region, and what it skipped', () => {
    render(
      <LanguageProvider language="en">
        <RegionView
          region={assembleRegion([municipalities[0]!])}
          onOpen={() => {}}
          onLoad={() => {}}
          problems={['kapot.json skipped: Not valid JSON.']}
        />
      </LanguageProvider>,
    );
    expect(screen.getByText(/No region in these plans/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('kapot.json skipped');
  });

  it('adds a plan link as typed, and reads the rooms again or forgets them', async () => {
    const onAddLink = vi.fn();
    const onRefresh = vi.fn();
    const onForgetLinks = vi.fn();
    const onForgetLink = vi.fn();
    const user = userEvent.setup();
    render(
      <LanguageProvider language="nl">
        <RegionView
          region={assembleRegion([regional, ...municipalities])}
          onOpen={() => {}}
          onLoad={() => {}}
          onAddLink={onAddLink}
          links={7}
          onRefresh={onRefresh}
          onForgetLinks={onForgetLinks}
          linked={[
            { link: 'https://kamer.example.nl/?room=r1#token=a', name: 'Aanpak Maassluis' },
            { link: 'https://kamer.example.nl/?room=r2#token=b', name: 'r2' },
          ]}
          onForgetLink={onForgetLink}
        />
      </LanguageProvider>,
    );
    // Whatever is typed goes to the caller, which says what is wrong with it: the browser's own check does not stop it.
    await user.type(screen.getByLabelText('Plan uit een ruimte (planlink)'), '  kamer.example.nl  ');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(onAddLink).toHaveBeenCalledWith('kamer.example.nl');
    expect(screen.getByLabelText<HTMLInputElement>('Plan uit een ruimte (planlink)').value).toBe('');
    expect(screen.getByRole('status').textContent).toContain('7 plannen uit ruimtes');
    await user.click(screen.getByRole('button', { name: 'Opnieuw lezen' }));
    // One plan from a room is forgotten by its own button, named by the plan; the others stay.
    expect(screen.getByRole('list', { name: 'Plannen uit ruimtes' }).textContent).toBe('Aanpak Maassluis vergetenr2 vergeten');
    await user.click(screen.getByRole('button', { name: 'Aanpak Maassluis vergeten' }));
    expect(onForgetLink).toHaveBeenCalledWith('https://kamer.example.nl/?room=r1#token=a');
    await user.click(screen.getByRole('button', { name: 'Alle vergeten' }));
    expect([onRefresh.mock.calls.length, onForgetLinks.mock.calls.length, onForgetLink.mock.calls.length]).toEqual([1, 1, 1]);
  });
});
