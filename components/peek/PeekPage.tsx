import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLibraryChange } from '../use-library-change';
import { LABELS } from '../../lib/domain';
import { count, tr } from '../../lib/i18n';
import { getSetting } from '../../storage/settings';
import { listProjects } from '../../storage/projects';
import type { CommentRecord, PrintRecord, ProjectRecord } from '../../storage/schema';
import type { InvalidRow } from '../../storage/validate';
import { authorLabel, consentMark, formatDate, labelName, SITE_NAMES } from '../gallery/format';
import { useThumbnail } from '../gallery/thumbnails';
import { loadPeekRows } from './load';
import { buildPeek, type Peek } from './select';
import './peek.css';

/**
 * The expert's peek view: read-only, what needs the expert this week. Haters are only counted unless the
 * expert explicitly chooses to see them (their words are not what an expert should start the day with).
 */
export function PeekPage() {
  const [projects, setProjects] = useState<ProjectRecord[]>([]);
  const [projectId, setProjectId] = useState<string | undefined>(() => new URLSearchParams(location.search).get('project') ?? undefined);
  const [rows, setRows] = useState<{ comments: CommentRecord[]; prints: PrintRecord[]; invalid: InvalidRow[]; now: number } | null>(null);
  const [error, setError] = useState('');
  const [showHaters, setShowHaters] = useState(false);

  useEffect(() => {
    let live = true;
    const now = Date.now();
    void Promise.all([listProjects(), getSetting('activeProjectId'), loadPeekRows(now)]).then(
      ([p, active, r]) => {
        if (!live) return;
        setProjects(p.valid);
        setProjectId((current) => current ?? (p.valid.some((x) => x.id === active) ? active : undefined));
        setRows({ ...r, now });
      },
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  // A profile made or renamed while this page is open is in the picker and the heading at once.
  useLibraryChange(useCallback(() => void listProjects().then((p) => setProjects(p.valid), () => undefined), []));

  // Built once per load and expert (grouping the week's questions is real work), not on every render.
  const peek: Peek | null = useMemo(() => (rows ? buildPeek(rows.comments, rows.prints, { now: rows.now, projectId }) : null), [rows, projectId]);
  const expert = projects.find((p) => p.id === projectId)?.expertName;
  return (
    <main className="peek">
      <header>
        <h1>{expert ? tr(`Visão do especialista: ${expert}`, `Expert view: ${expert}`) : tr('Visão do especialista', 'Expert view')}</h1>
        <select aria-label={tr('Especialista', 'Expert')} value={projectId ?? ''} onChange={(e) => setProjectId(e.target.value || undefined)}>
          <option value="">{tr('Todos os especialistas', 'All experts')}</option>
          {projects.map((p) => <option key={p.id} value={p.id}>{p.expertName}</option>)}
        </select>
        <span className="readonly">{tr('Somente leitura', 'Read-only')}</span>
      </header>
      {error && <p role="alert" className="error">{error}</p>}
      {rows && rows.invalid.length > 0 && <p className="error">{count(rows.invalid.length, ['registro danificado ignorado.', 'registros danificados ignorados.'], ['damaged record skipped.', 'damaged records skipped.'])}</p>}
      {!peek ? <p>{tr('Carregando…', 'Loading…')}</p> : (
        <>
          <section className="counts" aria-label={tr('Contagens', 'Counts')}>
            <table>
              <thead><tr><th><span className="visually-hidden">{tr('Tipo', 'Kind')}</span></th><th>{tr('Hoje', 'Today')}</th><th>{tr('Semana', 'This week')}</th></tr></thead>
              <tbody>
                {LABELS.map((l) => (
                  <tr key={l} data-label={l}><th>{labelName(l)}</th><td>{peek.counts.today[l]}</td><td>{peek.counts.week[l]}</td></tr>
                ))}
                <tr data-label="prints"><th>{tr('Prints', 'Prints')}</th><td>{peek.counts.printsToday}</td><td>{peek.counts.printsWeek}</td></tr>
              </tbody>
            </table>
          </section>
          {peek.recurring.length > 0 && (
            <section data-testid="peek-recurring">
              <h2>{tr('O que mais perguntam esta semana', 'What people asked most this week')}</h2>
              <ul className="peek-list">
                {peek.recurring.map((t) => (
                  <li key={t.comments[0]!.key}>
                    <p className="who">
                      <strong>{t.keywords.join(' · ')}</strong> · {count(t.count, ['vez', 'vezes'], ['time', 'times'])}, {count(t.people, ['pessoa', 'pessoas'], ['person', 'people'])}
                    </p>
                    <p className="text">{t.examples[0]!.text}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <CommentList title={tr('Dúvidas que precisam de você', 'Questions that need you')} empty={tr('Nenhuma dúvida em aberto.', 'No open questions.')} items={peek.doubts} testId="peek-doubts" />
          <CommentList title={tr('Reclamações levadas ao direct', 'Complaints moved to DM')} empty={tr('Nenhuma reclamação no direct esta semana.', 'No complaints moved to DM this week.')} items={peek.complaintsInDm} testId="peek-dm" />
          <CommentList title={tr('Melhores elogios da semana', 'Best praise this week')} empty={tr('Nenhum elogio novo esta semana.', 'No new praise this week.')} items={peek.praise} testId="peek-praise" />
          <section>
            <h2>{tr('Prints da semana', 'This week’s prints')}</h2>
            {peek.prints.length === 0 ? <p className="muted">{tr('Nenhum print esta semana.', 'No prints this week.')}</p> : (
              <div className="peek-prints">{peek.prints.map((p) => <PrintCard key={p.id} print={p} />)}</div>
            )}
          </section>
          <section data-testid="peek-haters">
            <h2>{tr(`Haters da semana: ${peek.counts.week.hater}`, `Haters this week: ${peek.counts.week.hater}`)}</h2>
            {peek.haterReplies.length > 0 && (
              <p className="muted" data-testid="peek-hater-replies-count">
                {count(
                  peek.haterReplies.length,
                  ['resposta nas threads deles, oculta com eles.', 'respostas nas threads deles, ocultas com eles.'],
                  ['reply in their threads, hidden with them.', 'replies in their threads, hidden with them.'],
                )}
              </p>
            )}
            {(peek.haters.length > 0 || peek.haterReplies.length > 0) && (
              <label className="check">
                <input type="checkbox" checked={showHaters} onChange={(e) => setShowHaters(e.target.checked)} />
                {tr('Mostrar os comentários dos haters', 'Show hater comments')}
              </label>
            )}
            {showHaters && <CommentList title="" empty="" items={peek.haters} testId="peek-hater-list" />}
            {showHaters && peek.haterReplies.length > 0 && (
              <CommentList title={tr('Respostas nas threads dos haters', 'Replies in the haters’ threads')} empty="" items={peek.haterReplies} testId="peek-hater-replies" />
            )}
          </section>
        </>
      )}
    </main>
  );
}

function CommentList({ title, empty, items, testId }: { title: string; empty: string; items: CommentRecord[]; testId: string }) {
  return (
    <section data-testid={testId}>
      {title && <h2>{title} <small>({items.length})</small></h2>}
      {items.length === 0 ? (empty && <p className="muted">{empty}</p>) : (
        <ul className="peek-list">
          {items.map((c) => (
            <li key={c.key}>
              <p className="who">{c.authorName}{c.authorHandle ? ` · @${c.authorHandle.replace(/^@/, '')}` : ''} · {SITE_NAMES[c.site]} · {formatDate(c.firstSeenAt, true)}</p>
              <p className="text">{c.text}</p>
              <a href={c.permalink || c.postUrl} target="_blank" rel="noreferrer noopener">{tr('Ver no post', 'See on the post')}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PrintCard({ print }: { print: PrintRecord }) {
  const url = useThumbnail(print.id);
  return (
    <figure className="peek-print">
      {url ? <img src={url} alt={print.text.slice(0, 200)} /> : <div className="no-thumb" />}
      <figcaption>
        {print.starred ? '★ ' : ''}{authorLabel(print)} · {formatDate(print.capturedAt)}
        {consentMark(print.consent) && <span className={`consent-${print.consent}`}> · {consentMark(print.consent)}</span>}
      </figcaption>
    </figure>
  );
}
