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
export function OptionsPage() {
  // The sections read their rows when they mount; a team kit import changes many of them at once.
  const [imports, setImports] = useState(0);
  return (
    <main className="options">
      <h1>{tr('Configurações do Ronda', 'Ronda settings')}</h1>
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
