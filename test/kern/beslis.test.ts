import { SUBGRAPHS } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';

import { beslisHuishouden, controleerDoel, NOG_NIET_BEVESTIGD, passendeBetrokkenheden } from '../../gateway/src/beslissing/beslis';
import { CedarBeslisser, NIET_BETROKKEN } from '../../gateway/src/beslissing/cedar';
import type { ContextBetrokkenheid, Vrager } from '../../gateway/src/beslissing/context';
import type { Persoonsbeslissing } from '../../gateway/src/beslissing/uitkomst';
import { BESTANDEN, beleidMet, DUO, gezin, ID, toestemming } from './beleid';

const beleid = beleidMet();
const beslisser = new CedarBeslisser(beleid);
const NU = new Date('2026-06-15T12:00:00Z');

const betrokkenheid = (extra: Partial<ContextBetrokkenheid> = {}): ContextBetrokkenheid => ({
  id: '00000000-0000-4000-8000-0000000000b1', organisatie: DUO.organisatie!, team: DUO.team!, professional: DUO.sub, vorm: 'duo', vanaf: '2026-01-01', tot: null,
  grondslag: null, afweging: null, uitspraakkenmerk: null, bevestigdDoor: null, bevestigdMet: null, bevestigdOp: null, ...extra,
});
const rij = (tabel: Persoonsbeslissing[], persoonId: string, categorie: string, partner: string) => tabel.find((r) => r.persoonId === persoonId && r.categorie === categorie && r.partner === partner && !r.niveau)!;

describe('het doel van een verzoek', () => {
  test('elk verzoek noemt een doel uit het beleid, dat bij de rol en de organisatie van de vrager past', () => {
    expect(controleerDoel(beleid, DUO, 'gezamenlijk-plan')).toBe(beleid.doelen['gezamenlijk-plan']);
    expect(() => controleerDoel(beleid, DUO, undefined)).toThrow(/^Doel geweigerd: elk verzoek noemt zijn doel; bekende doelen: casusoverleg, gezamenlijk-plan/);
    expect(() => controleerDoel(beleid, DUO, 'toString')).toThrow('Doel geweigerd: "toString" is geen doel uit het beleid');
    expect(() => controleerDoel(beleid, DUO, 'toezicht')).toThrow('Doel geweigerd: de rol professional mag het doel toezicht niet gebruiken');
    expect(() => controleerDoel(beleid, { ...DUO, organisatie: 'lokaal-team' }, 'veiligheidsonderzoek')).toThrow('Doel geweigerd: het doel veiligheidsonderzoek is alleen voor veilig-thuis, raad');
    expect(() => controleerDoel(beleid, { ...DUO, organisatie: null }, 'veiligheidsonderzoek')).toThrow(/alleen voor/);
    expect(controleerDoel(beleid, DUO, 'veiligheidsonderzoek').vormen).toEqual(['onderzoek']);
  });

  test('een geweigerd doel is een 403 (FORBIDDEN) dat de doelen noemt die er wel zijn', () => {
    const fout = (doel: string | undefined) => { try { controleerDoel(beleid, DUO, doel); } catch (e) { return e as GraphQLError; } throw new Error('niet geweigerd'); };
    for (const doel of [undefined, 'onbekend', 'toezicht']) expect(fout(doel).extensions).toEqual({ code: 'FORBIDDEN', http: { status: 403 } });
    expect(fout('onbekend').message).toBe(`Doel geweigerd: "onbekend" is geen doel uit het beleid; bekende doelen: ${Object.keys(beleid.doelen).join(', ')}`);
  });
});

describe('onder welke betrokkenheid de vrager handelt', () => {
  test('een lopende van de vrager zelf, bij zijn organisatie, in een vorm van het doel; de zwaarste eerst; een onbevestigde wettelijke niet', () => {
    const d = beleid.doelen['veiligheidsonderzoek'];
    const bevestigd = { bevestigdDoor: 'dossier:veilig-thuis', bevestigdMet: 'K-1', bevestigdOp: '2026-02-01', grondslag: 'art. 4.1.1', afweging: 'x' };
    const ctx = gezin(2014, { betrokkenheden: [
      betrokkenheid({ id: 'duo' }),
      betrokkenheid({ id: 'onderzoek', vorm: 'onderzoek', ...bevestigd }),
      betrokkenheid({ id: 'onbevestigd', vorm: 'onderzoek', grondslag: 'art. 4.1.1', afweging: 'x' }),
      betrokkenheid({ id: 'verlopen', vorm: 'onderzoek', tot: '2026-06-14', ...bevestigd }),
      betrokkenheid({ id: 'toekomst', vorm: 'onderzoek', vanaf: '2026-06-16', ...bevestigd }),
      betrokkenheid({ id: 'ander', vorm: 'onderzoek', professional: 'vt-ander', ...bevestigd }),
      betrokkenheid({ id: 'andereOrg', vorm: 'onderzoek', organisatie: 'raad', ...bevestigd }),
    ] });
    expect(passendeBetrokkenheden(d, DUO, ctx, NU).map((b) => b.id)).toEqual(['onderzoek']);
    expect(passendeBetrokkenheden(beleid.doelen['gezamenlijk-plan'], DUO, ctx, NU).map((b) => b.id)).toEqual(['duo']);
  });
});

