import type { ListedPost } from '../types';
import { collapseWhitespace } from './text';

/** A listing page rarely shows more; a hostile one may link thousands of times (the protocol carries as many). */
const LISTED_MAX = 300;
const TITLE_MAX = 300;

export interface ListingRules {
  origin: string;
  /** Pathnames of the pages that are listings of the expert's own posts (pack data); elsewhere nothing is listed. */
  pages: readonly RegExp[];
  /** A cheap look at the raw href first: a long timeline has thousands of links, most of them no post's. */
  candidate?(href: string): boolean;
  /** The canonical address of the post a link points to, or undefined when it points to none worth listing. */
  postOf(link: Element, url: URL): string | undefined;
  /** What the post is called where it is listed (its title, its first words). */
  titleOf(link: Element): string;
}

/**
 * The posts a listing page links to (a Page's timeline, a channel's videos), each once, in the order they appear:
 * read from the links themselves, so the sites' own address rules (SiteAdapter.isThreadPage/postUrl) decide.
 */
export function listedPosts(doc: Document, rules: ListingRules): ListedPost[] {
  const path = new URL(doc.URL).pathname;
  if (!rules.pages.some((p) => p.test(path))) return [];
  const byUrl = new Map<string, ListedPost>();
  for (const link of doc.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (rules.candidate && !rules.candidate(href)) continue;
    let url: URL;
    try {
      url = new URL(href, rules.origin);
    } catch {
      continue;
    }
    const post = rules.postOf(link, url);
    if (!post) continue;
    const known = byUrl.get(post);
    if (known?.title) continue;
    if (!known && byUrl.size >= LISTED_MAX) break;
    // A post's thumbnail link comes before its titled one: the first title found is kept.
    byUrl.set(post, { url: post, title: collapseWhitespace(rules.titleOf(link)).slice(0, TITLE_MAX) });
  }
  return [...byUrl.values()];
}
