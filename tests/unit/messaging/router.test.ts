import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, isExtensionPage } from '../../../messaging/router';
import type { Reply } from '../../../messaging/protocol';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const fromPage = { id: 'ext', url: `${ORIGIN}/sidepanel.html` };
const fromContent = { id: 'ext', url: 'https://www.instagram.com/p/X/', tab: { id: 3 } };

async function call(listener: ReturnType<typeof createMessageListener>, message: unknown, sender: object) {
  let deliver!: (reply: Reply<unknown>) => void;
  const replied = new Promise<Reply<unknown>>((resolve) => (deliver = resolve));
  const handled = listener(message, sender as never, (reply) => deliver(reply));
  if (handled === undefined) return { handled };
  return { handled, reply: await replied };
}

describe('message router', () => {
  const relabel = vi.fn(async () => ({ ok: true as const }));
  const register = vi.fn(async () => ({ registered: ['https://blog.x.com'], started: 0 }));
  const listener = createMessageListener(
    { 'bg.comment.relabel': relabel, 'bg.blog.register': register },
    { extensionOrigin: ORIGIN, extensionId: 'ext' },
  );

  it('routes a valid request to its handler and wraps the answer', async () => {
    const out = await call(listener, { ronda: 1, type: 'bg.comment.relabel', payload: { key: 'instagram:1', label: 'praise' } }, fromContent);
    expect(out.reply).toEqual({ ok: true, data: { ok: true } });
    expect(relabel).toHaveBeenCalledWith({ key: 'instagram:1', label: 'praise' }, fromContent);
  });

  it('refuses privileged requests from content scripts, accepts them from extension pages', async () => {
    const refused = await call(listener, { ronda: 1, type: 'bg.blog.register', payload: { origin: 'x.com' } }, fromContent);
    expect(refused.reply).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
    expect(register).not.toHaveBeenCalled();
    const accepted = await call(listener, { ronda: 1, type: 'bg.blog.register', payload: { origin: 'x.com' } }, fromPage);
    expect(accepted.reply).toMatchObject({ ok: true });
  });

  it('rejects an invalid payload with the reason, without calling the handler', async () => {
    relabel.mockClear();
    const out = await call(listener, { ronda: 1, type: 'bg.comment.relabel', payload: { key: 'k', label: 'spam' } }, fromContent);
    expect(out.reply).toMatchObject({ ok: false, error: expect.stringContaining('label') });
    expect(relabel).not.toHaveBeenCalled();
  });

  it('ignores messages that are not Ronda envelopes or not for this receiver', async () => {
    expect((await call(listener, { hello: 1 }, fromPage)).handled).toBeUndefined();
    expect((await call(listener, { ronda: 1, type: 'cs.snapshot', payload: {} }, fromPage)).handled).toBeUndefined();
  });

  it('refuses messages from other extensions', async () => {
    const out = await call(listener, { ronda: 1, type: 'bg.comment.relabel', payload: { key: 'k', label: 'praise' } }, { ...fromPage, id: 'other' });
    expect(out.reply).toMatchObject({ ok: false, error: expect.stringContaining('another extension') });
  });

  it('turns a handler failure into an error reply', async () => {
    relabel.mockRejectedValueOnce(new Error('comentário não encontrado: k'));
    const out = await call(listener, { ronda: 1, type: 'bg.comment.relabel', payload: { key: 'k', label: 'praise' } }, fromContent);
    expect(out.reply).toEqual({ ok: false, error: 'comentário não encontrado: k' });
  });

  it('knows extension pages from sites', () => {
    expect(isExtensionPage(fromPage as never, ORIGIN)).toBe(true);
    expect(isExtensionPage(fromContent as never, ORIGIN)).toBe(false);
  });
});
