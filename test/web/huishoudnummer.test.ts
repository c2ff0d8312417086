import { randomUUID } from 'node:crypto';

// the web app's module, loaded as the browser runs it (not part of the test project's TypeScript program)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const web = require('../../gateway/web/src/huishoudnaam') as {
  nummerHuishoudens(ids: readonly string[]): void;
  huishoudnummer(id: string): string;
};

/** A pseudonym whose number (its last decimal digits) ends in `eind`: the low 40 bits set, the rest random. */
function eindigendOp(eind: bigint): string {
  const hex = (BigInt(`0x${randomUUID().replace(/-/g, '')}`) / 10n ** 12n * 10n ** 12n + eind).toString(16).padStart(32, '0').slice(-32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe('huishoudnummers: een leesbaar label dat op het scherm niet dubbel voorkomt', () => {
  test('twee huishoudens met dezelfde laatste vier cijfers krijgen elk een eigen nummer; de andere houden vier cijfers', () => {
    const a = eindigendOp(123_4567n);
    const b = eindigendOp(987_4567n);
    const c = eindigendOp(555_0042n);
    web.nummerHuishoudens([a, b, c]);
    const nummers = [a, b, c].map(web.huishoudnummer);
    expect(new Set(nummers).size).toBe(3);
    expect(nummers[2]).toBe('0042');
    expect(nummers[0].length).toBeGreaterThan(4);
    expect(nummers[0].endsWith('4567') && nummers[1].endsWith('4567')).toBe(true);
  });

  test('een lijst met veel huishoudens: geen twee dezelfde, en hetzelfde huishouden houdt zijn nummer', () => {
    const ids = Array.from({ length: 2000 }, () => randomUUID());
    web.nummerHuishoudens(ids);
    const eerst = ids.map(web.huishoudnummer);
    expect(new Set(eerst).size).toBe(ids.length);
    web.nummerHuishoudens(ids.slice(0, 10));
    expect(ids.map(web.huishoudnummer)).toEqual(eerst);
  });
});
