import { authorKey } from '../classifier/team-rules';
import { MAX_HOUSE_ACCOUNTS } from './domain';
import { trPair } from './i18n';

/*
 * "A casa": the expert and the team, answering on the expert's own posts. Their comments are the answers, not work
 * for the queue, and a comment they answered on the site is answered. The site says so itself where it can (a
 * Page's "Autor", YouTube's owner pill, WordPress's post author); the profile's house accounts name the rest (the
 * expert's Instagram handle, a teammate's profile that answers on Facebook).
 */

/**
 * The accounts a person wrote in the profile, one per line or separated by commas: "@anasouza", "Ana Souza", or a
 * profile's address ("instagram.com/anasouza/", "https://www.youtube.com/@anasouza"), read as its handle. Each
 * once, in the order written; blanks dropped.
 */
export function parseHouseAccounts(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[\n,;]+/)) {
    const account = accountOf(raw.trim());
    const key = authorKey(account);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(account.slice(0, 200));
    if (out.length === MAX_HOUSE_ACCOUNTS) break;
  }
  return out;
}

/** A profile address stands for its handle: its last path segment ("@anasouza" on YouTube, "anasouza" elsewhere). */
function accountOf(value: string): string {
  const address = /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:instagram|facebook|youtube)\.com\/(?:profile\.php\?id=(\d+)|([^?#]+))/i.exec(value);
  if (!address) return value;
  if (address[1]) return address[1];
  const segment = address[2]!.split('/').filter(Boolean).pop() ?? '';
  return segment ? `@${decoded(segment).replace(/^@/, '')}` : value;
}

/** A pasted address may hold a broken %-escape: it is then read as written. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * What Ronda calls the house where the site's mark says no word (YouTube's owner pill, Instagram's post header, a
 * blog's author class). Adapters set the Portuguese one as `siteRole`; the badge shows it in the page's language.
 * Words the site writes itself (Facebook's "Autor", "Admin") are shown as the site wrote them.
 */
export const HOUSE_ROLES = {
  channelOwner: { pt: 'dono do canal', en: 'channel owner' },
  postAuthor: { pt: 'autor do post', en: 'post author' },
} as const;

/** Who of the house a badge names, in the current language where Ronda named the role itself. */
export function houseRoleName(house: string): string {
  const role = Object.values(HOUSE_ROLES).find((r) => r.pt === house);
  return role ? trPair(role) : house;
}

export interface HouseFacts {
  authorName: string;
  authorHandle?: string;
  /** What the site marks the author as (ExtractedComment.siteRole). */
  siteRole?: string;
}

/**
 * Who of the house wrote a comment, for the badge: the site's own mark, else the profile's account it matches
 * (handle or name, any case or accents, with or without "@"); undefined for everyone else.
 */
export function houseMatcher(accounts: readonly string[]): (comment: HouseFacts) => string | undefined {
  const keys = new Map<string, string>();
  for (const account of accounts) {
    const key = authorKey(account);
    if (key && !keys.has(key)) keys.set(key, account);
  }
  return (comment) => {
    if (comment.siteRole) return comment.siteRole;
    if (!keys.size) return undefined;
    const byHandle = comment.authorHandle === undefined ? undefined : keys.get(authorKey(comment.authorHandle));
    return byHandle ?? keys.get(authorKey(comment.authorName));
  };
}
