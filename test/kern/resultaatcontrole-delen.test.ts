import { BUITEN_BEELD, CATEGORIEEN, SUBGRAPHS } from '@netwerkdossier/shared';
import { buildSchema, parse, print } from 'graphql';

import { BUITEN_HUISHOUDEN } from '../../gateway/src/beslissing/reden';
import type { Persoonsbeslissing } from '../../gateway/src/beslissing/uitkomst';
import { Besluitenset } from '../../gateway/src/handhaving/besluitenset';
import { controleerResultaat, gebruiktOnderwerpAlias, voegOnderwerpToe } from '../../gateway/src/handhaving/controle';
import { EenmaligePseudoniemen } from '../../gateway/src/handhaving/eenmalig';
import { leesVeldkaart } from '../../gateway/src/handhaving/veldkaart';
import { bereidVoor } from '../../gateway/src/handhaving/voorbereiding';
import { leesSupergraph } from '../../gateway/src/supergraph';

/**
 * The result check for parts attributed to persons (shared/src/betreft.ts): a part is decided for the persons
 * it names, a carrier of parts opens where any member may see it, the caller's own betrokkenheid is theirs
 * to see; the gateway's own keys (`_betreft`, `_professional`, `_organisatie`) are asked for, never checked
 * as the client's, and never returned.
 */
