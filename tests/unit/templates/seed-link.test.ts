import { describe, expect, it } from 'vitest';
import { templateSeedFrom, templateSeedQuery } from '../../../lib/templates/seed-link';

describe('a new template started from a recurring question', () => {
  it('travels in the options page address and back', () => {
    const seed = { title: 'Prospecção: parcelamento, cartão', labels: ['purchase_intent' as const], example: 'Tem parcelamento no cartão? & 12x?' };
    expect(templateSeedFrom(`?${templateSeedQuery(seed)}`)).toEqual(seed);
    expect(templateSeedFrom(templateSeedQuery({ title: 'Dúvida: certificado', labels: [] }))).toEqual({ title: 'Dúvida: certificado', labels: [] });
  });

  it('ignores an address without one, drops labels Ronda does not have, and cuts what is too long', () => {
    expect(templateSeedFrom('')).toBeUndefined();
    expect(templateSeedFrom('?novo_modelo=%20%20')).toBeUndefined();
    const seed = templateSeedFrom(`?novo_modelo=${'x'.repeat(500)}&rotulo=doubt&rotulo=spam&rotulo=doubt&exemplo=${'y'.repeat(900)}`)!;
    expect(seed.title).toHaveLength(200);
    expect(seed.labels).toEqual(['doubt']);
    expect(seed.example).toHaveLength(500);
  });
});
