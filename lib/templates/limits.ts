import type { Site } from '../domain';

/**
 * How long a public reply may be on each site. Instagram, Facebook and YouTube count characters; WordPress
 * stores comment_content in a TEXT column and checks bytes, so the blog limit is in UTF-8 bytes.
 *
 * Sources (looked up 2026-11):
 * - Instagram 2,200 characters for comments, the same ceiling as captions (qainsta.com "How much can I write on
 *   Instagram?", blog.aitoearn.ai 2025 limits table). Some pages still quote 1,000 or 3,000; 2,200 is the
 *   figure most sources agree on and the one the app enforces today.
 * - Facebook 8,000 characters per comment (typecount.com Facebook limits table, postonce.to counter,
 *   bulkpublish.com 2026 guide).
 * - YouTube 10,000 characters per comment: the figure commonly cited by creators' tools; no stored primary
 *   source confirmed it, so it is kept as the ceiling and the practical advice (short replies) is unchanged.
 * - WordPress 65,525 bytes: wp_get_comment_fields_max_lengths() in wp-includes/comment.php
 *   ('comment_content' => 65525, asserted by core's tests/phpunit/tests/comment.php).
 */
export interface SiteLimit {
  max: number;
  unit: 'chars' | 'bytes';
  source: string;
}

export const SITE_LIMITS: Record<Site, SiteLimit> = {
  instagram: { max: 2_200, unit: 'chars', source: 'Instagram: 2.200 caracteres por comentário' },
  facebook: { max: 8_000, unit: 'chars', source: 'Facebook: 8.000 caracteres por comentário' },
  youtube: { max: 10_000, unit: 'chars', source: 'YouTube: 10.000 caracteres por comentário' },
  blog: { max: 65_525, unit: 'bytes', source: 'WordPress: 65.525 bytes (wp_get_comment_fields_max_lengths)' },
};

/** Characters as people and the sites count them: code points, so an emoji is one, not two UTF-16 units. */
export function countChars(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function countBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function measure(text: string, site: Site): { used: number; max: number; unit: SiteLimit['unit'] } {
  const limit = SITE_LIMITS[site];
  return { used: limit.unit === 'bytes' ? countBytes(text) : countChars(text), max: limit.max, unit: limit.unit };
}