const schema = buildSchema(leesSupergraph(), { assumeValidSDL: true });
const veldkaart = leesVeldkaart(leesSupergraph());
const H = '11111111-1111-4111-8111-111111111111';
const [WEL, NIET] = ['22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];

/** WEL may be seen entirely; NIET only as a pseudonym, except the cells given as "categorie|partner" → uitkomst. */
function tabel(nietAnders: Record<string, Persoonsbeslissing['uitkomst']> = {}): Persoonsbeslissing[] {
  return [WEL, NIET].flatMap((persoonId) => CATEGORIEEN.flatMap((categorie) => SUBGRAPHS.map((partner) => {
    const uitkomst = persoonId === WEL ? 'zichtbaar' as const : nietAnders[`${categorie}|${partner}`] ?? (categorie === 'pseudoniem' ? 'zichtbaar' as const : 'afgeschermd' as const);
    return { persoonId, categorie, partner, grondslag: [], uitkomst, regel: uitkomst === 'zichtbaar' ? 'test/zichtbaar' : 'matrix/test', reden: uitkomst === 'zichtbaar' ? 'Mag.' : 'Toestemming ontbreekt.' };
  })));
}
const contexten = [{ huishoudenId: H, personen: [WEL, NIET].map((id) => ({ id, geboortejaar: 1980, rol: 'ouder', gezaghebbenden: [], beschermd: false })), betrokkenheden: [], toestemmingen: [], doorbraken: [] }];
const besluitenset = (nietAnders: Record<string, Persoonsbeslissing['uitkomst']> = {}, vrager: { sub: string; organisatie: string | null } | null = null) => new Besluitenset(contexten, tabel(nietAnders), vrager);
/** A client's document as the gateway sends it on: with its own keys added. */
const gemarkeerd = (query: string) => voegOnderwerpToe(schema, parse(query));
const afgeschermd = (pad: string, categorie: string, partner: string) => ({ pad, persoon: NIET, categorie, partner, reden: 'Toestemming ontbreekt.', regel: 'matrix/test' });

describe('de gateway vraagt bij elk deel wie het betreft, en bij een betrokkenheid wiens die is', () => {
  test('_betreft op een deel, _professional en _organisatie op een betrokkenheid; niets op een drager of een ander record', () => {
    const doc = gemarkeerd(`query { huishouden(id: "${H}") { gezinsplan { vastgesteldOp doelen { omschrijving } afspraken { wie } } betrokkenheden { vorm } maatregelen { soort } } }`);
    expect(print(doc)).toBe(print(parse(`query { huishouden(id: "${H}") {
      gezinsplan { vastgesteldOp doelen { omschrijving _betreft: betreft } afspraken { wie _betreft: betreft } }
      betrokkenheden { vorm _professional: professional _organisatie: organisatie }
      maatregelen { soort }
      _onderwerp: id
    } }`)));
  });

  test('een document van een client dat een van die sleutels zelf gebruikt, wordt herkend', () => {
    for (const sleutel of ['_betreft: betreft', '_professional: professional', '_organisatie: organisatie']) {
      const deel = sleutel.startsWith('_betreft') ? `gezinsplan { doelen { ${sleutel} } }` : `betrokkenheden { ${sleutel} }`;
      expect([sleutel, gebruiktOnderwerpAlias(parse(`query { huishouden(id: "${H}") { ${deel} } }`))]).toEqual([sleutel, true]);
    }
    expect(gebruiktOnderwerpAlias(parse(`query { huishouden(id: "${H}") { gezinsplan { doelen { betreft } } betrokkenheden { professional organisatie } } }`))).toBe(false);
  });
});

describe('de resultaatcontrole van delen die personen betreffen', () => {
  const PLAN = `query { huishouden(id: "${H}") { gezinsplan { vastgesteldOp doelen { omschrijving betreft } } } }`;
  const doel = (omschrijving: string, betreft: string[]) => ({ _betreft: betreft, omschrijving, betreft });

  test('een deel is te zien waar het voor ieder die het noemt te zien is; zonder namen geldt het hele huishouden; de drager opent, de eigen velden van het plan niet', () => {
    const data = { huishouden: { _onderwerp: H, gezinsplan: { vastgesteldOp: '2026-01-01', doelen: [doel('over Anna', [WEL]), doel('over Bram', [NIET]), doel('over beiden', [WEL, NIET]), doel('over het gezin', [])] } } };
    const controle = controleerResultaat(schema, gemarkeerd(PLAN), data, besluitenset(), veldkaart);
    expect(data).toEqual({ huishouden: { gezinsplan: { vastgesteldOp: null, doelen: [
      { omschrijving: 'over Anna', betreft: [WEL] },
      { omschrijving: null, betreft: [NIET] },
      { omschrijving: null, betreft: [WEL, NIET] },
      { omschrijving: null, betreft: [] },
    ] } } });
    const hulp = (pad: string) => afgeschermd(`huishouden.gezinsplan.${pad}`, 'hulpverlening', 'lokaal-team');
    expect(controle.afgeschermd).toEqual([hulp('vastgesteldOp'), hulp('doelen.1.omschrijving'), hulp('doelen.2.omschrijving'), hulp('doelen.3.omschrijving')]);
    expect(controle.overtredingen).toEqual(['huishouden.gezinsplan.vastgesteldOp', 'huishouden.gezinsplan.doelen.1.omschrijving', 'huishouden.gezinsplan.doelen.2.omschrijving', 'huishouden.gezinsplan.doelen.3.omschrijving']);
  });

  test('een deel over iemand van wie ook het pseudoniem is afgeschermd: betreft wordt leeg; de eigen sleutel van de gateway wordt niet als veld gecontroleerd', () => {
    const data = { huishouden: { _onderwerp: H, gezinsplan: { vastgesteldOp: null, doelen: [doel('over Bram', [NIET])] } } };
    const controle = controleerResultaat(schema, gemarkeerd(PLAN), data, besluitenset({ 'pseudoniem|lokaal-team': 'afgeschermd' }), veldkaart);
    expect(data).toEqual({ huishouden: { gezinsplan: { vastgesteldOp: null, doelen: [{ omschrijving: null, betreft: [] }] } } });
    expect(controle.afgeschermd.map((a) => a.pad)).toEqual(['huishouden.gezinsplan.vastgesteldOp', 'huishouden.gezinsplan.doelen.0.omschrijving', 'huishouden.gezinsplan.doelen.0.betreft']);
    // the text the partner gave anyway is a violation; naming the member the part is about is not (the gateway needs
    // it to say whose reason it is, and named them in the grant itself)
    expect(controle.overtredingen).toEqual(['huishouden.gezinsplan.doelen.0.omschrijving']);
  });

  test('een deel over iemand buiten het huishouden: afgeschermd, ook waar het hele huishouden te zien is, met een reden die niet zegt wie', () => {
    const BUITEN = '44444444-4444-4444-8444-444444444444';
    // the household's hulpverlening visible for both members: a part about the household as a whole would show
    const open = besluitenset({ 'hulpverlening|lokaal-team': 'zichtbaar' });
    const data = { huishouden: { _onderwerp: H, gezinsplan: { vastgesteldOp: '2026-01-01', doelen: [
      doel('over Anna', [WEL]),
      // as the partner gives it (afscherming.ts): its stand-in, and the doel withheld
      { _betreft: [BUITEN_BEELD], omschrijving: null, betreft: [BUITEN_BEELD] },
      // a partner that gave the outsider's pseudonym and the doel anyway
      doel('over Anna en iemand anders', [WEL, BUITEN]),
    ] } } };
    const controle = controleerResultaat(schema, gemarkeerd(PLAN), data, open, veldkaart);
    expect(data).toEqual({ huishouden: { gezinsplan: { vastgesteldOp: '2026-01-01', doelen: [
      { omschrijving: 'over Anna', betreft: [WEL] }, { omschrijving: null, betreft: [] }, { omschrijving: null, betreft: [] },
    ] } } });
    const buiten = (pad: string, categorie: string) => ({ pad: `huishouden.gezinsplan.doelen.${pad}`, persoon: null, categorie, partner: 'lokaal-team', reden: BUITEN_HUISHOUDEN, regel: 'betreft' });
    // every withheld field explained, naming no one (the members it names may be seen: no reason of theirs)
    expect(controle.afgeschermd).toEqual([buiten('1.omschrijving', 'hulpverlening'), buiten('1.betreft', 'pseudoniem'), buiten('2.omschrijving', 'hulpverlening'), buiten('2.betreft', 'pseudoniem')]);
    // the stand-in is the partner's answer; the outsider's pseudonym and the text were not
    expect(controle.overtredingen).toEqual(['huishouden.gezinsplan.doelen.2.omschrijving', 'huishouden.gezinsplan.doelen.2.betreft']);
    expect(JSON.stringify({ data, controle })).not.toContain(BUITEN);
  });

  test('een deel over een lid dat niet instemde en iemand buiten het huishouden: beide redenen', () => {
    const data = { huishouden: { _onderwerp: H, gezinsplan: { doelen: [{ _betreft: [NIET, '44444444-4444-4444-8444-444444444444'], omschrijving: 'over Bram en iemand anders' }] } } };
    const controle = controleerResultaat(schema, gemarkeerd(`query { huishouden(id: "${H}") { gezinsplan { doelen { omschrijving } } } }`), data, besluitenset(), veldkaart);
    expect(data.huishouden.gezinsplan.doelen).toEqual([{ omschrijving: null }]);
    expect(controle.afgeschermd).toEqual([
      { pad: 'huishouden.gezinsplan.doelen.0.omschrijving', persoon: null, categorie: 'hulpverlening', partner: 'lokaal-team', reden: BUITEN_HUISHOUDEN, regel: 'betreft' },
      afgeschermd('huishouden.gezinsplan.doelen.0.omschrijving', 'hulpverlening', 'lokaal-team'),
    ]);
  });

  test('wie alleen geanonimiseerd te zien is, staat ook in betreft met het eenmalige pseudoniem van dit antwoord', () => {
    const anoniem = besluitenset({ 'veiligheid|lokaal-team': 'geanonimiseerd' });
    const query = `query { huishouden(id: "${H}") { leden { id } gezinsplan { doelen { betreft } } } }`;
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: NIET, id: NIET }, { _onderwerp: WEL, id: WEL }], gezinsplan: { doelen: [{ _betreft: [WEL, NIET], betreft: [WEL, NIET] }] } } };
    controleerResultaat(schema, gemarkeerd(query), data, anoniem, veldkaart);
    const eenmalig = data.huishouden.leden[0].id;
    expect(eenmalig).toMatch(/^[0-9a-f-]{36}$/);
    expect(eenmalig).not.toBe(NIET);
    expect(data.huishouden.gezinsplan.doelen).toEqual([{ betreft: [WEL, eenmalig] }]);
  });
});

