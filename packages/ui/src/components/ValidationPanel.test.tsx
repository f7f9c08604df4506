// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@veranderlogica/core';
import { LanguageProvider } from '../i18n/translate.js';
import { FINDINGS_SHOWN, ValidationPanel } from './ValidationPanel.js';

afterEach(cleanup);

const finding = (i: number, severity: Finding['severity']): Finding => ({
  code: severity === 'error' ? 'empty-title' : 'goal-without-indicator',
  severity,
  ids: [`n${i}`],
  params: { node: { title: `Kaart ${i}` } },
});

describe('ValidationPanel', () => {
  it('shows the first findings of each severity and the rest on request, counting them all', () => {
    const findings = [
      ...Array.from({ length: 3 }, (_, i) => finding(i, 'error')),
      ...Array.from({ length: 130 }, (_, i) => finding(100 + i, 'warning')),
    ];
    const onSelect = vi.fn();
    const { container } = render(
      <LanguageProvider language="nl">
        <ValidationPanel findings={findings} onSelect={onSelect} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('3 fouten, 130 waarschuwingen, 0 tips');
    const warnings = () => container.querySelectorAll('.vl-validation__group--warning li');
    expect(container.querySelectorAll('.vl-validation__group--error li')).toHaveLength(3);
    expect(warnings()).toHaveLength(FINDINGS_SHOWN);
    const more = screen.getByRole('button', { name: `Toon nog ${130 - FINDINGS_SHOWN} bevindingen` });
    act(() => more.click());
    expect(warnings()).toHaveLength(130);
    expect(screen.queryByRole('button', { name: /^Toon nog/ })).toBeNull();
    act(() => (warnings()[129]!.querySelector('button') as HTMLButtonElement).click());
    expect(onSelect).toHaveBeenCalledWith(findings[132]);
  });

  it('says so in English, one more finding at a time in the singular', () => {
    render(
      <LanguageProvider language="en">
        <ValidationPanel findings={Array.from({ length: FINDINGS_SHOWN + 1 }, (_, i) => finding(i, 'info'))} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('button', { name: 'Show 1 more finding' })).toBeTruthy();
  });
});
