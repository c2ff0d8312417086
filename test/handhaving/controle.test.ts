import { Besluitenset, controleerResultaat, leesSupergraph, leesVeldkaart, Persoonsbeslissing } from '@netwerkdossier/gateway';
import { NIET_BETROKKEN } from '../../gateway/src/beslissing/cedar';
import { CATEGORIEEN, SUBGRAPHS } from '@netwerkdossier/shared';
import { buildSchema, parse } from 'graphql';

const schema = buildSchema(leesSupergraph(), { assumeValidSDL: true });
const veldkaart = leesVeldkaart(leesSupergraph());
const H = '11111111-1111-4111-8111-111111111111';
const [WEL, NIET] = ['22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];

// WEL may be seen entirely; NIET only as a pseudonym: no personalia, for a stated reason
const tabel: Persoonsbeslissing[] = [WEL, NIET].flatMap((persoonId) => CATEGORIEEN.flatMap((categorie) => SUBGRAPHS.map((partner) => {
  const zichtbaar = persoonId === WEL || categorie === 'pseudoniem';
  return { persoonId, categorie, partner, grondslag: [], uitkomst: zichtbaar ? 'zichtbaar' as const : 'afgeschermd' as const, regel: zichtbaar ? 'test/zichtbaar' : 'matrix/test', reden: zichtbaar ? 'Mag.' : 'Toestemming van de partner zelf ontbreekt.' };
})));
const besluiten = new Besluitenset([{ huishoudenId: H, personen: [WEL, NIET].map((id) => ({ id, geboortejaar: 1980, rol: 'ouder', gezaghebbenden: [], beschermd: false })), betrokkenheden: [], toestemmingen: [], doorbraken: [] }], tabel);

const document = parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id naam: personalia { voornaam } ...Gezondheid } } } fragment Gezondheid on Persoon { gezondheid { notitie } }`);

/** The gateway's last layer: a subgraph that returns what its grant withheld is caught before the client sees it. */
describe('de gateway controleert het samengevoegde resultaat', () => {
  test('wat een subgraph ten onrechte teruggaf, wordt verwijderd en gemeld; wat mocht, blijft', () => {
    const data = {
      huishouden: {
        _onderwerp: H,
        leden: [
          { _onderwerp: WEL, naam: { voornaam: 'Anna' }, gezondheid: { notitie: 'mag' } },
          { _onderwerp: NIET, naam: { voornaam: 'Bram' }, gezondheid: null },
        ],
      },
    };
    const controle = controleerResultaat(schema, document, data, besluiten, veldkaart);
    expect(data).toEqual({ huishouden: { leden: [{ naam: { voornaam: 'Anna' }, gezondheid: { notitie: 'mag' } }, { naam: null, gezondheid: null }] } });
    expect(controle.overtredingen).toEqual(['huishouden.leden.1.naam']);
    expect(controle.afgeschermd).toEqual([
      { pad: 'huishouden.leden.1.naam', persoon: NIET, categorie: 'identificatie', partner: 'lokaal-team', reden: 'Toestemming van de partner zelf ontbreekt.', regel: 'matrix/test' },
      { pad: 'huishouden.leden.1.gezondheid', persoon: NIET, categorie: 'gezondheid', partner: 'lokaal-team', reden: 'Toestemming van de partner zelf ontbreekt.', regel: 'matrix/test' },
    ]);
  });

  test('dezelfde persoon twee keer bereikt (een veld en een fragment): beide keren voor die persoon beslist', () => {
    const tweemaal = parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id id } ...Leden } } fragment Leden on Huishouden { leden { _onderwerp: id naam: personalia { voornaam } } }`);
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: WEL, id: WEL, naam: { voornaam: 'Anna' } }] } };
    const controle = controleerResultaat(schema, tweemaal, data, besluiten, veldkaart);
    expect(controle).toEqual({ afgeschermd: [], overtredingen: [] });
    expect(data).toEqual({ huishouden: { leden: [{ id: WEL, naam: { voornaam: 'Anna' } }] } });
  });

  test('een correct afgeschermd antwoord geeft geen overtredingen, wel de uitleg', () => {
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: NIET, naam: null, gezondheid: null }] } };
    const controle = controleerResultaat(schema, document, data, besluiten, veldkaart);
    expect(controle.overtredingen).toEqual([]);
    expect(controle.afgeschermd.map((a) => a.pad)).toEqual(['huishouden.leden.0.naam', 'huishouden.leden.0.gezondheid']);
  });
});