describe('de versies van het gezinsplan: over het hele huishouden, zoals de datum van het plan', () => {
  const VERSIES = `query { huishouden(id: "${H}") { gezinsplan { versies { nummer vastgesteldOp omschrijving } doelen { omschrijving } } } }`;
  const versies = () => [{ nummer: 1, vastgesteldOp: '2026-01-10', omschrijving: 'Eerste plan' }, { nummer: 2, vastgesteldOp: '2026-05-20', omschrijving: 'Doelen aangescherpt' }];

  test('de veldkaart: elk veld van de versies in de categorie en op het niveau van de datum van het plan, geen deel en geen drager', () => {
    const huishouden = { categorie: 'hulpverlening', partners: ['lokaal-team'], niveau: 'huishouden' };
    expect(veldkaart.get('Gezinsplan.vastgesteldOp')).toEqual(huishouden);
    for (const c of ['Gezinsplan.versies', 'GezinsplanVersie.nummer', 'GezinsplanVersie.vastgesteldOp', 'GezinsplanVersie.omschrijving']) expect([c, veldkaart.get(c)]).toEqual([c, huishouden]);
  });

  test('de resultaatcontrole: te zien waar de hulpverlening voor ieder lid te zien is; anders leeg, met een reden en als overtreding', () => {
    const zichtbaar = { huishouden: { _onderwerp: H, gezinsplan: { versies: versies(), doelen: [] } } };
    expect(controleerResultaat(schema, gemarkeerd(VERSIES), zichtbaar, besluitenset({ 'hulpverlening|lokaal-team': 'zichtbaar' }), veldkaart)).toEqual({ afgeschermd: [], overtredingen: [] });
    expect(zichtbaar).toEqual({ huishouden: { gezinsplan: { versies: versies(), doelen: [] } } });
    const data = { huishouden: { _onderwerp: H, gezinsplan: { versies: versies(), doelen: [] } } };
    const controle = controleerResultaat(schema, gemarkeerd(VERSIES), data, besluitenset(), veldkaart);
    expect(data).toEqual({ huishouden: { gezinsplan: { versies: [], doelen: [] } } });
    expect(controle).toEqual({ afgeschermd: [afgeschermd('huishouden.gezinsplan.versies', 'hulpverlening', 'lokaal-team')], overtredingen: ['huishouden.gezinsplan.versies'] });
  });

  test('het snoeien: de versies niet gevraagd waar één lid ze niet mag laten zien, met een reden; de doelen wel', () => {
    const v = bereidVoor(schema, parse(VERSIES), null, [{ pad: 'huishouden', huishoudens: [H] }], contexten, tabel(), veldkaart);
    expect(print(v.document!)).not.toContain('versies');
    expect(print(v.document!)).toContain('doelen');
    expect(v.afgeschermd).toEqual([afgeschermd('huishouden.gezinsplan.versies', 'hulpverlening', 'lokaal-team')]);
    const open = bereidVoor(schema, parse(VERSIES), null, [{ pad: 'huishouden', huishoudens: [H] }], contexten, tabel({ 'hulpverlening|lokaal-team': 'zichtbaar' }), veldkaart);
    expect(print(open.document!).replace(/\s+/g, ' ')).toContain('versies { nummer vastgesteldOp omschrijving }');
    expect(open.afgeschermd).toEqual([]);
  });
});

