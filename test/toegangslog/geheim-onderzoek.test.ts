import { randomUUID } from 'node:crypto';

import { voegToe } from '@netwerkdossier/netwerk';
import { DEMO_PEILJAAR, demoHuishouden, NieuweLogregel } from '@netwerkdossier/shared';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 40;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const volwassen = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar >= 18;
const aanVtDoorZelf = (h: (typeof wereld)[number]) => h.toestemmingen.find((t) => t.ontvangerOrganisatie === 'veilig-thuis' && t.gegevenDoor.includes(t.persoon) && volwassen(h.leden.find((p) => p.id === t.persoon)!));
// another onderzoeker of Veilig Thuis
const COLLEGA = 'vt-esra';
// Veilig Thuis works with the household as duo partner, on the consent of an adult who gave it themselves
const huishouden = uitDeTestwereld(wereld.find((h) => h.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie === 'veilig-thuis') && aanVtDoorZelf(h) && !h.betrokkenheden.some((b) => b.professional === COLLEGA)), 'duo-huishouden van Veilig Thuis met een volwassene die zelf instemde');
const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie === 'veilig-thuis')!;
const lid = aanVtDoorZelf(huishouden)!.persoon;
const AFWEGING = 'Proportioneel: alleen wat de veiligheid van de kinderen raakt. Subsidiair: vrijwillige hulp is geprobeerd en heeft de zorgen niet weggenomen.';
const BEKIJK = 'query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } } meldingen { aard } } }';
const INZAGE = '{ inzage { tijdstip organisatie rol categorieen grondslagen { soort categorieen grondslag } doorbraak omschrijving } }';
const DELING = '{ mijnDeling { organisatie naam teams vormen sinds regiehouder grondslagen { soort categorieen tot omschrijving } omschrijving } }';

interface Regel { organisatie: string; grondslagen: Array<{ soort: string; categorieen: string[] }> }
interface Deling { organisatie: string; vormen: string[]; grondslagen: Array<{ soort: string }> }

/**
 * policies/inzage.yaml delays what Veilig Thuis sees in an onderzoek until it tells the household. Only
 * that: the household's inzage and mijnDeling before and after a secret onderzoek starts are the same,
 * so they do not tell that one started; what is seen in another vorm still shows.
 */