/** The result check fails closed on what it cannot place, and walks only the fragments that apply. */
describe('de resultaatcontrole: lijsten, onbekende velden, fragmenten, onbetrokken huishoudens', () => {
  test('een afgeschermde lijst wordt leeg; alleen een niet-lege lijst is een overtreding', () => {
    const lijst = parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id verklaringen { datum } } } }`);
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: NIET, verklaringen: [] }, { _onderwerp: NIET, verklaringen: [{ datum: '2026-01-01' }] }, null] } };
    const controle = controleerResultaat(schema, lijst, data, besluiten, veldkaart);
    expect(data).toEqual({ huishouden: { leden: [{ verklaringen: [] }, { verklaringen: [] }, null] } });
    expect(controle.overtredingen).toEqual(['huishouden.leden.1.verklaringen']);
    expect(controle.afgeschermd.map((a) => a.pad)).toEqual(['huishouden.leden.0.verklaringen', 'huishouden.leden.1.verklaringen']);
  });

  test('een veld dat de gateway niet kan indelen, wordt verwijderd; een waarde erin is een overtreding', () => {
    const zonderVoornaam = new Map(veldkaart);
    zonderVoornaam.delete('Personalia.voornaam');
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: WEL, naam: { voornaam: 'Anna' }, gezondheid: null }, { _onderwerp: WEL, naam: { voornaam: null }, gezondheid: null }] } };
    const controle = controleerResultaat(schema, document, data, besluiten, zonderVoornaam);
    expect(data.huishouden.leden.map((l) => l.naam)).toEqual([{ voornaam: null }, { voornaam: null }]);
    expect(controle.overtredingen).toEqual(['huishouden.leden.0.naam.voornaam']);
  });

  test('een fragment voor een ander type wordt niet gelopen; een inline fragment zonder of met het juiste type wel', () => {
    const fragmenten = parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id ... { naam: personalia { voornaam } } ... on Persoon { gezondheid { notitie } } ... on Huishouden { adres } ...Huis ...Onbekend } } } fragment Huis on Huishouden { top }`);
    // keys a fragment for another type would name: not walked, so neither removed nor reported
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: NIET, naam: { voornaam: 'Bram' }, gezondheid: { notitie: 'x' }, adres: 'a', top: 't' }] } };
    const controle = controleerResultaat(schema, fragmenten, data, besluiten, veldkaart);
    expect(data.huishouden.leden[0]).toEqual({ naam: null, gezondheid: null, adres: 'a', top: 't' });
    expect(controle.overtredingen).toEqual(['huishouden.leden.0.naam', 'huishouden.leden.0.gezondheid']);
  });

  test('het document mag met een fragment beginnen: gecontroleerd wordt de operatie', () => {
    const fragmentEerst = parse(`fragment G on Persoon { gezondheid { notitie } } query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id ...G } } }`);
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: NIET, gezondheid: { notitie: 'x' } }] } };
    expect(controleerResultaat(schema, fragmentEerst, data, besluiten, veldkaart).overtredingen).toEqual(['huishouden.leden.0.gezondheid']);
    expect(data).toEqual({ huishouden: { leden: [{ gezondheid: null }] } });
  });

  test('__typename blijft, en wat de subgraphs niet teruggaven, wordt niet toegevoegd of uitgelegd', () => {
    const data: Record<string, any> = { huishouden: { _onderwerp: H, leden: [{ __typename: 'Persoon', _onderwerp: NIET, naam: null }] } };
    const metTypename = parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { __typename _onderwerp: id naam: personalia { voornaam } ...Gezondheid } } } fragment Gezondheid on Persoon { gezondheid { notitie } }`);
    const controle = controleerResultaat(schema, metTypename, data, besluiten, veldkaart);
    expect(data).toEqual({ huishouden: { leden: [{ __typename: 'Persoon', naam: null }] } });
    expect(Object.keys(data.huishouden.leden[0])).toEqual(['__typename', 'naam']);
    expect(controle).toEqual({ overtredingen: [], afgeschermd: [expect.objectContaining({ pad: 'huishouden.leden.0.naam' })] });
  });

  test('een sleutel van een entiteit (het pseudoniem) blijft als één van zijn partners hem mag tonen', () => {
    const alleenNetwerk = new Besluitenset([{ huishoudenId: H, personen: [{ id: NIET, geboortejaar: 1980, rol: 'ouder', gezaghebbenden: [], beschermd: false }], betrokkenheden: [], toestemmingen: [], doorbraken: [] }],
      tabel.filter((r) => r.persoonId === NIET).map((r) => (r.categorie === 'pseudoniem' && r.partner !== 'netwerk' ? { ...r, uitkomst: 'afgeschermd' as const } : r)));
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: NIET, id: NIET }] } };
    const controle = controleerResultaat(schema, parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id id } } }`), data, alleenNetwerk, veldkaart);
    expect(controle).toEqual({ afgeschermd: [], overtredingen: [] });
    expect(data).toEqual({ huishouden: { leden: [{ id: NIET }] } });
  });

  test('een fragment dat zichzelf noemt, loopt niet eindeloos', () => {
    const kring = parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id ...A } } } fragment A on Persoon { naam: personalia { voornaam } ...A }`);
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: NIET, naam: { voornaam: 'Bram' } }] } };
    expect(controleerResultaat(schema, kring, data, besluiten, veldkaart).overtredingen).toEqual(['huishouden.leden.0.naam']);
  });

  test('twee keer bereikt en afgeschermd: één keer uitgelegd', () => {
    const tweemaal = parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id naam: personalia { voornaam } } ...Leden } } fragment Leden on Huishouden { leden { _onderwerp: id naam: personalia { voornaam } } }`);
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: NIET, naam: null }] } };
    expect(controleerResultaat(schema, tweemaal, data, besluiten, veldkaart).afgeschermd.map((a) => a.pad)).toEqual(['huishouden.leden.0.naam']);
  });

  test('wie alleen geanonimiseerd te zien is, krijgt per antwoord een eenmalig pseudoniem; wie meer te zien is, houdt het zijne', () => {
    const anoniem = new Besluitenset([{ huishoudenId: H, personen: [WEL, NIET].map((id) => ({ id, geboortejaar: 1980, rol: 'ouder', gezaghebbenden: [], beschermd: false })), betrokkenheden: [], toestemmingen: [], doorbraken: [] }],
      tabel.map((r) => (r.persoonId === NIET && r.categorie === 'veiligheid' ? { ...r, uitkomst: 'geanonimiseerd' as const } : r)));
    const data = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: NIET, id: NIET, naam: null }, { _onderwerp: WEL, id: WEL, naam: { voornaam: 'Anna' } }, { _onderwerp: NIET, id: null, naam: null }] } };
    controleerResultaat(schema, parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id id naam: personalia { voornaam } } } }`), data, anoniem, veldkaart);
    const [niet, wel, leeg] = data.huishouden.leden;
    expect(niet.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(niet.id).not.toBe(NIET);
    expect(wel.id).toBe(WEL);
    expect(leeg.id).toBeNull();
  });

  test('wie alleen geanonimiseerd te zien is, krijgt ook waar een ander veld hem noemt (wie een toestemming gaf) dat eenmalige pseudoniem', () => {
    const anoniem = new Besluitenset([{ huishoudenId: H, personen: [WEL, NIET].map((id) => ({ id, geboortejaar: 1980, rol: 'ouder', gezaghebbenden: [], beschermd: false })), betrokkenheden: [], toestemmingen: [], doorbraken: [] }],
      tabel.map((r) => (r.persoonId === NIET && r.categorie === 'veiligheid' ? { ...r, uitkomst: 'geanonimiseerd' as const } : r)));
    // WEL's consent, given by WEL and NIET (both with gezag), reached beside NIET's own (anonymised) entry
    const data = { huishouden: { _onderwerp: H, leden: [
      { _onderwerp: NIET, id: NIET, toestemmingen: [] },
      { _onderwerp: WEL, id: WEL, toestemmingen: [{ persoon: WEL, gegevenDoor: [WEL, NIET] }] },
    ] } };
    controleerResultaat(schema, parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id id toestemmingen { persoon gegevenDoor } } } }`), data, anoniem, veldkaart);
    const [niet, wel] = data.huishouden.leden;
    expect(JSON.stringify(data)).not.toContain(NIET);
    expect(wel.toestemmingen).toEqual([{ persoon: WEL, gegevenDoor: [WEL, niet.id] }]);
  });

  test('het pseudoniem van wie alleen geanonimiseerd te zien is, wordt overal vervangen: ook in tekst en in een veld dat geen persoon noemt', () => {
    const anoniem = new Besluitenset([{ huishoudenId: H, personen: [WEL, NIET].map((id) => ({ id, geboortejaar: 1980, rol: 'ouder', gezaghebbenden: [], beschermd: false })), betrokkenheden: [], toestemmingen: [], doorbraken: [] }],
      tabel.map((r) => (r.persoonId === NIET && r.categorie === 'veiligheid' ? { ...r, uitkomst: 'geanonimiseerd' as const } : r)));
    // WEL's own note (shown) names NIET by pseudonym, in a sentence and as the whole text
    const data = { huishouden: { _onderwerp: H, leden: [
      { _onderwerp: NIET, id: NIET },
      { _onderwerp: WEL, id: WEL, gezondheid: { notitie: `Zie ook ${NIET}; en ${NIET} nogmaals.` }, personalia: { voornaam: NIET } },
    ] } };
    controleerResultaat(schema, parse(`query { huishouden(id: "${H}") { _onderwerp: id leden { _onderwerp: id id gezondheid { notitie } personalia { voornaam } } } }`), data, anoniem, veldkaart);
    const [niet, wel] = data.huishouden.leden;
    expect(JSON.stringify(data)).not.toContain(NIET);
    expect([wel.gezondheid, wel.personalia]).toEqual([{ notitie: `Zie ook ${niet.id}; en ${niet.id} nogmaals.` }, { voornaam: niet.id }]);
  });

  test('een zichtbaar object dat null of geen object is, laat de controle niet vastlopen', () => {
    const data: Record<string, any> = { huishouden: { _onderwerp: H, leden: [{ _onderwerp: WEL, naam: null, gezondheid: 'geen object' }] } };
    const controle = controleerResultaat(schema, document, data, besluiten, veldkaart);
    expect(controle).toEqual({ afgeschermd: [], overtredingen: [] });
    expect(data).toEqual({ huishouden: { leden: [{ naam: null, gezondheid: 'geen object' }] } });
  });

  test('bij een huishouden waar de vrager niets van ziet, noemt de uitleg niemand', () => {
    const vreemd = '44444444-4444-4444-8444-444444444444';
    const onbekend = new Besluitenset([{ huishoudenId: vreemd, personen: [{ id: NIET, geboortejaar: 1980, rol: 'ouder', gezaghebbenden: [], beschermd: false }], betrokkenheden: [], toestemmingen: [], doorbraken: [] }], tabel.map((r) => ({ ...r, uitkomst: 'afgeschermd' as const, regel: 'matrix/test', reden: 'Geheim.' })));
    const data = { huishouden: { _onderwerp: vreemd, leden: [{ _onderwerp: NIET, naam: null, gezondheid: null }] } };
    const controle = controleerResultaat(schema, document, data, onbekend, veldkaart);
    expect(controle.afgeschermd).toEqual([{ pad: 'huishouden.leden', persoon: null, categorie: 'pseudoniem', partner: 'netwerk', reden: NIET_BETROKKEN, regel: 'betrokkenheid' }]);
    expect(data).toEqual({ huishouden: { leden: [] } });
    expect(controle.overtredingen).toEqual(['huishouden.leden']);
  });
});

