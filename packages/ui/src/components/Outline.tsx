import { useMemo, useState } from 'react';
import {
  areaLabel,
  KIND_ORDER,
  NODE_KINDS,
  nextKindsInChain,
  outlineTree,
  previousKindsInChain,
  type Document,
  type Finding,
  type NodeKind,
  type OutlineItem,
  type ToCNode,
} from '@veranderlogica/core';
import { useTranslation } from '../i18n/translate.js';
import { useTypedOver, type FieldError } from './fields.js';
import { KindIcon } from './KindIcon.js';

export interface OutlineProps {
  readonly document: Document;
  readonly selected?: ReadonlySet<string>;
  readonly findings?: readonly Finding[];
  /** Show this card's properties (the editor selects it). */
  readonly onSelect?: (id: string) => void;
  /** Renames a card; returns the core's reason when it refuses the title (the typed text then stays in the field). */
  readonly onRename: (id: string, title: string) => FieldError | void;
  /** Add a card of `kind`; with `under`, connected so that it points to that card. */
  readonly onAdd: (kind: NodeKind, under?: string) => void;
  readonly onConnect: (sourceId: string, targetId: string) => void;
  readonly onDisconnect: (edgeId: string) => void;
  readonly onDelete: (id: string) => void;
}

/**
 * The veranderlogica as a nested list: goals ← outcomes ← mechanisms ←
 * interventions, with indicators and assumptions under what they concern.
 * Every action of the canvas is here as a plain form control (add, rename,
 * connect, detach, delete), so keyboard and screen-reader users can build the
 * whole ToC without the diagram.
 *
 * @example
 * <Outline document={doc} onRename={…} onAdd={…} onConnect={…} onDisconnect={…} onDelete={…} />
 */
export function Outline(props: OutlineProps) {
  const { document } = props;
  const { t } = useTranslation();
  const tree = useMemo(() => outlineTree(document), [document]);
  const nodeById = useMemo(() => new Map(document.nodes.map((node) => [node.id, node])), [document.nodes]);
  const problems = useMemo(() => {
    const count = new Map<string, number>();
    for (const finding of props.findings ?? [])
      if (finding.severity !== 'info') for (const id of finding.ids) count.set(id, (count.get(id) ?? 0) + 1);
    return count;
  }, [props.findings]);
  const context: RowContext = { ...props, nodeById, problems };

  return (
    <section className="vl-outline" aria-label={t('outline.title')}>
      <div className="vl-outline__top">
        <h2 className="vl-panel__title">{t('outline.title')}</h2>
        <AddSelect label={t('outline.addRoot')} kinds={KIND_ORDER} onAdd={(kind) => props.onAdd(kind)} />
      </div>
      <p className="vl-hint">{t('outline.hint')}</p>
      <h3 className="vl-outline__section">{t('outline.goals')}</h3>
      {tree.goals.length === 0 ? <p className="vl-muted">{t('outline.noGoals')}</p> : <Items items={tree.goals} context={context} />}
      {tree.unattached.length > 0 && (
        <>
          <h3 className="vl-outline__section">{t('outline.unattached')}</h3>
          <Items items={tree.unattached} context={context} />
        </>
      )}
      <p className="vl-muted vl-outline__count">{t('outline.count', { count: document.nodes.length })}</p>
    </section>
  );
}

interface RowContext extends OutlineProps {
  readonly nodeById: ReadonlyMap<string, ToCNode>;
  readonly problems: ReadonlyMap<string, number>;
}

function Items({ items, context, parent }: { items: readonly OutlineItem[]; context: RowContext; parent?: ToCNode }) {
  return (
    <ul className="vl-outline__list">
      {items.map((item) => (
        <Row key={`${item.id}:${item.via ?? 'root'}`} item={item} context={context} parent={parent} />
      ))}
    </ul>
  );
}

