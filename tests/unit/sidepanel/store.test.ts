import { describe, expect, it, vi } from 'vitest';
import { createPanelStore } from '../../../components/sidepanel/store';
import type { PanelServices, Snapshot } from '../../../components/sidepanel/services';
import { seedTemplates } from '../../../lib/templates/seed';
import type { LiveComment } from '../../../messaging/protocol';
import type { ProjectRecord } from '../../../storage/schema';
import type { TeamRuleInput } from '../../../storage/team-rules';
import type { Site } from '../../../lib/domain';

const project: ProjectRecord = {
  id: 'ana',
  expertName: 'Ana Souza',
  supportSignature: 'Equipe de Suporte da Ana',
  links: { produto: 'https://ana.com.br/curso', checkout: 'https://pay.ana.com.br/x' },
  whatsapp: '11987654321',
  email: 'suporte@ana.com.br',
  businessHours: { timeZone: 'America/Sao_Paulo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
  responseTargets: {},
  createdAt: 0,
};

function comment(id: string, over: Partial<LiveComment> = {}): LiveComment {
  return {
    key: `instagram:${id}`,
    commentId: id,
    isReply: false,
    authorName: 'Maria Souza',
    authorHandle: 'maria.souza',
    text: `comentário ${id}`,
    label: 'doubt',
    labelSource: 'classifier',
    status: 'new',
    confidence: 0.9,
    evidence: [],
    ...over,
  };
}

function snapshot(site: Site, comments: LiveComment[]): Snapshot {
  return { page: { site, postUrl: `https://${site}.example/p/1` }, health: { supported: true, found: comments.length }, comments };
}

function setup(snap: Snapshot, over: Partial<PanelServices> = {}) {
  const services: PanelServices = {
    snapshot: vi.fn(async () => snap),
    focus: vi.fn(async () => true),
    expand: vi.fn(async () => ({ state: 'idle' as const, clicks: 0, added: 0 })),
    showLabel: vi.fn(async () => undefined),
    insertReply: vi.fn(async () => ({ inserted: true, editor: 'textarea' as const, via: 'execCommand' as const })),
    moderate: vi.fn(async (): Promise<{ opened: 'menu' | 'page' | 'none'; url?: string; reason?: string }> => ({ opened: 'menu' })),
    openPage: vi.fn(async () => undefined),
    relabel: vi.fn(async () => undefined),
    setStatus: vi.fn(async () => undefined),
    print: vi.fn(async () => ({ printId: 'p1' })),
    copy: vi.fn(async () => true),
    openDm: vi.fn(async () => undefined),
    privateReply: vi.fn(async (): Promise<{ filled: boolean; unavailable?: boolean; reason?: string }> => ({ filled: true })),
    loadTemplates: vi.fn(async () => ({ valid: seedTemplates(1), invalid: [] })),
    loadProject: vi.fn(async () => project),
    loadUser: vi.fn(async () => ({ name: 'Bia', role: 'staff' as const })),
    watchLibrary: vi.fn(() => () => undefined),
    watchPrinted: vi.fn(() => () => undefined),
    saveRule: vi.fn(async (input: TeamRuleInput, user: string) => ({
      rule: { id: 'rule-1', kind: input.kind, pattern: input.pattern, label: input.label, site: input.site, projectId: input.projectId, createdBy: user, createdAt: 1, updatedAt: 1 },
    })),
    undoRule: vi.fn(async () => undefined),
    ...over,
  };
  const store = createPanelStore(services);
  return { store, services };
}

async function ready(snap: Snapshot, over: Partial<PanelServices> = {}) {
  const t = setup(snap, over);
  await t.store.getState().loadLibrary();
  t.store.getState().bindTab(7);
  await t.store.getState().refresh();
  return t;
}

describe('binding and queue', () => {
  it('reads the bound tab and says so when Ronda is not running there', async () => {
    const { store } = await ready(snapshot('instagram', [comment('a')]), {
      snapshot: vi.fn(async () => {
        throw new Error('Could not establish connection');
      }),
    });
    expect(store.getState().snapshot).toBeUndefined();
    expect(store.getState().snapshotError).toMatch(/não está ativo nesta aba/);
  });

  it('keeps the same snapshot object when a poll brings nothing new (no re-render of the queue)', async () => {
    const snap = snapshot('instagram', [comment('a')]);
    const { store, services } = await ready(snap);
    const first = store.getState().snapshot;
    vi.mocked(services.snapshot).mockResolvedValueOnce(structuredClone(snap));
    await store.getState().refresh();
    expect(store.getState().snapshot).toBe(first);
    vi.mocked(services.snapshot).mockResolvedValueOnce({ ...snap, comments: [comment('a', { status: 'hidden' })] });
    await store.getState().refresh();
    expect(store.getState().snapshot!.comments[0]!.status).toBe('hidden');
  });

  it('moves with j/k through the filtered list and focuses each comment on the page', async () => {
    const comments = [comment('a'), comment('b', { label: 'praise' }), comment('c')];
    const { store, services } = await ready(snapshot('instagram', comments));
    store.getState().setFilter({ group: 'doubt' });
    await store.getState().move(1);
    expect(store.getState().selectedId).toBe('a');
    await store.getState().move(1);
    expect(store.getState().selectedId).toBe('c');
    await store.getState().move(1);
    expect(store.getState().selectedId).toBe('c');
    expect(services.focus).toHaveBeenLastCalledWith(7, 'c');
  });
});

describe('reply', () => {
  it('inserts the best approved template rendered for the comment and records "replied" with the template', async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('a')]));
    await store.getState().select('a');
    await store.getState().reply();
    const [, id, text] = vi.mocked(services.insertReply).mock.calls[0]!;
    expect(id).toBe('a');
    expect(text).toContain('Ótima pergunta, Maria!');
    expect(text).toContain('https://ana.com.br/curso');
    expect(text).toContain('— Equipe de Suporte da Ana');
    expect(services.setStatus).toHaveBeenCalledWith('instagram:a', 'replied', 'seed-duvida-link');
    expect(services.showLabel).toHaveBeenCalledWith(7, 'a', 'doubt', 'replied');
    expect(store.getState().snapshot!.comments[0]!.status).toBe('replied');
    expect(store.getState().notice?.kind).toBe('ok');
  });

  it('uses the text staff edited', async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('a')]));
    await store.getState().select('a');
    store.getState().editText('Resposta escrita à mão');
    await store.getState().reply();
    expect(vi.mocked(services.insertReply).mock.calls[0]![2]).toBe('Resposta escrita à mão');
  });

  it('copies the reply and says so when the site has no reply box for it', async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('a')]), {
      insertReply: vi.fn(async () => ({ inserted: false, reason: 'Não encontramos a caixa de resposta deste comentário.' })),
    });
    await store.getState().select('a');
    await store.getState().reply();
    expect(services.copy).toHaveBeenCalledWith(expect.stringContaining('Ótima pergunta'));
    expect(store.getState().notice).toMatchObject({ kind: 'info', text: expect.stringContaining('copiada') });
  });

  it('refuses to insert a reply with a hole from the profile', async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('a', { label: 'purchase_intent' })]), {
      loadProject: vi.fn(async () => ({ ...project, links: {} })),
    });
    await store.getState().select('a');
    await store.getState().reply();
    expect(services.insertReply).not.toHaveBeenCalled();
    expect(store.getState().notice?.text).toMatch(/\{\{link_checkout\}\}/);
  });

  it('refuses a reply longer than the site allows', async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('a')]));
    await store.getState().select('a');
    store.getState().editText('a'.repeat(2_201));
    await store.getState().reply();
    expect(services.insertReply).not.toHaveBeenCalled();
    expect(store.getState().notice?.text).toMatch(/2\.200/);
  });
});

