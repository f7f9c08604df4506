import { useMemo, useSyncExternalStore } from 'react';
import { type Document, type Language, LIMITS, parseDocument } from '@veranderlogica/core';
import { fetchPlanBytes, readPlanLink, type PlanFetchProblem } from '@veranderlogica/core/sync';
import { localize, type ParentPlan } from '@veranderlogica/ui';
import type { EditorState, EditorStore } from './store.js';

/** A plan of the region: from a file, or from a room by its plan link. */
interface RegionPlan {
  readonly file: string;
  readonly document: Document;
  readonly link?: string;
}

/** The plans of a region open beside the editor's plan, the files and rooms that could not be read, the links kept. */
export interface RegionPlans {
  readonly plans: readonly RegionPlan[];
  readonly problems: readonly string[];
  readonly links: readonly string[];
  readonly loading: boolean;
}

/** Most files a region folder may hold: 25 municipalities and a region many times over. */
const MAX_FILES = 500;
/** Where this browser keeps the region's plan links, so that the region opens from its rooms again next year. */
const REGION_LINKS_KEY = 'veranderlogica:region-links';

const rememberedLinks = (): string[] => {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(REGION_LINKS_KEY) ?? '[]');
    return Array.isArray(kept) ? kept.filter((link): link is string => typeof link === 'string').slice(0, MAX_FILES) : [];
  } catch {
    return [];
  }
};

