/** Weekdays in the order Brazilian teams read a week (Monday first), with their JS day numbers. */
export const WEEKDAYS = [
  { d: 1, pt: 'seg', en: 'Mon' },
  { d: 2, pt: 'ter', en: 'Tue' },
  { d: 3, pt: 'qua', en: 'Wed' },
  { d: 4, pt: 'qui', en: 'Thu' },
  { d: 5, pt: 'sex', en: 'Fri' },
  { d: 6, pt: 'sáb', en: 'Sat' },
  { d: 0, pt: 'dom', en: 'Sun' },
] as const;
