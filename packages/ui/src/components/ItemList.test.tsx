// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ItemList } from './ItemList.js';

afterEach(cleanup);
// jsdom has no CSS.escape; the ids here need no escaping.
if (typeof CSS === 'undefined' || typeof CSS.escape !== 'function') vi.stubGlobal('CSS', { escape: (value: string) => value });

const items = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, name: `Partner ${i}` }));

function list(onAdd = () => {}, shown = items) {
  return (
    <ItemList
      title="Partners"
      items={shown}
      summary={(item) => <strong>{item.name}</strong>}
      fields={(item) => <input aria-label={`Naam van ${item.name}`} defaultValue={item.name} />}
      addLabel="Partner toevoegen"
      removeLabel="Verwijderen"
      onAdd={onAdd}
      onRemove={() => {}}
    />
  );
}

/** Unfolds or folds a <details> as a click on its summary does: the browser toggles `open`, then says so. */
const toggle = (details: HTMLDetailsElement) =>
  act(() => {
    details.open = !details.open;
    details.dispatchEvent(new Event('toggle'));
  });

describe('ItemList', () => {
  it('renders only the summaries of folded items, and the fields of an item once it is unfolded', () => {
    const { container } = render(list());
    expect(container.querySelectorAll('summary')).toHaveLength(300);
    expect(container.querySelectorAll('input')).toHaveLength(0);
    const details = container.querySelector<HTMLDetailsElement>('[data-item="p7"] details')!;
    toggle(details);
    expect(screen.getByRole('textbox', { name: 'Naam van Partner 7' })).toBeTruthy();
    expect(container.querySelectorAll('input')).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Verwijderen' })).toHaveLength(1);
    toggle(details);
    expect(container.querySelectorAll('input')).toHaveLength(0);
  });

  it('opens an item just added with its fields, its first field focused', () => {
    const onAdd = vi.fn();
    const { rerender, container } = render(list(onAdd, items.slice(0, 3)));
    act(() => screen.getByRole('button', { name: 'Partner toevoegen' }).click());
    expect(onAdd).toHaveBeenCalledOnce();
    rerender(list(onAdd, [...items.slice(0, 3), { id: 'new', name: '' }]));
    const added = container.querySelector<HTMLDetailsElement>('[data-item="new"] details')!;
    expect(added.open).toBe(true);
    expect(document.activeElement).toBe(added.querySelector('input'));
    expect(container.querySelectorAll('input')).toHaveLength(1);
  });
});
