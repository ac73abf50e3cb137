import { tr } from '../../lib/i18n';
import { ProfileSection } from './ProfileSection';
import { TemplatesSection } from './TemplatesSection';
import { ServiceSection } from './ServiceSection';
import { PackSection } from './PackSection';
import { DriveSection } from './DriveSection';
import { HaterSection } from './HaterSection';
import { CorrectionsSection } from './CorrectionsSection';

/*
 * One section per concern, each in its own file beside this one (profile and team, blogs, Drive, selector
 * packs…). Add a section by importing it and listing it below.
 */
export function OptionsPage() {
  return (
    <main className="options">
      <h1>{tr('Configurações do Ronda', 'Ronda settings')}</h1>
      <ProfileSection />
      <TemplatesSection />
      <ServiceSection />
      <HaterSection />
      <CorrectionsSection />
      <PackSection />
      <DriveSection />
    </main>
  );
}
