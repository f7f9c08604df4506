import { useMemo, useSyncExternalStore } from 'react';
import { LIMITS, parseDocument, type Document } from '@veranderlogica/core';
import { assembleRegion } from '@veranderlogica/core/region';
import { localize, RegionView, useTranslation, type ParentPlan } from '@veranderlogica/ui';
import type { EditorState, EditorStore } from './store.js';

/** The plans of a region open beside the editor's plan, and the files that could not be read. */
interface RegionPlans {
  readonly plans: readonly { readonly file: string; readonly document: Document }[];
  readonly problems: readonly string[];
}

/** Most files a region folder may hold: 25 municipalities and a region many times over. */
const MAX_FILES = 500;

let current: RegionPlans = { plans: [], problems: [] };
const listeners = new Set<() => void>();
const set = (next: RegionPlans) => {
  current = next;
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Reads a folder's (or a selection's) plans: each that reads joins the region, each that does not is named with
 * the reason, one at a time so that a large folder does not hold the page; a file over the format's limit is refused
 * before it is read.
 */
async function load(files: readonly File[], language: 'nl' | 'en'): Promise<void> {
  const plans: { file: string; document: Document }[] = [];
  const problems: string[] = [];
  for (const file of files.slice(0, MAX_FILES)) {
    const reason =
      file.size > LIMITS.maxTextLength
        ? `> ${Math.round(LIMITS.maxTextLength / 1_048_576)} MB`
        : await file.text().then((text) => {
            const read = parseDocument(text);
            if (read.ok) {
              plans.push({ file: file.name, document: read.document });
              return undefined;
            }
            return read.errors[0]?.message[language] ?? '';
          });
    if (reason !== undefined) problems.push(localize('region.skipped', { file: file.name, reason })[language]);
  }
  set({ plans, problems });
}

/** The region's plans, with the editor's own plan in place of its saved copy (what is being edited counts). */
function useRegion(document: Document) {
  const state = useSyncExternalStore(subscribe, () => current);
  return useMemo(() => {
    if (state.plans.length === 0) return { state, region: undefined, plans: [] as Document[] };
    const plans = state.plans.map((entry) => (entry.document.id === document.id ? document : entry.document));
    return { state, region: assembleRegion(plans), plans };
  }, [state, document]);
}

/**
 * Opens a plan of the region in the editor, at a card if given. The plan being left is kept in the region as it
 * is now (it is saved as before: autosave, Opslaan), so going back shows the edits.
 */
function open(store: EditorStore, id: string, card: string | undefined, showInDiagram: (ids: readonly string[]) => void): void {
  const here = store.getState().document;
  const plans = current.plans.map((entry) => (entry.document.id === here.id ? { ...entry, document: here } : entry));
  set({ ...current, plans });
  const target = plans.find((entry) => entry.document.id === id)?.document;
  if (!target) return;
  if (target.id !== here.id) store.replace(target);
  if (card && target.nodes.some((node) => node.id === card)) showInDiagram([card]);
  else store.select([]);
}

/** The **Regio** view, wired to the editor: open a folder of plans, open one of them at a card. */
export function RegionPanel({
  store,
  state,
  showInDiagram,
}: {
  readonly store: EditorStore;
  readonly state: EditorState;
  readonly showInDiagram: (ids: readonly string[]) => void;
}) {
  const { language } = useTranslation();
  const { state: loaded, region } = useRegion(state.document);
  return (
    <RegionView
      region={region}
      current={state.document.id}
      problems={loaded.problems}
      onLoad={(files) => void load(files, language)}
      onOpen={(id, card) => open(store, id, card, showInDiagram)}
    />
  );
}

/**
 * What the inspector needs of the region: the parent plan, when it is open, with a way to go to one of its cards,
 * and the plans a plan may name as its parent.
 *
 * @example
 * const { parent, parents } = useParent(store, state, showInDiagram);
 */
export function useParent(
  store: EditorStore,
  state: EditorState,
  showInDiagram: (ids: readonly string[]) => void,
): { parent: ParentPlan | undefined; parents: readonly { id: string; title: string }[] } {
  const { plans } = useRegion(state.document);
  const wanted = state.document.parent?.id;
  const document = wanted === undefined ? undefined : plans.find((plan) => plan.id === wanted);
  return {
    parent: document && { document, onOpen: (card) => open(store, document.id, card, showInDiagram) },
    parents: plans.map((plan) => ({ id: plan.id, title: plan.title || plan.id })),
  };
}
