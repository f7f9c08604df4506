import type { ReactNode } from 'react';
import { assignToSelection, setOnSelection, nodeChangeOperations } from '@veranderlogica/core/editing';
import {
  createActor,
  createTargetGroup,
  GroupSchema,
  newId,
  SourceSchema,
  usedIds,
  type Document,
  type Finding,
} from '@veranderlogica/core';
import {
  GroupManager,
  Inspector,
  SelectionEditor,
  PartnerManager,
  SourceManager,
  TargetGroupManager,
  useTranslation,
  ValidationPanel,
  localize,
} from '@veranderlogica/ui';
import { useParent } from './region.js';
import type { EditorState, EditorStore } from './store.js';

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

/** The right column: partners for the selected interventions, the inspector, and the check (folded while building). */
export function RightColumn({
  store,
  state,
  building,
  onSelectFinding,
  room,
  run,
  showInDiagram,
}: {
  /** Selects cards in the diagram and brings them into view (a link to the parent plan's card opens there). */
  showInDiagram: (ids: readonly string[]) => void;
  store: EditorStore;
  state: EditorState;
  /** Runs a command of the registry by id (the inspector's Delete and Pin are the registry's commands on the selection). */
  run: (id: string) => void;
  /** The live room's controls, for a facilitator in a room. */
  room?: ReactNode;
  /** While the room builds the plan (workshop steps 1–4) the full check waits one click away. */
  building: boolean;
  onSelectFinding: (finding: Finding) => void;
}) {
  const { t } = useTranslation();
  const { document, selected, findings } = state;
  const node = selected.size === 1 ? document.nodes.find((candidate) => selected.has(candidate.id)) : undefined;
  const edge = selected.size === 1 && !node ? document.edges.find((candidate) => selected.has(candidate.id)) : undefined;
  const check = <ValidationPanel findings={findings} onSelect={onSelectFinding} />;
  const { parent, parents } = useParent(store, state, showInDiagram);
  return (
    <aside className="editor__right">
      {room}
      <SelectionEditor
        document={document}
        selected={selected}
        onAssign={(field, value, on) => {
          const operations = assignToSelection(store.getState().document, selected, field, value, on);
          if (operations.length)
            store.apply(operations, {
              label: field === 'actors' ? localize('undo.assignPartner') : localize('undo.assignTargetGroup'),
            });
        }}
        onSet={(field, value, ids) => {
          const operations = setOnSelection(store.getState().document, ids, field, value);
          if (operations.length) store.apply(operations, { label: localize('undo.editSelection') });
        }}
      />
      <Inspector
        document={document}
        node={node}
        edge={edge}
        onNodeChange={(id, changes, field) =>
          store.apply(nodeChangeOperations(store.getState().document, id, changes), { coalesce: `${id}:${field}` })
        }
        onEdgeChange={(id, changes, field) => store.apply({ type: 'updateEdge', id, changes }, { coalesce: `${id}:${field}` })}
        onDocumentChange={(changes, field) => store.apply({ type: 'updateDocument', changes }, { coalesce: `document:${field}` })}
        onDelete={() => run('delete')}
        onPin={(_, pinned) => run(pinned ? 'pin' : 'unpin')}
        parent={parent}
        parents={parents}
      />
      {building ? (
        <details className="editor-check">
          <summary>{t('check.show', { count: findings.filter((finding) => finding.severity !== 'info').length })}</summary>
          {check}
        </details>
      ) : (
        check
      )}
    </aside>
  );
}
