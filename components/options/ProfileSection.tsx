import { useCallback, useEffect, useState } from 'react';
import { tr } from '../../lib/i18n';
import { getDb, type RondaDB } from '../../storage/db';
import { blankProject, deleteProject, getActiveProject, listProjects, newProjectId, saveProject, setActiveProject } from '../../storage/projects';
import type { ProjectRecord } from '../../storage/schema';
import { getSetting, setSetting, type SettingValue } from '../../storage/settings';
import { describeIssues } from '../../storage/validate';
import { projectRecordSchema } from '../../storage/schema';
import { errorText } from '../../lib/error-text';
import { ProfileOptions } from '../profile-options';
import { tellOpenPages } from './classifier-news';
import { parseHouseAccounts } from '../../lib/house';

interface Loaded {
  user: SettingValue<'user'>;
  projects: ProjectRecord[];
  active: ProjectRecord;
}

async function load(): Promise<Loaded> {
  const active = await getActiveProject();
  const [user, projects] = await Promise.all([getSetting('user'), listProjects()]);
  return { user, projects: projects.valid, active };
}

/** The profile fields this section edits; business hours and response targets belong to "Atendimento". */
type ContactFields = Pick<ProjectRecord, 'expertName' | 'supportSignature' | 'links' | 'whatsapp' | 'email' | 'houseAccounts'>;

/**
 * Writes only the contact fields over the profile as stored now, so hours or targets saved in "Atendimento" since
 * this form loaded are kept.
 */
export async function saveContactFields(id: string, fields: ContactFields, db: RondaDB = getDb()): Promise<ProjectRecord> {
  // The schema would refuse it too, but in the validator's English.
  if (!fields.expertName.trim()) throw new Error(tr('Escreva o nome do especialista.', "Write the expert's name."));
  return db.transaction('rw', db.projects, async () => {
    const current = await db.projects.get(id);
    if (!current) throw new Error(tr('Este perfil foi excluído.', 'This profile was deleted.'));
    const parsed = projectRecordSchema.safeParse(clean({ ...current, ...fields, updatedAt: Date.now() }));
    if (!parsed.success) {
      throw new Error(tr(`Perfil inválido: ${describeIssues(parsed.error).join('; ')}`, `Invalid profile: ${describeIssues(parsed.error).join('; ')}`));
    }
    await db.projects.put(parsed.data);
    return parsed.data;
  });
}

/**
 * "Você" (who is using Ronda, and whether they approve templates) and the expert profiles whose data fills
 * the reply templates: name, support signature, links, WhatsApp and e-mail. Business hours live in "Atendimento".
 */
