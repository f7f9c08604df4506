// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocument, newId } from '@veranderlogica/core';
import { LanguageProvider } from '../i18n/translate.js';
import { usePlan, type PlanProbe } from '../test-support/plan.js';
import { ParkingLot } from './ParkingLot.js';

afterEach(cleanup);

const probe: PlanProbe = { current: undefined };
const latest = () => probe.current!;
/** The parking lot on a plan that the core's operations really change. */
function Lot() {
  const { document, apply } = usePlan(() => createDocument({ title: 'Eenzaamheid', workshop: {} }), { probe });
  return (
    <LanguageProvider language="nl">
      <ParkingLot
        document={document}
        onAdd={(text) => apply({ type: 'addParkingLotItem', item: { id: newId('park'), text, resolved: false } })}
        onChange={(id, changes) => apply({ type: 'updateParkingLotItem', id, changes })}
        onRemove={(id) => apply({ type: 'removeParkingLotItem', id })}
      />
    </LanguageProvider>
  );
}

describe('ParkingLot', () => {
  it('parks a question, trimmed; marks it resolved by its own name; and takes it away', async () => {
    render(<Lot />);
    expect(screen.getByText('Nog geen open vragen.')).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Een open vraag voor later' });
    await userEvent.type(field, '   {Enter}');
    expect(latest().workshop?.parkingLot ?? []).toEqual([]);
    await userEvent.type(field, '  Wie betaalt de buurtkamer na 2027?  {Enter}');
    await userEvent.type(field, 'Doet de huisarts mee?{Enter}');
    expect(latest().workshop?.parkingLot.map((item) => item.text)).toEqual(['Wie betaalt de buurtkamer na 2027?', 'Doet de huisarts mee?']);
    expect((field as HTMLInputElement).value).toBe('');

    // Each question's box and button say which question they are about, for a screen reader.
    await userEvent.click(screen.getByRole('checkbox', { name: '„Doet de huisarts mee?” afgehandeld' }));
    expect(latest().workshop?.parkingLot.map((item) => item.resolved)).toEqual([false, true]);
    expect(screen.getByText('Doet de huisarts mee?').closest('li')!.className).toContain('vl-parking__item--resolved');

    await userEvent.click(screen.getByRole('button', { name: '„Wie betaalt de buurtkamer na 2027?” verwijderen' }));
    expect(latest().workshop?.parkingLot.map((item) => item.text)).toEqual(['Doet de huisarts mee?']);
  });
});
