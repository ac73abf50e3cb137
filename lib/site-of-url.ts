import { blogCommentId, commentKey, type Site } from './domain';

/**
 * Which site a URL belongs to, short-link hosts included; any other http(s) host is a launch blog. The sweep
 * list files pasted addresses by it, the background tells a content script's site by it, and a blog may not be
 * an address it names as one of the built-in sites.
 */
export function detectSite(url: URL): Site {
  const host = url.hostname.toLowerCase();
  const on = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  if (on('instagram.com') || on('instagr.am')) return 'instagram';
  if (on('facebook.com') || on('fb.com') || on('fb.watch')) return 'facebook';
  if (on('youtube.com') || on('youtu.be')) return 'youtube';
  return 'blog';
}

/**
 * How the keys of the comments read on a page begin: its site's, and on a blog its own host's. The background
 * holds a content script to it, so a blog's page cannot relabel Instagram comments, nor another blog's.
 */
export function commentKeyPrefixOf(url: URL): string {
  const site = detectSite(url);
  return commentKey(site, site === 'blog' ? blogCommentId(url.host, '') : '');
}
