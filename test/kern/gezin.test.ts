import { beslisHuishouden } from '../../gateway/src/beslissing/beslis';
import { CedarBeslisser } from '../../gateway/src/beslissing/cedar';
import type { Beslissingscontext, ContextPersoon, Vrager } from '../../gateway/src/beslissing/context';
import { BESTANDEN, beleidMet, gezin, ID } from './beleid';

const beleid = beleidMet();
// made anew in every test, not once when the file loads: mutation testing (docs/mutatietests.md) runs a mutant
// only against the tests that ran its code, and the translation of the policy runs when a beslisser is made
let beslisser: CedarBeslisser;
beforeEach(() => {
  beslisser = new CedarBeslisser(beleid);
});
const NU = new Date('2026-06-15T12:00:00Z');
const lid = (sub: string): Vrager => ({ sub, organisatie: null, team: null, rol: 'client' });

/** Whom this household member sees by name (lokaal team, identificatie) among the household's members. */
const opNaam = (sub: string, ctx: Beslissingscontext, b = beleid) => beslisHuishouden(b, b === beleid ? beslisser : new CedarBeslisser(b), lid(sub), 'inzage', ctx, NU)
  .filter((r) => !r.niveau && r.categorie === 'identificatie' && r.partner === 'lokaal-team' && r.uitkomst === 'zichtbaar').map((r) => r.persoonId);

/** gezin(2014) with the father's gezag over the child taken away, and his rol set. */
function zonderGezagVader(rol: string): Beslissingscontext {
  const ctx = gezin(2014);
  ctx.personen[0] = { ...ctx.personen[0], gezaghebbenden: [ID.moeder] };
  ctx.personen[2] = { ...ctx.personen[2], rol };
  return ctx;
}

describe('het eigen kind van een gezinslid (gezin.yaml eigen_kind)', () => {
  test('een ouder of partner in het huishouden ziet het kind op naam, ook zonder gezag', () => {
    expect(opNaam(ID.vader, zonderGezagVader('ouder'))).toEqual([ID.kind]);
    expect(opNaam(ID.vader, zonderGezagVader('partner'))).toEqual([ID.kind]);
    // with gezag but another rol (e.g. a guardian registered as overig): by the gezag
    expect(opNaam(ID.vader, { ...gezin(2014), personen: gezin(2014).personen.map((p) => (p.id === ID.vader ? { ...p, rol: 'overig' } : p)) })).toEqual([ID.kind]);
    // neither: not
    expect(opNaam(ID.vader, zonderGezagVader('ex-partner'))).toEqual([]);
  });

  test('alleen wie de rol kind heeft: een minderjarig ander gezinslid is geen eigen kind', () => {
    const ctx = gezin(2014);
    const neef: ContextPersoon = { id: ID.ander, geboortejaar: 2015, rol: 'overig', gezaghebbenden: [ID.moeder], beschermd: false };
    ctx.personen.push(neef);
    expect(opNaam(ID.moeder, ctx)).toEqual([ID.kind]);
  });

  test('een kind is niet zijn eigen kind, ook niet als het als eigen gezaghebbende geregistreerd staat', () => {
    const ctx = gezin(2014);
    ctx.personen[0] = { ...ctx.personen[0], gezaghebbenden: [ID.kind, ID.moeder] };
    expect(opNaam(ID.kind, ctx)).toEqual([]);
  });

  test('wie volgens de leeftijdsregels nog niet alleen beslist, blijft eigen kind, ook in de laatste leeftijdsgroep', () => {
    // a valid policy in which from 16 both the child and those with gezag consent
    const b = beleidMet({ 'leeftijden.yaml': BESTANDEN['leeftijden.yaml'].replace(/  - vanaf: 16\n    door: \[persoon\]/, '  - vanaf: 16\n    door: [persoon, gezaghebbenden]') });
    expect(b.leeftijden[2]).toEqual({ vanaf: 16, door: ['persoon', 'gezaghebbenden'] });
    expect(opNaam(ID.moeder, gezin(2009), b)).toEqual([ID.kind]);
    expect(opNaam(ID.moeder, gezin(2009))).toEqual([]);
  });
});

