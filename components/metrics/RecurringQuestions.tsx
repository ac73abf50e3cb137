import { useMemo } from 'react';
import { LABEL_NAMES, type Site } from '../../lib/domain';
import { recurringTopics, topicsToCsv, type RecurringTopic } from '../../lib/faq/recurring';
import { templateSeedQuery, type TemplateSeed } from '../../lib/templates/seed-link';
import { getLocale, tr, trPair } from '../../lib/i18n';
import { download } from '../download';
import type { QuestionRow } from './load';

/** A reply template for a recurring question starts from its words, its class and its plainest example. */
function seedOf(t: RecurringTopic<QuestionRow>): TemplateSeed {
  return { title: `${LABEL_NAMES[t.label].pt}: ${t.keywords.join(', ')}`, labels: [t.label], example: t.examples[0]?.text };
}

/** Topics listed on the page; the CSV has them all. */
const SHOWN = 30;

/**
 * The questions and objections people keep asking in the period, grouped across wordings: what the FAQ, the next
 * live and the next launch's copy should answer. Filtered like the rest of the page (expert, channel); the rows
 * come with the page's own data (one read of the period).
 */
export function RecurringQuestions({ rows, from, projectId, site }: { rows: QuestionRow[] | undefined; from: number; projectId: string; site: '' | Site }) {
  const topics = useMemo(
    () => rows && recurringTopics(rows.filter((r) => (!projectId || r.projectId === projectId) && (!site || r.site === site))),
    [rows, projectId, site],
  );

  const exportCsv = () => {
    if (!topics) return;
    download(topicsToCsv(topics, { locale: getLocale() }), `ronda-perguntas-recorrentes-${new Date(from).toISOString().slice(0, 10)}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <section className="recurring" aria-labelledby="recurring-title" data-testid="recurring-questions">
      <div className="summary-controls">
        <h2 id="recurring-title">{tr('Dúvidas e objeções que se repetem', 'Recurring questions and objections')}</h2>
        <button type="button" className="btn" disabled={!topics?.length} onClick={exportCsv}>
          {tr('Exportar perguntas (CSV)', 'Export questions (CSV)')}
        </button>
      </div>
      <p className="muted">
        {tr(
          'Dúvidas, perguntas de compra e reclamações do período, agrupadas quando perguntam a mesma coisa com outras palavras: material para o FAQ, a próxima live e a copy do próximo lançamento. Só entra o que mais de uma pessoa perguntou.',
          'Questions, purchase questions and complaints of the period, grouped when they ask the same thing in other words: material for the FAQ, the next live and the next launch’s copy. Only what more than one person asked is listed.',
        )}
      </p>
      {!topics ? (
        <p className="muted">{tr('Carregando…', 'Loading…')}</p>
      ) : topics.length === 0 ? (
        <p className="muted">{tr('Nenhuma pergunta se repetiu neste período.', 'No question came up more than once in this period.')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{tr('Tema', 'Topic')}</th>
                <th>{tr('Tipo', 'Kind')}</th>
                <th className="num">{tr('Vezes', 'Times')}</th>
                <th className="num">{tr('Pessoas', 'People')}</th>
                <th>{tr('Exemplos', 'Examples')}</th>
                <th><span className="visually-hidden">{tr('Resposta', 'Reply')}</span></th>
              </tr>
            </thead>
            <tbody>
              {topics.slice(0, SHOWN).map((t) => (
                <tr key={t.comments[0]!.key} data-testid="recurring-topic">
                  <th scope="row">{t.keywords.join(' · ')}</th>
                  <td>{trPair(LABEL_NAMES[t.label])}</td>
                  <td className="num">{t.count}</td>
                  <td className="num">{t.people}</td>
                  <td>
                    <ul className="examples">
                      {t.examples.map((c) => (
                        <li key={c.key}>
                          <a href={c.permalink ?? c.postUrl} target="_blank" rel="noreferrer noopener">
                            {c.text.length > 200 ? `${c.text.slice(0, 200)}…` : c.text}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <a href={`options.html?${templateSeedQuery(seedOf(t))}`} target="_blank" rel="noopener">
                      {tr('Criar modelo de resposta', 'Create a reply template')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {topics.length > SHOWN && (
            <p className="muted">{tr(`Mais ${topics.length - SHOWN} temas no CSV.`, `${topics.length - SHOWN} more topics in the CSV.`)}</p>
          )}
        </div>
      )}
    </section>
  );
}
