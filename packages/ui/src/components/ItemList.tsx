import type { ReactNode } from 'react';

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
 * managers of the document's lists are built on it.
 *
 * @example
 * <ItemList title="Bronnen" items={document.sources} summary={(s) => s.title} fields={(s) => …} … />
 */
export function ItemList<T extends { readonly id: string }>(props: ItemListProps<T>) {
  return (
    <section className={`vl-panel vl-partners ${props.className ?? ''}`} aria-label={props.title}>
      <h2 className="vl-panel__title">{props.title}</h2>
      <ul className="vl-partners__list">
        {props.items.map((item) => (
          <li key={item.id} className="vl-partners__item">
            <details>
              <summary>{props.summary(item)}</summary>
              {props.fields(item)}
              <button type="button" className="vl-button vl-button--danger" onClick={() => props.onRemove(item.id)}>
                {props.removeLabel}
              </button>
            </details>
          </li>
        ))}
      </ul>
      <button type="button" className="vl-button" onClick={props.onAdd}>
        {props.addLabel}
      </button>
    </section>
  );
}