describe('de eigen betrokkenheid van de vrager', () => {
  const BETROKKENEN = `query { huishouden(id: "${H}") { betrokkenheden { professional organisatie vorm } } }`;
  const betrokkenheid = (professional: string, organisatie: string) => ({ _professional: professional, _organisatie: organisatie, professional, organisatie, vorm: 'duo' });
  const data = () => ({ huishouden: { _onderwerp: H, betrokkenheden: [betrokkenheid('lt-bram', 'lokaal_team'), betrokkenheid('rvt-eva', 'veilig_thuis')] } });

  // an own list (shared/src/betreft.ts): another's record is left out, not emptied, and the list is explained once
  test('is de vrager te zien, ook waar een lid de andere afschermt; die van een ander valt weg als overtreding, zonder te tellen', () => {
    const resultaat = data();
    const controle = controleerResultaat(schema, gemarkeerd(BETROKKENEN), resultaat, besluitenset({}, { sub: 'lt-bram', organisatie: 'lokaal-team' }), veldkaart);
    expect(resultaat).toEqual({ huishouden: { betrokkenheden: [{ professional: 'lt-bram', organisatie: 'lokaal_team', vorm: 'duo' }] } });
    // the partner should not have sent it: a violation, reported for the list, not for an item (no count)
    expect(controle.overtredingen).toEqual(['huishouden.betrokkenheden']);
    expect(controle.afgeschermd.filter((a) => a.pad.startsWith('huishouden.betrokkenheden.'))).toEqual([]);
  });

  test('in de betrokkenheid van een ander die te zien is, wordt elk veld apart beslist, met zijn plaats in de lijst', () => {
    const query = `query { huishouden(id: "${H}") { betrokkenheden { id professional } } }`;
    const resultaat = { huishouden: { _onderwerp: H, betrokkenheden: [
      { _professional: 'lt-bram', _organisatie: 'lokaal_team', id: 'b-1', professional: 'lt-bram' },
      { _professional: 'rvt-eva', _organisatie: 'veilig_thuis', id: 'b-2', professional: 'rvt-eva' },
    ] } };
    // the household's grondslag visible for both members; NIET's pseudonym closed at the registry
    const besluiten = besluitenset({ 'grondslag|netwerk': 'zichtbaar', 'pseudoniem|netwerk': 'afgeschermd' }, { sub: 'lt-bram', organisatie: 'lokaal-team' });
    const controle = controleerResultaat(schema, gemarkeerd(query), resultaat, besluiten, veldkaart);
    // one's own record whole; the other's without its id
    expect(resultaat).toEqual({ huishouden: { betrokkenheden: [{ id: 'b-1', professional: 'lt-bram' }, { id: null, professional: 'rvt-eva' }] } });
    expect(controle.overtredingen).toEqual(['huishouden.betrokkenheden.1.id']);
    expect(controle.afgeschermd).toEqual([afgeschermd('huishouden.betrokkenheden.1.id', 'pseudoniem', 'netwerk')]);
  });

  test('een eigen lijst die de partner niet gaf (null), blijft null: geen overtreding, niets uitgelegd', () => {
    const resultaat = { huishouden: { _onderwerp: H, betrokkenheden: null } };
    const controle = controleerResultaat(schema, gemarkeerd(BETROKKENEN), resultaat, besluitenset({}, { sub: 'lt-bram', organisatie: 'lokaal-team' }), veldkaart);
    expect(resultaat).toEqual({ huishouden: { betrokkenheden: null } });
    expect(controle).toEqual({ afgeschermd: [], overtredingen: [] });
  });

  test('zonder vrager is niets van iemand zelf: elke betrokkenheid wordt beslist als de rest', () => {
    const resultaat = data();
    controleerResultaat(schema, gemarkeerd(BETROKKENEN), resultaat, besluitenset(), veldkaart);
    expect(resultaat).toEqual({ huishouden: { betrokkenheden: [] } });
  });
});

