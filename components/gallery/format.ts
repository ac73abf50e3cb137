import { LABEL_NAMES, type Consent, type Label } from '../../lib/domain';
import { getLocale, tr, trPair } from '../../lib/i18n';

export { SITE_NAMES } from '../../lib/domain';

export function labelName(label: Label | undefined): string {
  return label ? trPair(LABEL_NAMES[label]) : '';
}

/** The author as Ronda's pages show a print's: a teammate's blurred print arrives without one. */
export function authorLabel(p: { authorName: string; redacted?: boolean }): string {
  if (p.authorName) return p.authorName;
  return p.redacted ? tr('Autor oculto (print borrado)', 'Author hidden (blurred print)') : tr('Área da página', 'Page area');
}

export function formatDate(ms: number, withTime = false): string {
  const options: Intl.DateTimeFormatOptions = withTime
    ? { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }
    : { day: '2-digit', month: '2-digit', year: 'numeric' };
  return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en' : 'pt-BR', options).format(ms);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** yyyy-mm-dd of an <input type=date> to epoch ms at the start (or end) of that local day. */
export function dayToMs(day: string, end = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return end ? d.getTime() + 86_399_999 : d.getTime();
}

export function msToDay(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A print's permission in a word or two, where copywriters and the expert see prints ('' when nobody asked). */
export function consentMark(consent: Consent | undefined): string {
  switch (consent) {
    case 'granted':
      return tr('✓ autorizado', '✓ granted');
    case 'refused':
      return tr('✕ recusado', '✕ refused');
    case 'asked':
      return tr('… pedido', '… asked');
    default:
      return '';
  }
}
