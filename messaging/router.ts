import type { Browser } from 'wxt/browser';
import { describeIssues } from '../storage/validate';
import {
  envelopeSchema,
  protocol,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';
import { errorText } from '../lib/error-text';

type Sender = Browser.runtime.MessageSender;

export type Handlers<T extends MessageType> = {
  [K in T]: (payload: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * True when the sender is one of this extension's own pages (side panel, options, gallery…), false for
 * content scripts, which run inside third-party sites and must never reach privileged handlers.
 */
export function isExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/**
 * Builds a runtime.onMessage listener for the given handlers. Requests are validated with the protocol's
 * schemas; privileged types from content scripts are refused; handler errors come back as `{ok:false}` so the
 * caller gets a message instead of a hung promise.
 */
export function createMessageListener<T extends MessageType>(
  handlers: Handlers<T>,
  options: { extensionOrigin: string; extensionId?: string },
) {
  return (raw: unknown, sender: Sender, sendResponse: (reply: Reply<unknown>) => void): boolean | undefined => {
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) return undefined;
    const type = envelope.data.type as T;
    if (!Object.hasOwn(handlers, type)) return undefined;
    if (options.extensionId && sender.id !== options.extensionId) {
      sendResponse({ ok: false, error: 'refused: message from another extension' });
      return false;
    }
    const spec = protocol[type];
    if (spec.privileged && !isExtensionPage(sender, options.extensionOrigin)) {
      sendResponse({ ok: false, error: `refused: ${type} is only accepted from Ronda's own pages` });
      return false;
    }
    const parsed = spec.request.safeParse(envelope.data.payload);
    if (!parsed.success) {
      sendResponse({ ok: false, error: `invalid ${type}: ${describeIssues(parsed.error).join('; ')}` });
      return false;
    }
    const handler = handlers[type] as (p: unknown, s: Sender) => unknown;
    Promise.resolve()
      .then(() => handler(parsed.data, sender))
      .then(
        (data) => sendResponse({ ok: true, data }),
        (error: unknown) => sendResponse({ ok: false, error: errorText(error) }),
      );
    return true;
  };
}
