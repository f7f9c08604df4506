import { localize } from '@veranderlogica/ui';
import type { Command } from '../command-registry.js';
import { EDITOR_FORMATS } from '../export-menu.js';

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
  { id: 'version-save', label: localize('versions.save'), run: (context) => context.saveVersion() },
  { id: 'compare', label: localize('versions.compare'), run: (context) => context.compare() },
  { id: 'import-measurements', label: localize('indicators.import'), run: (context) => context.importMeasurements() },
  {
    id: 'room',
    label: localize('room.open'),
    icon: '⇄',
    enabled: (context) => !context.inRoom,
    run: (context) => context.openRoom(),
  },
];

/** The versions menu: keep a version, compare with one, bring in the year's measurements. */
export const VERSIONS_MENU: readonly string[] = ['version-save', 'compare', 'import-measurements'];

/** The export menu: the core's formats, reports first, then the print view. */
export const EXPORT_MENU: readonly string[] = [...EDITOR_FORMATS.map((format) => `export-${format.id}`), 'print'];
