// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findDmComposer, isDmThreadUrl } from '../../../content/reply/dm-composer';
import { holds, mentionPrefix, normalise } from '../../../content/reply/insert';

describe('DM composer safety', () => {
  it('only DM thread URLs qualify', () => {
    expect(isDmThreadUrl(new URL('https://www.instagram.com/direct/t/3402823/'))).toBe(true);
    expect(isDmThreadUrl(new URL('https://www.facebook.com/messages/t/100012345'))).toBe(true);
    expect(isDmThreadUrl(new URL('https://www.facebook.com/messages/e2ee/t/100012345'))).toBe(true);
    expect(isDmThreadUrl(new URL('https://www.instagram.com/p/C0abc/'))).toBe(false);
    expect(isDmThreadUrl(new URL('https://www.instagram.com/direct/inbox/'))).toBe(false);
    expect(isDmThreadUrl(new URL('https://www.facebook.com/ronda/posts/pfbid0abc'))).toBe(false);
    expect(isDmThreadUrl(new URL('https://evil.com/direct/t/1/'))).toBe(false);
  });

  it('never returns a public comment box, even when one is on the page', () => {
    document.body.replaceChildren();
    const box = document.createElement('div');
    box.setAttribute('role', 'textbox');
    box.setAttribute('contenteditable', 'true');
    document.body.append(box);
    expect(findDmComposer(document, new URL('https://www.instagram.com/p/C0abc/'))).toBeNull();
  });
});

describe('insertion helpers', () => {
  it('keeps leading @mentions only', () => {
    expect(mentionPrefix('@maria.souza ')).toBe('@maria.souza ');
    expect(mentionPrefix('@maria.souza')).toBe('@maria.souza ');
    expect(mentionPrefix('@ana @bia texto antigo')).toBe('@ana @bia ');
    expect(mentionPrefix('texto @maria')).toBe('');
    expect(mentionPrefix('')).toBe('');
  });

  it('compares editor text ignoring the whitespace editors add', () => {
    expect(normalise(' a\n\nb\u00a0 c ')).toBe('a b c');
    const el = document.createElement('textarea');
    el.value = '@maria Oi!\nTudo bem?';
    expect(holds(el, 'Oi!\nTudo bem?', '@maria ')).toBe(true);
    expect(holds(el, 'Oi!\nTudo bem?')).toBe(false);
    el.value = 'Oi!\nTudo bem?Oi!\nTudo bem?';
    expect(holds(el, 'Oi!\nTudo bem?')).toBe(false);
    el.value = 'Oi!\n\nTudo bem?\n';
    expect(holds(el, 'Oi!\nTudo bem?')).toBe(true);
  });
});
