import type { ProjectRecord } from '../storage/schema';

/** One <option> per expert profile, by the expert's name: every profile picker (filters, rules, the active one) lists them alike. */
export function ProfileOptions({ projects }: { projects: readonly Pick<ProjectRecord, 'id' | 'expertName'>[] }) {
  return (
    <>
      {projects.map((p) => (
        <option key={p.id} value={p.id}>
          {p.expertName}
        </option>
      ))}
    </>
  );
}