describe('move to DM', () => {
  it('on Instagram: inserts the public reply, copies the private message, opens ig.me and marks moved_to_dm', async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('a', { label: 'complaint' })]));
    await store.getState().select('a');
    await store.getState().moveToDm();
    expect(vi.mocked(services.insertReply).mock.calls[0]![2]).toMatch(/^Maria, já te chamei no direct/);
    const privateText = vi.mocked(services.copy).mock.calls[0]![0];
    expect(privateText).toMatch(/^Oi, Maria! Aqui é da Equipe de Suporte da Ana/);
    expect(services.openDm).toHaveBeenCalledWith('https://ig.me/m/maria.souza', privateText);
    expect(services.setStatus).toHaveBeenCalledWith('instagram:a', 'moved_to_dm', 'seed-direct-ig-fb');
    expect(store.getState().notice?.detail).toBe(privateText);
  });

  const fbComment = (over: Partial<LiveComment> = {}) =>
    comment('f1', { key: 'facebook:f1', authorName: 'Maria Souza', authorHandle: undefined, authorUrl: 'https://www.facebook.com/maria.souza.77', label: 'complaint', ...over });

  it('on Facebook: the private message goes into the comment’s own "Send message" window, and no Messenger tab opens', async () => {
    const { store, services } = await ready(snapshot('facebook', [fbComment()]));
    await store.getState().select('f1');
    await store.getState().moveToDm();
    expect(vi.mocked(services.insertReply).mock.calls[0]![2]).toMatch(/^Maria, já te chamei no direct/);
    const [tab, id, privateText] = vi.mocked(services.privateReply).mock.calls[0]!;
    expect([tab, id]).toEqual([7, 'f1']);
    expect(privateText).toMatch(/^Oi, Maria! Aqui é da Equipe de Suporte da Ana/);
    expect(services.copy).toHaveBeenCalledWith(privateText); // still on the clipboard, if the window is closed by mistake
    expect(services.openDm).not.toHaveBeenCalled();
    expect(services.setStatus).toHaveBeenCalledWith('facebook:f1', 'moved_to_dm', 'seed-direct-ig-fb');
    expect(store.getState().notice?.text).toMatch(/Mensagem privada pronta na janela "Enviar mensagem" do Facebook/);
  });

  it('on Facebook, when the comment offers no private reply: says why (7 days, once, admins) and opens Messenger instead', async () => {
    const { store, services } = await ready(snapshot('facebook', [fbComment()]), { privateReply: vi.fn(async () => ({ filled: false, unavailable: true })) });
    await store.getState().select('f1');
    await store.getState().moveToDm();
    expect(services.openDm).toHaveBeenCalledWith('https://m.me/maria.souza.77', expect.stringMatching(/^Oi, Maria!/));
    expect(store.getState().notice?.text).toMatch(/não oferece "Enviar mensagem": a Página só responde em particular a quem comentou há até 7 dias.*Conversa aberta no Messenger/);
    expect(services.setStatus).toHaveBeenCalledWith('facebook:f1', 'moved_to_dm', 'seed-direct-ig-fb');
  });

  it('on Facebook, when the page cannot be reached for the private reply: the reason, then Messenger', async () => {
    const { store, services } = await ready(snapshot('facebook', [fbComment()]), {
      privateReply: vi.fn(async () => {
        throw new Error('Could not establish connection');
      }),
    });
    await store.getState().select('f1');
    await store.getState().moveToDm();
    expect(services.openDm).toHaveBeenCalledWith('https://m.me/maria.souza.77', expect.any(String));
    expect(store.getState().notice?.text).toMatch(/Could not establish connection.*Messenger/);
  });

  it('on YouTube: the public reply carries the wa.me link with the message, nothing is opened', async () => {
    const yt = comment('Ugx', { key: 'youtube:Ugx', authorName: '@joaodasilva', authorHandle: '@joaodasilva', label: 'complaint' });
    const { store, services } = await ready(snapshot('youtube', [yt]));
    await store.getState().select('Ugx');
    await store.getState().moveToDm();
    const reply = vi.mocked(services.insertReply).mock.calls[0]![2];
    expect(reply).toContain('https://wa.me/5511987654321?text=');
    expect(decodeURIComponent(reply)).toContain('Sou @joaodasilva');
    expect(services.openDm).not.toHaveBeenCalled();
    expect(services.privateReply).not.toHaveBeenCalled();
    expect(services.setStatus).toHaveBeenCalledWith('youtube:Ugx', 'moved_to_dm', 'seed-whatsapp-yt-blog');
  });

  it('when the reply box is missing, shows the public reply to paste and keeps the DM on the clipboard', async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('a', { label: 'complaint' })]), {
      insertReply: vi.fn(async () => ({ inserted: false, reason: 'sem caixa' })),
    });
    await store.getState().select('a');
    await store.getState().moveToDm();
    const copied = vi.mocked(services.copy).mock.calls.map((c) => c[0]);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^Oi, Maria!/);
    expect(store.getState().notice?.detail).toMatch(/^Resposta pública:\nMaria, já te chamei no direct[\s\S]*Mensagem privada \(copiada\):\nOi, Maria!/);
    expect(services.setStatus).toHaveBeenCalledWith('instagram:a', 'moved_to_dm', 'seed-direct-ig-fb');
  });

  it('says so when no approved DM template fits', async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('a', { label: 'praise' })]));
    await store.getState().select('a');
    await store.getState().moveToDm();
    expect(services.insertReply).not.toHaveBeenCalled();
    expect(store.getState().notice?.kind).toBe('error');
  });
});

