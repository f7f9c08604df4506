import { createActor, createTargetGroup, usedIds, type Document } from '@veranderlogica/core';
import { PartnerManager, TargetGroupManager, useTranslation } from '@veranderlogica/ui';
import type { EditorStore } from './store.js';

/** The sociale kaart, wired to the store: every change is a core operation. */
export function Partners({ store, document }: { store: EditorStore; document: Document }) {
  const { t } = useTranslation();
  return (
    <PartnerManager
      document={document}
      onAdd={() => {
        const taken = usedIds(store.getState().document);
        store.apply({ type: 'addActor', actor: createActor({ name: t('partners.newName') }, (id) => taken.has(id)) });
      }}
      onChange={(id, changes) =>
        store.apply({ type: 'updateActor', id, changes }, { coalesce: `actor:${id}:${Object.keys(changes).join()}` })
      }
      onRemove={(id) => store.apply({ type: 'removeActor', id })}
    />
  );
}

/** The target groups, wired to the store. */
export function TargetGroups({ store, document }: { store: EditorStore; document: Document }) {
  const { t } = useTranslation();
  return (
    <TargetGroupManager
      document={document}
      onAdd={() => {
        const taken = usedIds(store.getState().document);
        store.apply({ type: 'addTargetGroup', targetGroup: createTargetGroup({ name: t('groups.newName') }, (id) => taken.has(id)) });
      }}
      onChange={(id, changes) =>
        store.apply({ type: 'updateTargetGroup', id, changes }, { coalesce: `group:${id}:${Object.keys(changes).join()}` })
      }
      onRemove={(id) => store.apply({ type: 'removeTargetGroup', id })}
    />
  );
}
