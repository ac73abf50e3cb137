/** The badges' stylesheet, adopted by each of Ronda's layers (one shadow root holds all of a layer's badges). */
const CSS = `
/*
 * Badges live in Ronda's own layer (see badge-layer.ts), which places each host at the end of its comment's
 * author line with a transform. The host takes no height and the pill is centred on that line.
 */
ronda-badge { all: initial; display: block; width: max-content; height: 0; }
.badge { display: block; transform: translateY(-50%); }
button { font: 600 11px/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; border-radius: 999px; border: 1px solid transparent; padding: 0 8px; cursor: pointer; white-space: nowrap; }
.badge { color: #fff; }
.badge.hater { background: #b42318; }
.badge.praise { background: #067647; }
.badge.doubt { background: #175cd3; }
.badge.complaint { background: #b54708; }
.badge.purchase_intent { background: #6941c6; }
.badge.venting { background: #475467; }
.badge.neutral { background: #f2f4f7; color: #475467; border-color: #d0d5dd; }
.badge.house { background: #fff; color: #344054; border-color: #98a2b3; border-style: dashed; }
.badge.staff::after { content: ' ✓'; }
.badge.focused { outline: 2px solid #fdb022; outline-offset: 1px; }
[popover] { position: fixed; inset: auto; margin: 0; padding: 8px; min-width: 220px; max-width: 300px; border: 1px solid #d0d5dd; border-radius: 10px; background: #fff; color: #101828; box-shadow: 0 8px 24px rgba(16,24,40,.18); font: 12px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.why { color: #475467; margin: 0 0 6px; overflow-wrap: anywhere; }
.section { font-weight: 600; margin: 6px 0 4px; }
.labels { display: flex; flex-wrap: wrap; gap: 4px; }
.labels button { background: #f2f4f7; color: #101828; border-color: #d0d5dd; }
.labels button[aria-pressed="true"] { background: #101828; color: #fff; }
.actions { display: flex; flex-direction: column; gap: 4px; margin-top: 8px; }
.actions button { text-align: left; border-radius: 6px; background: #fff; border-color: #d0d5dd; color: #101828; padding: 4px 8px; }
.actions button:hover, .labels button:hover { border-color: #101828; }
.note { color: #067647; margin-top: 6px; }
.note.error { color: #b42318; }
`;

let sheet: CSSStyleSheet | undefined;

export function badgeStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
