// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { protocol } from '../../../messaging/protocol';
import { absoluteHref } from '../../../sites/common/dom';
import { parsePrintDescription, printDescription } from '../../../lib/drive/metadata';
import { makePrint } from '../drive/helpers';

/*
 * Links Ronda reads from pages (and from teammates' Drive files) end up as hrefs in the side panel, the gallery
 * and the expert's view. Only web addresses get that far; a bad link is dropped without losing its comment.
 */

const seen = (permalink: string, authorUrl: string, postUrl = 'https://blog.exemplo.com.br/aula-1/') =>
  protocol['bg.comments.seen'].request.safeParse({
    page: { site: 'blog', postUrl },
    comments: [{ commentId: 'blog.exemplo.com.br/1', permalink, authorUrl, isReply: false, authorName: 'Ana', text: 'Amei!', label: 'praise', confidence: 0.9, evidence: [] }],
  });

describe('links from pages and files', () => {
  it("a page's javascript: or data: link is not read as a permalink; a relative one is resolved", () => {
    const link = (href: string) => Object.assign(document.createElement('a'), { href });
    expect(absoluteHref(link('javascript:alert(1)'))).toBeUndefined();
    expect(absoluteHref(link('data:text/html,hi'))).toBeUndefined();
    expect(absoluteHref(link('/2026/aula-1/#comment-4'), 'https://blog.exemplo.com.br/x')).toBe('https://blog.exemplo.com.br/2026/aula-1/#comment-4');
  });

  it('a comment with a bad link is kept without the link; a page that is not a web address is refused', () => {
    const parsed = seen('javascript:alert(document.domain)', 'chrome://settings');
    expect(parsed.success).toBe(true);
    expect(parsed.data?.comments[0]).toMatchObject({ authorName: 'Ana', text: 'Amei!' });
    expect(parsed.data?.comments[0]?.permalink).toBeUndefined();
    expect(parsed.data?.comments[0]?.authorUrl).toBeUndefined();
    expect(seen('https://blog.exemplo.com.br/aula-1/#comment-1', 'http://ana.example.com/').data?.comments[0]).toMatchObject({
      permalink: 'https://blog.exemplo.com.br/aula-1/#comment-1',
      authorUrl: 'http://ana.example.com/',
    });
    expect(seen('https://x/', 'https://y/', 'javascript:alert(1)').success).toBe(false);
  });

  it("a teammate's Drive file with a script link loses the link, and one with a script post address is refused", () => {
    const withLink = parsePrintDescription(printDescription(makePrint('l1', { permalink: 'javascript:alert(1)' })));
    expect(withLink.ok).toBe(true);
    if (withLink.ok) expect(withLink.meta.permalink).toBeUndefined();
    expect(parsePrintDescription(printDescription(makePrint('l2', { postUrl: 'javascript:alert(1)' })))).toEqual({
      ok: false,
      reason: expect.stringContaining('http(s)'),
    });
  });
});