describe('labels, status and prints', () => {
  it('relabels through the background, then updates the badge and the queue', async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('a')]));
    await store.getState().select('a');
    await store.getState().relabel('hater');
    expect(services.relabel).toHaveBeenCalledWith('instagram:a', 'hater');
    expect(services.showLabel).toHaveBeenCalledWith(7, 'a', 'hater');
    expect(store.getState().snapshot!.comments[0]).toMatchObject({ label: 'hater', labelSource: 'staff' });
  });

  it('records status changes and shows print errors', async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('a')]), {
      print: vi.fn(async () => {
        throw new Error('prints: sem permissão');
      }),
    });
    await store.getState().select('a');
    await store.getState().setStatus('hidden');
    expect(services.setStatus).toHaveBeenCalledWith('instagram:a', 'hidden', undefined);
    await store.getState().print();
    expect(store.getState().notice).toEqual({ kind: 'error', text: 'prints: sem permissão' });
  });

  it('hiding a hater offers to hide the replies of its thread still in the queue, and does it on request', async () => {
    const { store, services } = await ready(
      snapshot('instagram', [
        comment('h', { label: 'hater' }),
        comment('r1', { label: 'praise', parentId: 'h', isReply: true }),
        comment('r2', { label: 'doubt', parentId: 'h', isReply: true, status: 'replied' }),
        comment('r3', { label: 'hater', parentId: 'h', isReply: true }),
        comment('x', { label: 'doubt' }),
      ]),
    );
    await store.getState().select('h');
    await store.getState().setStatus('hidden');
    const notice = store.getState().notice!;
    expect(notice.threadReplies).toEqual(['r1', 'r3']);
    expect(notice.text).toContain('2 respostas da thread saíram junto');
    vi.mocked(services.setStatus).mockClear();
    await store.getState().hideThreadReplies();
    expect(vi.mocked(services.setStatus).mock.calls).toEqual([
      ['instagram:r1', 'hidden', undefined],
      ['instagram:r3', 'hidden', undefined],
    ]);
    expect(store.getState().snapshot!.comments.map((c) => c.status)).toEqual(['hidden', 'hidden', 'replied', 'hidden', 'new']);
    expect(store.getState().notice).toEqual({ kind: 'ok', text: '2 respostas marcadas como ocultas.' });
    // Another comment hidden, or a hater with no open thread: nothing offered.
    await store.getState().select('x');
    await store.getState().setStatus('hidden');
    expect(store.getState().notice).toBeUndefined();
  });

  it('says a second print was saved when the comment already had one', async () => {
    const { store } = await ready(snapshot('instagram', [comment('a')]), { print: vi.fn(async () => ({ printId: 'p2', duplicateOf: 'p1' })) });
    await store.getState().select('a');
    await store.getState().print();
    expect(store.getState().notice).toEqual({
      kind: 'info',
      text: 'Print salvo. Este comentário já tinha um print no acervo: abra o acervo se quiser manter só um.',
    });
  });

  it("follows the prints of the page's comments: once per set of comments, marked at once after a print, let go with the tab", async () => {
    const stops: string[][] = [];
    const watchPrinted = vi.fn((keys: readonly string[]) => () => void stops.push([...keys]));
    const snap = snapshot('instagram', [comment('a', { label: 'praise' }), comment('b', { label: 'praise' })]);
    const { store, services } = await ready(snap, { watchPrinted });
    expect(watchPrinted).toHaveBeenCalledTimes(1);
    expect(watchPrinted.mock.calls[0]![0]).toEqual(['instagram:a', 'instagram:b']);
    // A poll that changes a status, not the comments, keeps the same follow.
    vi.mocked(services.snapshot).mockResolvedValueOnce({ ...snap, comments: [comment('a', { label: 'praise', status: 'replied' }), comment('b', { label: 'praise' })] });
    await store.getState().refresh();
    expect(watchPrinted).toHaveBeenCalledTimes(1);
    await store.getState().select('b');
    await store.getState().print();
    expect([...store.getState().printed]).toEqual(['instagram:b']);
    // The site loads one more comment: followed anew, and the marks stay until the new answer comes.
    vi.mocked(services.snapshot).mockResolvedValueOnce({ ...snap, comments: [...snap.comments, comment('c', { label: 'praise' })] });
    await store.getState().refresh();
    expect(watchPrinted).toHaveBeenCalledTimes(2);
    expect(stops).toEqual([['instagram:a', 'instagram:b']]);
    expect([...store.getState().printed]).toEqual(['instagram:b']);
    store.getState().bindTab(8);
    expect(stops).toEqual([['instagram:a', 'instagram:b'], ['instagram:a', 'instagram:b', 'instagram:c']]);
    expect(store.getState().printed.size).toBe(0);
  });
});

