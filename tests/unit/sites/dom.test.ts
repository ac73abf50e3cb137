import { describe, expect, test } from 'vitest';
import { scoped } from '../../../sites/common/dom';

describe('scoped selectors', () => {
  test('only a last compound naming an id is wrapped in :is()', () => {
    expect(scoped('ytd-comment-view-model')).toBe('ytd-comment-view-model');
    expect(scoped('#published-time-text a[href*="lc="]')).toBe('#published-time-text a[href*="lc="]');
    expect(scoped('#content-text')).toBe(':is(#content-text)');
    expect(scoped('#reply-dialog  > ytd-commentbox #contenteditable-root[contenteditable="true"]')).toBe(
      '#reply-dialog  > ytd-commentbox :is(#contenteditable-root[contenteditable="true"])',
    );
    expect(scoped('a#author-text, #author-text span')).toBe(':is(a#author-text), #author-text span');
    expect(scoped('div[data-x="a, #b"] span[id="c"]')).toBe('div[data-x="a, #b"] :is(span[id="c"])');
  });
});
