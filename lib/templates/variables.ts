import type { Site } from '../domain';
import type { BusinessHours, ProjectRecord } from '../../storage/schema';

/**
 * Template variables. A template body says {{primeiro_nome}}; rendering fills it from the comment (author) and
 * the active expert profile. Names are pt-BR because the people writing templates are.
 */
export const VARIABLES = [
  { name: 'nome', pt: 'nome do autor do comentário', en: "comment author's name" },
  { name: 'primeiro_nome', pt: 'primeiro nome do autor', en: "author's first name" },
  { name: 'especialista', pt: 'nome do especialista', en: "expert's name" },
  { name: 'assinatura', pt: 'assinatura do suporte (ex.: Equipe de Suporte da Ana)', en: 'support signature' },
  { name: 'link', pt: 'link principal (produto, senão checkout, senão suporte)', en: 'main link' },
  { name: 'link_checkout', pt: 'link do checkout', en: 'checkout link' },
  { name: 'link_suporte', pt: 'link da central de suporte', en: 'support link' },
  { name: 'whatsapp', pt: 'WhatsApp do suporte', en: 'support WhatsApp' },
  { name: 'link_whatsapp', pt: 'link wa.me com mensagem pronta', en: 'wa.me link with a prefilled message' },
  { name: 'email', pt: 'e-mail do suporte', en: 'support e-mail' },
  { name: 'horario', pt: 'horário de atendimento', en: 'business hours' },
] as const;

export type VariableName = (typeof VARIABLES)[number]['name'];
const KNOWN = new Set<string>(VARIABLES.map((v) => v.name));

/** {{ name }} with optional spaces; names are lower-case words joined by underscores. */
const PLACEHOLDER = /\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g;

export type VariableValues = Partial<Record<VariableName, string>>;

export interface Rendered {
  text: string;
  /** Known variables the template uses that have no value (e.g. no WhatsApp in the profile). */
  missing: VariableName[];
  /** Placeholders that are no variable at all (typos such as {{nmoe}}). */
  unknown: string[];
}

/** Variables a body uses, in order of first appearance, known or not. */
export function variablesIn(body: string): string[] {
  const seen: string[] = [];
  for (const m of body.matchAll(PLACEHOLDER)) {
    const name = m[1]!.toLowerCase();
    if (!seen.includes(name)) seen.push(name);
  }
  return seen;
}

/**
 * Fills placeholders. A variable without a value renders as nothing and is reported in `missing`, so the UI
 * can refuse to insert a reply with a hole in it; unknown placeholders stay as written (and are reported).
 */
export function renderTemplate(body: string, values: VariableValues): Rendered {
  const missing: VariableName[] = [];
  const unknown: string[] = [];
  const text = body.replace(PLACEHOLDER, (whole, raw: string) => {
    const name = raw.toLowerCase();
    if (!KNOWN.has(name)) {
      if (!unknown.includes(raw)) unknown.push(raw);
      return whole;
    }
    const value = values[name as VariableName];
    if (value === undefined || value.trim() === '') {
      if (!missing.includes(name as VariableName)) missing.push(name as VariableName);
      return '';
    }
    return value;
  });
  return { text: tidy(text), missing, unknown };
}

/** A removed variable can leave "Oi , tudo bem" or double spaces: tidy those without touching line breaks. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const spaced = line.replace(/[ \t]{2,}/g, ' ').replace(/ +([,.!?;:])/g, '$1').replace(/[ \t]+$/, '');
      // "{{primeiro_nome}}, tudo bem?" without a name: drop the orphan comma and capitalise what is left.
      const lead = /^[ \t]*[,;:][ \t]*/.exec(spaced);
      if (!lead) return spaced;
      const rest = spaced.slice(lead[0].length);
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    })
    .join('\n')
    .trim();
}

/**
 * The first name to greet someone by. Display names ("Maria Souza") give "Maria"; handles ("@maria_souza92",
 * "joao.silva") give the first word-like part ("Maria", "Joao"); nothing usable gives ''.
 */
export function firstNameOf(name: string): string {
  const cleaned = name.trim().replace(/^@+/, '');
  const token = cleaned.split(/\s+/)[0] ?? '';
  const part = token.split(/[._\-\d]+/).find((p) => /\p{L}{2,}/u.test(p)) ?? '';
  const letters = part.replace(/[^\p{L}'’]/gu, '');
  if (letters.length < 2) return '';
  // Handles and shouting names are normalised; "McDonald"-style inner capitals of display names are kept.
  const lower = letters === letters.toUpperCase() || (token === cleaned && /[._\d]/.test(token));
  const base = lower ? letters.toLowerCase() : letters;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

const DAY_NAMES = ['dom.', 'seg.', 'ter.', 'qua.', 'qui.', 'sex.', 'sáb.'];

/** "seg. a sex., das 9h às 18h" — the wording Brazilian support pages use. */
export function formatBusinessHours(hours: BusinessHours): string {
  const days = [...new Set(hours.days)].sort((a, b) => a - b);
  if (days.length === 0) return '';
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  const dayText =
    days.length === 7
      ? 'todos os dias'
      : contiguous && days.length > 2
        ? `${DAY_NAMES[days[0]!]} a ${DAY_NAMES[days[days.length - 1]!]}`
        : days.map((d) => DAY_NAMES[d]).join(', ');
  return `${dayText}, das ${hourText(hours.start)} às ${hourText(hours.end)}`;
}

function hourText(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return m === '00' ? `${Number(h)}h` : `${Number(h)}h${m}`;
}

/** Digits of a phone number for wa.me; Brazilian numbers without a country code get 55. */
export function whatsappDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 10 || digits.length === 11) return `55${digits}`;
  return digits;
}

export const SITE_NAMES: Record<Site, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  youtube: 'YouTube',
  blog: 'blog',
};

/** The message a commenter's WhatsApp opens with when the template gives none, so support knows who it is. */
export function defaultWhatsappText(site: Site, author: string): string {
  const who = author.trim() ? ` (${author.trim()})` : '';
  return `Olá! Comentei no ${SITE_NAMES[site]}${who} e a equipe pediu para eu chamar aqui.`;
}

/** wa.me link to the support number with the first message already typed (WhatsApp honours ?text=). */
export function whatsappLink(phone: string, text: string): string {
  return `https://wa.me/${whatsappDigits(phone)}?text=${encodeURIComponent(text)}`;
}

export interface VariableSource {
  site: Site;
  authorName: string;
  authorHandle?: string;
}

/** Values for every variable, from the comment and the active expert profile (either may be absent). */
export function buildVariables(comment: VariableSource | undefined, project: ProjectRecord | undefined): VariableValues {
  const values: VariableValues = {};
  if (comment) {
    const name = comment.authorName.trim() || comment.authorHandle?.trim() || '';
    values.nome = name;
    values.primeiro_nome = firstNameOf(name) || firstNameOf(comment.authorHandle ?? '');
  }
  if (project) {
    values.especialista = project.expertName;
    values.assinatura = project.supportSignature;
    values.link = project.links.produto || project.links.checkout || project.links.suporte;
    values.link_checkout = project.links.checkout;
    values.link_suporte = project.links.suporte;
    values.whatsapp = project.whatsapp;
    values.email = project.email;
    values.horario = formatBusinessHours(project.businessHours);
    if (project.whatsapp && comment) {
      values.link_whatsapp = whatsappLink(
        project.whatsapp,
        defaultWhatsappText(comment.site, comment.authorHandle || comment.authorName),
      );
    }
  }
  return values;
}
