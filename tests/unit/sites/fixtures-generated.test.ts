import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { allFixtures } from '../../fixtures/generate';

test('committed fixtures are what tests/fixtures/generate.ts produces (run it after editing)', () => {
  for (const [file, html] of Object.entries(allFixtures())) {
    expect(readFileSync(path.resolve('tests/fixtures', file), 'utf8'), file).toBe(html);
  }
});
