import { useState, type FormEvent } from 'react';
import type { Document } from '@veranderlogica/core';
import { useTranslation } from '@veranderlogica/ui';

/**
 * Search by title: typing selects the first match and brings it into view, Enter goes to the next one; focus stays
 * in the field. It sits beside the view buttons, never over them.
 */
export function FindBar({ document, onReveal }: { document: Document; onReveal: (id: string) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState(0);
  const text = query.trim().toLowerCase();
  const matches = text ? document.nodes.filter((node) => node.title.toLowerCase().includes(text)) : [];
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (matches.length === 0) return;
    const index = (matchIndex + 1) % matches.length;
    setMatchIndex(index);
    onReveal(matches[index]!.id);
  };
  return (
    <form className="editor-find" onSubmit={next} role="search">
      <label>
        {t('find.label')}
        <input
          autoFocus
          value={query}
          onChange={(event) => {
            const typed = event.target.value.trim().toLowerCase();
            setQuery(event.target.value);
            setMatchIndex(0);
            const first = typed ? document.nodes.find((node) => node.title.toLowerCase().includes(typed)) : undefined;
            if (first) onReveal(first.id);
          }}
          aria-describedby="find-result"
        />
      </label>
      <span id="find-result" className="vl-muted">
        {text && matches.length === 0
          ? t('find.none', { query })
          : matches.length
            ? `${(matchIndex % matches.length) + 1}/${matches.length}`
            : ''}
      </span>
    </form>
  );
}
