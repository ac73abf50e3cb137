import { describe, expect, it } from 'vitest';
import { pageHealth } from '../../../content/health';

describe('pageHealth', () => {
  it('warns only on a supported page that settled with no comments', () => {
    expect(pageHealth({ supported: true, found: 0, settled: true }).warning).toMatch(/^Nenhum comentário encontrado aqui: o layout da página pode ter mudado\. Se o post tem comentários, role até eles/);
    expect(pageHealth({ supported: true, found: 0, settled: false }).warning).toBeUndefined();
    expect(pageHealth({ supported: true, found: 12, settled: true })).toEqual({ supported: true, found: 12 });
    expect(pageHealth({ supported: false, found: 0, settled: true }).warning).toBeUndefined();
  });
});
