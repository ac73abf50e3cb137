// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanel } from '../../../components/sidepanel/SidePanel';
import { createPanelStore } from '../../../components/sidepanel/store';
import type { PanelServices, Snapshot } from '../../../components/sidepanel/services';
import { seedTemplates } from '../../../lib/templates/seed';
import type { LiveComment } from '../../../messaging/protocol';
import { setLocale } from '../../../lib/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
setLocale('pt-BR');

const comments: LiveComment[] = [
  { key: 'instagram:1', commentId: '1', isReply: false, authorName: 'maria.souza', authorHandle: 'maria.souza', text: 'Tem parcelamento?', label: 'doubt', labelSource: 'classifier', status: 'new', confidence: 0.8, evidence: [] },
  { key: 'instagram:2', commentId: '2', isReply: false, authorName: 'joao', text: 'Amei a aula!', label: 'praise', labelSource: 'classifier', status: 'replied', confidence: 0.9, evidence: [] },
  { key: 'instagram:3', commentId: '3', isReply: false, authorName: 'bia', text: 'Golpe!', label: 'hater', labelSource: 'classifier', status: 'new', confidence: 0.7, evidence: [] },
];

/** The panel's live follows of the acervo's prints: a test calls them back as a capture or a delete would. */
const printWatchers: { keys: readonly string[]; onChange: (printed: Set<string>) => void }[] = [];

function services(snapshot: Snapshot): PanelServices {
  return {
    snapshot: vi.fn(async () => snapshot),
    focus: vi.fn(async () => true),
    expand: vi.fn(async () => ({ state: 'idle' as const, clicks: 0, added: 0 })),
    showLabel: vi.fn(async () => undefined),
    insertReply: vi.fn(async () => ({ inserted: true })),
    moderate: vi.fn(async () => ({ opened: 'menu' as const })),
    openPage: vi.fn(async () => undefined),
    relabel: vi.fn(async () => undefined),
    setStatus: vi.fn(async () => undefined),
    print: vi.fn(async () => ({ printId: 'x' })),
    copy: vi.fn(async () => true),
    openDm: vi.fn(async () => undefined),
    privateReply: vi.fn(async () => ({ filled: true })),
    loadTemplates: vi.fn(async () => ({ valid: seedTemplates(1), invalid: [] })),
    loadProject: vi.fn(async () => ({
      id: 'p', expertName: 'Ana', supportSignature: 'Equipe da Ana', links: { produto: 'https://ana.com.br' },
      businessHours: { timeZone: 'America/Sao_Paulo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }, responseTargets: {}, createdAt: 0,
    })),
    loadUser: vi.fn(async () => ({ name: 'Bia', role: 'staff' as const })),
    watchLibrary: vi.fn(() => () => undefined),
    watchPrinted: vi.fn((keys: readonly string[], onChange: (printed: Set<string>) => void) => {
      printWatchers.push({ keys, onChange });
      return () => void printWatchers.splice(printWatchers.findIndex((w) => w.onChange === onChange), 1);
    }),
    saveRule: vi.fn(async () => {
      throw new Error('not in this test');
    }),
    undoRule: vi.fn(async () => undefined),
  };
}

/** The panel reads its tab from ?tab=; happy-dom lets a test set the page URL. */
function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

let root: ReturnType<typeof createRoot> | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

async function mount(snapshot: Snapshot) {
  setUrl('chrome-extension://ronda/sidepanel.html?tab=7');
  const fake = services(snapshot);
  const store = createPanelStore(fake);
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(<SidePanel store={store} />));
  await act(async () => {
    await store.getState().refresh();
  });
  return { fake, store };
}

const text = () => document.body.textContent ?? '';
const press = async (key: string) => act(async () => void window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));

