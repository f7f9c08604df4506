// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, createNode, type Document, type WorkshopStep } from '@veranderlogica/core';
import { stepProgress } from '@veranderlogica/core/workshop';
import { LanguageProvider } from '../i18n/translate.js';
import { WorkshopStepper } from './WorkshopStepper.js';

afterEach(cleanup);

const loneliness: Document = { ...createDocument({ title: 'Eenzaamheid Voorbeeldstad', topic: 'algemeen' }), nodes: [] };

function stepper(document: Document, step: WorkshopStep) {
  const onStep = vi.fn();
  render(
    <LanguageProvider language="nl">
      <WorkshopStepper document={document} step={step} onStep={onStep} />
    </LanguageProvider>,
  );
  return onStep;
}

describe('WorkshopStepper', () => {
  it('goes to any step, and to the one before or after, but not past the first or the last', async () => {
    const onStep = stepper(loneliness, 'problem');
    const steps = within(screen.getByRole('list', { name: 'Stappen van de werksessie' })).getAllByRole('button');
    expect(steps).toHaveLength(6);
    expect(steps[0]!.getAttribute('aria-current')).toBe('step');
    await userEvent.click(steps[2]!);
    expect(onStep).toHaveBeenLastCalledWith('interventions');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Vorige stap/ }).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: /Volgende stap/ }));
    expect(onStep).toHaveBeenLastCalledWith('goals');
    cleanup();
    stepper(loneliness, 'partners-and-measures');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Volgende stap/ }).disabled).toBe(true);
    expect(screen.getByText(/Stap 6 van 6/)).toBeTruthy();
  });

  it('says what is still to do in a step, from the core, and ticks a step once nothing is missing', () => {
    stepper(loneliness, 'goals');
    expect(screen.getByText('Nog geen doelen.')).toBeTruthy();
    cleanup();
    const long = createNode('goal', { title: 'Minder eenzaamheid onder ouderen', level: 'strategic', horizon: 'long' });
    stepper({ ...loneliness, nodes: [long] }, 'goals');
    expect(screen.getByText('Nog geen doel voor de korte termijn.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Doelen/ }).className).not.toContain('vl-stepper__step--done');
    cleanup();
    const short = createNode('goal', { title: 'Meer ouderen kennen een buur', level: 'tactical', horizon: 'short' });
    stepper({ ...loneliness, nodes: [long, short] }, 'goals');
    expect(stepProgress({ ...loneliness, nodes: [long, short] }, 'goals').missing).toEqual([]);
    expect(screen.getByText('Deze stap is rond.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Doelen/ }).className).toContain('vl-stepper__step--done');
  });

  it('speaks of the plan’s own subject: a plan about loneliness hears nothing of sexual violence', () => {
    for (const step of ['problem', 'goals', 'interventions', 'mechanisms', 'prioritise', 'partners-and-measures'] as const) {
      stepper(loneliness, step);
      const text = screen.getByRole('region').textContent ?? '';
      expect(text, step).not.toMatch(/seksu|Veilig Thuis|Centrum Seksueel Geweld/i);
      cleanup();
    }
    // The same steps on a plan about sexual violence do speak of it: the check above can fail.
    const spoken = (['problem', 'goals', 'interventions', 'mechanisms', 'prioritise', 'partners-and-measures'] as const).filter((step) => {
      stepper({ ...loneliness, topic: 'seksueel-geweld' }, step);
      const text = screen.getByRole('region').textContent ?? '';
      cleanup();
      return /seksu|Veilig Thuis|Centrum Seksueel Geweld/i.test(text);
    });
    expect(spoken.length).toBeGreaterThan(0);
  });
});
