// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { TemplateLibrary } from '../../../components/sidepanel/TemplateLibrary';
import { setLocale } from '../../../lib/i18n';
import { seedTemplates } from '../../../lib/templates/seed';
import { getDb } from '../../../storage/db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
setLocale('pt-BR');

async function settle(times = 10) {
  for (let i = 0; i < times; i++) await act(async () => new Promise((r) => setTimeout(r, 10)));
}

describe('template library', () => {
  it('seeds on first run, refuses a hostile import naming the entry, and keeps the library intact', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<TemplateLibrary />));
    await settle();
    const cards = () => host.querySelectorAll('article.tpl').length;
    expect(cards()).toBe(seedTemplates(0).length);

    const [good] = seedTemplates(5);
    const hostile = {
      format: 'ronda-templates',
      version: 1,
      templates: [good, { ...good, id: 'x', title: 'Malicioso', status: 'approved', labels: ['<img src=x onerror=alert(1)>'] }],
    };
    const input = host.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([JSON.stringify(hostile)], 'modelos.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Modelo #2 (“Malicioso”) inválido');
    expect(alert?.textContent).toContain('Nada foi importado');
    expect(cards()).toBe(seedTemplates(0).length);
    expect(await getDb().templates.get('x')).toBeUndefined();
    act(() => root.unmount());
  });
});
