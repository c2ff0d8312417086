import { canoniek } from '@netwerkdossier/shared';

/** The canonical JSON under every grant's request hash and the toegangslog's hash chain (shared/src/canoniek.ts). */
describe('canoniek', () => {
  it('schrijft sleutels op elk niveau in UTF-16-volgorde, zonder ontbrekende leden, en waarden zoals JSON.stringify', () => {
    expect(canoniek({ b: 1, a: [3, { d: null, c: 'é"' }], Z: undefined, '10': true, '9': new Date(0) })).toBe('{"10":true,"9":"1970-01-01T00:00:00.000Z","a":[3,{"c":"é\\"","d":null}],"b":1}');
    expect(canoniek([])).toBe('[]');
    expect(canoniek({})).toBe('{}');
    expect(canoniek([undefined, 1])).toBe(',1'.replace(/^/, '[') + ']');
    expect(canoniek('x')).toBe('"x"');
  });

  it('geeft dezelfde tekst voor dezelfde waarde, hoe de sleutels ook gevolgd werden', () => {
    expect(canoniek({ pad: '/', body: { variables: { id: 'h' }, query: 'q' } })).toBe(canoniek({ body: { query: 'q', variables: { id: 'h' } }, pad: '/' }));
  });
});
