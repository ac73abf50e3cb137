import { tr } from '../../lib/i18n';

export function OptionsPage() {
  return (
    <main>
      <h1>{tr('Configurações do Ronda', 'Ronda settings')}</h1>
    </main>
  );
}
