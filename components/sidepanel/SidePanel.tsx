import { tr } from '../../lib/i18n';

export function SidePanel() {
  return (
    <main>
      <h1>Ronda</h1>
      <p>{tr('Abra um post, vídeo ou blog para ver os comentários.', 'Open a post, video or blog to see its comments.')}</p>
    </main>
  );
}
