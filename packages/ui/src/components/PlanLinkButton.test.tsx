// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../i18n/translate.js';
import { PlanLinkButton } from './PlanLinkButton.js';

afterEach(cleanup);

const link = 'https://kamer.example.nl/?room=room-1#token=abc.def';

describe('PlanLinkButton', () => {
  it('asks for the link once clicked, shows it to copy, and copies it', async () => {
    const onMake = vi.fn(() => Promise.resolve(link));
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(
      <LanguageProvider language="nl">
        <PlanLinkButton onMake={onMake} />
      </LanguageProvider>,
    );
    expect(screen.queryByTestId('plan-link')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Planlink voor de regio' }));
    expect(onMake).toHaveBeenCalledOnce();
    expect((await screen.findByTestId<HTMLInputElement>('plan-link')).value).toBe(link);
    expect(screen.getByLabelText(/hij leest dit plan, een jaar lang, en verder niets/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kopiëren' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(await screen.findByRole('button', { name: 'Gekopieerd' })).toBeTruthy();
  });

  it('says so when the server gives no link', async () => {
    render(
      <LanguageProvider language="en">
        <PlanLinkButton onMake={() => Promise.reject(new Error('403'))} />
      </LanguageProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Plan link for the region' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The server gave no plan link. Try again.');
    expect(screen.queryByTestId('plan-link')).toBeNull();
  });
});
