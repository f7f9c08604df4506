// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, createNode, type Document } from '@veranderlogica/core';
import { planMeasurementImport, type MeasurementColumns } from '@veranderlogica/core/measurements';
import { LanguageProvider } from '../i18n/translate.js';
import { ImportPreview } from './ImportPreview.js';

afterEach(cleanup);

const indicator = createNode('indicator', {
  id: 'ind-1',
  title: 'Ouderen die zich eenzaam voelen',
  baseline: { value: 48, date: '2024-01-01' },
  measurements: [{ value: 47, date: '2025-01-01' }],
});
const plan: Document = { ...createDocument({ title: 'Eenzaamheid' }), nodes: [indicator] };
// A CSV as a municipality's monitor exports it: its own headings, a Dutch decimal comma, and one impossible date.
const table = [
  ['Kenmerk', 'Peildatum', 'Percentage', 'Bron'],
  ['ind-1', '2025-01-01', '46,5', 'Gezondheidsmonitor'],
  ['ind-1', '2026-01-01', '44', 'Gezondheidsmonitor'],
  ['ind-1', '2026-02-31', '43', 'Gezondheidsmonitor'],
];

/** The preview as the editor shows it: a new plan of the import for every choice of columns. */
function Preview({ onApply }: { onApply: () => void }) {
  const [columns, setColumns] = useState<Partial<MeasurementColumns>>({});
  const result = planMeasurementImport(plan, table, { columns });
  return (
    <LanguageProvider language="nl">
      <ImportPreview name="monitor.csv" result={result} headings={table[0]} onColumns={setColumns} onApply={onApply} />
    </LanguageProvider>
  );
}

describe('ImportPreview', () => {
  it('follows the chosen columns: nothing to apply until indicator, date and value are known, then every change and every refused cell', async () => {
    const onApply = vi.fn();
    render(<Preview onApply={onApply} />);
    const apply = screen.getByRole<HTMLButtonElement>('button', { name: 'Toepassen' });
    expect(apply.disabled).toBe(true);
    expect(screen.getByText('Er is niets in te lezen.')).toBeTruthy();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Indicator/ }), 'Kenmerk');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Datum/ }), 'Peildatum');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Waarde/ }), 'Percentage');

    expect(screen.getByRole('status').textContent).toBe('1 erbij, 1 gewijzigd, 0 ongewijzigd, 0 nog leeg.');
    const changes = within(screen.getByRole('table', { name: 'Erbij / Gewijzigd' }));
    const rows = changes.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-kind'))).toEqual(['added', 'changed']);
    // The changed value shows what it was and what it becomes, in Dutch numbers.
    expect(rows[1]!.textContent).toContain('47 → 46,5');
    // The impossible date is refused with its row and column, in words.
    expect(screen.getByRole('heading', { name: 'Niet ingelezen (1)' })).toBeTruthy();
    const problem = document.querySelector('.vl-import__problems tbody tr')!;
    expect(problem.children[0]!.textContent).toBe('4');
    expect(problem.children[1]!.textContent).toBe('Peildatum');
    expect(problem.children[2]!.textContent).toMatch(/31|februari|datum/i);

    expect(apply.disabled).toBe(false);
    await userEvent.click(apply);
    expect(onApply).toHaveBeenCalledOnce();

    // Taking a column back away takes the preview with it.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Waarde/ }), '');
    expect(apply.disabled).toBe(true);
  });
});