describe('moderation on the site', () => {
  it("opens the comment's own menu on the page, says what to choose there, and marks it hidden on request", async () => {
    const { store, services } = await ready(snapshot('instagram', [comment('h', { label: 'hater' }), comment('x')]));
    await store.getState().select('h');
    await store.getState().moderate();
    expect(services.moderate).toHaveBeenCalledWith(7, 'h');
    expect(services.openPage).not.toHaveBeenCalled();
    expect(services.setStatus).not.toHaveBeenCalled(); // staff act on the site first: nothing is assumed
    const notice = store.getState().notice!;
    expect(notice).toMatchObject({ kind: 'info', markHidden: 'h' });
    expect(notice.text).toContain('Ocultar, Excluir, Denunciar ou Bloquear');
    await store.getState().setStatus('hidden');
    expect(services.setStatus).toHaveBeenCalledWith('instagram:h', 'hidden', undefined);
  });

  it("a blog's moderation page opens in a new tab; one on another site's address is not opened", async () => {
    const moderate = vi.fn(async () => ({ opened: 'page' as const, url: 'https://blog.example/wp-admin/comment.php?action=editcomment&c=42' }));
    const { store, services } = await ready(snapshot('blog', [comment('b')]), { moderate });
    await store.getState().select('b');
    await store.getState().moderate();
    expect(services.openPage).toHaveBeenCalledWith('https://blog.example/wp-admin/comment.php?action=editcomment&c=42');
    expect(store.getState().notice).toMatchObject({ kind: 'info', markHidden: 'b' });

    moderate.mockResolvedValueOnce({ opened: 'page', url: 'https://evil.example/wp-admin/comment.php?action=editcomment&c=42' });
    vi.mocked(services.openPage).mockClear();
    await store.getState().moderate();
    expect(services.openPage).not.toHaveBeenCalled();
    expect(store.getState().notice?.kind).toBe('error');
  });

  it('says why when the page shows no menu for the comment, or cannot be asked', async () => {
    const moderate = vi.fn(async (): Promise<{ opened: 'menu' | 'page' | 'none'; url?: string; reason?: string }> => ({ opened: 'none', reason: 'Não encontramos o menu deste comentário.' }));
    const { store } = await ready(snapshot('facebook', [comment('f')]), { moderate });
    await store.getState().select('f');
    await store.getState().moderate();
    expect(store.getState().notice).toEqual({ kind: 'error', text: 'Não encontramos o menu deste comentário.' });
    moderate.mockRejectedValueOnce(new Error('A aba foi fechada.'));
    await store.getState().moderate();
    expect(store.getState().notice).toEqual({ kind: 'error', text: 'A aba foi fechada.' });
  });
});

