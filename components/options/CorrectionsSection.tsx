import { useCallback, useEffect, useState } from 'react';
import type { LearnedTerm } from '../../classifier';
import { LABEL_NAMES, type Label } from '../../lib/domain';
import { exportCorrections, MAX_CORRECTIONS_BYTES } from '../../lib/corrections/io';
import { count, getLocale, tr, trPair } from '../../lib/i18n';
import { forgetCorrections, importCorrections, listCorrections, MEMORY_CORRECTIONS_LIMIT, putCorrections } from '../../storage/corrections';
import type { CorrectionRecord } from '../../storage/schema';
import { getSetting, type SettingValue } from '../../storage/settings';
import type { InvalidRow } from '../../storage/validate';
import { download } from '../download';
import { formatDate } from '../gallery/format';
import { tellOpenPages } from './classifier-news';
import { FileButtons } from '../file-buttons';
import { DamagedRows, importSummary, StatusLine, useStoredRows } from './list-tools';
import { SearchableList } from './SearchableList';


type Lesson = LearnedTerm & { model: Label };
type Message = { kind: 'ok' | 'error'; text: string; undo?: CorrectionRecord[] };

const loadCorrections = () => listCorrections();
const correctionText = (c: CorrectionRecord) => c.text;
const correctionKey = (c: CorrectionRecord) => c.key;
const longTextTitle = (c: CorrectionRecord) => (c.text.length > 240 ? c.text.slice(0, 2_000) : undefined);

function clipped(text: string, max = 240): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * What staff corrections taught this profile: the corrections themselves (search, forget a wrong one, undo), the
 * words they agree on, and a file to share them with teammates or to import theirs. Open pages follow every change.
 */
