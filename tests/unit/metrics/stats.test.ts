import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../../lib/metrics';

describe('median and p90', () => {
  it('is null without samples', () => {
    expect(median([])).toBeNull();
    expect(percentile([], 90)).toBeNull();
  });

  it('uses an observed value for p90 with few samples (nearest rank)', () => {
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2, 3], 90)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
  });

  it('averages the two middle samples for an even count', () => {
    expect(median([1, 3])).toBe(2);
    expect(median([1, 2, 10])).toBe(2);
  });
});