/**
 * An own list (Huishouden.betrokkenheden, shared/src/betreft.ts): the caller's own records always, another's only
 * where the household may be shown its category; a foreign record a subgraph returns anyway is removed from the
 * list, not emptied. The rest is explained once by the preparation (from the decisions): nothing here depends on what came back.
 */
describe('de resultaatcontrole van een eigen lijst: de eigen betrokkenheid, en die van anderen alleen waar dat mag', () => {
  const vrager = { sub: 'rvt-eva', organisatie: 'veilig-thuis' };
  // NIET may not be seen grondslag: the household's betrokkenheden of others stay closed
  const zonderGrondslag = new Besluitenset([{ huishoudenId: H, personen: [WEL, NIET].map((id) => ({ id, geboortejaar: 1980, rol: 'ouder', gezaghebbenden: [], beschermd: false })), betrokkenheden: [], toestemmingen: [], doorbraken: [] }], tabel, vrager);
  const lijst = parse(`query { huishouden(id: "${H}") { _onderwerp: id betrokkenheden { organisatie professional vorm _professional: professional _organisatie: organisatie } } }`);
  const eigen = { organisatie: 'veilig_thuis', professional: 'rvt-eva', vorm: 'duo' };
  const metSleutels = (b: Record<string, unknown>) => ({ ...b, _professional: b.professional, _organisatie: b.organisatie });

  test('een vervalste betrokkenheid van een ander (voor of na de eigen, ingevuld of leeg) wordt uit de lijst gehaald en gemeld', () => {
    for (const vreemd of [{ organisatie: 'raad', professional: 'raad-joris', vorm: 'onderzoek' }, { organisatie: 'veilig_thuis', professional: 'vt-esra', vorm: 'onderzoek' }, { organisatie: null, professional: null, vorm: null }]) {
      for (const volgorde of [[vreemd, eigen], [eigen, vreemd]]) {
        const data = { huishouden: { _onderwerp: H, betrokkenheden: volgorde.map(metSleutels) } };
        const controle = controleerResultaat(schema, lijst, data, zonderGrondslag, veldkaart);
        expect(data).toEqual({ huishouden: { betrokkenheden: [eigen] } });
        expect(controle).toEqual({ overtredingen: ['huishouden.betrokkenheden'], afgeschermd: [] });
      }
    }
  });

  test('een eerlijk antwoord (alleen de eigen, of niets) blijft zoals het is', () => {
    const data = { huishouden: { _onderwerp: H, betrokkenheden: [metSleutels(eigen)] } };
    expect(controleerResultaat(schema, lijst, data, zonderGrondslag, veldkaart)).toEqual({ overtredingen: [], afgeschermd: [] });
    expect(data).toEqual({ huishouden: { betrokkenheden: [eigen] } });
    const leeg = { huishouden: { _onderwerp: H, betrokkenheden: [] } };
    expect(controleerResultaat(schema, lijst, leeg, zonderGrondslag, veldkaart)).toEqual({ overtredingen: [], afgeschermd: [] });
    expect(leeg).toEqual({ huishouden: { betrokkenheden: [] } });
  });

  test('wie een andere organisatie heeft (dezelfde naam), heeft niet de eigen betrokkenheid', () => {
    const andere = new Besluitenset([{ huishoudenId: H, personen: [WEL, NIET].map((id) => ({ id, geboortejaar: 1980, rol: 'ouder', gezaghebbenden: [], beschermd: false })), betrokkenheden: [], toestemmingen: [], doorbraken: [] }], tabel, { sub: 'rvt-eva', organisatie: 'gi' });
    const data = { huishouden: { _onderwerp: H, betrokkenheden: [metSleutels(eigen)] } };
    expect(controleerResultaat(schema, lijst, data, andere, veldkaart).overtredingen).toEqual(['huishouden.betrokkenheden']);
    expect(data).toEqual({ huishouden: { betrokkenheden: [] } });
  });

  test('waar het huishouden grondslag mag zien, blijven die van anderen, zonder uitleg', () => {
    const alleenWel = new Besluitenset([{ huishoudenId: H, personen: [{ id: WEL, geboortejaar: 1980, rol: 'ouder', gezaghebbenden: [], beschermd: false }], betrokkenheden: [], toestemmingen: [], doorbraken: [] }], tabel.filter((b) => b.persoonId === WEL), vrager);
    const vreemd = { organisatie: 'raad', professional: 'raad-joris', vorm: 'onderzoek' };
    const data = { huishouden: { _onderwerp: H, betrokkenheden: [vreemd, eigen].map(metSleutels) } };
    expect(controleerResultaat(schema, lijst, data, alleenWel, veldkaart)).toEqual({ overtredingen: [], afgeschermd: [] });
    expect(data).toEqual({ huishouden: { betrokkenheden: [vreemd, eigen] } });
  });
});
