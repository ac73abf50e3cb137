import { useMemo, useState, type ReactNode } from 'react';
import { tr } from '../../lib/i18n';
import { searchable } from './classifier-news';

const PAGE = 50;

interface Props<T> {
  items: readonly T[];
  /** The words a search looks in (accents and case do not matter). */
  searchText: (item: T) => string;
  keyOf: (item: T) => string;
  /** One row's contents; the row itself is the list's. */
  row: (item: T) => ReactNode;
  rowTitle?: (item: T) => string | undefined;
  search: { label: string; placeholder: string };
  /** The action on everything a search found ("Esquecer as 12 encontradas"). */
  bulk: { label: (n: number) => string; run: (items: T[]) => void };
  busy: boolean;
  nothingFound: string;
  testId: string;
}

/**
 * The options page's long lists (corrections, team rules): a search, an action on all that it found, and pages of
 * 50, so a profile with thousands of rows stays quick to draw.
 */
export function SearchableList<T>({ items, searchText, keyOf, row, rowTitle, search, bulk, busy, nothingFound, testId }: Props<T>) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const matching = useMemo(() => {
    const q = searchable(query.trim());
    return q ? items.filter((item) => searchable(searchText(item)).includes(q)) : [...items];
  }, [items, query, searchText]);

  return (
    <>
      <input
        type="search"
        value={query}
        placeholder={search.placeholder}
        aria-label={search.label}
        onChange={(e) => {
          setQuery(e.target.value);
          setShown(PAGE);
        }}
      />
      {matching.length > 1 && query.trim() && (
        <button type="button" className="btn" disabled={busy} onClick={() => bulk.run(matching)}>
          {bulk.label(matching.length)}
        </button>
      )}
      <ul className="corrections" data-testid={testId}>
        {matching.slice(0, shown).map((item) => (
          <li key={keyOf(item)} title={rowTitle?.(item)}>
            {row(item)}
          </li>
        ))}
      </ul>
      {matching.length > shown && (
        <button type="button" className="btn" onClick={() => setShown((n) => n + PAGE)}>
          {tr(`Mostrar mais (${matching.length - shown})`, `Show more (${matching.length - shown})`)}
        </button>
      )}
      {items.length > 0 && matching.length === 0 && <p className="health">{nothingFound}</p>}
    </>
  );
}