describe('een geheim onderzoek van Veilig Thuis', () => {
  let netwerk: TestNetwerk;
  let db: Client;
  let voor: { inzage: Regel[]; deling: Deling[] };
  let onderzoek: string;

  const alsLid = async (query: string) => netwerk.vraag(query, { token: await netwerk.clientToken(lid), doel: 'inzage' });
  const inzage = async () => ((await alsLid(INZAGE)).body.data as { inzage: Regel[] }).inzage;
  const deling = async () => ((await alsLid(DELING)).body.data as { mijnDeling: Deling[] }).mijnDeling;
  const bekijk = async (doel: string, wie = duo.professional) => {
    const antwoord = await netwerk.vraag(BEKIJK, { token: await netwerk.token(wie), doel, variables: { id: huishouden.id } });
    expect(antwoord.body.errors).toBeUndefined();
    const { rows: [record] } = await db.query<{ inhoud: { betrokkenheden: unknown[]; verstrekt: Array<{ persoon: string | null }> } }>('SELECT inhoud FROM toegangslog WHERE audit_id = $1', [antwoord.body.extensions?.auditId]);
    return record.inhoud;
  };

  beforeAll(async () => {
    netwerk = await startTestNetwerk('geheim-onderzoek', AANTAL);
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    // the duo partner looks on consent, and breaks the glass once: the household sees both
    await bekijk('gezamenlijk-plan');
    const token = await netwerk.token(duo.professional);
    const doorbraak = await netwerk.vraag('mutation ($i: DoorbraakInvoer!) { registreerDoorbraak(invoer: $i) { id } }', {
      token, variables: { i: { huishouden: huishouden.id, personen: [lid], categorieen: ['gezondheid'], uren: 4, reden: 'Acute zorg over de veiligheid van het jongste kind na een melding van de school; toestemming vragen kan nu niet.' } },
    });
    expect(doorbraak.body.errors).toBeUndefined();
    voor = { inzage: await inzage(), deling: await deling() };

    // Veilig Thuis's own system opens an onderzoek for each (its dossier confirms each one's registration);
    // the same professional, and a colleague, each start an onderzoek not told to the household, and look under it
    for (const wie of [duo.professional, COLLEGA]) {
      await netwerk.startOnderzoekBijVeiligThuis(huishouden.id, wie);
      const registratie = await netwerk.vraag('mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { id } }', {
        token: await netwerk.token(wie), doel: 'veiligheidsonderzoek',
        variables: { i: { huishouden: huishouden.id, organisatie: 'veilig_thuis', team: duo.team, professional: wie, vorm: 'onderzoek', regiehouder: false, vanaf: '2026-01-01', grondslag: 'Wmo 2015 art. 5.2.6', afweging: AFWEGING } },
      });
      expect(registratie.body.errors).toBeUndefined();
      const id = (registratie.body.data as { registreerBetrokkenheid: { id: string } }).registreerBetrokkenheid.id;
      const onder = await bekijk('veiligheidsonderzoek', wie);
      expect(onder.betrokkenheden).toEqual([{ huishouden: huishouden.id, vorm: 'onderzoek', betrokkenheid: id }]);
      expect(onder.verstrekt.filter((v) => v.persoon === lid).length).toBeGreaterThan(0);
      if (wie === duo.professional) onderzoek = id;
    }
  });
  afterAll(async () => {
    await db?.end();
    await netwerk?.stop();
  });

  test('vóór het onderzoek toonden de inzage en mijnDeling Veilig Thuis al (anders zegt "onveranderd" hieronder niets)', () => {
    expect(voor.inzage.filter((r) => r.organisatie === 'veilig-thuis').length).toBeGreaterThan(0);
    expect(voor.deling.find((d) => d.organisatie === 'veilig-thuis')).toMatchObject({ vormen: ['duo'], grondslagen: expect.arrayContaining([expect.objectContaining({ soort: 'doorbraak' })]) });
  });

  test('het gezin ziet niet aan de inzage dat een geheim onderzoek begon', async () => {
    expect(await inzage()).toEqual(voor.inzage);
    // what the duo partner sees as duo partner still shows, as before
    await bekijk('gezamenlijk-plan');
    const na = await inzage();
    expect(na.slice(0, voor.inzage.length)).toEqual(voor.inzage);
    expect(na.slice(voor.inzage.length)).toEqual([expect.objectContaining({ organisatie: 'veilig-thuis', grondslagen: expect.arrayContaining([expect.objectContaining({ soort: 'toestemming' })]) })]);
  });

  test('het gezin ziet niet aan mijnDeling dat een geheim onderzoek begon', async () => {
    expect(await deling()).toEqual(voor.deling);
  });

  test('een record van vóór deze versie (zonder betrokkenheid) blijft achter als het onder het onderzoek kan vallen, en alleen dan', async () => {
    const bron = new DataSource({ type: 'postgres', url: netwerk.databaseUrls.netwerk });
    await bron.initialize();
    const oud = (doel: string, categorie: string): NieuweLogregel => ({
      actie: 'inzien', auditId: randomUUID(), sub: duo.professional, organisatie: 'veilig-thuis', rol: 'professional', team: duo.team, namens: null, doel, beleidsversie: null,
      huishoudens: [huishouden.id], personen: [lid], inhoud: { verstrekt: [{ huishouden: huishouden.id, persoon: lid, partner: 'lokaal-team', categorie, uitkomst: 'zichtbaar', grondslag: [] }], afgeschermd: [] },
    });
    const eerst = await inzage();
    await bron.transaction((m) => voegToe(m, [oud('veiligheidsonderzoek', 'veiligheid'), oud('gezamenlijk-plan', 'gezinssituatie')]));
    await bron.destroy();
    const na = await inzage();
    expect(na.slice(0, eerst.length)).toEqual(eerst);
    expect(na.slice(eerst.length)).toEqual([expect.objectContaining({ organisatie: 'veilig-thuis', categorieen: ['gezinssituatie'] })]);
  });

  test('na de melding aan het gezin staat ook wat onder het onderzoek gezien is in de inzage en mijnDeling', async () => {
    const eerst = await inzage();
    const melding = await netwerk.vraag('mutation ($b: ID!) { meldAanGezin(betrokkenheid: $b) }', { token: await netwerk.token(duo.professional), doel: 'veiligheidsonderzoek', variables: { b: onderzoek } });
    expect(melding.body.data).toEqual({ meldAanGezin: true });
    const na = await inzage();
    // the access under this onderzoek and the older record that may have been, in their place in time; the
    // colleague's onderzoek is still not told, and what was seen under it still waits
    expect(na.length).toBe(eerst.length + 2);
    expect(na.filter((r) => !eerst.some((e) => JSON.stringify(e) === JSON.stringify(r)))).toEqual([
      expect.objectContaining({ organisatie: 'veilig-thuis', grondslagen: expect.arrayContaining([expect.objectContaining({ soort: 'wettelijk' })]) }),
      expect.objectContaining({ organisatie: 'veilig-thuis', categorieen: ['veiligheid'] }),
    ]);
    expect((await deling()).find((d) => d.organisatie === 'veilig-thuis')).toMatchObject({ vormen: expect.arrayContaining(['duo', 'onderzoek']), grondslagen: expect.arrayContaining([expect.objectContaining({ soort: 'wettelijk' })]) });
  });
});
