import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What someone taking the code over reads first stays short: the editor's composition and the architecture.
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('what a newcomer reads first', () => {
  it('keeps App.tsx, which only composes, within 250 lines', () => {
    const lines = read('./App.tsx').split('\n');
    if (lines.at(-1) === '') lines.pop();
    expect(lines.length).toBeLessThanOrEqual(250);
  });

  it('keeps docs/architecture.md within 2,000 words and one diagram', () => {
    const text = read('../../../docs/architecture.md');
    expect(text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(2_000);
    expect(text.match(/^```mermaid$/gm)).toHaveLength(1);
  });
});
