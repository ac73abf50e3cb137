import { tr } from '../../lib/i18n';
import { TemplateLibrary } from '../sidepanel/TemplateLibrary';
import '../sidepanel/panel.css';

/** The reply-template library on the options page (the same editor as the side panel's "Modelos"). */
export function TemplatesSection() {
  return (
    <section aria-labelledby="templates-title" style={{ maxWidth: 640, padding: '0 12px' }}>
      <h2 id="templates-title">{tr('Modelos de resposta', 'Reply templates')}</h2>
      <TemplateLibrary />
    </section>
  );
}
