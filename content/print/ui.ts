import { tr } from '../../lib/i18n';

/*
 * Ronda's own print UI on the page, each piece in its own Shadow DOM host (the site's CSS cannot reach it and
 * it cannot disturb the site): a capture-mode switch that hides every Ronda overlay while the tab is being
 * photographed, the notice shown after a capture, and the free-area selection overlay.
 */

export const UI_TAG = 'ronda-print-ui';
const CAPTURING_ATTR = 'data-ronda-capturing';
const HIDE_STYLE_ID = 'ronda-print-capture-style';

/** Hides Ronda's badges, status chip and overlays while captures run, so prints show only the page. */
export function setCaptureMode(on: boolean): void {
  const root = document.documentElement;
  if (on) {
    if (!document.getElementById(HIDE_STYLE_ID)) {
      const style = document.createElement('style');
      style.id = HIDE_STYLE_ID;
      style.textContent = `html[${CAPTURING_ATTR}] :is(ronda-layer, ronda-badge, ronda-status, ${UI_TAG}, [data-ronda-ui]) { visibility: hidden !important; }`;
      (document.head ?? root).append(style);
    }
    root.setAttribute(CAPTURING_ATTR, '');
  } else {
    root.removeAttribute(CAPTURING_ATTR);
  }
}

function host(kind: string): { host: HTMLElement; shadow: ShadowRoot } {
  const el = document.createElement(UI_TAG);
  el.setAttribute('data-kind', kind);
  el.style.cssText = 'all: initial; position: fixed; z-index: 2147483647;';
  const shadow = el.attachShadow({ mode: 'open' });
  document.documentElement.append(el);
  return { host: el, shadow };
}

const NOTICE_CSS = `
  .box { position: fixed; right: 16px; bottom: 16px; max-width: 360px; display: flex; gap: 10px; align-items: center;
    padding: 10px 12px; border-radius: 10px; font: 13px/1.4 system-ui, sans-serif; color: #fff; background: #1b1f24;
    box-shadow: 0 4px 18px rgba(0,0,0,.3); }
  .box[data-tone="ok"] { background: #0b6e4f; }
  .box[data-tone="warn"] { background: #93370d; }
  .box[data-tone="error"] { background: #b42318; }
  button { font: inherit; color: inherit; background: rgba(255,255,255,.18); border: 1px solid rgba(255,255,255,.5);
    border-radius: 6px; padding: 3px 8px; cursor: pointer; white-space: nowrap; }
`;

let currentNotice: HTMLElement | undefined;

export function showNotice(notice: { tone: 'ok' | 'warn' | 'error'; text: string; printId?: string }, openGallery: (printId?: string) => void): void {
  currentNotice?.remove();
  const { host: el, shadow } = host('notice');
  currentNotice = el;
  const style = document.createElement('style');
  style.textContent = NOTICE_CSS;
  const box = document.createElement('div');
  box.className = 'box';
  box.dataset.tone = notice.tone;
  box.setAttribute('role', notice.tone === 'error' ? 'alert' : 'status');
  const text = document.createElement('span');
  text.textContent = notice.text;
  box.append(text);
  if (notice.printId || notice.tone === 'error') {
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = tr('Abrir acervo', 'Open collection');
    open.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      openGallery(notice.printId);
      el.remove();
    });
    box.append(open);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', tr('Fechar', 'Close'));
  close.addEventListener('click', () => el.remove());
  box.append(close);
  shadow.append(style, box);
  setTimeout(() => el.remove(), notice.tone === 'ok' ? 6_000 : 15_000);
}

export interface AreaRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rectangle between two pointer positions, whatever the drag direction, kept inside the viewport. */
export function dragRect(a: { x: number; y: number }, b: { x: number; y: number }, viewport: { width: number; height: number }): AreaRect {
  const clampX = (v: number) => Math.min(Math.max(v, 0), viewport.width);
  const clampY = (v: number) => Math.min(Math.max(v, 0), viewport.height);
  const x1 = clampX(Math.min(a.x, b.x));
  const y1 = clampY(Math.min(a.y, b.y));
  const x2 = clampX(Math.max(a.x, b.x));
  const y2 = clampY(Math.max(a.y, b.y));
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

const AREA_CSS = `
  .layer { position: fixed; inset: 0; cursor: crosshair; background: rgba(15, 23, 42, .25); }
  .sel { position: fixed; border: 2px solid #0b6e4f; background: rgba(11, 110, 79, .12); box-shadow: 0 0 0 9999px rgba(15,23,42,.25); display: none; }
  .hint { position: fixed; left: 50%; top: 16px; transform: translateX(-50%); padding: 8px 12px; border-radius: 8px;
    font: 13px/1.4 system-ui, sans-serif; color: #fff; background: #1b1f24; pointer-events: none; }
`;

let areaOpen: (() => void) | undefined;

/**
 * Lets the user drag a rectangle over the page. Resolves with it (viewport CSS px) once the overlay is gone
 * from the screen, or null when cancelled (Esc, or a click without a drag).
 */
export function selectArea(hint?: string): Promise<AreaRect | null> {
  areaOpen?.();
  return new Promise((resolve) => {
    const { host: el, shadow } = host('area');
    const style = document.createElement('style');
    style.textContent = AREA_CSS;
    const layer = document.createElement('div');
    layer.className = 'layer';
    const sel = document.createElement('div');
    sel.className = 'sel';
    const tip = document.createElement('div');
    tip.className = 'hint';
    tip.textContent = hint ?? tr('Arraste para escolher a área do print. Esc cancela.', 'Drag to choose the print area. Esc cancels.');
    shadow.append(style, layer, sel, tip);
    let start: { x: number; y: number } | null = null;
    let rect: AreaRect | null = null;
    const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
    const finish = (result: AreaRect | null) => {
      document.removeEventListener('keydown', onKey, true);
      el.remove();
      areaOpen = undefined;
      resolve(result);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        finish(null);
      }
    };
    areaOpen = () => finish(null);
    document.addEventListener('keydown', onKey, true);
    // Only the person's own pointer draws the area: the page's scripts can reach this open shadow root, and a
    // scripted drag must not choose what goes into the acervo.
    layer.addEventListener('pointerdown', (e) => {
      if (!e.isTrusted) return;
      e.preventDefault();
      start = { x: e.clientX, y: e.clientY };
      layer.setPointerCapture?.(e.pointerId);
    });
    layer.addEventListener('pointermove', (e) => {
      if (!start || !e.isTrusted) return;
      rect = dragRect(start, { x: e.clientX, y: e.clientY }, viewport());
      sel.style.display = 'block';
      sel.style.left = `${rect.x}px`;
      sel.style.top = `${rect.y}px`;
      sel.style.width = `${rect.width}px`;
      sel.style.height = `${rect.height}px`;
      tip.style.display = 'none';
    });
    layer.addEventListener('pointerup', (e) => {
      if (!start || !e.isTrusted) return;
      rect = dragRect(start, { x: e.clientX, y: e.clientY }, viewport());
      finish(rect.width >= 8 && rect.height >= 8 ? rect : null);
    });
  });
}