/** A valid policy in which the doel veiligheidsonderzoek fits both a duo and an onderzoek (a privacy officer may write that). */
function beleidMetTweeVormen() {
  const doelen = BESTANDEN['doelen.yaml'].replace(/(veiligheidsonderzoek:\n(?:    .*\n)*?    vormen: )\[onderzoek\]/, '$1[duo, onderzoek]');
  const eigen = BESTANDEN['eigen-organisatie.yaml'].replace(/veiligheidsonderzoek\/onderzoek:/g, 'veiligheidsonderzoek/duo: altijd, veiligheidsonderzoek/onderzoek:');
  expect(doelen).not.toBe(BESTANDEN['doelen.yaml']);
  return beleidMet({ 'doelen.yaml': doelen, 'eigen-organisatie.yaml': eigen });
}
const BEVESTIGD = { bevestigdDoor: 'dossier:veilig-thuis', bevestigdMet: 'K-1', bevestigdOp: '2026-02-01', grondslag: 'art. 4.1.1', afweging: 'x' };

describe('de betrokkenheid met de meeste bevoegdheden', () => {
  test('wie voor een doel zowel een duo als een bevestigd onderzoek heeft, handelt onder het onderzoek, in welke volgorde ze ook staan', () => {
    const b = beleidMetTweeVormen();
    expect(b.doelen['veiligheidsonderzoek'].vormen).toEqual(['duo', 'onderzoek']);
    const duo = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000d1' });
    const onderzoek = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000d2', vorm: 'onderzoek', ...BEVESTIGD });
    for (const betrokkenheden of [[duo, onderzoek], [onderzoek, duo]]) {
      const ctx = gezin(2014, { betrokkenheden });
      expect(passendeBetrokkenheden(b.doelen['veiligheidsonderzoek'], DUO, ctx, NU).map((x) => x.vorm)).toEqual(['onderzoek', 'duo']);
      // identificatie opens at an onderzoek on the statutory ground, at a duo only with consent
      const tabel = beslisHuishouden(b, new CedarBeslisser(b), DUO, 'veiligheidsonderzoek', ctx, NU);
      expect(rij(tabel, ID.kind, 'identificatie', 'lokaal-team')).toMatchObject({ uitkomst: 'zichtbaar', regel: 'matrix/identificatie/onderzoek', grondslag: [`betrokkenheid:${onderzoek.id}`] });
    }
  });

  test('een tweede betrokkenheid zonder wettelijke grondslag neemt de grondslag van de eerste niet weg', () => {
    const metGrondslag = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000d3', vorm: 'onderzoek', ...BEVESTIGD });
    const zonder = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000d4', vorm: 'onderzoek' });
    for (const betrokkenheden of [[metGrondslag, zonder], [zonder, metGrondslag]]) {
      const tabel = beslisHuishouden(beleid, beslisser, DUO, 'veiligheidsonderzoek', gezin(2014, { betrokkenheden }), NU);
      expect(rij(tabel, ID.kind, 'identificatie', 'lokaal-team')).toMatchObject({ uitkomst: 'zichtbaar', grondslag: [`betrokkenheid:${metGrondslag.id}`] });
    }
  });
});