describe('de leeftijdsgroepen bij het eigen kind', () => {
  test('een leeftijdsgroep telt pas vanaf haar begin: wie nu alleen beslist, is geen eigen kind, ook als een latere groep de gezaghebbenden weer noemt', () => {
    // a valid policy: from 12 the child alone, from 16 the child and those with gezag
    const b = beleidMet({ 'leeftijden.yaml': BESTANDEN['leeftijden.yaml'].replace(/    door: \[persoon, gezaghebbenden\]\n/, '    door: [persoon]\n').replace(/  - vanaf: 16\n    door: \[persoon\]/, '  - vanaf: 16\n    door: [persoon, gezaghebbenden]') });
    expect(b.leeftijden.map((r) => r.door)).toEqual([['gezaghebbenden'], ['persoon'], ['persoon', 'gezaghebbenden']]);
    // born 2012: 13 or 14 on NU, in the group from 12
    expect(opNaam(ID.moeder, gezin(2012), b)).toEqual([]);
    expect(opNaam(ID.moeder, gezin(2012))).toEqual([ID.kind]);
  });
});

describe('wat een gezinslid leest bij wat het ziet', () => {
  test('bij de pseudoniemen, bij wat over het huishouden gedeeld wordt en bij het eigen kind de reden van het beleid', () => {
    const tabel = beslisHuishouden(beleid, beslisser, lid(ID.moeder), 'inzage', gezin(2014), NU);
    const rij = (persoonId: string, categorie: string, partner: string, niveau?: 'huishouden') => tabel.find((r) => r.persoonId === persoonId && r.categorie === categorie && r.partner === partner && r.niveau === niveau);
    expect(rij(ID.vader, 'pseudoniem', 'netwerk')).toMatchObject({ uitkomst: 'zichtbaar', regel: 'gezin/pseudoniem', reden: 'pseudoniem is een pseudoniem zonder betekenis.', grondslag: [] });
    expect(rij(ID.vader, 'hulpverlening', 'lokaal-team', 'huishouden')).toMatchObject({ uitkomst: 'zichtbaar', regel: 'gezin/lokaal-team/hulpverlening', reden: 'Gegevens over uw eigen huishouden, die deze organisatie met de gezinsleden deelt.', grondslag: [`gezinslid:${ID.moeder}`] });
    expect(rij(ID.kind, 'identificatie', 'netwerk')).toMatchObject({ uitkomst: 'zichtbaar', regel: 'gezin/eigen-kind/netwerk/identificatie', reden: 'Gegevens over uw eigen kind: de naam en het geboortejaar.', grondslag: [`gezinslid:${ID.moeder}`] });
    expect(rij(ID.vader, 'identificatie', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'rol/gezinslid', reden: beleid.gezin.reden, grondslag: [] });
    // what gezin.yaml does not list, about the household as a whole and about the own child: closed by the same rule, with its reason
    expect(beleid.gezin.zichtbaar['lokaal-team']).not.toContain('gezondheid');
    expect(rij(ID.vader, 'gezondheid', 'lokaal-team', 'huishouden')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'rol/gezinslid', reden: beleid.gezin.reden, grondslag: [] });
    expect(rij(ID.kind, 'gezondheid', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'rol/gezinslid', reden: beleid.gezin.reden, grondslag: [] });
  });

  test('wat dichtgaat omdat een ander gezinslid beschermd is, rust nergens op', () => {
    const ctx = gezin(2014);
    ctx.personen[1] = { ...ctx.personen[1], beschermd: true };
    const tabel = beslisHuishouden(beleid, beslisser, lid(ID.vader), 'inzage', ctx, NU);
    const dicht = tabel.filter((r) => r.regel === 'gezin/beschermd');
    expect(dicht.length).toBeGreaterThan(0);
    expect(dicht.every((r) => r.uitkomst === 'afgeschermd' && r.grondslag.length === 0)).toBe(true);
  });
});
