import { deleteOperations, pinOperation } from '@veranderlogica/core/editing';
import { KIND_ORDER, NODE_KIND_SPECS, NODE_KINDS } from '@veranderlogica/core';
import { localize } from '@veranderlogica/ui';
import type { Command, CommandContext } from '../command-registry.js';

/** The selected cards (not connections). */
function selectedCards({ store }: CommandContext) {
  const { document, selected } = store.getState();
  return document.nodes.filter((node) => selected.has(node.id));
}

/** The selected cards' pins: which are pinned where the layout left them. */
function pins(context: CommandContext) {
  const positions = context.store.getState().document.layout?.positions ?? {};
  return selectedCards(context).map((node) => positions[node.id]?.pinned === true);
}

function setPins(context: CommandContext, pinned: boolean) {
  const { store } = context;
  const document = store.getState().document;
  const operations = selectedCards(context).map((node) => pinOperation(document, node.id, pinned));
  store.apply(operations, { label: pinned ? localize('undo.pin') : localize('undo.unpin') });
}

/** One command per kind of card, keyed by the kind's own shortcut (1–6). */
const CARD_COMMANDS: readonly Command[] = KIND_ORDER.map((kind) => ({
  id: `add-${kind}`,
  label: localize('command.addKind', (language) => ({ kind: NODE_KINDS.labels[kind][language] })),
  keys: [NODE_KIND_SPECS[kind].shortcut],
  run: (context) => context.addCard(kind),
}));

/** Changing the plan: undo, cards, the selection. Each goes through the store's core operations. */
export const EDIT_COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: localize('toolbar.undo'),
    icon: '↶',
    keys: ['Mod+Z'],
    enabled: ({ store }) => store.history.canUndo,
    detail: ({ store }) => store.getState().undoLabel,
    run: ({ store }) => store.undo(),
  },
  {
    id: 'redo',
    label: localize('toolbar.redo'),
    icon: '↷',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: ({ store }) => store.history.canRedo,
    run: ({ store }) => store.redo(),
  },
  ...CARD_COMMANDS,
  {
    id: 'duplicate',
    label: localize('command.duplicate'),
    keys: ['Mod+D'],
    enabled: (context) => selectedCards(context).length > 0,
    run: (context) => context.duplicate(),
  },
  {
    id: 'delete',
    label: localize('command.delete'),
    keys: ['Delete', 'Backspace'],
    enabled: ({ store }) => store.getState().selected.size > 0,
    run: ({ store }) => {
      const { document, selected } = store.getState();
      const operations = deleteOperations(document, selected);
      if (operations.length) store.apply(operations, { label: localize('undo.delete') });
    },
  },
  {
    id: 'connect-to',
    label: localize('connect.command'),
    keys: ['Mod+K'],
    enabled: (context) => selectedCards(context).length > 0,
    run: (context) => context.connectTo(),
  },
  {
    id: 'pin',
    label: localize('command.pin'),
    enabled: (context) => pins(context).includes(false),
    run: (context) => setPins(context, true),
  },
  {
    id: 'unpin',
    label: localize('command.unpin'),
    enabled: (context) => pins(context).includes(true),
    run: (context) => setPins(context, false),
  },
  {
    id: 'select-all',
    label: localize('command.selectAll'),
    keys: ['Mod+A'],
    run: ({ store }) => store.select(store.getState().document.nodes.map((node) => node.id)),
  },
];
