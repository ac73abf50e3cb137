// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { PackVersionText } from '../../../components/sweep/PackVersion';
import { setLocale } from '../../../lib/i18n';
import type { PackStatusInfo } from '../../../messaging/protocol';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
setLocale('pt-BR');

describe('PackVersionText', () => {
  it('shows why a pack was refused as text, not only in a hover title', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const pack = { version: '2026.11.23', origin: 'builtin', problem: 'pacote importado recusado: assinatura inválida' } as unknown as PackStatusInfo;
    await act(async () => root.render(<PackVersionText pack={pack} />));
    expect(host.textContent).toBe('Pacote de seletores 2026.11.23 (embutido) ⚠ pacote importado recusado: assinatura inválida');
    expect(host.querySelector('[title]')).toBeNull();
    act(() => root.unmount());
  });
});
