import { tr } from '../../lib/i18n';

export function GalleryPage() {
  return (
    <main>
      <h1>{tr('Acervo de prints', 'Social-proof collection')}</h1>
    </main>
  );
}
