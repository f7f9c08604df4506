import { createActor, createTargetGroup, GroupSchema, newId, SourceSchema, usedIds, type Document } from '@veranderlogica/core';
import { GroupManager, PartnerManager, SourceManager, TargetGroupManager, useTranslation } from '@veranderlogica/ui';
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

/** A fresh id no item of the document uses yet. */
function freshId(store: EditorStore, prefix: string): string {
  const taken = usedIds(store.getState().document);
  return newId(prefix, (id) => taken.has(id));
}

/** The plan's strategies, speerpunten or bouwstenen, wired to the store. */
export function Groups({ store, document }: { store: EditorStore; document: Document }) {
  const { t } = useTranslation();
  return (
    <GroupManager
      document={document}
      onAdd={() =>
        store.apply({ type: 'addGroup', group: GroupSchema.parse({ id: freshId(store, 'group'), title: t('strategies.newTitle') }) })
      }
      onChange={(id, changes) =>
        store.apply({ type: 'updateGroup', id, changes }, { coalesce: `strategy:${id}:${Object.keys(changes).join()}` })
      }
      onRemove={(id) => store.apply({ type: 'removeGroup', id })}
    />
  );
}

/** The frameworks and sources the plan cites, wired to the store. */
export function Sources({ store, document }: { store: EditorStore; document: Document }) {
  const { t } = useTranslation();
  return (
    <SourceManager
      document={document}
      onAdd={() =>
        store.apply({ type: 'addSource', source: SourceSchema.parse({ id: freshId(store, 'source'), title: t('sources.newTitle') }) })
      }
      onChange={(id, changes) =>
        store.apply({ type: 'updateSource', id, changes }, { coalesce: `source:${id}:${Object.keys(changes).join()}` })
      }
      onRemove={(id) => store.apply({ type: 'removeSource', id })}
    />
  );
}
