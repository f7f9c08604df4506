import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getTemplate, outlineTree } from '@veranderlogica/core';
import { LanguageProvider } from '../i18n/translate.js';
import { Outline } from './Outline.js';

const noop = () => {};
const handlers = { onRename: noop, onAdd: noop, onConnect: noop, onDisconnect: noop, onDelete: noop };

describe('Outline', () => {
  const example = getTemplate('voorbeeldregio')!.create();

  it('lists every card of the worked example with a labelled title field', () => {
    const html = renderToStaticMarkup(
      <LanguageProvider language="nl">
        <Outline document={example} {...handlers} />
      </LanguageProvider>,
    );
    for (const node of example.nodes) expect(html).toContain(`data-id="${node.id}"`);
    expect(html).toContain('aria-label="Titel (Interventie)"');
    expect(html).toContain('Doelen en wat ertoe leidt');
    // A remove button per card, named after the card, for screen readers.
    expect(html.match(/aria-label="„[^"]*” verwijderen"/g)?.length).toBeGreaterThanOrEqual(example.nodes.length);
  });

  it('nests the top goal above what leads to it', () => {
    const { goals } = outlineTree(example);
    const top = goals[0]!;
    const html = renderToStaticMarkup(
      <LanguageProvider language="en">
        <Outline document={example} {...handlers} />
      </LanguageProvider>,
    );
    const goalAt = html.indexOf(`data-id="${top.id}"`);
    const childAt = html.indexOf(`data-id="${top.children[0]!.id}"`);
    expect(goalAt).toBeGreaterThan(-1);
    expect(childAt).toBeGreaterThan(goalAt);
    expect(html).toContain('Goals and what leads to them');
  });
});
