import { describe, expect, test } from 'vitest';
import { MAX_HOUSE_ACCOUNTS } from '../../../lib/domain';
import { HOUSE_ROLES, houseMatcher, houseRoleName, parseHouseAccounts } from '../../../lib/house';
import { getLocale, setLocale } from '../../../lib/i18n';
import { describeComment } from '../../../content/badge';

describe('house accounts', () => {
  test('one per line or comma; profile addresses read as their handles; each once; blanks dropped', () => {
    expect(
      parseHouseAccounts(
        '@anasouza\n  Equipe Ana Souza  ,\n\nhttps://www.instagram.com/anasouza/\nyoutube.com/@AnaSouzaOficial\nhttps://www.facebook.com/profile.php?id=100089000000001; ANA SOUZA',
      ),
    ).toEqual(['@anasouza', 'Equipe Ana Souza', '@AnaSouzaOficial', '100089000000001', 'ANA SOUZA']);
    expect(parseHouseAccounts('')).toEqual([]);
    // A broken %-escape in a pasted address is read as written, not a crash of the save button.
    expect(parseHouseAccounts('instagram.com/ana%E0%A4souza/')).toEqual(['@ana%E0%A4souza']);
    expect(parseHouseAccounts(' \n , ;')).toEqual([]);
    expect(parseHouseAccounts(Array.from({ length: 80 }, (_, i) => `conta${i}`).join('\n'))).toHaveLength(MAX_HOUSE_ACCOUNTS);
  });

  test('the site’s own mark decides first; then a handle or a name, whatever the case, accents or "@"', () => {
    const house = houseMatcher(['@anasouza', 'Equipe Lançamento Ronda']);
    expect(house({ authorName: 'Ronda Lançamentos', siteRole: 'Autor' })).toBe('Autor');
    expect(house({ authorName: 'anasouza' })).toBe('@anasouza'); // Instagram names people by handle
    expect(house({ authorName: 'Ana', authorHandle: '@AnaSouza' })).toBe('@anasouza');
    expect(house({ authorName: 'EQUIPE LANCAMENTO RONDA' })).toBe('Equipe Lançamento Ronda');
    expect(house({ authorName: 'Ana Souza Fã', authorHandle: 'anasouza.fa' })).toBeUndefined();
    expect(house({ authorName: 'Equipe Lançamento' })).toBeUndefined(); // whole names only
    expect(houseMatcher([])({ authorName: 'anasouza' })).toBeUndefined();
  });

  test('hostile names: invisible and bidi marks do not hide a house account, and markup is just a name', () => {
    const house = houseMatcher(['@anasouza']);
    expect(house({ authorName: '\u202eanasouza\u200b' })).toBe('@anasouza');
    expect(house({ authorName: '<img src=x onerror=alert(1)>' })).toBeUndefined();
  });

  test('the roles Ronda names itself speak the UI language; the site’s own words and the accounts stay as written', () => {
    const before = getLocale();
    try {
      const c = { label: 'neutral' as const, confidence: 1, evidence: [], labelSource: 'classifier' as const, house: HOUSE_ROLES.channelOwner.pt };
      setLocale('pt-BR');
      expect(describeComment(c)).toMatch(/^Da casa \(dono do canal\): /);
      setLocale('en');
      expect(describeComment(c)).toMatch(/^Ours \(channel owner\): /);
      expect(houseRoleName(HOUSE_ROLES.postAuthor.pt)).toBe('post author');
      expect(houseRoleName('Autor')).toBe('Autor');
      expect(houseRoleName('@autor do post')).toBe('@autor do post');
    } finally {
      setLocale(before);
    }
  });
});
