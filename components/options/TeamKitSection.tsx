import { useState } from 'react';
import { errorText } from '../../lib/error-text';
import { count, tr } from '../../lib/i18n';
import { shareableProfiles } from '../../lib/profiles/io';
import { exportTeamKit, MAX_TEAM_KIT_BYTES } from '../../lib/team-kit/io';
import { sendToBackground } from '../../messaging/client';
import { readSetting } from '../../storage/settings';
import { importTeamKit, teamKitContents, type TeamKitImport } from '../../storage/team-kit';
import { requestAndAddBlogs } from '../blogs/add-blog';
import { download } from '../download';
import { FileButtons } from '../file-buttons';
import { planCounts } from '../import-counts';
import { tellRulesChanged } from './classifier-news';
import { StatusLine, type StatusMessage } from './list-tools';

type Plan = Parameters<typeof planCounts>[0];
type Words = [pt: [one: string, many: string], en: [one: string, many: string]];

/** "Regras: 3 novas, 0 atualizadas, 1 mantida" in the part's gender. */
function partLine(title: string, plan: Plan, masculine: boolean): string {
  return `${title}: ${planCounts(plan, { feminine: !masculine })}`;
}

/** What a kit brought, part by part, in the words the single-file imports use. */
function teamKitSummary(result: TeamKitImport): string {
  const { profiles, templates, rules, corrections, newBlogs, unknownExperts, activated } = result;
  const lines = [
    partLine(tr('Perfis', 'Profiles'), profiles, true),
    partLine(tr('Modelos', 'Templates'), templates, true) +
      (templates.demoted ? `, ${count(templates.demoted, ['aguardando aprovação', 'aguardando aprovação'], ['awaiting approval', 'awaiting approval'])}` : ''),
    partLine(tr('Regras', 'Rules'), rules, false),
    partLine(tr('Correções', 'Corrections'), corrections, false),
    `${tr('Blogs', 'Blogs')}: ${count(newBlogs.length, ['novo', 'novos'], ['new', 'new'])}`,
  ];
  const kept = profiles.keptLocal + templates.keptLocal + rules.keptLocal + corrections.keptLocal;
  return (
    tr('Kit importado. ', 'Kit imported. ') +
    lines.join('. ') +
    '.' +
    (kept ? tr(' Mantidos: o que este Chrome já tinha igual ou mais recente.', ' Kept: what this Chrome already had, the same or more recent.') : '') +
    (templates.demoted
      ? tr(
          ' Aprovações não vêm em arquivo: quem tem o papel Aprovador aprova os modelos aqui (ou importa o kit).',
          ' Approvals do not travel in a file: someone with the Approver role approves the templates here (or imports the kit).',
        )
      : '') +
    (unknownExperts.length
      ? tr(
          ` Nenhum perfil se chama ${unknownExperts.join(', ')}: as regras desses perfis valem para todos os perfis.`,
          ` No profile is called ${unknownExperts.join(', ')}: those profiles' rules apply to every profile.`,
        )
      : '') +
    (activated ? tr(` Perfil em uso agora: ${activated}.`, ` Profile in use now: ${activated}.`) : '')
  );
}

const KIT_WORDS: Record<'profiles' | 'templates' | 'rules' | 'corrections' | 'blogs', Words> = {
  profiles: [['perfil', 'perfis'], ['profile', 'profiles']],
  templates: [['modelo', 'modelos'], ['template', 'templates']],
  rules: [['regra', 'regras'], ['rule', 'rules']],
  corrections: [['correção', 'correções'], ['correction', 'corrections']],
  blogs: [['blog', 'blogs'], ['blog', 'blogs']],
};

/**
 * Kit da equipe: one file that sets up the next teammate's Chrome with what the team agreed on (expert profiles,
 * templates, rules, corrections, blogs). The other sections read their rows when they mount: `onImported` has the
 * page mount them again, so they show what the kit brought.
 */
