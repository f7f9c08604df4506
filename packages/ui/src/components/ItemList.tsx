import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface ItemListProps<T extends { readonly id: string }> {
  readonly title: string;
  readonly items: readonly T[];
  /** The line shown while an item is folded: its name and a short note. */
  readonly summary: (item: T) => ReactNode;
  /** The fields of an unfolded item. */
  readonly fields: (item: T) => ReactNode;
  readonly addLabel: string;
  readonly removeLabel: string;
  readonly onAdd: () => void;
  readonly onRemove: (id: string) => void;
  readonly className?: string;
}

/**
 * A titled list of things with ids (target groups, groups, sources), each
 * folded to one line and unfolded to edit, with add and remove buttons. The
 * managers of the document's lists are built on it. An item added with the
 * add button opens unfolded, its first field focused for its name.
 *
 * @example
 * <ItemList title="Bronnen" items={document.sources} summary={(s) => s.title} fields={(s) => …} … />
 */
export function ItemList<T extends { readonly id: string }>(props: ItemListProps<T>) {
  // The ids before the add button was pressed: the item that appears after it is the one just added.
  const before = useRef<ReadonlySet<string> | undefined>(undefined);
  // The items unfolded, by hand or because they were just added. A folded item renders only its summary: a plan with
  // 300 partners and target groups would otherwise build every field of every one (1,500 elements) before its diagram.
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(() => new Set());
  const unfold = (id: string, open: boolean) =>
    setUnfolded((current) => {
      if (current.has(id) === open) return current;
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  // The item just added, focused once its <details> has rendered open: a field inside a closed one takes no focus.
  const focusNext = useRef<string | undefined>(undefined);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!before.current) return;
    const added = props.items.find((item) => !before.current!.has(item.id));
    if (!added) return;
    before.current = undefined;
    focusNext.current = added.id;
    unfold(added.id, true);
  }, [props.items]);
  useEffect(() => {
    const added = focusNext.current;
    if (!added || !unfolded.has(added)) return;
    focusNext.current = undefined;
    list.current?.querySelector<HTMLElement>(`[data-item="${CSS.escape(added)}"] details :is(input, textarea, select)`)?.focus();
  }, [unfolded]);
  return (
    <section className={`vl-panel vl-partners ${props.className ?? ''}`} aria-label={props.title}>
      <h2 className="vl-panel__title">{props.title}</h2>
      <ul className="vl-partners__list" ref={list}>
        {props.items.map((item) => (
          <li key={item.id} className="vl-partners__item" data-item={item.id}>
            <details open={unfolded.has(item.id) || undefined} onToggle={(event) => unfold(item.id, event.currentTarget.open)}>
              <summary>{props.summary(item)}</summary>
              {unfolded.has(item.id) && (
                <>
                  {props.fields(item)}
                  <button type="button" className="vl-button vl-button--danger" onClick={() => props.onRemove(item.id)}>
                    {props.removeLabel}
                  </button>
                </>
              )}
            </details>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="vl-button"
        onClick={() => {
          before.current = new Set(props.items.map((item) => item.id));
          props.onAdd();
        }}
      >
        {props.addLabel}
      </button>
    </section>
  );
}