describe('de resultaatcontrole zonder onderwerp om voor te beslissen', () => {
  // the gateway checks only huishouden, huishoudens and mijnHuishouden (reikwijdte.ts refuses any other root field);
  // should another ever reach the check, a field with a category and no subject above it is withheld, not passed
  test('een veld met een categorie maar zonder onderwerp erboven gaat niet ongezien door: leeg, en een overtreding', () => {
    const data = { uitleg: { beleidsversie: 'sha256:0000000000000000', beslissingen: [{ persoon: WEL, uitkomst: 'zichtbaar' }] } };
    const controle = controleerResultaat(schema, gemarkeerd(`query { uitleg(huishouden: "${H}", doel: "gezamenlijk-plan") { beleidsversie beslissingen { persoon uitkomst } } }`), data, besluitenset(), veldkaart);
    expect({ data, overtredingen: controle.overtredingen }).toEqual({ data: { uitleg: null }, overtredingen: ['uitleg'] });
    // a carrier of parts at the root (Query.inzage): no household above it to open it for any member
    const inzage = { inzage: [{ volgnummer: 1 }] };
    expect(controleerResultaat(schema, gemarkeerd('query { inzage { volgnummer } }'), inzage, besluitenset(), veldkaart).overtredingen).toEqual(['inzage']);
    expect(inzage).toEqual({ inzage: null });
  });

  test('de wortelvelden van een pseudoniem (huishouden, huishoudens) gaan door naar hun huishoudens, die zelf beslissen', () => {
    const data = { huishoudens: [{ _onderwerp: H, id: H }] };
    expect(controleerResultaat(schema, gemarkeerd('query { huishoudens(limiet: 1) { id } }'), data, besluitenset(), veldkaart)).toEqual({ afgeschermd: [], overtredingen: [] });
    expect(data).toEqual({ huishoudens: [{ id: H }] });
  });
});

describe('de eenmalige pseudoniemen in het hete pad van de controle', () => {
  test('waar niemand alleen geanonimiseerd te zien is, blijft elke waarde wat ze was: geen lijst wordt gekopieerd', () => {
    // NIET's pseudonym is visible, the rest withheld: withheld is not anonymised, so no one gets a stand-in
    const eenmalig = new EenmaligePseudoniemen(besluitenset());
    const lijst = [{ id: NIET }];
    const namen = [NIET, WEL];
    expect([eenmalig.vervangIn(lijst), eenmalig.vervangIn(namen), eenmalig.vervangIn(`over ${NIET}`)]).toEqual([lijst, namen, `over ${NIET}`]);
    expect(eenmalig.vervangIn(lijst)).toBe(lijst);
    expect(eenmalig.vervangIn(namen)).toBe(namen);
  });

  test('waar iemand alleen geanonimiseerd te zien is, krijgt een lijst met zijn pseudoniem de vervanger, en een andere lijst blijft gelijk', () => {
    const eenmalig = new EenmaligePseudoniemen(besluitenset({ 'veiligheid|lokaal-team': 'geanonimiseerd' }));
    const vervanger = eenmalig.voor(NIET);
    expect(vervanger).not.toBe(NIET);
    expect([eenmalig.vervangIn([NIET, WEL]), eenmalig.vervangIn([{ id: WEL }]), eenmalig.vervangIn(3)]).toEqual([[vervanger, WEL], [{ id: WEL }], 3]);
  });
});