function Row({ item, context, parent }: { item: OutlineItem; context: RowContext; parent?: ToCNode }) {
  const { t, language, l } = useTranslation();
  const [connecting, setConnecting] = useState(false);
  const node = context.nodeById.get(item.id);
  if (!node) return null;
  const kindLabel = l(NODE_KINDS.labels[node.kind]);
  const name = node.title || t('node.untitled');
  const selected = context.selected?.has(node.id) ?? false;
  const problems = context.problems.get(node.id) ?? 0;
  const addable = previousKindsInChain(node.kind);

  return (
    <li className={`vl-outline__item vl-outline__item--${node.kind}`} data-id={node.id}>
      <div className={`vl-outline__row${selected ? ' vl-outline__row--selected' : ''}`} aria-current={selected ? 'true' : undefined}>
        <span className="vl-outline__kind">
          <KindIcon kind={node.kind} />
          <span>
            {kindLabel}
            {/* An intervention's area said where it was given, not left to be found in its properties. */}
            {node.kind === 'intervention' && (
              <span className="vl-outline__area" data-area={node.area}>
                {areaLabel(context.document, node.area, language)}
              </span>
            )}
          </span>
        </span>
        <OutlineTitle
          value={node.title}
          label={t('outline.titleOf', { kind: kindLabel })}
          onRename={(title) => context.onRename(node.id, title)}
          onFocus={() => context.onSelect?.(node.id)}
        />
        {problems > 0 && (
          <span className="vl-outline__problems" title={t('outline.problems', { count: problems })}>
            ⚠ {problems}
          </span>
        )}
        {item.repeat && <span className="vl-muted vl-outline__repeat">{t('outline.repeat')}</span>}
        <span className="vl-outline__actions">
          {addable.length > 0 && (
            <AddSelect
              label={t('outline.addUnder', { title: name })}
              kinds={addable}
              onAdd={(kind) => context.onAdd(kind, node.id)}
              compact
            />
          )}
          <button
            type="button"
            className="vl-button"
            aria-expanded={connecting}
            aria-label={t('outline.connectLabel', { title: name })}
            title={t('outline.connectLabel', { title: name })}
            onClick={() => setConnecting((open) => !open)}
          >
            ⇄
          </button>
          {item.via && parent && (
            <button
              type="button"
              className="vl-button"
              aria-label={t('outline.disconnectLabel', { source: name, target: parent.title || t('node.untitled') })}
              title={t('outline.disconnectLabel', { source: name, target: parent.title || t('node.untitled') })}
              onClick={() => context.onDisconnect(item.via!)}
            >
              ✂
            </button>
          )}
          <button
            type="button"
            className="vl-button vl-button--danger"
            aria-label={t('outline.deleteLabel', { title: name })}
            title={t('outline.deleteLabel', { title: name })}
            onClick={() => context.onDelete(node.id)}
          >
            ×
          </button>
        </span>
      </div>
      {connecting && (
        <ConnectPicker
          node={node}
          context={context}
          onDone={(target) => {
            setConnecting(false);
            if (target) context.onConnect(node.id, target);
          }}
        />
      )}
      {item.children.length > 0 && <Items items={item.children} context={context} parent={node} />}
    </li>
  );
}

/** A select that adds a card of the chosen kind and resets itself. */
function AddSelect({
  label,
  kinds,
  onAdd,
  compact,
}: {
  label: string;
  kinds: readonly NodeKind[];
  onAdd: (kind: NodeKind) => void;
  compact?: boolean;
}) {
  const { t, l } = useTranslation();
  return (
    <select
      className={`vl-outline__add${compact ? ' vl-outline__add--compact' : ''}`}
      aria-label={label}
      value=""
      onChange={(event) => {
        if (event.target.value) onAdd(event.target.value as NodeKind);
      }}
    >
      <option value="">{compact ? '+' : t('outline.addPlaceholder')}</option>
      {kinds.map((kind) => (
        <option key={kind} value={kind}>
          {l(NODE_KINDS.labels[kind])}
        </option>
      ))}
    </select>
  );
}

/** The cards this one may point to and does not yet; the core still has the last word when connecting. */
function ConnectPicker({ node, context, onDone }: { node: ToCNode; context: RowContext; onDone: (target?: string) => void }) {
  const { t, l } = useTranslation();
  const kinds = nextKindsInChain(node.kind);
  const already = new Set(context.document.edges.filter((edge) => edge.source === node.id).map((edge) => edge.target));
  const candidates = context.document.nodes.filter((other) => other.id !== node.id && kinds.includes(other.kind) && !already.has(other.id));
  const name = node.title || t('node.untitled');
  if (candidates.length === 0)
    return (
      <p className="vl-outline__picker vl-muted" role="status">
        {t('outline.noTargets')}{' '}
        <button type="button" className="vl-link" onClick={() => onDone()}>
          {t('file.close')}
        </button>
      </p>
    );
  return (
    <div className="vl-outline__picker">
      <select
        autoFocus
        aria-label={t('outline.connectLabel', { title: name })}
        defaultValue=""
        onChange={(event) => event.target.value && onDone(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onDone()}
      >
        <option value="">{t('outline.connectPlaceholder')}</option>
        {kinds
          .filter((kind) => candidates.some((other) => other.kind === kind))
          .map((kind) => (
            <optgroup key={kind} label={l(NODE_KINDS.labels[kind])}>
              {candidates
                .filter((other) => other.kind === kind)
                .map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.title || t('node.untitled')}
                  </option>
                ))}
            </optgroup>
          ))}
      </select>
      <button type="button" className="vl-link" onClick={() => onDone()}>
        {t('file.close')}
      </button>
    </div>
  );
}

/** A card's title in the list. A title the core refuses stays as typed, marked, with the reason, until it is fixed. */
function OutlineTitle(props: { value: string; label: string; onRename: (title: string) => FieldError | void; onFocus: () => void }) {
  const { t, l } = useTranslation();
  const typed = useTypedOver(props.value);
  const [error, setError] = useState<FieldError>();
  const refused = error && typed.text !== undefined ? { text: typed.text, error } : undefined;
  return (
    <span className="vl-outline__title-field">
      <input
        className="vl-outline__title"
        value={refused ? refused.text : props.value}
        placeholder={t('node.untitled')}
        aria-label={props.label}
        aria-invalid={refused ? true : undefined}
        onChange={(event) => {
          const text = event.target.value;
          typed.keep(text);
          setError(props.onRename(text) ?? undefined);
        }}
        onFocus={props.onFocus}
      />
      {refused && (
        <span className="vl-field__error" role="alert">
          {l(refused.error)}
        </span>
      )}
    </span>
  );
}
