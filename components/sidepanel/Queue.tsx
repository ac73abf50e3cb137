import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { LABEL_NAMES, STATUS_NAMES, STATUSES, type CommentStatus } from '../../lib/domain';
import { tr, trPair } from '../../lib/i18n';
import { CommentDetail } from './CommentDetail';
import { countQueue, filterQueue, GROUP_NAMES, LABEL_GROUPS, type LabelGroup } from './queue';
import type { PanelStore } from './store';
import type { LiveComment } from '../../messaging/protocol';
import { haterThreads } from '../../lib/threads';

/** Above this many rows only the visible ones are rendered (launch threads reach thousands of comments). */
export const VIRTUALIZE_AT = 150;

/** The triage queue of the bound tab: filters with counts, the comments, the selected one's actions. */
export function Queue({ store }: { store: PanelStore }) {
  const snapshot = useStore(store, (s) => s.snapshot);
  const filter = useStore(store, (s) => s.filter);
  const selectedId = useStore(store, (s) => s.selectedId);
  const setFilter = useStore(store, (s) => s.setFilter);
  const select = useStore(store, (s) => s.select);
  const printed = useStore(store, (s) => s.printed);
  const listRef = useRef<HTMLUListElement>(null);
  const comments = snapshot?.comments ?? [];
  // Replies under a hater: staff see which thread they are in before answering there.
  const threads = useMemo(() => haterThreads(snapshot?.comments ?? []), [snapshot]);
  const visible = filterQueue(comments, filter, printed);
  const virtual = visible.length > VIRTUALIZE_AT;
  // The virtualizer is mutable by design; this component is not compiled/memoised, so that is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: visible.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => 64,
    overscan: 10,
    enabled: virtual,
    getItemKey: (index) => visible[index]!.commentId,
  });

  useEffect(() => {
    // Keep the keyboard-selected comment in view (j/k through a long queue).
    if (virtual) {
      const index = visible.findIndex((c) => c.commentId === selectedId);
      if (index >= 0) rows.scrollToIndex(index, { align: 'auto' });
      return;
    }
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    // Only a new selection scrolls; polls that refresh the list must not move it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  if (!snapshot) return null;
  const counts = countQueue(comments, filter, printed);

  const row = (c: LiveComment, extra?: { index: number; start: number }) => (
    <li
      key={c.commentId}
      className="item"
      role="option"
      aria-selected={c.commentId === selectedId}
      data-comment-id={c.commentId}
      data-index={extra?.index}
      ref={extra ? rows.measureElement : undefined}
      style={extra ? { position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${extra.start}px)` } : undefined}
      onClick={() => void select(c.commentId)}
    >
      <div className="meta">
        <span className={`dot label-${c.label}`} title={trPair(LABEL_NAMES[c.label])} />
        <span className="author">{c.authorName || c.authorHandle || tr('(sem nome)', '(no name)')}</span>
        <span className="pill">{trPair(LABEL_NAMES[c.label])}</span>
        {c.status !== 'new' && <span className="pill">{trPair(STATUS_NAMES[c.status])}</span>}
        {printed.has(c.key) && (
          <span className="pill printed" title={tr('Este comentário já tem print no acervo', 'This comment already has a print in the collection')}>
            {tr('📷 no acervo', '📷 in collection')}
          </span>
        )}
        {c.answeredBy && (
          <span className="pill answered" title={tr(`${c.answeredBy} já respondeu no site`, `${c.answeredBy} already answered on the site`)}>
            {tr('↩ respondido no site', '↩ answered on the site')}
          </span>
        )}
        {threads.has(c.commentId) && (
          <span className="pill thread" title={tr(`Responde ao hater ${threads.get(c.commentId)!.authorName}`, `Replies to the hater ${threads.get(c.commentId)!.authorName}`)}>
            {tr('↳ thread de hater', '↳ hater’s thread')}
          </span>
        )}
      </div>
      {c.postTitle && (
        // On a page of several posts' comments (Studio's inbox), which one this comment is under.
        <p className="post-title" title={c.postTitle}>
          {tr('em ', 'on ')}
          {c.postTitle}
        </p>
      )}
      <p className="text">{c.text}</p>
      {c.commentId === selectedId && <CommentDetail store={store} comment={c} haterAbove={threads.get(c.commentId)} />}
    </li>
  );

  return (
    <>
      <div className="chips" role="group" aria-label={tr('Filtrar por rótulo', 'Filter by label')}>
        {(['all', ...LABEL_GROUPS] as const).map((g) => (
          <button
            type="button"
            key={g}
            className="chip"
            aria-pressed={filter.group === g}
            onClick={() => setFilter({ group: g as LabelGroup | 'all' })}
          >
            {g === 'all' ? tr('Todos', 'All') : trPair(GROUP_NAMES[g])}
            <span className="n">{counts.group[g]}</span>
          </button>
        ))}
      </div>
      <div className="filters">
        <select
          aria-label={tr('Filtrar por situação', 'Filter by status')}
          value={filter.status}
          onChange={(e) => setFilter({ status: e.target.value as CommentStatus | 'all' })}
        >
          <option value="all">
            {tr('Todas as situações', 'All statuses')} ({counts.status.all})
          </option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {trPair(STATUS_NAMES[s])} ({counts.status[s]})
            </option>
          ))}
        </select>
        {(filter.group === 'praise' || filter.withoutPrint) && (
          // Collecting the day's praise for the acervo: what is left to print on this page.
          <label className="without-print">
            <input type="checkbox" checked={filter.withoutPrint} onChange={(e) => setFilter({ withoutPrint: e.target.checked })} />
            {tr(`Só sem print (${counts.withoutPrint})`, `Not printed yet (${counts.withoutPrint})`)}
          </label>
        )}
      </div>
      <ul className="queue" ref={listRef} role="listbox" style={virtual ? { position: 'relative' } : undefined} aria-label={tr('Comentários', 'Comments')}>
        {virtual ? (
          <>
            {/* Gives the list its full scroll height; the visible rows are placed over it. */}
            <li aria-hidden="true" style={{ height: rows.getTotalSize() }} />
            {rows.getVirtualItems().map((v) => row(visible[v.index]!, { index: v.index, start: v.start }))}
          </>
        ) : (
          visible.map((c) => row(c))
        )}
        {visible.length === 0 && comments.length > 0 && (
          <li className="empty">{tr('Nenhum comentário com estes filtros.', 'No comment matches these filters.')}</li>
        )}
      </ul>
    </>
  );
}
