import { describe, expect, it, vi } from 'vitest';
import { seedTemplates } from '../../../lib/templates/seed';
import { RondaDB } from '../../../storage/db';
import { watchLibrary } from '../../../storage/library-watch';
import { blankProject, saveProject, setActiveProject } from '../../../storage/projects';
import { setSetting } from '../../../storage/settings';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('watching the template library', () => {
  it('calls back after templates, profiles, rules, the active profile or the user change, and not for comments or at once', async () => {
    const db = new RondaDB('library-watch');
    await saveProject(blankProject('p1', 0), db);
    const changed = vi.fn();
    const stop = watchLibrary(changed, db);
    await settle();
    expect(changed).not.toHaveBeenCalled();

    await db.comments.put({ key: 'youtube:c1' } as never);
    await settle();
    expect(changed).not.toHaveBeenCalled();

    await db.templates.put(seedTemplates(1)[0]!);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    await saveProject(blankProject('p2', 0), db);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    await setActiveProject('p2', db);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(3));
    await setSetting('user', { name: 'Bia', role: 'approver' }, db);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(4));
    await db.teamRules.put({ id: 'r1', kind: 'term', pattern: 'golpista', label: 'hater', createdBy: 'Bia', createdAt: 1, updatedAt: 1 });
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(5));

    stop();
    await db.templates.clear();
    await settle();
    expect(changed).toHaveBeenCalledTimes(5);
  });
});
