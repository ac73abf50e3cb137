/** What a print says of its author. */
export interface SharedAuthorSource {
  authorName: string;
  authorHandle?: string;
  redacted?: boolean;
}

/** The name part of a blurred print: its author stays on the computer that took it. */
export const WITHHELD_AUTHOR_PART = 'autor-oculto';

/**
 * Who wrote the comment, as the copies that leave this computer say it (Drive files, their descriptions and
 * metadata, exports). A print taken with the author's name and photo blurred (LGPD) names no one there either:
 * a file called "@maria.souza_elogio.png" would undo the blur.
 */
export function sharedAuthor(print: SharedAuthorSource): { authorName: string; authorHandle?: string } {
  if (print.redacted) return { authorName: '' };
  return print.authorHandle === undefined ? { authorName: print.authorName } : { authorName: print.authorName, authorHandle: print.authorHandle };
}
