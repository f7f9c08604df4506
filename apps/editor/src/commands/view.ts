import { inEveryLanguage, languageInfo } from '@veranderlogica/core';
import { localize, nextLanguage, type MessageKey } from '@veranderlogica/ui';
import { VIEWS, type Command } from '../command-registry.js';

/** What the screen shows: the views, the layout, search, the workshop, presenting, the language, the help. */
export const VIEW_COMMANDS: readonly Command[] = [
  {
    id: 'layout',
    label: localize('toolbar.layout'),
    busyLabel: localize('toolbar.layouting'),
    keys: ['L'],
    busy: (context) => context.layingOut,
    enabled: (context) => !context.layingOut,
    run: (context) => context.layout(),
  },
  { id: 'fit-view', label: localize('toolbar.fitView'), run: (context) => context.fitView() },
  { id: 'find', label: localize('find.label'), keys: ['Mod+F'], whileTyping: true, run: (context) => context.find() },
  ...VIEWS.map((view): Command => ({
    id: `view-${view}`,
    label: localize(`view.${view}` as MessageKey),
    pressed: (context) => context.view === view,
    run: (context) => context.setView(view),
  })),
  {
    id: 'workshop',
    label: localize('workshop.toggle'),
    hint: localize('workshop.toggleLabel'),
    pressed: (context) => context.workshop,
    run: (context) => context.toggleWorkshop(),
  },
  {
    id: 'review',
    label: localize('review.toggle'),
    hint: localize('review.toggleLabel'),
    pressed: (context) => context.reviewing,
    run: (context) => context.toggleReview(),
  },
  { id: 'present', label: localize('present.start'), icon: '▶', keys: ['F5'], run: (context) => context.present() },
  {
    id: 'language',
    label: inEveryLanguage((language) => languageInfo(nextLanguage(language)).switchTo),
    text: inEveryLanguage((language) => languageInfo(nextLanguage(language)).name),
    modes: ['edit', 'present'],
    run: ({ store }) => store.setLanguage(nextLanguage(store.getState().language)),
  },
  { id: 'help', label: localize('command.help'), keys: ['?'], modes: ['edit', 'present'], run: (context) => context.help() },
  {
    id: 'escape',
    label: localize('command.escape'),
    keys: ['Escape'],
    whileTyping: true,
    run: (context, target) => context.escape(target),
  },
];

/** The view switcher's buttons, in order. */
export const VIEW_BAR: readonly string[] = VIEWS.map((view) => `view-${view}`);