describe('load every comment', () => {
  it('starts on the bound tab, follows the run while it lasts, stops on request, and forgets it on another tab', async () => {
    const states = [
      { state: 'running' as const, clicks: 1, added: 0 },
      { state: 'running' as const, clicks: 3, added: 30 },
      { state: 'done' as const, clicks: 4, added: 41 },
    ];
    let polls = 0;
    const expand = vi.fn(async (_tab: number, action: 'start' | 'stop' | 'status') => {
      if (action === 'start') return states[0]!;
      if (action === 'stop') return { state: 'running' as const, clicks: 3, added: 30 };
      return states[Math.min(++polls, 2)]!;
    });
    const { store } = await ready(snapshot('facebook', [comment('a')]), { expand });
    await store.getState().expandAll('start');
    expect(expand).toHaveBeenLastCalledWith(7, 'start');
    expect(store.getState().expand).toEqual(states[0]);
    await store.getState().refresh();
    expect(store.getState().expand).toEqual(states[1]);
    await store.getState().refresh();
    expect(store.getState().expand).toEqual(states[2]);
    // Ended: the panel's polling no longer asks the page.
    const asked = expand.mock.calls.length;
    await store.getState().refresh();
    expect(expand.mock.calls.length).toBe(asked);
    await store.getState().expandAll('stop');
    expect(expand).toHaveBeenLastCalledWith(7, 'stop');
    store.getState().bindTab(8);
    expect(store.getState().expand).toBeUndefined();
  });

  it('says so when the page cannot be asked', async () => {
    const { store } = await ready(snapshot('instagram', [comment('a')]), {
      expand: vi.fn(async () => {
        throw new Error('A aba fechou.');
      }),
    });
    await store.getState().expandAll('start');
    expect(store.getState().notice).toEqual({ kind: 'error', text: 'A aba fechou.' });
  });
});

