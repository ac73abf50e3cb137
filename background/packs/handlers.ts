import type { Handlers } from '../../messaging/router';
import { acceptPackText, readPackStatus, resetToBuiltinPack } from '.';

/** Message handlers of the selector packs, spread into the background's handler table. */
export const packHandlers: Handlers<'bg.pack.import' | 'bg.pack.status' | 'bg.pack.reset'> = {
  'bg.pack.import': ({ text, source, name }) => acceptPackText(text, { source, name }),
  'bg.pack.status': () => readPackStatus(),
  'bg.pack.reset': () => resetToBuiltinPack(),
};
