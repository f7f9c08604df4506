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
});