let current: RegionPlans = { plans: [], problems: [], links: rememberedLinks(), loading: false };
const listeners = new Set<() => void>();
const set = (next: RegionPlans) => {
  current = next;
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The plans of one source replaced by new ones; a plan read from both a file and a room counts once, the newest read. */
function merged(keep: readonly RegionPlan[], added: readonly RegionPlan[]): RegionPlan[] {
  const ids = new Set(added.map((entry) => entry.document.id));
  return [...keep.filter((entry) => !ids.has(entry.document.id)), ...added];
}

/**
 * Reads a folder's (or a selection's) plans: each that reads joins the region, each that does not is named with
 * the reason, one at a time so that a large folder does not hold the page; a file over the format's limit is refused
 * before it is read. The plans from rooms stay.
 */
export async function load(files: readonly File[], language: Language): Promise<void> {
  const plans: RegionPlan[] = [];
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
  set({
    ...current,
    plans: merged(
      current.plans.filter((entry) => entry.link),
      plans,
    ),
    problems,
  });
}

/**
 * The plan behind a plan link, fetched from this server's rooms API; why not, in the user's words: not a link, a
 * link to another server (this page may not ask it), a refusal with the server's reason, no answer in time, too large,
 * or a plan that does not read.
 */
async function fetchLinked(text: string, language: Language): Promise<RegionPlan | string> {
  const link = readPlanLink(text);
  if (!link) return localize('region.linkBad')[language];
  if (link.server !== location.origin) return localize('region.linkOtherServer', { server: link.server })[language];
  const fetched = await fetchPlanBytes(link);
  if (!fetched.ok) return refusal(fetched.problem, language);
  const read = parseDocument(fetched.bytes);
  if (!read.ok) return read.errors[0]?.message[language] ?? '';
  return { file: read.document.title || link.room, document: read.document, link: text };
}

/** Why a plan link gave no plan, in the user's words. */
function refusal(problem: PlanFetchProblem, language: Language): string {
  switch (problem.kind) {
    case 'refused':
      return localize('region.linkRefused', { reason: `${problem.said[language] ?? ''} (${problem.status})`.trim() })[language];
    case 'too-large':
      return localize('region.linkUnreachable', {
        reason: localize('region.linkTooLarge', { max: Math.round(problem.maxBytes / 1_048_576) })[language],
      })[language];
    case 'slow':
      return localize('region.linkUnreachable', { reason: localize('region.linkSlow', { seconds: problem.seconds })[language] })[language];
    case 'unreachable':
      return localize('region.linkUnreachable', { reason: problem.cause })[language];
  }
}

/** Reads the plans behind the region's links again, a few at a time; keeps the links, also those that failed now. */
export async function loadLinks(links: readonly string[], language: Language): Promise<void> {
  set({ ...current, links, loading: true });
  const answers: (RegionPlan | string)[] = [];
  for (let at = 0; at < links.length; at += 4)
    answers.push(...(await Promise.all(links.slice(at, at + 4).map((link) => fetchLinked(link, language)))));
  const plans = answers.filter((answer): answer is RegionPlan => typeof answer !== 'string');
  const problems = answers.flatMap((answer, at) =>
    typeof answer === 'string'
      ? [localize('region.skipped', { file: readPlanLink(links[at]!)?.room ?? links[at]!.slice(0, 60), reason: answer })[language]]
      : [],
  );
  set({
    ...current,
    plans: merged(
      current.plans.filter((entry) => !entry.link),
      plans,
    ),
    problems,
    links,
    loading: false,
  });
}

/**
 * Adds a plan link to the region and remembers it in this browser; a link already kept is read again. One that
 * cannot be read now (a server away, a refusal) is kept and said: next time it may answer.
 */
export function addRegionLink(text: string, language: Language): Promise<void> {
  // What is no link, or one this page may not read, is said and not kept.
  const link = readPlanLink(text);
  if (!link || link.server !== location.origin) {
    const reason = link ? localize('region.linkOtherServer', { server: link.server })[language] : localize('region.linkBad')[language];
    set({ ...current, problems: [reason] });
    return Promise.resolve();
  }
  const links = current.links.includes(text) ? current.links : [...current.links, text].slice(0, MAX_FILES);
  try {
    localStorage.setItem(REGION_LINKS_KEY, JSON.stringify(links));
  } catch {
    // a full or closed storage: the region still reads the link now
  }
  return loadLinks(links, language);
}

/** Forgets one plan link in this browser: its plan leaves the region, the other links and plans stay. */
export function forgetLink(link: string): void {
  const links = current.links.filter((kept) => kept !== link);
  try {
    localStorage.setItem(REGION_LINKS_KEY, JSON.stringify(links));
  } catch {
    // a full or closed storage: the link is gone for now, and may come back on the next start
  }
  set({ ...current, plans: current.plans.filter((entry) => entry.link !== link), links });
}

/** The links this browser keeps, each named by its plan's title once read, else by its room. */
export function linkedPlans(state: RegionPlans): { link: string; name: string }[] {
  return state.links.map((link) => ({
    link,
    name: state.plans.find((entry) => entry.link === link)?.document.title || (readPlanLink(link)?.room ?? link.slice(0, 60)),
  }));
}

export function forgetLinks(): void {
  localStorage.removeItem(REGION_LINKS_KEY);
  set({ ...current, plans: current.plans.filter((entry) => !entry.link), links: [], problems: [] });
}

/** The region's plans, with the editor's own plan in place of its saved copy (what is being edited counts). */
export function useRegionPlans(document: Document): { state: RegionPlans; plans: readonly Document[] } {
  const state = useSyncExternalStore(subscribe, () => current);
  return useMemo(
    () => ({ state, plans: state.plans.map((entry) => (entry.document.id === document.id ? document : entry.document)) }),
    [state, document],
  );
}

/** Reads the plans of the links this browser keeps, once: when the Regio view first opens. */
export function readKeptLinks(language: Language): void {
  if (current.links.length > 0 && !current.plans.some((entry) => entry.link) && !current.loading) void loadLinks(current.links, language);
}

/**
 * Opens a plan of the region in the editor, at a card if given. The plan being left is kept in the region as it
 * is now (it is saved as before: autosave, Opslaan), so going back shows the edits.
 */
export function openInRegion(
  store: EditorStore,
  id: string,
  card: string | undefined,
  showInDiagram: (ids: readonly string[]) => void,
): void {
  const here = store.getState().document;
  const plans = current.plans.map((entry) => (entry.document.id === here.id ? { ...entry, document: here } : entry));
  set({ ...current, plans });
  const target = plans.find((entry) => entry.document.id === id)?.document;
  if (!target) return;
  if (target.id !== here.id) store.replace(target);
  if (card && target.nodes.some((node) => node.id === card)) showInDiagram([card]);
  else store.select([]);
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
  const { plans } = useRegionPlans(state.document);
  const wanted = state.document.parent?.id;
  const document = wanted === undefined ? undefined : plans.find((plan) => plan.id === wanted);
  return {
    parent: document && { document, onOpen: (card) => openInRegion(store, document.id, card, showInDiagram) },
    parents: plans.map((plan) => ({ id: plan.id, title: plan.title || plan.id })),
  };
}