describe('side panel', () => {
  it('shows the queue with label and status counts, and the no-comments warning on a supported page', async () => {
    await mount({ page: { site: 'instagram', postUrl: 'https://www.instagram.com/p/x/' }, health: { supported: true, found: 3 }, comments });
    const chips = [...document.querySelectorAll('.chip')].map((c) => c.textContent);
    expect(chips).toEqual(['Todos3', 'Haters1', 'Dúvidas1', 'Reclamações0', 'Prospecção0', 'Elogios1', 'Outros0']);
    expect(document.querySelectorAll('[role="option"]')).toHaveLength(3);
    expect(text()).toContain('3 comentários encontrados nesta página.');
    act(() => root!.unmount());
    root = undefined;
    // Right after load (the content script has not settled) an empty page is not yet a problem…
    await mount({ page: { site: 'instagram', postUrl: 'https://www.instagram.com/p/x/' }, health: { supported: true, found: 0 }, comments: [] });
    expect(text()).not.toMatch(/layout da página pode ter mudado/);
    expect(text()).toContain('Nenhum comentário encontrado nesta página.');
    act(() => root!.unmount());
    root = undefined;
    // …once it has, the content script's warning is shown.
    const warning = 'Nenhum comentário encontrado aqui: o layout da página pode ter mudado. Se o post tem comentários, role até eles.';
    await mount({ page: { site: 'instagram', postUrl: 'https://www.instagram.com/p/x/' }, health: { supported: true, found: 0, warning }, comments: [] });
    expect(text()).toContain(warning);
    expect(document.querySelector('[data-testid="health"]')).toBeNull();
  });

  it('names the icon-only "own window" button for screen readers', async () => {
    const { store } = await mount({ page: { site: 'instagram', postUrl: 'p' }, health: { supported: true, found: 1 }, comments: comments.slice(0, 1) });
    // The button shows in the docked panel (no ?tab=), not in a window already bound to a tab.
    setUrl('chrome-extension://ronda/sidepanel.html');
    act(() => store.setState({ notice: { kind: 'info', text: '…' } }));
    expect(document.querySelector('button[aria-label="Abrir esta fila numa janela própria, presa a esta aba"]')?.textContent).toBe('⧉');
    expect(text()).toContain('1 comentário encontrado nesta página.');
  });

  it('filters by group, moves with j and replies with r', async () => {
    const { fake } = await mount({ page: { site: 'instagram', postUrl: 'p' }, health: { supported: true, found: 3 }, comments });
    await act(async () => (document.querySelectorAll('.chip')[2] as HTMLButtonElement).click());
    expect([...document.querySelectorAll('[role="option"] .text')].map((e) => e.textContent)).toEqual(['Tem parcelamento?']);
    await press('j');
    expect(fake.focus).toHaveBeenCalledWith(7, '1');
    const preview = document.querySelector('textarea') as HTMLTextAreaElement;
    expect(preview.value).toMatch(/^Ótima pergunta, Maria! Você encontra todos os detalhes aqui: https:\/\/ana\.com\.br/);
    await press('r');
    expect(fake.insertReply).toHaveBeenCalledWith(7, '1', preview.value);
    expect(fake.setStatus).toHaveBeenCalledWith('instagram:1', 'replied', 'seed-duvida-link');
    expect(text()).toContain('Resposta inserida');
  });

  it('marks the comments already in the acervo and, among the praise, leaves the ones still to print', async () => {
    const praise: LiveComment = { ...comments[1]!, key: 'instagram:4', commentId: '4', authorName: 'lia', text: 'Já fiz minha primeira venda!', status: 'new' };
    await mount({ page: { site: 'instagram', postUrl: 'p' }, health: { supported: true, found: 4 }, comments: [...comments, praise] });
    expect(printWatchers).toHaveLength(1);
    expect(printWatchers[0]!.keys).toEqual(['instagram:1', 'instagram:2', 'instagram:3', 'instagram:4']);
    await act(async () => printWatchers[0]!.onChange(new Set(['instagram:2'])));
    const marked = () => [...document.querySelectorAll('[role="option"]')].filter((o) => o.textContent?.includes('📷 no acervo')).map((o) => o.getAttribute('data-comment-id'));
    expect(marked()).toEqual(['2']);
    // The checkbox is there for the praise, the class whose prints the acervo collects.
    expect(document.querySelector('.without-print')).toBeNull();
    await act(async () => (document.querySelectorAll('.chip')[5] as HTMLButtonElement).click());
    const box = document.querySelector('.without-print') as HTMLLabelElement;
    expect(box.textContent).toBe('Só sem print (1)');
    await act(async () => box.querySelector('input')!.click());
    const rows = () => [...document.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-comment-id'));
    expect(rows()).toEqual(['4']);
    expect((document.querySelectorAll('.chip')[5] as HTMLElement).textContent).toBe('Elogios1');
    // The print deleted in the gallery: the comment is back among those to print.
    await act(async () => printWatchers[0]!.onChange(new Set()));
    expect(rows()).toEqual(['2', '4']);
    expect(box.textContent).toBe('Só sem print (2)');
    act(() => root!.unmount());
    root = undefined;
    expect(printWatchers).toHaveLength(0);
  });

  it("says how many of the page's comments are the house's answers, and marks what they answered on the site", async () => {
    const answered: LiveComment = { ...comments[0]!, status: 'replied', answeredBy: 'equipe.ronda' };
    await mount({ page: { site: 'instagram', postUrl: 'p' }, health: { supported: true, found: 5, house: 2 }, comments: [answered, ...comments.slice(1)] });
    expect(text()).toContain('5 comentários encontrados nesta página, 2 respostas da casa fora da fila.');
    const pill = document.querySelector('[data-comment-id="1"] .pill.answered');
    expect(pill?.textContent).toBe('↩ respondido no site');
    expect(pill?.getAttribute('title')).toBe('equipe.ronda já respondeu no site');
    expect(document.querySelectorAll('.pill.answered')).toHaveLength(1);
    await press('j');
    expect(document.querySelector('[data-testid="answered-note"]')?.textContent).toContain('equipe.ronda já respondeu no site (da casa).');
  });

  it('does not treat typing in the reply box as shortcuts', async () => {
    const { fake } = await mount({ page: { site: 'instagram', postUrl: 'p' }, health: { supported: true, found: 3 }, comments });
    await press('j');
    const preview = document.querySelector('textarea') as HTMLTextAreaElement;
    await act(async () => void preview.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true })));
    expect(fake.insertReply).not.toHaveBeenCalled();
  });

  it('says when Ronda is not running in the tab', async () => {
    setUrl('chrome-extension://ronda/sidepanel.html?tab=9');
    const fake = services({ page: null, health: { supported: false, found: 0 }, comments: [] });
    fake.snapshot = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const store = createPanelStore(fake);
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root!.render(<SidePanel store={store} />));
    await act(async () => store.getState().refresh());
    expect(text()).toContain('O Ronda não está ativo nesta aba');
  });
});
