import { describe, expect, it } from 'vitest';
import { RondaDB } from '../../../storage/db';
import { readSetting, setSetting } from '../../../storage/settings';

describe('settings', () => {
  it('returns the fallback when unset, and the stored value once set', async () => {
    const db = new RondaDB('s-basic');
    expect(await readSetting('haterDisplay', db)).toEqual({ value: 'blur', unset: true });
    await setSetting('haterDisplay', 'collapse', db);
    expect(await readSetting('haterDisplay', db)).toEqual({ value: 'collapse' });
  });

  it('refuses to store an invalid value', async () => {
    const db = new RondaDB('s-invalid');
    await expect(setSetting('user', { name: '', role: 'staff' }, db)).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });

  it('falls back, and says why, when a stored value no longer validates', async () => {
    const db = new RondaDB('s-damaged');
    await db.settings.put({ key: 'user', value: { name: 'Bia', role: 'chefe' } });
    const read = await readSetting('user', db);
    expect(read.value).toEqual({ name: 'Equipe', role: 'staff' });
    expect(read.problem).toMatch(/^user: role/);
  });
});
