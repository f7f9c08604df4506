import { describe, expect, it } from 'vitest';
import { layoutProblem } from './useLayout.js';

describe('what a failed layout says', () => {
  it('names a timeout, a plan beyond the engine, or the reason, never a stack trace', () => {
    const timeout = Object.assign(new Error('late'), { name: 'LayoutTimeoutError' });
    expect(layoutProblem(timeout).nl).toBe('Automatisch indelen reageert niet; probeer het opnieuw.');
    expect(layoutProblem(new RangeError('Maximum call stack size exceeded')).nl).toMatch(/^Dit plan is te groot of te diep/);
    // From the worker the engine's RangeError arrives as a plain message.
    expect(layoutProblem(new Error('RangeError: Maximum call stack size exceeded')).en).toMatch(/^This plan is too large or too deep/);
    expect(layoutProblem(new Error('ELK: bad port')).nl).toBe('Automatisch indelen mislukte: Error: ELK: bad port');
  });
});
