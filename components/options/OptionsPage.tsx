import { Fragment, useState } from 'react';
import { tr } from '../../lib/i18n';
import { LanguageSection } from './LanguageSection';
import { ProfileSection } from './ProfileSection';
import { TemplatesSection } from './TemplatesSection';
import { ServiceSection } from './ServiceSection';
import { PackSection } from './PackSection';
import { DriveSection } from './DriveSection';
import { HaterSection } from './HaterSection';
import { CorrectionsSection } from './CorrectionsSection';
import { TeamRulesSection } from './TeamRulesSection';
import { BlogsSection } from '../blogs/BlogsSection';
import { TeamKitSection } from './TeamKitSection';

/*
 * One section per concern, each in its own file beside this one (profile and team, Drive, selector packs…; the
 * blogs' section lives with the rest of the blog access in components/blogs). Add a section by importing it and listing it below.
 */
/** The sections by their headings' ids, for the index at the top of a long page. */
const SECTIONS: [id: string, pt: string, en: string][] = [
  ['team-kit-title', 'Kit da equipe', 'Team kit'],
  ['profile-title', 'Você e o especialista', 'You and the expert'],
  ['templates-title', 'Modelos', 'Templates'],
  ['service-title', 'Atendimento', 'Service'],
  ['blogs-title', 'Blogs', 'Blogs'],
  ['haters-title', 'Haters', 'Haters'],
  ['team-rules-title', 'Regras da equipe', 'Team rules'],
  ['corrections-title', 'Correções', 'Corrections'],
  ['pack-title', 'Seletores', 'Selectors'],
  ['drive-title', 'Google Drive', 'Google Drive'],
];

export function OptionsPage() {
  // The sections read their rows when they mount; a team kit import changes many of them at once.
  const [imports, setImports] = useState(0);
  return (
    <main className="options">
      <h1>{tr('Configurações do Ronda', 'Ronda settings')}</h1>
      <nav
        aria-label={tr('Seções', 'Sections')}
        style={{ position: 'sticky', top: 0, zIndex: 1, display: 'flex', flexWrap: 'wrap', gap: '4px 14px', padding: '6px 12px', background: 'var(--bg)', borderBottom: '1px solid var(--line)' }}
      >
        {SECTIONS.map(([id, pt, en]) => (
          <a key={id} href={`#${id}`}>
            {tr(pt, en)}
          </a>
        ))}
      </nav>
      <LanguageSection />
      <TeamKitSection onImported={() => setImports((n) => n + 1)} />
      <Fragment key={imports}>
        <ProfileSection />
        <TemplatesSection />
        <ServiceSection />
        <BlogsSection />
        <HaterSection />
        <TeamRulesSection />
        <CorrectionsSection />
        <PackSection />
        <DriveSection />
      </Fragment>
    </main>
  );
}