export function ProfileSection() {
  const [data, setData] = useState<Loaded>();
  const [draft, setDraft] = useState<ProjectRecord>();
  const [userDraft, setUserDraft] = useState<SettingValue<'user'>>();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();

  const apply = useCallback((loaded: Loaded) => {
    setData(loaded);
    setDraft(loaded.active);
    setUserDraft(loaded.user);
  }, []);

  useEffect(() => {
    let live = true;
    void load().then((loaded) => live && apply(loaded));
    return () => {
      live = false;
    };
  }, [apply]);

  if (!data || !draft || !userDraft) return null;

  const run = async (action: () => Promise<unknown>, ok: string) => {
    try {
      await action();
      apply(await load());
      setMessage({ kind: 'ok', text: ok });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
  };

  // Open pages label by the active profile's team rules: a switch must reach them, as a change of the rules does.
  const switchProfile = (action: () => Promise<unknown>, ok: string) =>
    run(async () => {
      await action();
      await tellOpenPages();
    }, ok);

  const saveDraft = () => {
    const { expertName, supportSignature, links, whatsapp, email } = draft;
    const houseAccounts = parseHouseAccounts((draft.houseAccounts ?? []).join('\n'));
    // Open pages tell the house's answers by these accounts: a change must reach them, as a profile switch does.
    void switchProfile(() => saveContactFields(draft.id, { expertName, supportSignature, links, whatsapp, email, houseAccounts }), tr('Perfil salvo.', 'Profile saved.'));
  };

  const set = <K extends keyof ProjectRecord>(key: K, value: ProjectRecord[K]) => setDraft({ ...draft, [key]: value });

  return (
    <section aria-labelledby="profile-title" className="editor" style={{ maxWidth: 640, padding: '0 12px' }}>
      <h2 id="profile-title">{tr('Você e o especialista', 'You and the expert')}</h2>
      <fieldset>
        <legend>{tr('Você', 'You')}</legend>
        <label>
          {tr('Seu nome (fica no histórico de cada ação)', 'Your name (kept in the history of each action)')}
          <input value={userDraft.name} maxLength={120} onChange={(e) => setUserDraft({ ...userDraft, name: e.target.value })} />
        </label>
        <label>
          {tr('Papel', 'Role')}
          <select value={userDraft.role} onChange={(e) => setUserDraft({ ...userDraft, role: e.target.value as 'staff' | 'approver' })}>
            <option value="staff">{tr('Equipe (usa modelos aprovados)', 'Staff (uses approved templates)')}</option>
            <option value="approver">{tr('Aprovador (aprova modelos)', 'Approver (approves templates)')}</option>
          </select>
        </label>
        <button
          type="button"
          className="btn"
          onClick={() =>
            userDraft.name.trim()
              ? void run(() => setSetting('user', { ...userDraft, name: userDraft.name.trim() }), tr('Salvo.', 'Saved.'))
              : setMessage({ kind: 'error', text: tr('Escreva seu nome.', 'Write your name.') })
          }
        >
          {tr('Salvar', 'Save')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{tr('Perfil do especialista em uso', 'Expert profile in use')}</legend>
        <label>
          {tr('Perfil ativo', 'Active profile')}
          <select value={data.active.id} onChange={(e) => void switchProfile(() => setActiveProject(e.target.value), tr('Perfil ativo trocado.', 'Active profile changed.'))}>
            <ProfileOptions projects={data.projects} />
          </select>
        </label>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void switchProfile(async () => {
              const p = await saveProject(blankProject(newProjectId(), Date.now()));
              await setActiveProject(p.id);
            }, tr('Novo perfil criado: preencha abaixo.', 'New profile created: fill it below.'))
          }
        >
          {tr('Novo perfil', 'New profile')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={data.projects.length <= 1}
          onClick={() => {
            if (confirm(tr(`Excluir o perfil "${data.active.expertName}"?`, `Delete profile "${data.active.expertName}"?`))) {
              void switchProfile(() => deleteProject(data.active.id), tr('Perfil excluído.', 'Profile deleted.'));
            }
          }}
        >
          {tr('Excluir perfil', 'Delete profile')}
        </button>
      </fieldset>

      <form
        className="editor"
        onSubmit={(e) => {
          e.preventDefault();
          saveDraft();
        }}
      >
        <label>
          {tr('Nome do especialista', "Expert's name")}
          <input value={draft.expertName} maxLength={120} required onChange={(e) => set('expertName', e.target.value)} />
        </label>
        <label>
          {tr('Assinatura do suporte (ex.: Equipe de Suporte da Ana)', 'Support signature (e.g. Ana’s Support Team)')}
          <input value={draft.supportSignature} maxLength={200} onChange={(e) => set('supportSignature', e.target.value)} />
        </label>
        <label>
          {tr('Link do produto', 'Product link')}
          <input type="url" value={draft.links.produto ?? ''} maxLength={4096} onChange={(e) => set('links', { ...draft.links, produto: e.target.value })} />
        </label>
        <label>
          {tr('Link do checkout', 'Checkout link')}
          <input type="url" value={draft.links.checkout ?? ''} maxLength={4096} onChange={(e) => set('links', { ...draft.links, checkout: e.target.value })} />
        </label>
        <label>
          {tr('Link da central de suporte', 'Support centre link')}
          <input type="url" value={draft.links.suporte ?? ''} maxLength={4096} onChange={(e) => set('links', { ...draft.links, suporte: e.target.value })} />
        </label>
        <label>
          {tr('WhatsApp do suporte (com DDD)', 'Support WhatsApp (with area code)')}
          <input type="tel" value={draft.whatsapp ?? ''} maxLength={32} onChange={(e) => set('whatsapp', e.target.value)} />
        </label>
        <label>
          {tr('E-mail do suporte', 'Support e-mail')}
          <input type="email" value={draft.email ?? ''} maxLength={200} onChange={(e) => set('email', e.target.value)} />
        </label>
        <label>
          {tr('Contas da casa: o perfil do especialista e os da equipe nos sites, um por linha', 'House accounts: the expert’s and the team’s profiles on the sites, one per line')}
          <textarea
            rows={3}
            value={(draft.houseAccounts ?? []).join('\n')}
            placeholder={'@anasouza\nEquipe Ana Souza\nyoutube.com/@anasouza'}
            onChange={(e) => set('houseAccounts', e.target.value.split('\n'))}
          />
        </label>
        <p className="health">
          {tr(
            'O que essas contas comentam é resposta da casa: fica fora da fila, e o comentário que elas responderam no site conta como respondido. O "Autor" do Facebook (num grupo, os administradores e moderadores), o dono do canal no YouTube e no Studio e o autor do post no Instagram (fora dos reels) e num blog o Ronda já reconhece sozinho.',
            'What these accounts write is the house answering: it stays out of the queue, and a comment they answered on the site counts as answered. Facebook’s "Author" (in a group, its admins and moderators), the YouTube channel’s owner (in Studio too) and the post’s author on Instagram (reels aside) and on a blog are recognised without it.',
          )}
        </p>
        <p className="health">
          {tr('Horário de atendimento ({{horario}}) e metas de resposta: na seção “Atendimento”, abaixo.', 'Business hours ({{horario}}) and response targets: in the “Service” section below.')}
        </p>
        <button type="submit" className="btn primary" style={{ justifySelf: 'start' }}>
          {tr('Salvar perfil', 'Save profile')}
        </button>
      </form>
      {message && (
        <p className={message.kind === 'error' ? 'warn' : 'health'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

/** Empty optional fields are stored as absent, not as '' (so {{whatsapp}} reports "missing", not blank). */
function clean(p: ProjectRecord): ProjectRecord {
  const opt = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  return {
    ...p,
    expertName: p.expertName.trim(),
    supportSignature: p.supportSignature.trim(),
    links: { produto: opt(p.links.produto), checkout: opt(p.links.checkout), suporte: opt(p.links.suporte) },
    whatsapp: opt(p.whatsapp),
    email: opt(p.email),
    houseAccounts: p.houseAccounts?.length ? p.houseAccounts : undefined,
  };
}