export function TeamKitSection({ onImported }: { onImported: () => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusMessage>();
  const [pendingBlogs, setPendingBlogs] = useState<string[]>([]);

  /** `failed` starts the message when the action throws: an unreadable file, storage refusing the write. */
  const run = async (action: () => Promise<StatusMessage>, failed: string) => {
    setBusy(true);
    try {
      setMessage(await action());
    } catch (e) {
      setMessage({ kind: 'error', text: failed + errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const onImport = (file: File) =>
    run(async () => {
      if (file.size > MAX_TEAM_KIT_BYTES) {
        return { kind: 'error', text: tr('Arquivo grande demais para um kit da equipe. Nada foi importado.', 'File too large for a team kit. Nothing was imported.') };
      }
      const user = await readSetting('user');
      const imported = await importTeamKit(await file.text(), user.value);
      if (!imported.ok) return { kind: 'error', text: imported.error };
      onImported();
      const { result } = imported;
      // The kit is in: a background that cannot answer now leaves the new blogs to be allowed by hand.
      setPendingBlogs(await blogsStillToAllow(result.blogs).catch(() => result.newBlogs));
      // What pages label by: the rules, the corrections and the profile in use. The background tells open pages and
      // relabels the stored comments.
      const changed = result.rules.put.length + result.corrections.put.length > 0 || result.activated !== undefined;
      return {
        kind: 'ok',
        text:
          teamKitSummary(result) +
          (changed ? await tellRulesChanged() : '') +
          // A newcomer who has not said who they are yet: the history would credit every action to "Equipe".
          (user.unset ? tr(' Agora escreva seu nome em “Você”, logo abaixo: o histórico guarda quem fez cada ação.', ' Now write your name under “You”, just below: the history keeps who did each action.') : ''),
      };
    }, tr('Nada foi importado: ', 'Nothing was imported: '));

  const onExport = () =>
    run(async () => {
      const contents = await teamKitContents();
      const now = new Date();
      download(exportTeamKit(contents, now), `ronda-kit-${now.toISOString().slice(0, 10)}.json`, 'application/json');
      const sizes = {
        profiles: shareableProfiles(contents.projects).length,
        templates: contents.templates.length,
        rules: contents.rules.length,
        corrections: contents.corrections.length,
        blogs: contents.blogs.length,
      };
      const parts = (Object.keys(sizes) as (keyof typeof sizes)[]).map((k) => count(sizes[k], ...KIT_WORDS[k]));
      return { kind: 'ok', text: tr(`Kit exportado: ${parts.join(', ')}.`, `Kit exported: ${parts.join(', ')}.`) };
    }, tr('O kit não foi exportado: ', 'The kit was not exported: '));

  const allowBlogs = () => {
    // Straight from the click: Chrome grants permissions only inside the user's gesture.
    const origins = pendingBlogs;
    setBusy(true);
    void requestAndAddBlogs(origins).then(async (result) => {
      setBusy(false);
      if (!result.ok) {
        setMessage({ kind: 'error', text: result.error });
        return;
      }
      setPendingBlogs([]);
      onImported();
      setMessage({ kind: 'ok', text: tr(`Blogs autorizados: ${origins.join(', ')}.`, `Blogs allowed: ${origins.join(', ')}.`) });
    });
  };

  return (
    <section aria-labelledby="team-kit-title" className="editor" style={{ maxWidth: 760, padding: '0 12px' }} data-testid="team-kit">
      <h2 id="team-kit-title">{tr('Kit da equipe', 'Team kit')}</h2>
      <p className="health">
        {tr(
          'Um arquivo com o que a equipe combinou: os perfis dos especialistas (assinatura, links, WhatsApp, horário e metas), os modelos de resposta, as regras da equipe, a memória de correções e os blogs de lançamento. Exporte aqui e importe no Chrome de quem chega na equipe: o que já existe lá fica, e o que existe dos dois lados fica com a mudança mais recente.',
          'One file with what the team agreed on: the expert profiles (signature, links, WhatsApp, hours and targets), the reply templates, the team rules, the corrections memory and the launch blogs. Export it here and import it in the Chrome of whoever joins the team: what is there stays, and what both sides have keeps the latest change.',
        )}
      </p>
      <FileButtons
        importLabel={tr('Importar kit', 'Import kit')}
        exportLabel={tr('Exportar kit', 'Export kit')}
        fileLabel={tr('Arquivo do kit da equipe', 'Team kit file')}
        busy={busy}
        canExport
        onExport={() => void onExport()}
        onFile={(file) => void onImport(file)}
      />
      {message && <StatusLine kind={message.kind} text={message.text} busy={busy} testId="team-kit-status" />}
      {pendingBlogs.length > 0 && (
        <p className="health" data-testid="team-kit-blogs">
          {tr(
            `O kit traz ${count(pendingBlogs.length, ['blog', 'blogs'], ['blog', 'blogs'])} que este Chrome ainda não deixa o Ronda ler: ${pendingBlogs.join(', ')}.`,
            `The kit brings ${count(pendingBlogs.length, ['blog', 'blogs'], ['blog', 'blogs'])} this Chrome does not let Ronda read yet: ${pendingBlogs.join(', ')}.`,
          )}{' '}
          <button type="button" className="btn" disabled={busy} onClick={allowBlogs}>
            {tr('Autorizar os blogs', 'Allow the blogs')}
          </button>
        </p>
      )}
    </section>
  );
}

/**
 * The kit's blogs Chrome has not allowed yet. Those it has (a domain allowed before, or every site) get the blog
 * script at once, with no prompt.
 */
async function blogsStillToAllow(origins: readonly string[]): Promise<string[]> {
  if (!origins.length) return [];
  const { blogs } = await sendToBackground('bg.blog.list', {});
  const granted = new Set(blogs.filter((b) => b.granted).map((b) => b.origin));
  for (const origin of origins) if (granted.has(origin)) await sendToBackground('bg.blog.register', { origin });
  return origins.filter((o) => !granted.has(o));
}
