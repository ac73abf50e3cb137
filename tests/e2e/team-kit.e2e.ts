import { readFileSync } from 'node:fs';
import { badges, expect, openWatchWithTexts, storedCount, tabIdOf, test } from './fixtures';

/*
 * The team kit in real Chromium: a newcomer's fresh install imports the lead's file in the options page; the
 * profile, template, rule, correction and blog arrive, every section shows them without a reload, the open page
 * follows the rule at once, and the kit exports again. A corrupt kit is refused and changes nothing.
 */

const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const TEXTS = ['lá vem o rei do dropshipping', 'que aula boa, obrigada', 'vou assistir a aula amanhã cedo'];
const at = Date.parse('2026-12-01T12:00:00Z');

/** The lead's file, written as another Chrome exports it. */
const LEADS_KIT = JSON.stringify({
  format: 'ronda-team-kit',
  version: 1,
  exportedAt: '2026-12-01T12:00:00.000Z',
  activeExpert: 'Ana Souza',
  blogs: ['https://blog.anasouza.com.br'],
  profiles: {
    format: 'ronda-profiles',
    version: 1,
    profiles: [
      {
        id: 'prj-lead-ana',
        expertName: 'Ana Souza',
        supportSignature: 'Equipe de Suporte da Ana',
        links: { checkout: 'https://pay.anasouza.com.br/lote1' },
        whatsapp: '11987654321',
        businessHours: { timeZone: 'America/Sao_Paulo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
        responseTargets: { instagram: 60 },
        createdAt: at,
        updatedAt: at,
      },
    ],
  },
  templates: {
    format: 'ronda-templates',
    version: 1,
    templates: [
      {
        id: 'tpl-lead-certificado',
        title: 'Dúvida: certificado',
        labels: ['doubt'],
        sites: [],
        voice: 'agency',
        body: 'Oi, {{primeiro_nome}}! O certificado sai ao concluir 100% das aulas. {{assinatura}}',
        status: 'approved',
        approvedBy: 'Caio',
        approvedAt: at,
        createdAt: at,
        updatedAt: at,
      },
    ],
  },
  rules: {
    format: 'ronda-team-rules',
    version: 1,
    rules: [{ id: 'rule-lead-1', kind: 'term', pattern: 'rei do dropship*', label: 'hater', projectId: 'prj-lead-ana', expertName: 'Ana Souza', createdBy: 'Caio', createdAt: at, updatedAt: at }],
  },
  corrections: { format: 'ronda-corrections', version: 1, corrections: [{ key: 'youtube:kit-1', text: 'essa aula mudou minha vida', label: 'praise', at, user: 'Caio' }] },
});

test("a newcomer imports the lead's team kit: every section and the open page follow at once, and it exports again", async ({ context, worker, openExtensionPage }) => {
  const page = await openWatchWithTexts(context, TEXTS);
  const rei = badges(page).nth(0);
  await expect(rei).toHaveAttribute('data-label', 'neutral');
  await expect.poll(() => storedCount(worker, 'https://www.youtube.com/watch?v=rOnDa2026aB')).toBe(10);

  // A newcomer's panel asks for the expert's profile, and points to the kit.
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.youtube.com/*')}`);
  const incomplete = panel.getByText(/Preencha o perfil do especialista/);
  await expect(incomplete).toContainText('Chegou agora na equipe? Importe lá o kit da equipe.');

  const options = await openExtensionPage('options.html');
  const kit = options.getByTestId('team-kit');
  const input = kit.getByLabel('Arquivo do kit da equipe');
  const activeProfile = options.getByLabel('Perfil ativo');
  await expect(activeProfile.locator('option:checked')).toHaveText('Especialista');

  // A damaged kit: refused whole, nothing changes.
  await input.setInputFiles(json('kit.json', LEADS_KIT.replace('"labels":["doubt"]', '"labels":["odio"]')));
  await expect(kit.getByRole('alert')).toContainText('Kit da equipe, modelos: Modelo #1 (“Dúvida: certificado”) inválido: labels.0');
  await expect(kit.getByRole('alert')).toContainText('Nada foi importado.');
  await expect(activeProfile.locator('option')).toHaveCount(1);
  await expect(rei).toHaveAttribute('data-label', 'neutral');

  await input.setInputFiles(json('ronda-kit-2026-12-01.json', LEADS_KIT));
  const status = kit.getByTestId('team-kit-status');
  await expect(status).toContainText(
    'Kit importado. Perfis: 1 novo, 0 atualizados. Modelos: 1 novo, 0 atualizados, 1 aguardando aprovação. Regras: 1 nova, 0 atualizadas. Correções: 1 nova, 0 atualizadas. Blogs: 1 novo.',
  );
  await expect(status).toContainText('Aprovações não vêm em arquivo');
  await expect(status).toContainText('Perfil em uso agora: Ana Souza.');
  await expect(status).toContainText('Páginas abertas atualizadas (1)');
  // A newcomer who has not written their name yet is asked to.
  await expect(status).toContainText('Agora escreva seu nome em “Você”');

  // The open page follows the rule, which found the newcomer's profile of the same expert.
  await expect(rei).toHaveAttribute('data-label', 'hater');
  await expect(rei.locator('button.badge')).toHaveAttribute('title', /regra da equipe: "rei do dropship\*"/);

  // The open panel follows: it signs for Ana now.
  await expect(incomplete).toHaveCount(0);

  // Every section shows what arrived, without a reload.
  await expect(activeProfile.locator('option:checked')).toHaveText('Ana Souza');
  await expect(options.getByLabel('Nome do especialista')).toHaveValue('Ana Souza');
  await expect(options.getByLabel(/WhatsApp do suporte/)).toHaveValue('11987654321');
  const template = options.locator('section[aria-labelledby="templates-title"]').getByRole('article', { name: 'Dúvida: certificado' });
  await expect(template).toContainText('Rascunho');
  await expect(options.getByTestId('team-rules')).toContainText('rei do dropship*');
  await expect(options.getByTestId('corrections')).toContainText('essa aula mudou minha vida');
  const blogs = options.getByTestId('blogs');
  await expect(blogs.getByRole('listitem').filter({ hasText: 'https://blog.anasouza.com.br' })).toBeVisible();
  // The end-to-end build may read every site, so the kit's blog needs no prompt here.
  await expect(blogs.getByRole('button', { name: 'Autorizar de novo' })).toHaveCount(0);
  await expect(kit.getByTestId('team-kit-blogs')).toHaveCount(0);

  // The same kit again: nothing new.
  await input.setInputFiles(json('ronda-kit-2026-12-01.json', LEADS_KIT));
  await expect(status).toContainText('Perfis: 0 novos, 0 atualizados, 1 mantido. Modelos: 0 novos, 0 atualizados, 1 mantido.');
  await expect(status).not.toContainText('Perfil em uso agora');

  // Exported again from here: the named profile, the templates (starters and the lead's), the rule, the correction, the blog.
  const [download] = await Promise.all([options.waitForEvent('download'), kit.getByRole('button', { name: 'Exportar kit' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ronda-kit-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as {
    format: string;
    activeExpert: string;
    blogs: string[];
    profiles: { profiles: { expertName: string }[] };
    templates: { templates: { title: string }[] };
    rules: { format: string; rules: { pattern: string; expertName?: string }[] };
  };
  expect(exported).toMatchObject({ format: 'ronda-team-kit', activeExpert: 'Ana Souza', blogs: ['https://blog.anasouza.com.br'] });
  // The placeholder profile a fresh install made is no one's: it stays out.
  expect(exported.profiles.profiles.map((p) => p.expertName)).toEqual(['Ana Souza']);
  expect(exported.templates.templates.map((t) => t.title)).toContain('Dúvida: certificado');
  expect(exported.rules).toMatchObject({ format: 'ronda-team-rules', rules: [{ pattern: 'rei do dropship*', expertName: 'Ana Souza' }] });
  await expect(status).toHaveText(new RegExp(`^Kit exportado: 1 perfil, ${exported.templates.templates.length} modelos, 1 regra, 1 correção, 1 blog\\.\\s*$`));

  // The index at the top reaches every section of the long page.
  const index = options.getByRole('navigation', { name: 'Seções' });
  for (const href of await index.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    await expect(options.locator(`h2${href}`), `${href}`).toHaveCount(1);
  }
  await index.getByRole('link', { name: 'Google Drive' }).click();
  await expect(options.getByRole('heading', { name: 'Google Drive' })).toBeInViewport();

  // Stored: all of it is there after a reload.
  await options.reload();
  await expect(options.getByLabel('Perfil ativo').locator('option:checked')).toHaveText('Ana Souza');
  await expect(options.locator('section[aria-labelledby="templates-title"]').getByRole('article', { name: 'Dúvida: certificado' })).toBeVisible();
});
