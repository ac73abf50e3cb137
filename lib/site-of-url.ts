import type { Site } from './domain';

/**
 * The site whose content script runs on a page address: the built-in sites by host (the manifest declares their
 * scripts), anything else is a launch blog (its script is registered for the blogs staff added).
 */
export function siteOfUrl(url: string): Site {
  const host = new URL(url).hostname;
  if (/(^|\.)instagram\.com$/.test(host)) return 'instagram';
  if (/(^|\.)facebook\.com$/.test(host)) return 'facebook';
  if (/(^|\.)youtube\.com$/.test(host)) return 'youtube';
  return 'blog';
}
