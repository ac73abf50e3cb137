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

/**
 * Sends a request to the content script of every open tab; tabs without one (other sites, chrome:// pages)
 * just do not answer. Resolves with how many did.
 */
export async function broadcastToTabs<T extends ContentMessage>(type: T, payload: RequestOf<T>): Promise<number> {
  const tabs = await browser.tabs.query({});
  const sent = await Promise.allSettled(tabs.flatMap((tab) => (tab.id === undefined ? [] : [sendToTab(tab.id, type, payload)])));
  return sent.filter((result) => result.status === 'fulfilled').length;
}
