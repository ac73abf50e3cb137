import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { tr } from '../../lib/i18n';
import type { PrintRecord } from '../../storage/schema';
import { authorLabel, consentMark, formatDate, labelName, SITE_NAMES } from './format';
import { markFirstGrid, useGallery } from './store';
import { useThumbnail } from './thumbnails';

const CELL_WIDTH = 232;
const ROW_HEIGHT = 300;

/**
 * The virtualised grid: only the rows on screen (plus a few) exist in the DOM, and each cell loads just its
 * thumbnail, so 10,000 prints scroll like 20.
 */
export function Grid({ prints }: { prints: PrintRecord[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(4);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setColumns(Math.max(1, Math.floor((el.clientWidth - 8) / CELL_WIDTH)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const rows = Math.ceil(prints.length / columns);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is the documented way to use this library
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
    initialRect: { width: 1200, height: 900 },
  });

  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    if (items.length > 0) markFirstGrid();
  }, [items.length]);

  return (
    <div ref={scroller} className="grid-scroller" data-testid="print-grid">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((row) => (
          <div
            key={row.key}
            className="grid-row"
            style={{ transform: `translateY(${row.start}px)`, gridTemplateColumns: `repeat(${columns}, ${CELL_WIDTH - 12}px)` }}
          >
            {prints.slice(row.index * columns, row.index * columns + columns).map((p) => (
              <Cell key={p.id} print={p} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

function Cell({ print }: { print: PrintRecord }) {
  const url = useThumbnail(print.id);
  const selected = useGallery((s) => s.selected.has(print.id));
  const toggle = useGallery((s) => s.toggleSelected);
  const open = useGallery((s) => s.open);
  const edit = useGallery((s) => s.edit);
  return (
    <article className={`cell${selected ? ' selected' : ''}`} data-print-id={print.id}>
      <button type="button" className="thumb" onClick={() => open(print.id)} aria-label={tr(`Abrir print de ${authorLabel(print)}`, `Open print by ${authorLabel(print)}`)}>
        {url ? <img src={url} alt="" loading="lazy" decoding="async" /> : <span className="no-thumb">{url === null ? tr('sem imagem', 'no image') : ''}</span>}
      </button>
      <div className="cell-head">
        <input
          type="checkbox"
          checked={selected}
          aria-label={tr('Selecionar', 'Select')}
          onChange={() => undefined}
          onClick={(e) => toggle(print.id, e.shiftKey)}
        />
        <span className="author" title={print.authorHandle ?? authorLabel(print)}>{authorLabel(print)}</span>
        <button
          type="button"
          className={`star${print.starred ? ' on' : ''}`}
          aria-pressed={print.starred}
          aria-label={tr('Favorito', 'Star')}
          onClick={() => void edit(print.id, { starred: !print.starred })}
        >
          ★
        </button>
      </div>
      <p className="snippet">{print.text}</p>
      <div className="cell-foot">
        <span>{SITE_NAMES[print.site]}</span>
        {print.label && <span className={`chip label-${print.label}`}>{labelName(print.label)}</span>}
        {consentMark(print.consent) && <span className={`chip consent-${print.consent}`} title={tr('Autorização de uso', 'Permission to use')}>{consentMark(print.consent)}</span>}
        <span>{formatDate(print.capturedAt)}</span>
      </div>
    </article>
  );
}
