import { Fragment, useMemo } from 'react';
import { count, tr } from '../../lib/i18n';
import { OFFENDER_MIN_HATERS, repeatOffenders, type DismissedOffender, type RepeatOffender } from '../../lib/team-rules/offenders';
import type { ProjectRecord, TeamRuleRecord } from '../../storage/schema';
import { scopeOf } from './rule-scope';
import { sampleScope, useStoredSample, type StoredSample } from './stored-sample';

export type Offender = RepeatOffender<StoredSample[number]>;

/**
 * The authors who keep coming out hater in the stored comments, with no author rule yet: one click marks the
 * profile (a rule for that site and expert profile), so the troll of every live is hidden on every post at once.
 */
export function RepeatOffenders({
  rules,
  projects,
  dismissed,
  busy,
  onMark,
  onDismiss,
}: {
  rules: readonly TeamRuleRecord[];
  projects: readonly ProjectRecord[];
  dismissed: readonly DismissedOffender[];
  busy: boolean;
  onMark: (o: Offender) => void;
  onDismiss: (o: Offender) => void;
}) {
  const sample = useStoredSample();
  const offenders = useMemo(() => (sample ? repeatOffenders(sample, rules, { dismissed }) : []), [sample, rules, dismissed]);
  if (!sample || sample.length === 0) return null;
  return (
    <div data-testid="repeat-offenders">
      <h3>{tr('Perfis que se repetem como hater', 'Authors who keep coming out hater')}</h3>
      <p className="health">
        {offenders.length === 0
          ? tr(`Nenhum perfil sem regra tem ${OFFENDER_MIN_HATERS} ou mais comentários hater (a maioria dos seus) ${sampleScope(sample)}.`, `No author without a rule has ${OFFENDER_MIN_HATERS} or more hater comments (most of theirs) ${sampleScope(sample)}.`)
          : tr(`Autores sem regra com ${OFFENDER_MIN_HATERS} ou mais comentários hater, a maioria dos seus, ${sampleScope(sample)}. Confira os exemplos antes de marcar.`, `Authors without a rule with ${OFFENDER_MIN_HATERS} or more hater comments, most of theirs, ${sampleScope(sample)}. Check the examples before marking.`)}
      </p>
      {offenders.length > 0 && (
        <ul>
          {offenders.map((o) => (
            <li key={`${o.site} ${o.projectId ?? ''} ${o.author}`}>
              <strong dir="auto">{o.author}</strong>{' '}
              <span className="health">({scopeOf(o, projects)})</span>
              {': '}
              {tr(`${o.haters} de ${o.comments} comentários hater, em ${count(o.posts, ['post', 'posts'], ['post', 'posts'])}.`, `${o.haters} of ${o.comments} comments hater, on ${count(o.posts, ['post', 'posts'], ['post', 'posts'])}.`)}{' '}
              {o.examples.map((e) => (
                <Fragment key={e.key}>
                  <q dir="auto" className="health">
                    {e.text.length > 100 ? `${e.text.slice(0, 99)}…` : e.text}
                  </q>{' '}
                </Fragment>
              ))}
              <button type="button" className="btn" disabled={busy} onClick={() => onMark(o)} aria-label={tr(`Marcar ${o.author} como hater`, `Mark ${o.author} as a hater`)}>
                {tr('Marcar perfil como hater', 'Mark author as hater')}
              </button>{' '}
              <button type="button" className="btn" disabled={busy} onClick={() => onDismiss(o)} aria-label={tr(`Dispensar ${o.author}`, `Set ${o.author} aside`)}>
                {tr('Dispensar', 'Set aside')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
