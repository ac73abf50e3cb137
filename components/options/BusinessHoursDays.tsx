import { tr } from '../../lib/i18n';
import type { BusinessHours } from '../../storage/schema';

/** Weekdays in the order Brazilian teams read a week (Monday first), with their JS day numbers. */
const WEEKDAYS = [
  { d: 1, pt: 'seg', en: 'Mon' },
  { d: 2, pt: 'ter', en: 'Tue' },
  { d: 3, pt: 'qua', en: 'Wed' },
  { d: 4, pt: 'qui', en: 'Thu' },
  { d: 5, pt: 'sex', en: 'Fri' },
  { d: 6, pt: 'sáb', en: 'Sat' },
  { d: 0, pt: 'dom', en: 'Sun' },
] as const;

/** The working days and the from/to times of a business-hours setting (the profile and the service targets share it). */
export function BusinessHoursDays({ hours, onChange }: { hours: BusinessHours; onChange: (change: Partial<BusinessHours>) => void }) {
  return (
    <>
      {WEEKDAYS.map(({ d, pt, en }) => (
        <label key={d}>
          <input
            type="checkbox"
            checked={hours.days.includes(d)}
            onChange={() => onChange({ days: hours.days.includes(d) ? hours.days.filter((x) => x !== d) : [...hours.days, d].sort() })}
          />
          {tr(pt, en)}
        </label>
      ))}
      <label>
        {tr('das', 'from')}
        <input type="time" value={hours.start} onChange={(e) => onChange({ start: e.target.value })} />
      </label>
      <label>
        {tr('às', 'to')}
        <input type="time" value={hours.end} onChange={(e) => onChange({ end: e.target.value })} />
      </label>
    </>
  );
}
