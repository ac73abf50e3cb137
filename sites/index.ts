import type { Site } from '../lib/domain';
import { createBlogAdapter } from './blog/adapter';
import { BUILTIN_PACK } from './builtin-pack';
import { createFacebookAdapter } from './facebook/adapter';
import { createInstagramAdapter } from './instagram/adapter';
import type { SelectorPack } from './pack';
import type { SiteAdapter } from './types';
import { createYouTubeAdapter } from './youtube/adapter';
import { createYouTubeStudioAdapter, STUDIO_HOST } from './youtube/studio';

export { BUILTIN_PACK } from './builtin-pack';
export { parsePack, selectorPackSchema, comparePackVersions, type SelectorPack, type ParsePackResult } from './pack';
export type { SiteAdapter, ExtractedComment, ReplyBox, EditorKind } from './types';

/**
 * The adapter of one site, reading every selector and text from `pack`. Pass an imported (parsePack-validated)
 * pack to make changed markup work without a release; adapters compile the pack's regexes once, here. `host` picks
 * the app within a site whose pages are another app's (YouTube Studio's comments are YouTube's, its markup is not).
 */
export function createAdapter(site: Site, pack: SelectorPack = BUILTIN_PACK, host?: string): SiteAdapter {
  switch (site) {
    case 'youtube':
      // A pack made before Studio was read has none: the built-in one applies.
      if (host === STUDIO_HOST) return createYouTubeStudioAdapter(pack.sites.youtube.studio ?? BUILTIN_PACK.sites.youtube.studio!);
      return createYouTubeAdapter(pack.sites.youtube);
    case 'facebook':
      return createFacebookAdapter(pack.sites.facebook);
    case 'instagram':
      return createInstagramAdapter(pack.sites.instagram);
    case 'blog':
      return createBlogAdapter(pack.sites.blog);
  }
}

/**
 * The URL a page's comments are filed under, for code that has a URL and no page (the sweep list): URL rules do
 * not depend on selectors, so the built-in pack's adapter of the URL's own app is enough.
 */
export function canonicalPostUrl(site: Site, url: URL): string {
  return createAdapter(site, BUILTIN_PACK, url.hostname).postUrl(url);
}
