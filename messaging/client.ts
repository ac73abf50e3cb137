import { browser } from 'wxt/browser';
import { describeIssues } from '../storage/validate';
import { protocol, type BackgroundMessage, type ContentMessage, type Envelope, type MessageType, type Reply, type RequestOf, type ResponseOf } from './protocol';

export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * The answer's data, checked against the protocol like requests are at the receiver: an answer from a content
 * script is read from a third-party page, and one from another build (an extension updated under an open page) may
 * have another shape. Either way the caller gets a clear error, not a crash further on.
 */
export function unwrap<T extends MessageType>(reply: Reply<unknown> | undefined, type: T): ResponseOf<T> {
  if (!reply) throw new MessageError(`${type}: no answer (the receiver is not running on this page)`);
  if (!reply.ok) throw new MessageError(reply.error);
  const parsed = protocol[type].response.safeParse(reply.data);
  if (!parsed.success) throw new MessageError(`invalid answer to ${type}: ${describeIssues(parsed.error).join('; ')}`);
  return parsed.data as ResponseOf<T>;
}

/** Sends a request to the background service worker and returns its typed answer (throws its error). */
export async function sendToBackground<T extends BackgroundMessage>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope = { ronda: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<unknown> | undefined;
  return unwrap(reply, type);
}

/** Sends a request to the content script of a tab (top frame). */
export async function sendToTab<T extends ContentMessage>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const envelope: Envelope = { ronda: 1, type, payload };
  const reply = (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as Reply<unknown> | undefined;
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
