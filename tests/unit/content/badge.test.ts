// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Badge, describeComment } from '../../../content/badge';
import { setLocale } from '../../../lib/i18n';
import type { LiveComment } from '../../../messaging/protocol';

const hostile: LiveComment = {
  key: 'youtube:1',
  commentId: '1',
  isReply: false,
  authorName: '<b>x</b>',
  text: '<img src=x onerror=alert(1)> seu lixo',
  label: 'hater',
  confidence: 0.93,
  evidence: ['lixo', '<script>alert(1)</script>'],
  labelSource: 'classifier',
  status: 'new',
};

const actions = {
  relabel: vi.fn(async () => undefined),
  savePrint: vi.fn(async () => undefined),
  toggleHidden: vi.fn(() => true),
  hiding: vi.fn(() => ({ hidden: true, thread: false })),
  openPanel: vi.fn(async () => undefined),
  markAuthorHater: vi.fn(async () => ({ text: 'ok' })),
};

describe('Badge', () => {
  beforeEach(() => setLocale('pt-BR'));

  it('renders the label, with confidence and evidence as plain text', () => {
    const badge = new Badge(hostile, actions);
    document.body.append(badge.host);
    const button = badge.host.querySelector('button')!;
    expect(button.textContent).toBe('Hater');
    expect(button.className).toBe('badge hater');
    expect(button.title).toBe(describeComment(hostile));
    expect(button.title).toContain('93%');
    expect(button.title).toContain('<script>alert(1)</script>');
    // Evidence text stays text: nothing was parsed into elements.
    expect(badge.host.querySelector('script, img')).toBeNull();
    expect(badge.host.getAttribute('data-label')).toBe('hater');
  });

  it('shows a staff correction', () => {
    const badge = new Badge(hostile, actions);
    badge.update({ ...hostile, label: 'complaint', labelSource: 'staff', confidence: 1 });
    const button = badge.host.querySelector('button')!;
    expect(button.textContent).toBe('Reclamação');
    expect(button.className).toBe('badge complaint staff');
    expect(button.title).toBe('Reclamação — corrigido pela equipe');
  });

  it('says who labelled it and why, in grammatical Portuguese', () => {
    expect(describeComment({ label: 'hater', confidence: 0.93, evidence: ['lixo', 'golpe'], labelSource: 'classifier' })).toBe('Hater · 93% — pelo modelo — por causa de: lixo, golpe');
    expect(describeComment({ label: 'doubt', confidence: 0.8, evidence: [], labelSource: 'memory' })).toBe('Dúvida · 80% — pela memória de correções');
    // Whatever evidence a staff correction carries, the tooltip says it once.
    expect(describeComment({ label: 'praise', confidence: 1, evidence: ['corrigido pela equipe'], labelSource: 'staff' })).toBe('Elogio — corrigido pela equipe');
    setLocale('en');
    expect(describeComment({ label: 'doubt', confidence: 0.5, evidence: ['preço'], labelSource: 'classifier' })).toBe('Question · 50% — by the model — because of: price');
  });
});
