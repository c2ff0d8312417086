import { isMinderjarig, leeftijden } from '../../shared/src/beleid/leeftijden';
import { toestemmingVoor } from '../../gateway/src/beslissing/toestemming';
import type { Beslissingscontext, ContextToestemming, Vrager } from '../../gateway/src/beslissing/context';
import { beleidMet, DUO, gezin, ID, toestemming } from './beleid';

const beleid = beleidMet();
// mid-year: someone born in year J is now (2026 - J - 1) or (2026 - J) years old
const NU = new Date('2026-06-15T12:00:00Z');

/** The verdict on the child's gezondheid for DUO under gezamenlijk-plan, with these consents. */
function oordeel(geboortejaar: number | null, toestemmingen: ContextToestemming[], opties: { vrager?: Vrager; doel?: string; nu?: Date; ctx?: Partial<Beslissingscontext> } = {}) {
  const ctx = gezin(geboortejaar, { toestemmingen, ...opties.ctx });
  return toestemmingVoor(beleid, ctx, ctx.personen[0], 'gezondheid', opties.vrager ?? DUO, opties.doel ?? 'gezamenlijk-plan', opties.nu ?? NU);
}
const vanAllen = () => [toestemming(ID.kind, [ID.kind, ID.moeder, ID.vader])];

describe('toestemming: doelbinding, ontvanger, looptijd', () => {
  test('een toestemming voor het ene doel telt niet onder een ander doel', () => {
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { doel: 'casusoverleg' })]).gegeven).toBe(false);
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { doel: 'casusoverleg' })], { doel: 'casusoverleg' }).gegeven).toBe(true);
    const geldig = toestemming(ID.kind, [ID.kind]);
    expect(oordeel(2000, [geldig])).toEqual({ gegeven: true, ontbreekt: [], genoemd: [ID.kind], ids: [geldig.id] });
  });

  test('een toestemming aan een andere organisatie telt niet', () => {
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { ontvangerOrganisatie: 'gi' })])).toMatchObject({ gegeven: false, ids: [] });
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { ontvangerOrganisatie: 'gi' })], { vrager: { ...DUO, organisatie: 'gi' } }).gegeven).toBe(true);
  });

  test('een toestemming aan een ander team of een andere professional telt niet; aan het eigen team of de vrager zelf wel', () => {
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { ontvangerTeam: 'Team West' })]).gegeven).toBe(false);
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { ontvangerProfessional: 'vt-ander' })]).gegeven).toBe(false);
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { ontvangerTeam: DUO.team, ontvangerProfessional: DUO.sub })]).gegeven).toBe(true);
  });

  test('een verlopen, nog niet ingegane of ingetrokken toestemming telt niet; op de eerste en de laatste dag wel', () => {
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { geldigTot: '2026-06-14' })]).gegeven).toBe(false);
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { geldigTot: '2026-06-15' })]).gegeven).toBe(true);
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { geldigVanaf: '2026-06-16' })]).gegeven).toBe(false);
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { geldigVanaf: '2026-06-15' })]).gegeven).toBe(true);
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { ingetrokkenOp: '2026-06-01T10:00:00Z' })]).gegeven).toBe(false);
  });

  test('een toestemming voor een andere categorie of een ander persoon telt niet', () => {
    expect(oordeel(2000, [toestemming(ID.kind, [ID.kind], { categorieen: ['identificatie'] })]).gegeven).toBe(false);
    expect(oordeel(2000, [toestemming(ID.moeder, [ID.kind])]).gegeven).toBe(false);
  });

  test('de grondslag noemt precies de geldige toestemmingen waarop het rust', () => {
    const geldig = toestemming(ID.kind, [ID.kind]);
    const andersDoel = toestemming(ID.kind, [ID.kind], { doel: 'casusoverleg' });
    expect(oordeel(2000, [andersDoel, geldig]).ids).toEqual([geldig.id]);
  });
});

