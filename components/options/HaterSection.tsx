import { useEffect, useState } from 'react';
import { tr } from '../../lib/i18n';
import { broadcastToTabs } from '../../messaging/client';
import { getSetting, setSetting, type SettingValue } from '../../storage/settings';
import { errorText } from '../../lib/error-text';

type Mode = SettingValue<'haterDisplay'>;

const MODES: { value: Mode; label: () => string; hint: () => string }[] = [
  {
    value: 'blur',
    label: () => tr('Cobrir com uma tarja', 'Cover with a grey bar'),
    hint: () => tr('O texto fica sob uma tarja cinza; clique no selo do comentário para mostrá-lo.', 'The text sits under a grey bar; click the comment’s badge to show it.'),
  },
  {
    value: 'collapse',
    label: () => tr('Recolher o texto', 'Collapse the text'),
    hint: () => tr('O texto some da página (o comentário fica mais curto).', 'The text is removed from view (the comment gets shorter).'),
  },
  {
    value: 'show',
    label: () => tr('Mostrar normalmente', 'Show as usual'),
    hint: () => tr('Só o selo vermelho marca o hater.', 'Only the red badge marks the hater.'),
  },
];

/** How haters' words are hidden on the page, so staff (and the expert) are spared from reading them. */
export function HaterSection() {
  const [mode, setMode] = useState<Mode>();
  const [threads, setThreads] = useState<boolean>();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  useEffect(() => {
    void Promise.all([getSetting('haterDisplay'), getSetting('haterThreads')]).then(([m, t]) => {
      setMode(m);
      setThreads(t);
    });
  }, []);

  const choose = async (next: { mode: Mode; threads: boolean }) => {
    const before = { mode, threads };
    setMode(next.mode);
    setThreads(next.threads);
    setStatus(undefined);
    try {
      await setSetting('haterDisplay', next.mode);
      await setSetting('haterThreads', next.threads);
      // Saved is what counts; open pages that miss the news (a tab asleep) follow on their next load.
      const pages = await broadcastToTabs('cs.haterDisplay', next).catch(() => 0);
      setStatus({
        kind: 'ok',
        text: pages
          ? tr(`Salvo e aplicado às páginas abertas (${pages}).`, `Saved and applied to the open pages (${pages}).`)
          : tr('Salvo. Vale para as páginas que você abrir a partir de agora.', 'Saved. Applies to the pages you open from now on.'),
      });
    } catch (error) {
      setMode(before.mode);
      setThreads(before.threads);
      setStatus({ kind: 'error', text: tr('Não foi possível salvar: ', 'Could not save: ') + errorText(error) });
    }
  };
  const loaded = mode !== undefined && threads !== undefined;

  return (
    <section aria-labelledby="haters-title" className="editor" style={{ maxWidth: 760, padding: '0 12px' }}>
      <h2 id="haters-title">{tr('Haters na página', 'Haters on the page')}</h2>
      <fieldset data-testid="hater-display">
        <legend>{tr('Como esconder o texto de um hater', 'How to hide a hater’s text')}</legend>
        {MODES.map((m) => (
          <label key={m.value} style={{ display: 'block', margin: '4px 0' }}>
            <input type="radio" name="hater-display" value={m.value} checked={mode === m.value} disabled={!loaded} onChange={() => void choose({ mode: m.value, threads: threads! })} />{' '}
            <strong>{m.label()}</strong> — {m.hint()}
          </label>
        ))}
        <label style={{ display: 'block', margin: '8px 0 4px' }}>
          <input type="checkbox" checked={threads ?? false} disabled={!loaded || mode === 'show'} onChange={(e) => void choose({ mode: mode!, threads: e.target.checked })} />{' '}
          <strong>{tr('Esconder também as respostas aos haters', 'Also hide the replies to haters')}</strong> —{' '}
          {tr(
            'Quem responde a um hater costuma citar o que ele disse: a resposta fica escondida com ele, e mostrar o hater mostra a thread. O selo de cada resposta continua com o rótulo dela.',
            'Replies to a hater usually quote what it said: they stay hidden with it, and showing the hater shows its thread. Each reply’s badge keeps its own label.',
          )}
        </label>
      </fieldset>
      {status && (
        <p className={status.kind === 'error' ? 'error' : 'health'} role="status" data-testid="hater-display-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