export function CorrectionsSection() {
  const [corrections, setCorrections] = useState<CorrectionRecord[]>();
  const [invalid, setInvalid] = useState<InvalidRow[]>([]);
  const [learned, setLearned] = useState<{ from: CorrectionRecord[]; words: Lesson[] }>();
  const apply = useCallback(({ valid, invalid: bad }: Awaited<ReturnType<typeof listCorrections>>) => {
    setCorrections(valid);
    setInvalid(bad);
  }, []);
  const { message, busy, act } = useStoredRows<Awaited<ReturnType<typeof listCorrections>>, Message>(loadCorrections, apply);

  useEffect(() => {
    if (!corrections) return;
    let live = true;
    // The model (half a megabyte) loads only here, after the section is on screen; the memory classifies each
    // correction once (the model's label is what a word corrects). It learns from what pages learn from: the latest
    // corrections, oldest first.
    void import('../../classifier').then(({ createCorrectionMemory }) => {
      if (!live) return;
      const memory = createCorrectionMemory(corrections.slice(0, MEMORY_CORRECTIONS_LIMIT).reverse());
      setLearned({ from: corrections, words: memory.learnedWords() });
    });
    return () => {
      live = false;
    };
  }, [corrections]);
  const lessons = learned?.from === corrections ? learned?.words : undefined;

  const forget = (records: CorrectionRecord[]) =>
    act(async () => {
      const gone = await forgetCorrections(records.map((c) => c.key));
      const pages = await tellOpenPages(gone.map((c) => c.key));
      return {
        kind: 'ok',
        text:
          count(gone.length, ['correção esquecida', 'correções esquecidas'], ['correction forgotten', 'corrections forgotten']) +
          tr(`: a memória não aprende mais com ${gone.length === 1 ? 'ela' : 'elas'}.`, `: the memory no longer learns from ${gone.length === 1 ? 'it' : 'them'}.`) +
          pages,
        undo: gone,
      };
    });

  const undo = (records: CorrectionRecord[]) =>
    act(async () => {
      await putCorrections(records);
      return {
        kind: 'ok',
        text: count(records.length, ['correção de volta', 'correções de volta'], ['correction back', 'corrections back']) + tr(' à memória.', ' in the memory.') + (await tellOpenPages([])),
      };
    });

  const onImport = (file: File) =>
    act(async () => {
      if (file.size > MAX_CORRECTIONS_BYTES) {
        return { kind: 'error', text: tr('Arquivo grande demais para um arquivo de correções. Nada foi importado.', 'File too large for a corrections file. Nothing was imported.') };
      }
      const result = await importCorrections(await file.text());
      if (!result.ok) return { kind: 'error', text: result.error };
      const { added, updated } = result.plan;
      return {
        kind: 'ok',
        text:
          importSummary(result.plan, tr(' (a correção daqui é a mesma ou mais recente)', ' (the correction here is the same or more recent)')) +
          (added + updated > 0 ? await tellOpenPages([]) : ''),
      };
    });

  const onExport = () => {
    if (!corrections) return;
    download(new Blob([exportCorrections(corrections, new Date())], { type: 'application/json' }), `ronda-correcoes-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
  };

  return (
    <section aria-labelledby="corrections-title" className="editor" style={{ maxWidth: 760, padding: '0 12px' }} data-testid="corrections">
      <h2 id="corrections-title">{tr('Memória de correções', 'Corrections memory')}</h2>
      <p className="health">
        {tr(
          'Cada rótulo que a equipe corrige ensina o Ronda neste perfil do Chrome: o mesmo comentário (ou quase igual) recebe o rótulo corrigido, e uma palavra em que três correções concordam passa a puxar os próximos comentários. Esqueça aqui uma correção errada; exporte para um colega importar no perfil dele.',
          'Every label staff correct teaches Ronda in this Chrome profile: the same (or a near-identical) comment gets the corrected label, and a word three corrections agree on pulls the next comments. Forget a wrong correction here; export them for a teammate to import in their profile.',
        )}
      </p>
      <RevisionReport />
      <FileButtons
        importLabel={tr('Importar correções', 'Import corrections')}
        exportLabel={tr('Exportar correções', 'Export corrections')}
        fileLabel={tr('Arquivo de correções', 'Corrections file')}
        busy={busy}
        canExport={!!corrections?.length}
        onExport={onExport}
        onFile={(file) => void onImport(file)}
      />
      {message && (
        <StatusLine kind={message.kind} text={message.text} busy={busy} onUndo={message.undo?.length ? () => void undo(message.undo!) : undefined} testId="corrections-status" />
      )}
      <DamagedRows
        invalid={invalid}
        what={[['correção guardada está danificada', 'correções guardadas estão danificadas'], ['stored correction is damaged', 'stored corrections are damaged']]}
        fate={tr(invalid.length === 1 ? ' e foi deixada de lado: ' : ' e foram deixadas de lado: ', ' and set aside: ')}
      />
      {corrections === undefined ? (
        <p className="health">{tr('Carregando…', 'Loading…')}</p>
      ) : (
        <>
          <p data-testid="corrections-count">
            {count(corrections.length, ['correção guardada.', 'correções guardadas.'], ['correction stored.', 'corrections stored.'])}
            {corrections.length > MEMORY_CORRECTIONS_LIMIT &&
              tr(` As páginas aprendem com as ${MEMORY_CORRECTIONS_LIMIT} mais recentes.`, ` Pages learn from the latest ${MEMORY_CORRECTIONS_LIMIT}.`)}
          </p>
          <h3>{tr('Palavras aprendidas', 'Learned words')}</h3>
          {lessons === undefined ? (
            <p className="health">{tr('Calculando…', 'Working it out…')}</p>
          ) : lessons.length === 0 ? (
            <p className="health">{tr('Nenhuma ainda: uma palavra é aprendida quando três correções concordam nela.', 'None yet: a word is learned when three corrections agree on it.')}</p>
          ) : (
            <table data-testid="learned-words">
              <thead>
                <tr>
                  <th>{tr('Palavra', 'Word')}</th>
                  <th>{tr('O modelo dizia', 'The model said')}</th>
                  <th>{tr('A equipe diz', 'Staff say')}</th>
                  <th>{tr('Correções', 'Corrections')}</th>
                </tr>
              </thead>
              <tbody>
                {lessons.map((l) => (
                  <tr key={`${l.term}/${l.model}`}>
                    <td>{l.term}</td>
                    <td>{trPair(LABEL_NAMES[l.model])}</td>
                    <td>{trPair(LABEL_NAMES[l.label])}</td>
                    <td>{l.support}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{tr('Correções', 'Corrections')}</h3>
          <SearchableList
            items={corrections}
            searchText={correctionText}
            keyOf={correctionKey}
            rowTitle={longTextTitle}
            row={(c) => (
              <>
                <q dir="auto">{clipped(c.text)}</q>{' '}
                <strong>{trPair(LABEL_NAMES[c.label])}</strong>{' '}
                <span className="health">
                  {c.user} · {new Date(c.at).toLocaleString('pt-BR')}
                </span>{' '}
                <button type="button" className="btn" disabled={busy} onClick={() => void forget([c])}>
                  {tr('Esquecer', 'Forget')}
                </button>
              </>
            )}
            search={{ label: tr('Buscar correções', 'Search corrections'), placeholder: tr('Buscar no texto', 'Search the text') }}
            bulk={{ label: (n) => tr(`Esquecer as ${n} encontradas`, `Forget the ${n} found`), run: (found) => void forget(found) }}
            busy={busy}
            nothingFound={tr('Nenhuma correção com esse texto.', 'No correction with that text.')}
            testId="corrections-list"
          />
        </>
      )}
    </section>
  );
}

/**
 * After an update whose classifier reads comments differently, the worker judged the stored ones again: said here, so
 * that a label that changed in the expert's view or the metrics has a reason staff can find.
 */
function RevisionReport() {
  const [report, setReport] = useState<SettingValue<'labelsRevisionReport'>>(null);
  useEffect(() => {
    void getSetting('labelsRevisionReport').then(setReport);
  }, []);
  if (!report || report.judged === 0) return null;
  const when = formatDate(report.at);
  const read = report.judged.toLocaleString(getLocale());
  const changed = count(report.relabelled, ['mudou de rótulo', 'mudaram de rótulo'], ['changed label', 'changed label']);
  return (
    <p className="health" data-testid="classifier-revision">
      {tr(
        `Classificador ${report.revision}: em ${when}, chegando com a atualização, ele leu de novo ${read} comentários guardados; ${changed}. Os rótulos dados pela equipe ficaram como estavam.`,
        `Classifier ${report.revision}: on ${when}, arriving with the update, it read ${read} stored comments again; ${changed}. Labels given by staff stayed as they were.`,
      )}
    </p>
  );
}
