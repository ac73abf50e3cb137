import { describe, expect, it } from 'vitest';
import { checkReply, checkTemplate, type CheckableTemplate } from '../../../lib/templates/checker';
import { countBytes, countChars } from '../../../lib/templates/limits';
import { seedTemplates } from '../../../lib/templates/seed';
import { LABELS } from '../../../lib/domain';

const profile = {
  especialista: 'Ana',
  assinatura: 'Equipe de Suporte da Ana',
  link: 'https://ana.com.br',
  link_checkout: 'https://pay.ana.com.br',
  whatsapp: '11987654321',
  link_whatsapp: 'https://wa.me/5511987654321',
  email: 'suporte@ana.com.br',
  horario: 'seg. a sex., das 9h às 18h',
};

function complaint(body: string): CheckableTemplate {
  return { labels: ['complaint'], sites: ['instagram'], voice: 'agency', body: `${body}\n— {{assinatura}}` };
}
const codes = (t: CheckableTemplate) => checkTemplate(t, profile).map((i) => i.code);

describe('complaint checker', () => {
  it('accepts a complaint reply with what now, what next and exactly when', () => {
    expect(codes(complaint('Sentimos muito! Já estamos verificando e te chamamos no direct em até 2 horas.'))).toEqual([]);
  });

  it('names each missing part', () => {
    expect(codes(complaint('Sentimos muito pelo ocorrido.'))).toEqual(['complaint_now', 'complaint_next', 'complaint_when']);
    expect(codes(complaint('Já estamos verificando, te chamamos no direct.'))).toEqual(['complaint_when']);
    expect(codes(complaint('Te chamamos no direct hoje até as 18h.'))).toEqual(['complaint_now']);
    expect(codes(complaint('Já verificamos. Respondemos amanhã.'))).toEqual(['complaint_next']);
  });

  it('matches accented words as whole words ("já", "amanhã") and not inside others', () => {
    expect(codes(complaint('Agora mesmo registramos; responda o e-mail amanhã.'))).toEqual([]);
    // "hojeeee" and "dmais" are not time or channel words.
    expect(codes(complaint('Já vimos, hojeeee dmais'))).toEqual(['complaint_next', 'complaint_when']);
  });

  it('counts the private message and the {{horario}} variable toward the plan', () => {
    const t = { ...complaint('Poxa, sentimos muito!'), dmBody: 'Já estou olhando. Te respondo {{horario}} pelo whatsapp.' };
    expect(codes(t)).toEqual([]);
  });

  it('does not apply the complaint rule to other labels', () => {
    expect(codes({ labels: ['praise'], sites: [], voice: 'expert', body: 'Obrigada, {{primeiro_nome}}!' })).toEqual([]);
  });
});

describe('other template checks', () => {
  it('flags unknown variables as errors and profile holes as warnings', () => {
    const issues = checkTemplate({ labels: [], sites: [], voice: 'agency', body: 'Oi {{nmoe}}, veja {{link_suporte}} — {{assinatura}}' }, profile);
    expect(issues.map((i) => [i.code, i.level])).toEqual([
      ['unknown_variable', 'error'],
      ['missing_value', 'warning'],
    ]);
    expect(issues[0]!.message).toContain('{{nmoe}}');
    expect(issues[1]!.message).toContain('{{link_suporte}}');
  });

  it('asks the agency voice to sign', () => {
    expect(codes({ labels: [], sites: [], voice: 'agency', body: 'Obrigado!' })).toEqual(['agency_unsigned']);
    expect(codes({ labels: [], sites: [], voice: 'expert', body: 'Obrigado!' })).toEqual([]);
  });

  it('checks length against each site the template is for (all sites when none is chosen)', () => {
    const body = `${'a'.repeat(2_150)} {{nome}} — {{assinatura}}`;
    expect(codes({ labels: [], sites: ['facebook'], voice: 'agency', body })).toEqual([]);
    const any = checkTemplate({ labels: [], sites: [], voice: 'agency', body }, profile);
    expect(any.map((i) => i.code)).toEqual(['too_long']);
    expect(any[0]!.message).toMatch(/Instagram: 2\.2\d\d de no máximo 2\.200 caracteres/);
  });
});

describe('reply length', () => {
  it('counts emoji as one character, as the sites do', () => {
    expect(countChars('👍🏽ok')).toBe(4);
    expect(checkReply('😀'.repeat(2_200), 'instagram')).toEqual([]);
    expect(checkReply('😀'.repeat(2_201), 'instagram')[0]!.code).toBe('too_long');
  });

  it('measures blogs in bytes (WordPress comment_content is 65,525 bytes)', () => {
    expect(countBytes('ã')).toBe(2);
    expect(checkReply('ã'.repeat(32_762), 'blog')).toEqual([]);
    expect(checkReply('ã'.repeat(32_763), 'blog')[0]!.code).toBe('too_long');
    expect(checkReply('a'.repeat(10_000), 'youtube')).toEqual([]);
    expect(checkReply('a'.repeat(8_001), 'facebook')).toHaveLength(1);
  });
});

describe('starter library', () => {
  const seeds = seedTemplates(1);
  it('has at least one approved template per label, expert voice for praise', () => {
    for (const label of LABELS) {
      expect(seeds.some((s) => s.status === 'approved' && s.labels.includes(label)), label).toBe(true);
    }
    expect(seeds.filter((s) => s.labels.includes('praise')).every((s) => s.voice === 'expert')).toBe(true);
  });

  it('passes its own checker with a complete profile', () => {
    for (const seed of seeds) {
      expect(checkTemplate(seed, profile), seed.title).toEqual([]);
    }
  });

  it('offers a move-to-DM template for every site', () => {
    for (const site of ['instagram', 'facebook', 'youtube', 'blog'] as const) {
      expect(seeds.some((s) => s.dmBody && s.sites.includes(site)), site).toBe(true);
    }
  });
});
