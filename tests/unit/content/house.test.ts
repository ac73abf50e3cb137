import { describe, expect, test } from 'vitest';
import { MAX_HOUSE_ACCOUNTS } from '../../../lib/domain';
import { houseMatcher, parseHouseAccounts } from '../../../lib/house';

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
});
