import { firstNameOf } from '../templates/variables';

/**
 * The message that asks a comment's author for permission to use a print of it (in ads, sales pages, the next
 * launch), to paste in a reply or DM. In Portuguese whatever the staff's UI language: it goes to the commenter.
 * It says how the print will show them, so the yes is to what will actually be published.
 */
export function consentRequest(print: { authorName: string; authorHandle?: string; redacted: boolean }): string {
  const name = firstNameOf(print.authorName) || firstNameOf(print.authorHandle ?? '');
  const greeting = name ? `Oi, ${name}!` : 'Oi!';
  const how = print.redacted ? 'com seu nome e sua foto borrados' : 'com seu nome como aparece aqui';
  return `${greeting} Que alegria ler o seu comentário 💛 Podemos usar um print dele nas nossas divulgações (${how})? Se puder, é só responder com um SIM. Obrigado!`;
}
