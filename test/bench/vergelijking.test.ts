import { eersteVerschil, normaliseer } from '../../tools/src/bench/vergelijking';

/** The bench's check that the limit answers what the bare gateway answers (tools/src/bench/vergelijking.ts). */
describe('de vergelijking van de limiet met de kale gateway', () => {
  const kaal = { data: { huishouden: { id: 'h1', leden: [{ id: 'p1', rol: 'ouder', personalia: { voornaam: 'A', achternaam: 'B' } }, { id: 'p2', rol: 'kind', personalia: null }], gezinsplan: null } } };

  it('houdt antwoorden die alleen in de volgorde van sleutels verschillen voor gelijk', () => {
    const limiet = { data: { huishouden: { gezinsplan: null, leden: [{ personalia: { achternaam: 'B', voornaam: 'A' }, rol: 'ouder', id: 'p1' }, { rol: 'kind', id: 'p2', personalia: null }], id: 'h1' } } };
    expect(eersteVerschil(normaliseer(kaal), normaliseer(limiet))).toBeNull();
  });

  it('noemt de plek van het eerste verschil: een andere volgorde in een lijst, een ontbrekend veld, null tegen leeg', () => {
    const omgedraaid = { data: { huishouden: { ...kaal.data.huishouden, leden: [...kaal.data.huishouden.leden].reverse() } } };
    expect(eersteVerschil(normaliseer(kaal), normaliseer(omgedraaid))).toMatch(/^\$\.data\.huishouden\.leden\.0\.id/);
    const zonderPlan = { data: { huishouden: { id: 'h1', leden: kaal.data.huishouden.leden } } };
    expect(eersteVerschil(normaliseer(kaal), normaliseer(zonderPlan))).toMatch(/^\$\.data\.huishouden\.gezinsplan/);
    const leeg = { data: { huishouden: { ...kaal.data.huishouden, gezinsplan: [] } } };
    expect(eersteVerschil(normaliseer(kaal), normaliseer(leeg))).toMatch(/gezinsplan: null ≠ \[\]/);
  });
});