describe('toestemming naar leeftijd (policies/leeftijden.yaml), alleen het geboortejaar bekend', () => {
  // born 2015: 10 or 11 — only gezag
  test('een kind van 10 of 11: de gezaghebbenden samen volstaan, het kind alleen niet', () => {
    expect(oordeel(2015, [toestemming(ID.kind, [ID.moeder, ID.vader])]).gegeven).toBe(true);
    expect(oordeel(2015, [toestemming(ID.kind, [ID.kind])])).toMatchObject({ gegeven: false, ontbreekt: [{ wie: 'gezag', rol: 'ouder' }, { wie: 'gezag', rol: 'ouder' }] });
  });

  // born 2014: 11 or 12 — at the 12 boundary, both the child and gezag (the union over both ages)
  test('een kind van 11 of 12: naast de gezaghebbenden ook het kind zelf', () => {
    expect(oordeel(2014, [toestemming(ID.kind, [ID.moeder, ID.vader])])).toMatchObject({ gegeven: false, ontbreekt: [expect.objectContaining({ wie: 'zelf', rol: 'kind' })] });
    expect(oordeel(2014, vanAllen()).gegeven).toBe(true);
  });

  test('een kind van 12 tot 16: het kind en álle gezaghebbenden, ook verdeeld over meer toestemmingen', () => {
    expect(oordeel(2012, [toestemming(ID.kind, [ID.kind, ID.moeder])])).toMatchObject({ gegeven: false, ontbreekt: [{ wie: 'gezag', rol: 'ouder' }], genoemd: [ID.kind, ID.vader] });
    expect(oordeel(2012, [toestemming(ID.kind, [ID.kind, ID.moeder]), toestemming(ID.kind, [ID.vader])]).gegeven).toBe(true);
  });

  // born 2010: 15 or 16 — the upper bound of 12–16 judged against the younger possible age: gezag still needed
  test('een kind van 15 of 16: het kind alleen volstaat niet, de gezaghebbenden moeten ook', () => {
    expect(oordeel(2010, [toestemming(ID.kind, [ID.kind])])).toMatchObject({ gegeven: false, ontbreekt: [{ wie: 'gezag', rol: 'ouder' }, { wie: 'gezag', rol: 'ouder' }] });
    expect(oordeel(2010, [toestemming(ID.kind, [ID.moeder, ID.vader])])).toMatchObject({ gegeven: false, ontbreekt: [expect.objectContaining({ wie: 'zelf', rol: 'kind' })] });
    expect(oordeel(2010, vanAllen()).gegeven).toBe(true);
  });

  // born 2009: 16 or 17 — the child alone
  test('een kind van 16 of 17: het kind alleen volstaat; de gezaghebbenden alleen niet', () => {
    expect(oordeel(2009, [toestemming(ID.kind, [ID.kind])]).gegeven).toBe(true);
    expect(oordeel(2009, [toestemming(ID.kind, [ID.moeder, ID.vader])])).toMatchObject({ gegeven: false, ontbreekt: [expect.objectContaining({ wie: 'zelf', rol: 'kind' })] });
  });

  // born 2008: 17 or 18 — still possibly a minor: the child itself, and no gezag needed
  test('iemand van 17 of 18 geeft zelf toestemming, als kind', () => {
    expect(oordeel(2008, [toestemming(ID.kind, [ID.moeder])])).toMatchObject({ gegeven: false, ontbreekt: [expect.objectContaining({ wie: 'zelf', rol: 'kind' })] });
    expect(oordeel(2008, [toestemming(ID.kind, [ID.kind])]).gegeven).toBe(true);
  });

  test('een volwassene geeft zelf toestemming, onder zijn eigen rol', () => {
    expect(oordeel(2000, [toestemming(ID.kind, [ID.moeder])])).toMatchObject({ gegeven: false, ontbreekt: [expect.objectContaining({ wie: 'zelf', rol: 'kind' })] });
    expect(oordeel(2000, [])).toEqual({ gegeven: false, ontbreekt: [expect.objectContaining({ wie: 'zelf', rol: 'kind' })], genoemd: [ID.kind], ids: [] });
  });

  test('zonder geboortejaar: als een minderjarige van elke leeftijd, dus het kind én de gezaghebbenden', () => {
    expect(oordeel(null, [toestemming(ID.kind, [ID.kind])]).gegeven).toBe(false);
    expect(oordeel(null, [toestemming(ID.kind, [ID.moeder, ID.vader])]).gegeven).toBe(false);
    expect(oordeel(null, vanAllen()).gegeven).toBe(true);
  });

  test('een minderjarige zonder geregistreerd gezag: geen toestemming mogelijk waar gezag nodig is', () => {
    const zonderGezag = { personen: [{ id: ID.kind, geboortejaar: 2015, rol: 'kind', gezaghebbenden: [], beschermd: false }] };
    expect(oordeel(2015, [toestemming(ID.kind, [ID.kind])], { ctx: zonderGezag })).toMatchObject({ gegeven: false, ontbreekt: [{ wie: 'niemand' }] });
  });

  test('een gezaghebbende buiten het huishouden heet "gezaghebbende", zonder rol', () => {
    const buiten = { personen: [{ id: ID.kind, geboortejaar: 2015, rol: 'kind', gezaghebbenden: [ID.ander], beschermd: false }] };
    expect(oordeel(2015, [toestemming(ID.kind, [ID.kind])], { ctx: buiten })).toMatchObject({ gegeven: false, ontbreekt: [{ wie: 'gezag', rol: 'gezaghebbende' }], genoemd: [ID.kind, ID.ander] });
  });

  test('vanaf 18 beslist iedereen zelf, ook als de leeftijdsregels iets anders zeggen; wie 17 of 18 kan zijn, stemt ook zelf in', () => {
    const anders = beleidMet({ 'leeftijden.yaml': 'toestemming:\n  - tot: 18\n    door: [gezaghebbenden]\n  - vanaf: 18\n    door: [gezaghebbenden]\n' });
    const volwassen = gezin(2000, { toestemmingen: [toestemming(ID.kind, [ID.kind])] });
    expect(toestemmingVoor(anders, volwassen, volwassen.personen[0], 'gezondheid', DUO, 'gezamenlijk-plan', NU).gegeven).toBe(true);
    const grens = gezin(2008, { toestemmingen: [toestemming(ID.kind, [ID.moeder, ID.vader])] });
    expect(toestemmingVoor(anders, grens, grens.personen[0], 'gezondheid', DUO, 'gezamenlijk-plan', NU)).toMatchObject({ gegeven: false, ontbreekt: [expect.objectContaining({ wie: 'zelf', rol: 'kind' })] });
  });

  test('leeftijdsregels die een leeftijd niemand geven: voor een minderjarige ontbreekt dan een gezaghebbende', () => {
    const gat = beleidMet();
    gat.leeftijden = [{ vanaf: 0, tot: 12, door: ['gezaghebbenden'] }];
    const ctx = gezin(2012, { toestemmingen: vanAllen() });
    expect(toestemmingVoor(gat, ctx, ctx.personen[0], 'gezondheid', DUO, 'gezamenlijk-plan', NU)).toMatchObject({ gegeven: false, ontbreekt: [{ wie: 'niemand' }] });
  });
});

describe('leeftijden uit het geboortejaar', () => {
  test('twee mogelijke leeftijden, een verwacht kind als pasgeborene, onbekend als null', () => {
    const p = (geboortejaar: number | null) => ({ id: ID.kind, geboortejaar, rol: 'kind', gezaghebbenden: [], beschermd: false });
    expect(leeftijden(p(2014), NU)).toEqual([11, 12]);
    expect(leeftijden(p(2014), new Date('2026-01-01T00:00:00Z'))).toEqual([11, 12]);
    expect(leeftijden(p(2014), new Date('2026-12-31T23:59:59Z'))).toEqual([11, 12]);
    expect(leeftijden(p(2026), NU)).toEqual([0, 0]);
    expect(leeftijden(p(2027), NU)).toEqual([0, 0]);
    expect(leeftijden(p(null), NU)).toBeNull();
    expect(isMinderjarig(p(2008), NU)).toBe(true);
    expect(isMinderjarig(p(2007), NU)).toBe(false);
    expect(isMinderjarig(p(null), NU)).toBe(true);
  });
});
