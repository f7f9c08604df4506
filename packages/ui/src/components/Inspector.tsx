import { NODE_KINDS, positionOf, type Document, type Edge, type Localized, type ToCNode } from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { CheckboxField } from './fields.js';
import { NodeFields } from './inspector/NodeFields.js';
import type { ParentPlan } from './inspector/ParentCardsField.js';
import { EdgeFields } from './inspector/EdgeFields.js';
import { DocumentFields } from './inspector/DocumentFields.js';

export type { ApplyChange } from './inspector/shared.js';

export interface InspectorProps {
  readonly document: Document;
  readonly node?: ToCNode;
  readonly edge?: Edge;
  readonly onNodeChange: (id: string, changes: Record<string, unknown>, field: string) => Localized | undefined;
  readonly onEdgeChange: (id: string, changes: Record<string, unknown>, field: string) => Localized | undefined;
  readonly onDocumentChange: (changes: Record<string, unknown>, field: string) => Localized | undefined;
  readonly onDelete: (id: string) => void;
  /** Pins or unpins the selected card's position; absent when the editor offers no pinning. */
  readonly onPin?: (id: string, pinned: boolean) => void;
  /** The parent plan (a region's), when it is open beside this one: a card links to its cards and opens them. */
  readonly parent?: ParentPlan | undefined;
  /** The plans the document may name as its parent (a region's plans that are open). */
  readonly parents?: readonly { readonly id: string; readonly title: string }[];
}

/**
 * Every field of the selected card, connection, or (with nothing selected)
 * the document itself. Changes go to the editor as operations; a value the
 * core refuses shows its reason under the field and changes nothing.
 */
export function Inspector({
  document,
  node,
  edge,
  onNodeChange,
  onEdgeChange,
  onDocumentChange,
  onDelete,
  onPin,
  parent,
  parents,
}: InspectorProps) {
  const { t, l } = useTranslation();
  return (
    <section className="vl-panel vl-inspector" aria-label={t('inspector.title')}>
      <h2 className="vl-panel__title">{node ? l(NODE_KINDS.labels[node.kind]) : edge ? t('inspector.edge') : t('inspector.document')}</h2>
      {node && (
        <NodeFields
          key={node.id}
          document={document}
          node={node}
          parent={parent}
          apply={(changes, field) => onNodeChange(node.id, changes, field)}
        />
      )}
      {edge && (
        <EdgeFields key={edge.id} document={document} edge={edge} apply={(changes, field) => onEdgeChange(edge.id, changes, field)} />
      )}
      {!node && !edge && <DocumentFields document={document} apply={onDocumentChange} parents={parents} />}
      {node && onPin && (
        <CheckboxField
          name="pinned"
          label={t('inspector.pinned')}
          checked={positionOf(document, node.id)?.pinned === true}
          onChange={(pinned) => onPin(node.id, pinned)}
        />
      )}
      {(node || edge) && (
        <button type="button" className="vl-button vl-button--danger" onClick={() => onDelete((node ?? edge)!.id)}>
          {t('inspector.delete')}
        </button>
      )}
      {!node && !edge && <p className="vl-hint">{t('inspector.nothing')}</p>}
    </section>
  );
}
