import { useEffect, useMemo } from 'react';
import { assembleRegion } from '@veranderlogica/core/region';
import { regionNetworkSvg } from '@veranderlogica/layout';
import { RegionView, useTranslation } from '@veranderlogica/ui';
import {
  addRegionLink,
  forgetLink,
  forgetLinks,
  linkedPlans,
  load,
  loadLinks,
  openInRegion,
  readKeptLinks,
  useRegionPlans,
} from './region.js';
import type { EditorState, EditorStore } from './store.js';

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
  const { state: loaded, plans } = useRegionPlans(state.document);
  const region = useMemo(() => (plans.length ? assembleRegion(plans) : undefined), [plans]);
  const network = useMemo(
    () => (region?.regional ? regionNetworkSvg(region, { language, font: 'reference' }) : undefined),
    [region, language],
  );
  // The plans of the links this browser keeps are read when the view first opens.
  useEffect(() => readKeptLinks(language), [language]);
  return (
    <RegionView
      region={region}
      current={state.document.id}
      problems={loaded.problems}
      onLoad={(files) => void load(files, language)}
      onOpen={(id, card) => openInRegion(store, id, card, showInDiagram)}
      onAddLink={(link) => void addRegionLink(link, language)}
      links={loaded.links.length}
      loading={loaded.loading}
      onRefresh={() => void loadLinks(loaded.links, language)}
      onForgetLinks={forgetLinks}
      linked={linkedPlans(loaded)}
      onForgetLink={forgetLink}
      {...(network && { network })}
    />
  );
}
