// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { holds, mentionPrefix, normalise } from '../../../content/reply/insert';

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
