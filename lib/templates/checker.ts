import { SITES, type Label, type Site } from '../domain';
import { tr } from '../i18n';
import { measure } from './limits';
import { renderTemplate, type VariableValues } from './variables';

/**
 * The template checker. It never blocks saving a draft; it tells the writer (and the approver) what a reply
 * built from the template would get wrong: holes, typos in variables, a complaint answer that leaves the person
 * without a plan, or text too long for the site.
 */
export interface CheckIssue {
  level: 'error' | 'warning';
  code:
    | 'unknown_variable'
    | 'missing_value'
    | 'complaint_now'
    | 'complaint_next'
    | 'complaint_when'
    | 'too_long'
    | 'agency_unsigned';
  message: string;
}

export interface CheckableTemplate {
  labels: readonly Label[];
  sites: readonly Site[];
  voice: 'agency' | 'expert';
  body: string;
  dmBody?: string;
}

/*
 * The SAC practice for complaints: say what is being done now, what happens next, and exactly when. These
 * patterns recognise the usual pt-BR wording of each part (and a few English ones, for bilingual teams).
 */
/** Alternatives matched as whole words; JS's \b only knows ASCII, which would break on "já" or "amanhã". */
function words(alternatives: string, extra = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])${extra}`, 'iu');
}
const NOW = words(
  'já|agora|neste momento|nesse momento|estamos (?:verificando|analisando|resolvendo|olhando|cuidando|checando)|' +
    'vamos (?:verificar|analisar|resolver|checar|cuidar)|encaminhamos|encaminhei|registramos|registrei|abrimos|' +
    "verificamos|verifiquei|we are|we're (?:looking|checking|fixing)",
);
const NEXT = words(
  'próximo passo|em seguida|depois disso|te chamamos|te chamei|te chamaremos|' +
    'vamos te (?:chamar|enviar|responder|retornar|mandar)|enviaremos|enviamos|retornaremos|você vai receber|' +
    'você receberá|direct|dm|whatsapp|e-?mail|responda|responde|mande|manda|envie|acesse|next step|' +
    'we will (?:send|reply|contact)',
  '|\\{\\{\\s*(?:link_whatsapp|whatsapp|email|link_suporte)\\s*\\}\\}',
);
const WHEN = words(
  '(?:até|em|dentro de) (?:\\d+|uma|um|duas|dois|três|vinte e quatro|quarenta e oito) ?' +
    '(?:h|hs|horas?|minutos?|min|dias? úteis|dias?)|até (?:as|às) \\d{1,2}(?:h|:\\d{2})?|\\d{1,2}h(?:\\d{2})?|' +
    'hoje|amanhã|ainda hoje|within \\d+ ?(?:hours?|minutes?|days?)|today|tomorrow',
  '|\\{\\{\\s*horario\\s*\\}\\}',
);

/** A generous sample author, so length checks hold for long names too. */
const SAMPLE_AUTHOR: VariableValues = { nome: 'Maria Aparecida dos Santos Oliveira', primeiro_nome: 'Maria Aparecida' };

export function checkTemplate(template: CheckableTemplate, profileValues: VariableValues): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const values = { ...SAMPLE_AUTHOR, ...profileValues };
  const parts = [template.body, template.dmBody ?? ''];
  const rendered = parts.map((p) => renderTemplate(p, values));

  const unknown = [...new Set(rendered.flatMap((r) => r.unknown))];
  for (const name of unknown) {
    issues.push({
      level: 'error',
      code: 'unknown_variable',
      message: tr(`Variável desconhecida: {{${name}}}. Confira a grafia.`, `Unknown variable: {{${name}}}. Check the spelling.`),
    });
  }
  const missing = [...new Set(rendered.flatMap((r) => r.missing))].filter((n) => n !== 'nome' && n !== 'primeiro_nome');
  for (const name of missing) {
    issues.push({
      level: 'warning',
      code: 'missing_value',
      message: tr(
        `O perfil do especialista não tem valor para {{${name}}}: preencha em Configurações antes de usar.`,
        `The expert profile has no value for {{${name}}}: fill it in Settings before use.`,
      ),
    });
  }

  if (template.labels.includes('complaint')) {
    const all = parts.join('\n');
    if (!NOW.test(all)) {
      issues.push({
        level: 'warning',
        code: 'complaint_now',
        message: tr(
          'Reclamação: diga o que está sendo feito agora (ex.: "já estamos verificando o seu acesso").',
          'Complaint: say what is being done now (e.g. "we are already checking your access").',
        ),
      });
    }
    if (!NEXT.test(all)) {
      issues.push({
        level: 'warning',
        code: 'complaint_next',
        message: tr(
          'Reclamação: diga o próximo passo (ex.: "te chamamos no direct", "responda o e-mail que enviamos").',
          'Complaint: say what happens next (e.g. "we sent you a DM").',
        ),
      });
    }
    if (!WHEN.test(all)) {
      issues.push({
        level: 'warning',
        code: 'complaint_when',
        message: tr(
          'Reclamação: diga exatamente quando (ex.: "em até 2 horas", "hoje até as 18h" ou {{horario}}).',
          'Complaint: say exactly when (e.g. "within 2 hours", "today by 6 pm" or {{horario}}).',
        ),
      });
    }
  }

  const sites = template.sites.length ? template.sites : SITES;
  for (const site of sites) {
    const issue = lengthIssue(rendered[0]!.text, site);
    if (issue) issues.push(issue);
  }

  if (template.voice === 'agency' && !/\{\{\s*assinatura\s*\}\}|equipe|suporte|time\b/iu.test(template.body)) {
    issues.push({
      level: 'warning',
      code: 'agency_unsigned',
      message: tr(
        'Voz da agência sem assinatura: termine com "— {{assinatura}}" para não parecer o especialista falando.',
        'Agency voice without a signature: end with "— {{assinatura}}" so it does not read as the expert.',
      ),
    });
  }
  return issues;
}

/** The one check that applies to a reply about to be inserted: does it fit the site? */
export function checkReply(text: string, site: Site): CheckIssue[] {
  const issue = lengthIssue(text, site);
  return issue ? [issue] : [];
}

function lengthIssue(text: string, site: Site): CheckIssue | undefined {
  const { used, max, unit } = measure(text, site);
  if (used <= max) return undefined;
  const unitPt = unit === 'bytes' ? 'bytes' : 'caracteres';
  const unitEn = unit === 'bytes' ? 'bytes' : 'characters';
  return {
    level: 'error',
    code: 'too_long',
    message: tr(
      `Longa demais para ${siteName(site)}: ${used.toLocaleString('pt-BR')} de no máximo ${max.toLocaleString('pt-BR')} ${unitPt}.`,
      `Too long for ${siteName(site)}: ${used.toLocaleString('en')} of at most ${max.toLocaleString('en')} ${unitEn}.`,
    ),
  };
}

function siteName(site: Site): string {
  return site === 'blog' ? tr('o blog', 'the blog') : site.charAt(0).toUpperCase() + site.slice(1).replace('tube', 'Tube');
}