describe('de beslistabel van een huishouden', () => {
  test('wie niet betrokken is, leest bij elke cel hetzelfde antwoord als bij een onbekend huishouden (behalve wat nooit gedeeld wordt)', () => {
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', gezin(2014, { betrokkenheden: [betrokkenheid({ professional: 'vt-ander' })] }), NU);
    expect(tabel.every((r) => r.uitkomst === 'afgeschermd' && r.grondslag.length === 0)).toBe(true);
    const overig = tabel.filter((r) => !beleid.doorbraak.nooitVoor.includes(r.categorie));
    expect(overig.length).toBeGreaterThan(0);
    for (const r of overig) expect({ regel: r.regel, reden: r.reden }).toEqual({ regel: 'betrokkenheid', reden: NIET_BETROKKEN });
  });

  test('elke persoon × categorie × partner, met de grondslag waarop een zichtbare cel rust', () => {
    const t = toestemming(ID.moeder, [ID.moeder]);
    const ctx = gezin(2014, { betrokkenheden: [betrokkenheid()], toestemmingen: [t] });
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', ctx, NU);
    expect(tabel).toHaveLength(3 * 13 * SUBGRAPHS.length);
    expect(rij(tabel, ID.moeder, 'gezondheid', 'lokaal-team')).toMatchObject({ uitkomst: 'zichtbaar', grondslag: [`toestemming:${t.id}`] });
    expect(rij(tabel, ID.moeder, 'gezondheid', 'veilig-thuis')).toMatchObject({ uitkomst: 'zichtbaar', grondslag: ['eigen:veilig-thuis'] });
    expect(rij(tabel, ID.moeder, 'pseudoniem', 'netwerk')).toMatchObject({ uitkomst: 'zichtbaar', grondslag: [] });
    expect(rij(tabel, ID.vader, 'gezondheid', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', grondslag: [] });
    expect(rij(tabel, ID.moeder, 'maatregelkader', 'gi')).toMatchObject({ uitkomst: 'zichtbaar', grondslag: ['wet:gi'] });
  });

  test('wie nog moet instemmen staat er alleen bij als de vrager de gezinssituatie van allen die het noemt ziet', () => {
    const lokaalTeam = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000b2', organisatie: 'lokaal-team', team: 'noord', professional: 'lt-x' });
    const ctx = gezin(2014, { betrokkenheden: [betrokkenheid(), lokaalTeam], toestemmingen: [toestemming(ID.kind, [ID.kind, ID.moeder])] });
    const zonder = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', ctx, NU);
    expect(rij(zonder, ID.kind, 'gezondheid', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', reden: 'Toestemming ontbreekt.' });
    const gezinssituatie = [ID.kind, ID.vader].map((p) => toestemming(p, [p, ...(p === ID.kind ? [ID.moeder, ID.vader] : [])], { categorieen: ['gezinssituatie'] }));
    const met = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', { ...ctx, toestemmingen: [...ctx.toestemmingen, ...gezinssituatie] }, NU);
    expect(rij(met, ID.kind, 'gezondheid', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', reden: 'Toestemming van de ouder met gezag ontbreekt.' });
    expect(rij(zonder, ID.kind, 'gezondheid', 'gi')).toMatchObject({ uitkomst: 'afgeschermd', reden: 'Toestemming ontbreekt.' });
  });

  test('een partner zonder betrokkenheid heet "niet betrokken" alleen waar de vrager mag zien wie betrokken is; anders leest hij als een betrokken partner', () => {
    const lokaalTeam = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000b2', organisatie: 'lokaal-team', team: 'noord', professional: 'lt-x' });
    const gezag = (p: string) => [p, ...(p === ID.kind ? [ID.moeder, ID.vader] : [])];
    const ctx = gezin(2014, { betrokkenheden: [betrokkenheid(), lokaalTeam], toestemmingen: [toestemming(ID.kind, [ID.kind, ID.moeder])] });
    // the family situation of all, not who is involved (grondslag): the GI (not involved) reads as lokaal-team (involved)
    const gezinssituatie = [ID.kind, ID.moeder, ID.vader].map((p) => toestemming(p, gezag(p), { categorieen: ['gezinssituatie'] }));
    const zonderGrondslag = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', { ...ctx, toestemmingen: [...ctx.toestemmingen, ...gezinssituatie] }, NU);
    expect(rij(zonderGrondslag, ID.kind, 'gezondheid', 'gi')).toMatchObject({ uitkomst: 'afgeschermd', reden: rij(zonderGrondslag, ID.kind, 'gezondheid', 'lokaal-team').reden });
    expect(rij(zonderGrondslag, ID.kind, 'gezondheid', 'gi').reden).toMatch(/^Toestemming van /);
    // grondslag of every member too: the GI is said to be not involved
    const ookGrondslag = [ID.kind, ID.moeder, ID.vader].map((p) => toestemming(p, gezag(p), { categorieen: ['gezinssituatie', 'grondslag'] }));
    const metGrondslag = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', { ...ctx, toestemmingen: [...ctx.toestemmingen, ...ookGrondslag] }, NU);
    expect(rij(metGrondslag, ID.kind, 'grondslag', 'netwerk').uitkomst).toBe('zichtbaar');
    expect(rij(metGrondslag, ID.kind, 'gezondheid', 'gi')).toMatchObject({ uitkomst: 'afgeschermd', reden: 'Niet betrokken: De jeugdbescherming (GI) is niet betrokken bij dit huishouden.' });
    expect(rij(metGrondslag, ID.kind, 'gezondheid', 'lokaal-team').reden).toMatch(/^Toestemming van /);
  });
  test('zolang de vrager de grondslag van één lid niet ziet, heet een partner zonder betrokkenheid niet "niet betrokken"', () => {
    const lokaalTeam = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000b2', organisatie: 'lokaal-team', team: 'noord', professional: 'lt-x' });
    const gezag = (p: string) => [p, ...(p === ID.kind ? [ID.moeder, ID.vader] : [])];
    const ctx = gezin(2014, { betrokkenheden: [betrokkenheid(), lokaalTeam], toestemmingen: [toestemming(ID.kind, [ID.kind, ID.moeder])] });
    // the family situation of all, the grondslag of all but the father: who is involved may not be told apart
    const gezinssituatie = [ID.kind, ID.moeder, ID.vader].map((p) => toestemming(p, gezag(p), { categorieen: p === ID.vader ? ['gezinssituatie'] : ['gezinssituatie', 'grondslag'] }));
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', { ...ctx, toestemmingen: [...ctx.toestemmingen, ...gezinssituatie] }, NU);
    expect(rij(tabel, ID.kind, 'grondslag', 'netwerk').uitkomst).toBe('zichtbaar');
    expect(rij(tabel, ID.vader, 'grondslag', 'netwerk').uitkomst).not.toBe('zichtbaar');
    expect(rij(tabel, ID.kind, 'gezondheid', 'gi')).toMatchObject({ uitkomst: 'afgeschermd', reden: rij(tabel, ID.kind, 'gezondheid', 'lokaal-team').reden });
    expect(rij(tabel, ID.kind, 'gezondheid', 'gi').reden).toMatch(/^Toestemming van /);
  });

  test('een doorbraak opent alleen voor zijn personen en categorieën, van de vrager zelf, zolang hij loopt', () => {
    const bevestigd = { bevestigdDoor: 'dossier:veilig-thuis', bevestigdMet: 'K-1', bevestigdOp: '2026-02-01', grondslag: 'art. 4.1.1', afweging: 'x' };
    const doorbraak = { id: 'db-1', personen: [ID.kind], categorieen: ['gezondheid'], professional: DUO.sub, organisatie: DUO.organisatie!, eindigtOp: '2026-06-16T00:00:00Z' };
    const ctx = gezin(2014, { betrokkenheden: [betrokkenheid({ vorm: 'onderzoek', ...bevestigd })], doorbraken: [doorbraak, { ...doorbraak, id: 'db-ander', personen: [ID.vader], professional: 'vt-ander' }, { ...doorbraak, id: 'db-oud', personen: [ID.moeder], eindigtOp: '2026-06-15T11:00:00Z' }] });
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'veiligheidsonderzoek', ctx, NU);
    expect(rij(tabel, ID.kind, 'gezondheid', 'lokaal-team')).toMatchObject({ uitkomst: 'zichtbaar', regel: 'doorbraak/gezondheid/onderzoek', grondslag: ['doorbraak:db-1'] });
    expect(rij(tabel, ID.kind, 'bestaanszekerheid', 'lokaal-team').uitkomst).toBe('afgeschermd');
    expect(rij(tabel, ID.vader, 'gezondheid', 'lokaal-team').uitkomst).toBe('afgeschermd');
    expect(rij(tabel, ID.moeder, 'gezondheid', 'lokaal-team').uitkomst).toBe('afgeschermd');
    // on the statutory ground: the betrokkenheid itself
    expect(rij(tabel, ID.kind, 'identificatie', 'lokaal-team')).toMatchObject({ uitkomst: 'zichtbaar', grondslag: ['betrokkenheid:00000000-0000-4000-8000-0000000000b1'] });
  });

  test('een wettelijke betrokkenheid die op bevestiging wacht, opent niets en zegt waarom', () => {
    const ctx = gezin(2014, { betrokkenheden: [betrokkenheid({ vorm: 'onderzoek', grondslag: 'art. 4.1.1', afweging: 'x' })] });
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'veiligheidsonderzoek', ctx, NU);
    expect(rij(tabel, ID.kind, 'identificatie', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'bevestiging', reden: NOG_NIET_BEVESTIGD });
    expect(tabel.every((r) => r.uitkomst === 'afgeschermd' || r.partner === 'veilig-thuis')).toBe(true);
  });

  test('een huishouden met kinderen: alleen met iemand die zeker jonger dan 18 is; anders geldt de uitzondering voor gi', () => {
    const gi: Vrager = { sub: 'gi-sanne', organisatie: 'gi', team: 'RVT Midden', rol: 'professional' };
    const maatregel = betrokkenheid({ professional: 'gi-sanne', organisatie: 'gi', vorm: 'maatregel', uitspraakkenmerk: 'U-1', bevestigdDoor: 'dossier:gi', bevestigdMet: 'U-1', bevestigdOp: '2026-02-01' });
    // a child born in 2009 is 16 or 17, one born in 2008 may be 18 already
    const volwassenen = (jaar: number) => ({ ...gezin(jaar, { betrokkenheden: [maatregel] }) });
    expect(rij(beslisHuishouden(beleid, beslisser, gi, 'uitvoering-maatregel', volwassenen(2009), NU), ID.moeder, 'identificatie', 'lokaal-team').uitkomst).toBe('zichtbaar');
    expect(rij(beslisHuishouden(beleid, beslisser, gi, 'uitvoering-maatregel', volwassenen(2008), NU), ID.moeder, 'identificatie', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'uitzondering/1' });
    expect(rij(beslisHuishouden(beleid, beslisser, gi, 'uitvoering-maatregel', volwassenen(2009), NU), ID.moeder, 'identificatie', 'lokaal-team').grondslag).toEqual([`betrokkenheid:${maatregel.id}`]);
  });

  test('een gezinslid in het eigen huishouden: ook de rijen over het huishouden als geheel, op grond van het lidmaatschap', () => {
    const client: Vrager = { sub: ID.moeder, organisatie: null, team: null, rol: 'client' };
    const tabel = beslisHuishouden(beleid, beslisser, client, 'inzage', gezin(2014), NU);
    const huishouden = tabel.filter((r) => r.niveau === 'huishouden');
    expect(huishouden).toHaveLength(3 * 13 * SUBGRAPHS.length);
    expect(huishouden.find((r) => r.persoonId === ID.kind && r.categorie === 'hulpverlening' && r.partner === 'lokaal-team')).toMatchObject({ uitkomst: 'zichtbaar', grondslag: [`gezinslid:${ID.moeder}`] });
    expect(huishouden.find((r) => r.persoonId === ID.kind && r.categorie === 'pseudoniem' && r.partner === 'netwerk')).toMatchObject({ uitkomst: 'zichtbaar', grondslag: [] });
    expect(huishouden.find((r) => r.persoonId === ID.kind && r.categorie === 'hulpverlening' && r.partner === 'gi')).toMatchObject({ uitkomst: 'afgeschermd', grondslag: [] });
    expect(tabel.filter((r) => !r.niveau && r.uitkomst !== 'afgeschermd').map((r) => r.categorie)).toEqual(expect.arrayContaining(['pseudoniem']));
    // of one person's own records only the own child's name and birth year (gezin.yaml eigen_kind), on membership
    expect(tabel.filter((r) => !r.niveau && r.uitkomst !== 'afgeschermd' && r.categorie !== 'pseudoniem').map(({ persoonId, categorie, partner, regel, grondslag }) => ({ persoonId, categorie, partner, regel, grondslag }))).toEqual(
      ['netwerk', 'lokaal-team'].map((partner) => ({ persoonId: ID.kind, categorie: 'identificatie', partner, regel: `gezin/eigen-kind/${partner}/identificatie`, grondslag: [`gezinslid:${ID.moeder}`] })).sort((a, b) => SUBGRAPHS.indexOf(a.partner as never) - SUBGRAPHS.indexOf(b.partner as never)),
    );
    // someone else's household: no household rows
    expect(beslisHuishouden(beleid, beslisser, { ...client, sub: ID.ander }, 'inzage', gezin(2014), NU).some((r) => r.niveau)).toBe(false);
  });

  /** Which persons' names (lokaal team, identificatie) this household member sees. */
  const opNaam = (sub: string, ctx: ReturnType<typeof gezin>, b = beleid) => beslisHuishouden(b, b === beleid ? beslisser : new CedarBeslisser(b), { sub, organisatie: null, team: null, rol: 'client' }, 'inzage', ctx, NU)
    .filter((r) => !r.niveau && r.categorie === 'identificatie' && r.partner === 'lokaal-team' && r.uitkomst === 'zichtbaar').map((r) => r.persoonId);

  test('een ouder ziet het eigen kind op naam; het kind zelf, een kind dat al alleen beslist, een beschermd kind en een kind van een ander niet', () => {
    expect(opNaam(ID.moeder, gezin(2014))).toEqual([ID.kind]);
    expect(opNaam(ID.vader, gezin(2014))).toEqual([ID.kind]);
    expect(opNaam(ID.kind, gezin(2014))).toEqual([]);
    // 15 or 16 in 2026: privacy first at the birthday, the child may already decide alone
    expect(opNaam(ID.moeder, gezin(2011))).toEqual([ID.kind]);
    expect(opNaam(ID.moeder, gezin(2010))).toEqual([]);
    expect(opNaam(ID.moeder, gezin(null))).toEqual([]);
    const beschermd = gezin(2014);
    beschermd.personen[0] = { ...beschermd.personen[0], beschermd: true };
    expect(opNaam(ID.moeder, beschermd)).toEqual([]);
    // an adult member of the household without gezag and not a parent or partner there
    const oom = gezin(2014);
    oom.personen.push({ id: ID.ander, geboortejaar: 1990, rol: 'overig', gezaghebbenden: [], beschermd: false });
    expect(opNaam(ID.ander, oom)).toEqual([]);
    // without eigen_kind in gezin.yaml (an older policy version): nobody by name
    const zonder = beleidMet({ 'gezin.yaml': BESTANDEN['gezin.yaml'].replace(/^  eigen_kind:\n(    .*\n)+/m, '') });
    expect(zonder.gezin.eigenKind).toEqual({});
    expect(opNaam(ID.moeder, gezin(2014), zonder)).toEqual([]);
  });

  test('zolang een ander gezinslid beschermd is, gaat wat over het huishouden als geheel dicht, met de reden van het beleid; voor haar zelf niet', () => {
    const zichtbaar = (sub: string, ctx: ReturnType<typeof gezin>) => beslisHuishouden(beleid, beslisser, { sub, organisatie: null, team: null, rol: 'client' }, 'inzage', ctx, NU)
      .filter((r) => r.niveau === 'huishouden' && r.uitkomst !== 'afgeschermd' && r.categorie !== 'pseudoniem').length;
    const ctx = gezin(2014);
    expect(zichtbaar(ID.vader, ctx)).toBeGreaterThan(0);
    ctx.personen[1] = { ...ctx.personen[1], beschermd: true };
    expect(zichtbaar(ID.vader, ctx)).toBe(0);
    expect(zichtbaar(ID.moeder, ctx)).toBeGreaterThan(0);
    const rijVader = beslisHuishouden(beleid, beslisser, { sub: ID.vader, organisatie: null, team: null, rol: 'client' }, 'inzage', ctx, NU).find((r) => r.niveau && r.categorie === 'hulpverlening' && r.partner === 'lokaal-team');
    expect(rijVader).toMatchObject({ uitkomst: 'afgeschermd', regel: 'gezin/beschermd', reden: beleid.gezin.reden });
  });
});

describe('waarop een cel rust, en welke reden zij geeft', () => {
  const consultatie = betrokkenheid({ vorm: 'consultatie' });

  test('bij een consultatie opent een volledige toestemming een cel die anders geanonimiseerd is; een onvolledige geeft geen grondslag', () => {
    const vanMoeder = toestemming(ID.moeder, [ID.moeder], { categorieen: ['veiligheid'], doel: 'casusoverleg' });
    const voorKind = toestemming(ID.kind, [ID.moeder], { categorieen: ['veiligheid'], doel: 'casusoverleg' });
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'casusoverleg', gezin(2014, { betrokkenheden: [consultatie], toestemmingen: [vanMoeder, voorKind] }), NU);
    expect(rij(tabel, ID.moeder, 'veiligheid', 'lokaal-team')).toMatchObject({ uitkomst: 'zichtbaar', regel: 'matrix/veiligheid/consultatie', grondslag: [`toestemming:${vanMoeder.id}`] });
    // the child's consent lacks the father's (and the child's own): anonymised, and the toegangslog records no consent it rests on
    expect(rij(tabel, ID.kind, 'veiligheid', 'lokaal-team')).toMatchObject({ uitkomst: 'geanonimiseerd', regel: 'matrix/veiligheid/consultatie/geanonimiseerd', grondslag: [] });
    expect(rij(tabel, ID.vader, 'veiligheid', 'lokaal-team')).toMatchObject({ uitkomst: 'geanonimiseerd', grondslag: [] });
  });

  test('een afgeschermde cel rust nergens op, ook niet op een toestemming of de wet', () => {
    const t = toestemming(ID.moeder, [ID.moeder], { categorieen: ['veiligheid'], doel: 'casusoverleg' });
    for (const [doel, b, t2] of [['casusoverleg', consultatie, t], ['gezamenlijk-plan', betrokkenheid(), toestemming(ID.moeder, [ID.moeder])]] as const) {
      const tabel = beslisHuishouden(beleid, beslisser, DUO, doel, gezin(2014, { betrokkenheden: [b], toestemmingen: [t2] }), NU);
      const dicht = tabel.filter((r) => r.uitkomst === 'afgeschermd');
      expect(dicht.length).toBeGreaterThan(0);
      expect(dicht.filter((r) => r.grondslag.length > 0)).toEqual([]);
    }
    // e.g. the consent does not reach what a consultatie may not get from the raad, and the law only opens the gi's maatregelkader
    const consult = beslisHuishouden(beleid, beslisser, DUO, 'casusoverleg', gezin(2014, { betrokkenheden: [consultatie], toestemmingen: [t] }), NU);
    expect(rij(consult, ID.moeder, 'veiligheid', 'raad')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'bronnen/consultatie', grondslag: [] });
    const duo = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', gezin(2014, { betrokkenheden: [betrokkenheid()] }), NU);
    expect(rij(duo, ID.moeder, 'maatregelkader', 'raad')).toMatchObject({ uitkomst: 'afgeschermd', grondslag: [] });
  });

  test('een cel die een andere regel sluit, houdt de reden van die regel, ook waar toestemming ontbreekt', () => {
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'casusoverleg', gezin(2014, { betrokkenheden: [consultatie] }), NU);
    expect(rij(tabel, ID.moeder, 'veiligheid', 'raad')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'bronnen/consultatie', reden: beleid.bronnen.consultatie!.reden });
    const duo = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', gezin(2014, { betrokkenheden: [betrokkenheid()] }), NU);
    expect(rij(duo, ID.moeder, 'justitieel', 'veilig-thuis')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'eigen/justitieel/gezamenlijk-plan/duo', reden: beleid.eigen.redenen.justitieel });
  });

  test('een cel op een wettelijke grondslag zegt dat die grondslag ontbreekt, niet dat toestemming ontbreekt', () => {
    const zonderAfweging = betrokkenheid({ vorm: 'onderzoek' });
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'veiligheidsonderzoek', gezin(2014, { betrokkenheden: [zonderAfweging] }), NU);
    expect(rij(tabel, ID.kind, 'identificatie', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'matrix/identificatie/onderzoek', reden: 'Bij een onderzoek is een wettelijke grondslag van uw organisatie nodig.' });
  });

  test('een partner met alleen een beëindigde betrokkenheid is niet betrokken; het register is altijd betrokken', () => {
    const gezinssituatie = [ID.kind, ID.moeder, ID.vader].map((p) => toestemming(p, [p, ...(p === ID.kind ? [ID.moeder, ID.vader] : [])], { categorieen: ['gezinssituatie', 'grondslag'] }));
    const oudGi = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000b3', organisatie: 'gi', team: 'x', professional: 'gi-x', vanaf: '2025-01-01', tot: '2026-06-14' });
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', gezin(2014, { betrokkenheden: [betrokkenheid(), oudGi], toestemmingen: gezinssituatie }), NU);
    expect(rij(tabel, ID.kind, 'gezondheid', 'gi').reden).toBe('Niet betrokken: De jeugdbescherming (GI) is niet betrokken bij dit huishouden.');
    expect(rij(tabel, ID.kind, 'gezondheid', 'netwerk')).toMatchObject({ uitkomst: 'afgeschermd', reden: 'Toestemming van het kind (11 of 12 jaar) en van beide ouders met gezag ontbreekt.' });
  });

  test('wie nog moet instemmen, wordt niet genoemd als de vrager de gezinssituatie van één van hen niet ziet', () => {
    const lokaalTeam = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000b2', organisatie: 'lokaal-team', team: 'noord', professional: 'lt-x' });
    // the child's family situation is visible, the father's (who must still consent) not
    const gezinssituatie = toestemming(ID.kind, [ID.kind, ID.moeder, ID.vader], { categorieen: ['gezinssituatie'] });
    const ctx = gezin(2014, { betrokkenheden: [betrokkenheid(), lokaalTeam], toestemmingen: [toestemming(ID.kind, [ID.kind, ID.moeder]), gezinssituatie] });
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'gezamenlijk-plan', ctx, NU);
    expect(rij(tabel, ID.kind, 'gezinssituatie', 'netwerk').uitkomst).toBe('zichtbaar');
    expect(rij(tabel, ID.vader, 'gezinssituatie', 'netwerk').uitkomst).toBe('afgeschermd');
    expect(rij(tabel, ID.kind, 'gezondheid', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', reden: 'Toestemming ontbreekt.' });
  });

  test('een doorbraak is de grondslag alleen van de cellen die hij dekt', () => {
    const onderzoek = betrokkenheid({ vorm: 'onderzoek', ...BEVESTIGD });
    const doorbraak = (id: string, personen: string[], categorieen: string[]) => ({ id, personen, categorieen, professional: DUO.sub, organisatie: DUO.organisatie!, eindigtOp: '2026-06-16T00:00:00Z' });
    const ctx = gezin(2014, { betrokkenheden: [onderzoek], doorbraken: [doorbraak('db-1', [ID.kind], ['gezondheid']), doorbraak('db-2', [ID.kind], ['bestaanszekerheid']), doorbraak('db-3', [ID.vader], ['gezondheid'])] });
    const tabel = beslisHuishouden(beleid, beslisser, DUO, 'veiligheidsonderzoek', ctx, NU);
    expect(rij(tabel, ID.kind, 'gezondheid', 'lokaal-team')).toMatchObject({ uitkomst: 'zichtbaar', regel: 'doorbraak/gezondheid/onderzoek', grondslag: ['doorbraak:db-1'] });
    expect(rij(tabel, ID.vader, 'gezondheid', 'lokaal-team')).toMatchObject({ uitkomst: 'zichtbaar', grondslag: ['doorbraak:db-3'] });
  });

  test('een doorbraak van de vrager bij een andere organisatie, of een die nu eindigt, opent niets', () => {
    const onderzoek = betrokkenheid({ vorm: 'onderzoek', ...BEVESTIGD });
    const doorbraak = { id: 'db-1', personen: [ID.kind], categorieen: ['gezondheid'], professional: DUO.sub, organisatie: DUO.organisatie!, eindigtOp: NU.toISOString() };
    for (const d of [doorbraak, { ...doorbraak, organisatie: 'raad', eindigtOp: '2026-06-16T00:00:00Z' }]) {
      const tabel = beslisHuishouden(beleid, beslisser, DUO, 'veiligheidsonderzoek', gezin(2014, { betrokkenheden: [onderzoek], doorbraken: [d] }), NU);
      expect(rij(tabel, ID.kind, 'gezondheid', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', grondslag: [] });
    }
  });

  test('wie als duo betrokken is en een onderzoek laat bevestigen, houdt tot dan wat het duo opent; alleen wat het onderzoek zou openen, wacht', () => {
    const b = beleidMetTweeVormen();
    const duo = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000d1' });
    const wacht = betrokkenheid({ id: '00000000-0000-4000-8000-0000000000d2', vorm: 'onderzoek', grondslag: 'art. 4.1.1', afweging: 'x' });
    const tabel = beslisHuishouden(b, new CedarBeslisser(b), DUO, 'veiligheidsonderzoek', gezin(2014, { betrokkenheden: [duo, wacht] }), NU);
    expect(rij(tabel, ID.kind, 'pseudoniem', 'netwerk')).toMatchObject({ uitkomst: 'zichtbaar', regel: 'matrix/pseudoniem/duo' });
    expect(rij(tabel, ID.kind, 'maatregelkader', 'gi')).toMatchObject({ uitkomst: 'zichtbaar', grondslag: ['wet:gi'] });
    expect(rij(tabel, ID.kind, 'identificatie', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'bevestiging', reden: NOG_NIET_BEVESTIGD });
    // what the onderzoek would not open either keeps its own reason
    expect(rij(tabel, ID.kind, 'melder', 'lokaal-team')).toMatchObject({ uitkomst: 'afgeschermd', regel: 'matrix/melder/duo', reden: beleid.redenen.melder });
  });

  test('alleen de rol client maakt iemand gezinslid: een professional met het id van een lid krijgt geen gezinsrijen', () => {
    const tabel = beslisHuishouden(beleid, beslisser, { ...DUO, sub: ID.moeder }, 'gezamenlijk-plan', gezin(2014, { betrokkenheden: [betrokkenheid({ professional: ID.moeder })] }), NU);
    expect(tabel.some((r) => r.niveau)).toBe(false);
    expect(tabel.some((r) => r.grondslag.some((g) => g.startsWith('gezinslid:')))).toBe(false);
  });
});
