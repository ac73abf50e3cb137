import { useEffect, useRef, useState } from 'react';
import { tr } from '../../lib/i18n';
import { templateSeedFrom } from '../../lib/templates/seed-link';
import { TemplateLibrary } from '../sidepanel/TemplateLibrary';
import '../sidepanel/panel.css';

/**
 * The reply-template library on the options page (the same editor as the side panel's "Modelos"). Opened with a
 * seed in its address (a recurring question's "Criar modelo de resposta"), it starts a new template from it.
 */
export function TemplatesSection() {
  const [seed] = useState(() => templateSeedFrom(location.search));
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (seed) ref.current?.scrollIntoView({ block: 'start' });
  }, [seed]);
  return (
    <section ref={ref} aria-labelledby="templates-title" style={{ maxWidth: 640, padding: '0 12px' }}>
      <h2 id="templates-title">{tr('Modelos de resposta', 'Reply templates')}</h2>
      <TemplateLibrary seed={seed} />
    </section>
  );
}
