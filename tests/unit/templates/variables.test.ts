import { describe, expect, it } from 'vitest';
import {
  buildVariables,
  firstNameOf,
  formatBusinessHours,
  renderTemplate,
  variablesIn,
  whatsappDigits,
} from '../../../lib/templates/variables';
import { composeReply } from '../../../lib/templates/compose';
import type { ProjectRecord } from '../../../storage/schema';

const project: ProjectRecord = {
  id: 'ana',
  expertName: 'Ana Souza',
  supportSignature: 'Equipe de Suporte da Ana',
  links: { produto: 'https://ana.com.br/curso', checkout: 'https://pay.ana.com.br/x' },
  whatsapp: '(11) 98765-4321',
  email: 'suporte@ana.com.br',
  businessHours: { timeZone: 'America/Sao_Paulo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:30' },
  responseTargets: {},
  createdAt: 0,
};

describe('renderTemplate', () => {
  it('fills known variables, tolerating spaces and case inside the braces', () => {
    const r = renderTemplate('Oi, {{ primeiro_nome }}! — {{ASSINATURA}}', { primeiro_nome: 'Maria', assinatura: 'Equipe' });
    expect(r).toEqual({ text: 'Oi, Maria! — Equipe', missing: [], unknown: [] });
  });

  it('reports variables without a value and leaves no hole in the punctuation', () => {
    const r = renderTemplate('Oi {{primeiro_nome}}, fale no {{whatsapp}}.', { primeiro_nome: '' });
    expect(r.missing).toEqual(['primeiro_nome', 'whatsapp']);
    expect(r.text).toBe('Oi, fale no.');
  });

  it('drops the orphan comma of a missing name and capitalises the rest', () => {
    expect(renderTemplate('{{primeiro_nome}}, já te chamei.\nOi {{nome}}!', {}).text).toBe('Já te chamei.\nOi!');
  });

  it('keeps unknown placeholders visible and reports them once', () => {
    const r = renderTemplate('{{nmoe}} e {{nmoe}}', {});
    expect(r.unknown).toEqual(['nmoe']);
    expect(r.text).toBe('{{nmoe}} e {{nmoe}}');
  });

  it('keeps line breaks', () => {
    expect(renderTemplate('A\n\n— {{assinatura}}', { assinatura: 'Equipe' }).text).toBe('A\n\n— Equipe');
  });

  it('lists the variables a body uses in order', () => {
    expect(variablesIn('{{link}} {{nome}} {{link}} {{x_y}}')).toEqual(['link', 'nome', 'x_y']);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Maria Souza', 'Maria'],
    ['@maria_souza92', 'Maria'],
    ['joao.silva', 'Joao'],
    ['JOÃO PEDRO', 'João'],
    ['Zé', 'Zé'],
    ['@1234', ''],
    ['', ''],
    ['  ana   clara ', 'Ana'],
  ])('%s → %s', (input, expected) => {
    expect(firstNameOf(input)).toBe(expected);
  });
});

describe('profile values', () => {
  it('formats business hours the way support pages say them', () => {
    expect(formatBusinessHours(project.businessHours)).toBe('seg. a sex., das 9h às 18h30');
    expect(formatBusinessHours({ ...project.businessHours, days: [0, 1, 2, 3, 4, 5, 6], start: '08:00', end: '20:00' })).toBe(
      'todos os dias, das 8h às 20h',
    );
    expect(formatBusinessHours({ ...project.businessHours, days: [1, 3] })).toBe('seg., qua., das 9h às 18h30');
  });

  it('adds Brazil’s country code to local WhatsApp numbers only', () => {
    expect(whatsappDigits('(11) 98765-4321')).toBe('5511987654321');
    expect(whatsappDigits('+55 11 98765-4321')).toBe('5511987654321');
    expect(whatsappDigits('+351 912 345 678')).toBe('351912345678');
  });

  it('builds every variable from the comment and the profile', () => {
    const v = buildVariables({ site: 'instagram', authorName: 'Maria Souza', authorHandle: 'maria.souza' }, project);
    expect(v).toMatchObject({
      nome: 'Maria Souza',
      primeiro_nome: 'Maria',
      especialista: 'Ana Souza',
      assinatura: 'Equipe de Suporte da Ana',
      link: 'https://ana.com.br/curso',
      link_checkout: 'https://pay.ana.com.br/x',
      whatsapp: '(11) 98765-4321',
      email: 'suporte@ana.com.br',
    });
    expect(v.link_whatsapp).toMatch(/^https:\/\/wa\.me\/5511987654321\?text=/);
  });

  it('puts the rendered private message into the public wa.me link', () => {
    const composed = composeReply(
      { body: 'Chama no WhatsApp: {{link_whatsapp}}', dmBody: 'Olá! Sou {{nome}}.' },
      { site: 'youtube', authorName: '@joaodasilva' },
      project,
    );
    expect(composed.dm?.text).toBe('Olá! Sou @joaodasilva.');
    expect(composed.reply.text).toBe(`Chama no WhatsApp: https://wa.me/5511987654321?text=${encodeURIComponent('Olá! Sou @joaodasilva.')}`);
  });
});
