import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getTemplate, NODE_KIND_SPECS, NODE_KINDS, type Language } from '@veranderlogica/core';
import { DICTIONARIES as messages, type MessageKey } from '../i18n/messages.js';
import { LanguageProvider } from '../i18n/translate.js';
import { Inspector, type InspectorProps } from './Inspector.js';

const example = getTemplate('voorbeeldregio')!.create();
const none = () => undefined;
const base: InspectorProps = { document: example, onNodeChange: none, onEdgeChange: none, onDocumentChange: none, onDelete: none };

const render = (props: Partial<InspectorProps>, language: Language = 'nl') =>
  renderToStaticMarkup(
    <LanguageProvider language={language}>
      <Inspector {...base} {...props} />
    </LanguageProvider>,
  );

describe('Inspector', () => {
  it('shows, for a card of every kind, a labelled control for each field its kind lists, in Dutch and English', () => {
    for (const kind of NODE_KINDS.values) {
      const node = example.nodes.find((candidate) => candidate.kind === kind)!;
      expect(node, kind).toBeDefined();
      for (const language of ['nl', 'en'] as const) {
        // A plan with a parent, so that the field for the parent's cards shows too.
        const html = render({ node, document: { ...example, parent: { id: 'regio', title: 'Regio' } } }, language);
        expect(html).toContain(`<h2 class="vl-panel__title">${NODE_KINDS.labels[kind][language]}</h2>`);
        for (const field of NODE_KIND_SPECS[kind].fields) {
          const label = messages[language][`inspector.field.${field.key}` as MessageKey];
          expect(label, `${kind}.${field.key}`).toBeTruthy();
          expect(html, `${kind}.${field.key} (${language})`).toContain(label.replaceAll('&', '&amp;').replaceAll('"', '&quot;'));
        }
        expect(html).toContain(messages[language]['inspector.delete']);
      }
    }
  });

  it("leaves out the parent plan's cards for a plan that names no parent", () => {
    const node = example.nodes.find((candidate) => candidate.kind === 'goal')!;
    expect(render({ node })).not.toContain(messages.nl['inspector.field.contributesTo']);
    expect(render({ node, document: { ...example, parent: { id: 'regio' } } })).toContain(messages.nl['inspector.field.contributesTo']);
  });

  it('offers pinning only when the editor does, checked for a pinned card', () => {
    const node = example.nodes[0]!;
    expect(render({ node })).not.toContain('name="pinned"');
    const pinned = {
      ...example,
      layout: { ...example.layout, direction: 'BT' as const, positions: { [node.id]: { x: 0, y: 0, pinned: true } } },
    };
    const box = (html: string) => /<input[^>]*name="pinned"[^>]*>/.exec(html)?.[0] ?? '';
    expect(box(render({ document: pinned, node, onPin: none }))).toContain('checked=""');
    expect(box(render({ node, onPin: none }))).toMatch(/type="checkbox"/);
    expect(box(render({ node, onPin: none }))).not.toContain('checked=""');
  });

  it('edits a connection, or the plan itself when nothing is selected', () => {
    const edge = example.edges[0]!;
    expect(render({ edge })).toContain(messages.nl['inspector.edge']);
    const plan = render({});
    expect(plan).toContain(messages.nl['inspector.document']);
    expect(plan).toContain(`value="${example.title}"`);
    expect(plan).toContain(messages.nl['inspector.nothing']);
    expect(plan).not.toContain(messages.nl['inspector.delete']);
  });
});
