import type { Label, Site } from '../domain';
import type { ProjectRecord, TemplateRecord } from '../../storage/schema';
import { buildVariables, renderTemplate, whatsappLink, type Rendered, type VariableSource } from './variables';

export interface ComposedReply {
  /** The public reply, ready to insert. */
  reply: Rendered;
  /** The private message (DM text, or on YouTube/blogs the message the wa.me link opens with). */
  dm?: Rendered;
}

/**
 * Renders a template for one comment. The private text is rendered first because {{link_whatsapp}} in the
 * public reply carries it as the prefilled WhatsApp message.
 */
export function composeReply(
  template: Pick<TemplateRecord, 'body' | 'dmBody'>,
  comment: VariableSource,
  project: ProjectRecord | undefined,
): ComposedReply {
  const values = buildVariables(comment, project);
  const dm = template.dmBody?.trim() ? renderTemplate(template.dmBody, values) : undefined;
  if (project?.whatsapp && dm?.text) values.link_whatsapp = whatsappLink(project.whatsapp, dm.text);
  return { reply: renderTemplate(template.body, values), dm };
}

/** A comment can use this template: approved, and made for its label and site (empty lists mean any). */
export function fits(template: TemplateRecord, label: Label, site: Site): boolean {
  return (
    template.status === 'approved' &&
    (template.labels.length === 0 || template.labels.includes(label)) &&
    (template.sites.length === 0 || template.sites.includes(site))
  );
}

/**
 * Templates offered for a comment, best first: plain replies before move-to-DM ones, then ones written for
 * exactly this label before catch-alls, then ones written for this site, then by title.
 * `forDm` keeps only templates with a private message.
 */
export function suggestTemplates(
  templates: readonly TemplateRecord[],
  comment: { label: Label; site: Site },
  options: { forDm?: boolean } = {},
): TemplateRecord[] {
  // For a plain reply, templates without a private message come first (those are for "move to DM").
  const score = (t: TemplateRecord) =>
    (t.dmBody?.trim() ? 0 : 8) + (t.labels.includes(comment.label) ? 4 : 0) + (t.sites.includes(comment.site) ? 2 : 0);
  return templates
    .filter((t) => fits(t, comment.label, comment.site))
    .filter((t) => !options.forDm || !!t.dmBody?.trim())
    .sort((a, b) => score(b) - score(a) || a.title.localeCompare(b.title, 'pt-BR'));
}
