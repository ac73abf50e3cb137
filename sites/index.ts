import type { Site } from '../lib/domain';
import { createBlogAdapter } from './blog/adapter';
import { BUILTIN_PACK } from './builtin-pack';
import { createFacebookAdapter } from './facebook/adapter';
import { createInstagramAdapter } from './instagram/adapter';
import type { SelectorPack } from './pack';
import type { SiteAdapter } from './types';
import { createYouTubeAdapter } from './youtube/adapter';

export { BUILTIN_PACK } from './builtin-pack';
export { parsePack, selectorPackSchema, comparePackVersions, type SelectorPack, type ParsePackResult } from './pack';
export type { SiteAdapter, ExtractedComment, ReplyBox, EditorKind } from './types';

/**
 * The adapter of one site, reading every selector and text from `pack`. Pass an imported (parsePack-validated)
 * pack to make changed markup work without a release; adapters compile the pack's regexes once, here.
 */
export function createAdapter(site: Site, pack: SelectorPack = BUILTIN_PACK): SiteAdapter {
  switch (site) {
    case 'youtube':
      return createYouTubeAdapter(pack.sites.youtube);
    case 'facebook':
      return createFacebookAdapter(pack.sites.facebook);
    case 'instagram':
      return createInstagramAdapter(pack.sites.instagram);
    case 'blog':
      return createBlogAdapter(pack.sites.blog);
  }
}
