import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type * as List from '../../../core/src/model/kinds/list.js';

type ListModule = typeof List;

// A kind the interface was never written for, added as the core adds one: a module and an entry in its list.
vi.mock('../../../core/src/model/kinds/list.js', async (original) => {
  const { KIND_MODULES } = await original<ListModule>();
  const { signal } = await import('@veranderlogica/core/testing/kinds');
  return { KIND_MODULES: [...KIND_MODULES, signal] };
});

const { createDocument, createNode } = await import('@veranderlogica/core');
const { stepGuide } = await import('@veranderlogica/core/workshop');
const { LanguageProvider } = await import('../i18n/translate.js');
const { Inspector } = await import('./Inspector.js');
const { Palette } = await import('./Palette.js');
const { Legend } = await import('./Legend.js');
const { ParticipantScreen } = await import('./ParticipantScreen.js');
const { roomState } = await import('./stories-support.js');
const { fallbackPositions } = await import('../flow/to-flow.js');

type Kind = Parameters<typeof createNode>[0];
const signal = createNode('signal' as Kind, { title: 'Huisarts ziet vaker alleenstaanden', urgency: 'high' } as never);
const document = { ...createDocument({ title: 'Eenzaamheid' }), nodes: [signal] };
const none = () => undefined;
const inDutch = (element: React.ReactElement) => renderToStaticMarkup(<LanguageProvider language="nl">{element}</LanguageProvider>);

describe('the interface for a kind added as one module', () => {
  it('edits its card with the fields its module lists, its own field named by the module', () => {
    const html = inDutch(
      <Inspector document={document} node={signal} onNodeChange={none} onEdgeChange={none} onDocumentChange={none} onDelete={none} />,
    );
    expect(html).toContain('<h2 class="vl-panel__title">Signaal</h2>');
    expect(html).toContain('Urgentie');
    expect(html).toMatch(/<option value="high" selected="">dringend<\/option>/);
  });

  it('offers it in the palette and the legend, and draws its card', () => {
    expect(inDutch(<Palette onAdd={none} />)).toContain('Signaal');
    expect(inDutch(<Legend />)).toContain('Signaal');
    // Before the layout has run, its card stands in a row of its own by its module's rank.
    const at = fallbackPositions(document).get(signal.id)!;
    expect(Number.isFinite(at.x) && Number.isFinite(at.y)).toBe(true);
  });

  it('lets the room add it from a phone in the step its module names', () => {
    const kinds = stepGuide('interventions').captureKinds;
    const html = inDutch(
      <ParticipantScreen
        document={document}
        room={roomState()}
        status="connected"
        captureKinds={kinds}
        waiting={[]}
        mine={new Set()}
        myVotes={{}}
        secondsLeft={undefined}
        message={undefined}
        onAddCard={none}
        onVote={none}
      />,
    );
    expect(html).toContain('Signaal');
  });
});
