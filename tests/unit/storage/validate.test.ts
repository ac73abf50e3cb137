import { describe, expect, it } from 'vitest';
import { templateRecordSchema } from '../../../storage/schema';
import { checkRows, rowKey } from '../../../storage/validate';

describe('checkRows', () => {
  const good = {
    id: 't1', title: 'Dúvida geral', labels: ['doubt'], sites: [], voice: 'agency', body: 'Oi {{primeiro_nome}}!',
    status: 'approved', createdAt: 1, updatedAt: 1,
  };
  it('separates valid and invalid rows and names each bad one with its reasons', () => {
    const { valid, invalid } = checkRows(templateRecordSchema, [good, { ...good, id: 't2', voice: 'robot' }, 42], rowKey);
    expect(valid).toHaveLength(1);
    expect(invalid).toEqual([
      { where: 't2', problems: [expect.stringMatching(/^voice: /)] },
      { where: '#3', problems: [expect.stringMatching(/^\(row\): /)] },
    ]);
  });
});
