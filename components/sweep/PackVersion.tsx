import { useEffect, useState } from 'react';
import { tr } from '../../lib/i18n';
import { sendToBackground } from '../../messaging/client';
import type { PackStatusInfo } from '../../messaging/protocol';

/** "Pacote de seletores 2026.11.23 (embutido)": which selector pack the adapters use now. */
export function PackVersionText({ pack }: { pack: PackStatusInfo }) {
  const origin = pack.origin === 'builtin' ? tr('(embutido)', '(built-in)') : pack.origin === 'drive' ? tr('(do Drive)', '(from Drive)') : tr('(importado)', '(imported)');
  const reason = pack.problem ?? pack.lastRefusal?.error;
  // The reason is shown, not only hovered: keyboard and screen-reader users never see a title.
  return (
    <span>
      {tr('Pacote de seletores', 'Selector pack')} {pack.version} {origin}
      {reason && (
        <>
          {' '}
          <span aria-hidden="true">⚠</span> <span className="pack-problem">{reason}</span>
        </>
      )}
    </span>
  );
}

/**
 * Self-loading pack line for any extension page (the side panel header can render it as is). Shows nothing
 * while the background answers, or if it cannot.
 */
export function PackVersionNote({ className = 'health' }: { className?: string }) {
  const [pack, setPack] = useState<PackStatusInfo>();
  useEffect(() => {
    let live = true;
    sendToBackground('bg.pack.status', {}).then(
      (p) => live && setPack(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!pack) return null;
  return (
    <p className={className} data-testid="pack-version">
      <PackVersionText pack={pack} />
    </p>
  );
}