describe('marking an author as a hater', () => {
  it('saves an author rule for the comment’s site and profile, says how many more comments it covers, and undoes', async () => {
    const troll = { authorName: 'Troll da Live', authorHandle: 'troll.live' };
    const { store, services } = await ready(
      snapshot('youtube', [comment('a', { ...troll, label: 'neutral' }), comment('b', troll), comment('c')]),
    );
    await store.getState().select('a');
    await store.getState().markAuthorHater();
    expect(services.saveRule).toHaveBeenCalledWith({ kind: 'author', pattern: '@troll.live', label: 'hater', site: 'youtube', projectId: 'ana' }, 'Bia');
    const notice = store.getState().notice!;
    expect(notice.text).toMatch(/@troll\.live marcado como hater em YouTube para Ana Souza.*\(mais 1 nesta página\)/);
    expect(notice.ruleSaved?.rule.id).toBe('rule-1');
    // The page applies the rule; the panel reads it back rather than guessing.
    expect(vi.mocked(services.snapshot).mock.calls.length).toBeGreaterThan(1);

    await store.getState().undoRule();
    expect(services.undoRule).toHaveBeenCalledWith({ rule: expect.objectContaining({ id: 'rule-1' }) });
    expect(store.getState().notice?.text).toMatch(/Desfeito/);
  });

  it('names an author without a handle by name; says so when there is no author; an old rule is not undone', async () => {
    const existing = { id: 'rule-0', kind: 'author' as const, pattern: 'Zé', label: 'hater' as const, createdBy: 'Caio', createdAt: 1, updatedAt: 1 };
    const { store, services } = await ready(snapshot('facebook', [comment('a', { authorName: ' Zé ', authorHandle: undefined }), comment('b', { authorName: '', authorHandle: undefined })]), {
      saveRule: vi.fn(async () => ({ rule: { ...existing, updatedAt: 2 }, replaced: existing })),
    });
    await store.getState().select('a');
    await store.getState().markAuthorHater();
    expect(vi.mocked(services.saveRule).mock.calls[0]![0]).toMatchObject({ pattern: 'Zé', site: 'facebook' });
    expect(store.getState().notice?.text).toMatch(/Zé já estava marcado como hater/);
    expect(store.getState().notice?.ruleSaved).toBeUndefined();

    await store.getState().select('b');
    await store.getState().markAuthorHater();
    expect(services.saveRule).toHaveBeenCalledTimes(1);
    expect(store.getState().notice).toMatchObject({ kind: 'error', text: expect.stringMatching(/não mostra o autor/) });
  });

  it('a failure to save says why and leaves the panel usable', async () => {
    const { store } = await ready(snapshot('instagram', [comment('a')]), {
      saveRule: vi.fn(async () => {
        throw new Error('O limite é de 2000 regras: remova alguma antes.');
      }),
    });
    await store.getState().select('a');
    await store.getState().markAuthorHater();
    expect(store.getState()).toMatchObject({ busy: false, notice: { kind: 'error', text: expect.stringMatching(/limite/) } });
  });
});
