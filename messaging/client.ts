import { browser } from 'wxt/browser';
import type { BackgroundMessage, ContentMessage, Envelope, Reply, RequestOf, ResponseOf } from './protocol';

export class MessageError extends Error {
  override name = 'MessageError';
}

function unwrap<T>(reply: Reply<T> | undefined, type: string): T {
  if (!reply) throw new MessageError(`${type}: no answer (the receiver is not running on this page)`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}

/** Sends a request to the background service worker and returns its typed answer (throws its error). */
export async function sendToBackground<T extends BackgroundMessage>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope = { ronda: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<T>> | undefined;
  return unwrap(reply, type);
}

/** Sends a request to the content script of a tab (top frame). */
export async function sendToTab<T extends ContentMessage>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const envelope: Envelope = { ronda: 1, type, payload };
  const reply = (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as Reply<ResponseOf<T>> | undefined;
  return unwrap(reply, type);
}
