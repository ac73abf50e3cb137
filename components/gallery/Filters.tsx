import { useEffect, useState } from 'react';
import { CONSENT_NAMES, LABELS, SITES, type Consent, type Label, type Site } from '../../lib/domain';
import { tr, trPair } from '../../lib/i18n';
import type { PrintFilter } from '../../storage/prints';
import type { ProjectRecord } from '../../storage/schema';
import { dayToMs, labelName, msToDay, SITE_NAMES } from './format';
import { useGallery } from './store';
import { ProfileOptions } from '../profile-options';

/** Search box and filters: expert/project, site, label, tag, permission, date range, starred, trash. */
export function Filters({ projects, tags }: { projects: ProjectRecord[]; tags: string[] }) {
  const filter = useGallery((s) => s.filter);
  const setFilter = useGallery((s) => s.setFilter);
  const clearFilter = useGallery((s) => s.clearFilter);
  const [text, setText] = useState(filter.text ?? '');

  // Typing must not query on every key: wait for a short pause.
  useEffect(() => {
    if ((filter.text ?? '') === text) return;
    const timer = setTimeout(() => setFilter({ text }), 150);
    return () => clearTimeout(timer);
  }, [text, filter.text, setFilter]);

  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <input
        type="search"
        className="search"
        placeholder={tr('Buscar no texto, autor ou tags', 'Search text, author or tags')}
        aria-label={tr('Buscar', 'Search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <select aria-label={tr('Especialista', 'Expert')} value={filter.projectId ?? ''} onChange={(e) => setFilter({ projectId: e.target.value || undefined })}>
        <option value="">{tr('Todos os especialistas', 'All experts')}</option>
        <ProfileOptions projects={projects} />
      </select>
      <select aria-label={tr('Rede', 'Site')} value={filter.site ?? ''} onChange={(e) => setFilter({ site: (e.target.value || undefined) as Site | undefined })}>
        <option value="">{tr('Todas as redes', 'All sites')}</option>
        {SITES.map((s) => (
          <option key={s} value={s}>{SITE_NAMES[s]}</option>
        ))}
      </select>
      <select aria-label={tr('Rótulo', 'Label')} value={filter.label ?? ''} onChange={(e) => setFilter({ label: (e.target.value || undefined) as Label | undefined })}>
        <option value="">{tr('Todos os rótulos', 'All labels')}</option>
        {LABELS.map((l) => (
          <option key={l} value={l}>{labelName(l)}</option>
        ))}
      </select>
      <select aria-label="Tag" value={filter.tag ?? ''} onChange={(e) => setFilter({ tag: e.target.value || undefined })}>
        <option value="">{tr('Todas as tags', 'All tags')}</option>
        {tags.map((t) => (
          <option key={t} value={t}>#{t}</option>
        ))}
      </select>
      <select aria-label={tr('Autorização de uso', 'Permission to use')} value={filter.consent ?? ''} onChange={(e) => setFilter({ consent: (e.target.value || undefined) as PrintFilter['consent'] })}>
        <option value="">{tr('Qualquer autorização', 'Any permission')}</option>
        {(['granted', 'asked', 'refused', 'none'] as const satisfies readonly Consent[]).map((c) => (
          <option key={c} value={c}>{trPair(CONSENT_NAMES[c])}</option>
        ))}
      </select>
      <label className="date">
        {tr('de', 'from')}
        <input type="date" value={msToDay(filter.from)} onChange={(e) => setFilter({ from: dayToMs(e.target.value) })} />
      </label>
      <label className="date">
        {tr('até', 'to')}
        <input type="date" value={msToDay(filter.to)} onChange={(e) => setFilter({ to: dayToMs(e.target.value, true) })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={filter.starred === true} onChange={(e) => setFilter({ starred: e.target.checked ? true : undefined })} />
        {tr('Só favoritos', 'Starred only')}
      </label>
      <label className="check">
        <input type="checkbox" checked={filter.deleted === true} onChange={(e) => setFilter({ deleted: e.target.checked ? true : undefined })} />
        {tr('Lixeira', 'Trash')}
      </label>
      <button
        type="button"
        onClick={() => {
          setText('');
          clearFilter();
        }}
      >
        {tr('Limpar filtros', 'Clear filters')}
      </button>
    </form>
  );
}
