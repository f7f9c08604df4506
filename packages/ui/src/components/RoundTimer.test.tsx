// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../i18n/translate.js';
import { formatClock, RoundTimer } from './RoundTimer.js';

let clock = 0;
const now = () => clock;
beforeEach(() => {
  clock = 1_000_000;
  localStorage.clear();
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const timer = (persistKey?: string) =>
  render(
    <LanguageProvider language="nl">
      <RoundTimer minutes={5} now={now} {...(persistKey ? { persistKey } : {})} />
    </LanguageProvider>,
  );
/** Lets the clock run on, as the wall clock does, and the timer tick. */
const pass = (seconds: number) =>
  act(async () => {
    clock += seconds * 1000;
    await vi.advanceTimersByTimeAsync(300);
  });

describe('RoundTimer', () => {
  it('writes minutes and seconds, rounding up and never below zero', () => {
    expect(formatClock(425)).toBe('07:05');
    expect(formatClock(0.2)).toBe('00:01');
    expect(formatClock(-3)).toBe('00:00');
  });

  it('counts down by the clock, pauses where it was, and says when the time is up', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    timer();
    const clockFace = screen.getByRole('timer');
    expect(clockFace.textContent).toBe('05:00');
    await user.click(screen.getByRole('button', { name: /Start/ }));
    await pass(70);
    expect(clockFace.textContent).toBe('03:50');
    await user.click(screen.getByRole('button', { name: /Pauze/ }));
    await pass(600);
    expect(clockFace.textContent).toBe('03:50');
    await user.click(screen.getByRole('button', { name: /Start/ }));
    await pass(230);
    expect(clockFace.textContent).toBe('Tijd!');
    expect(clockFace.getAttribute('aria-live')).toBe('assertive');
    await user.click(screen.getByRole('button', { name: /Opnieuw/ }));
    expect(clockFace.textContent).toBe('05:00');
  });

  it('takes a preset length, stopped', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    timer();
    await user.click(screen.getByRole('button', { name: '15 min' }));
    expect(screen.getByRole('timer').textContent).toBe('15:00');
    expect(screen.getByRole('button', { name: '15 min' }).className).toContain('vl-button--active');
  });

  it('keeps a running round over a reload, counting against the wall clock, and ignores a damaged stored state', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const first = timer('vl:timer');
    await user.click(screen.getByRole('button', { name: /Start/ }));
    first.unmount();
    clock += 60_000;
    timer('vl:timer');
    await pass(0);
    expect(screen.getByRole('timer').textContent).toBe('04:00');
    cleanup();
    localStorage.setItem('vl:timer', '{"length":"lang","left":null}');
    timer('vl:timer');
    expect(screen.getByRole('timer').textContent).toBe('05:00');
  });
});
