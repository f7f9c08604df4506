import { localize } from '@veranderlogica/ui';
import type { Command } from '../command-registry.js';
import { EDITOR_FORMATS } from '../exports.js';

/** Documents in and out: new, open, save, and every export of the core's registry plus the print view. */
export const FILE_COMMANDS: readonly Command[] = [
  { id: 'new', label: localize('toolbar.new'), run: (context) => context.newDocument() },
  { id: 'open', label: localize('toolbar.open'), keys: ['Mod+O'], whileTyping: true, run: (context) => context.open() },
  { id: 'save', label: localize('toolbar.save'), keys: ['Mod+S'], whileTyping: true, run: (context) => context.save(false) },
  {
    id: 'save-as',
    label: localize('toolbar.saveAs'),
    keys: ['Mod+Shift+S'],
    whileTyping: true,
    enabled: (context) => context.canSaveAs,
    run: (context) => context.save(true),
  },
  ...EDITOR_FORMATS.map((format): Command => ({
    id: `export-${format.id}`,
    label: format.label,
    run: (context) => context.exportAs(format),
  })),
  { id: 'print', label: localize('export.print'), keys: ['Mod+P'], run: (context) => context.exportAs('print') },
  {
    id: 'room',
    label: localize('room.open'),
    icon: '⇄',
    enabled: (context) => !context.inRoom,
    run: (context) => context.openRoom(),
  },
];

/** The export menu: the core's formats, reports first, then the print view. */
export const EXPORT_MENU: readonly string[] = [...EDITOR_FORMATS.map((format) => `export-${format.id}`), 'print'];
