import { demoHuishouden, GRANT_HEADER, GRAPHQL_PAD, inhoudHash, PROFESSIONALS, tekenGrant, verzoekUrl } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { GraphQLAntwoord, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 12;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const huishouden = uitDeTestwereld(wereld.find((h) => h.betrokkenheden.some((b) => PROFESSIONALS.find((p) => p.sub === b.professional)?.rol === 'professional')), 'huishouden met een betrokken professional');
const professional = PROFESSIONALS.find((p) => p.sub === huishouden.betrokkenheden.find((b) => PROFESSIONALS.find((q) => q.sub === b.professional)?.rol === 'professional')!.professional)!;
const REGISTREER = /* GraphQL */ `mutation ($i: DoorbraakInvoer!) { registreerDoorbraak(invoer: $i) { id } }`;

/**
 * netwerk applies policy rules itself (a doorbraak's longest duration, inzage, the family's rules). It applies the
 * version the gateway decided the request under (`beleid` in the grant, the hash of its files), not whatever its
 * database says is in force at that moment: one request, one version, also across a switch; a version netwerk does
 * not hold as approved (files changed in its database after approval) decides nothing.
 */
describe('netwerk beslist onder de beleidsversie van de gateway', () => {
  let netwerk: TestNetwerk;
  let db: Client;
  let een: Record<string, string>;
  let twee: Record<string, string>;

  /** A doorbraak of `uren` hours asked straight of netwerk, with the grant the gateway would sign, naming `beleid`. */
  const doorbraak = async (uren: number, beleid?: string): Promise<GraphQLAntwoord> => {
    const body = { query: REGISTREER, variables: { i: { huishouden: huishouden.id, personen: [huishouden.leden[0].id], categorieen: ['hulpverlening'], reden: 'Acuut gevaar: de school meldt letsel bij het kind.', uren } } };
    const grant = await tekenGrant(netwerk.grantSleutels.prive, {
      subgraph: 'netwerk', verzoek: { pad: GRAPHQL_PAD, body }, sub: professional.sub, organisatie: professional.organisatie, team: professional.team, rol: professional.rol, doel: 'veiligheidsonderzoek', reikwijdte: [huishouden.id], ...(beleid ? { beleid } : {}),
    });
    const res = await fetch(verzoekUrl(netwerk.subgraphUrls.netwerk, GRAPHQL_PAD), { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as GraphQLAntwoord['body'] };
  };
  const fout = (a: GraphQLAntwoord) => a.body.errors?.[0]?.message;

  beforeAll(async () => {
    netwerk = await startTestNetwerk('beleid-per-verzoek', AANTAL);
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    een = (await db.query<{ bestanden: Record<string, string> }>('SELECT bestanden FROM beleidsversie WHERE volgnummer = 1')).rows[0].bestanden;
    expect(een['doorbraak.yaml']).toContain('maximale_duur_uren: 72');
    twee = { ...een, 'doorbraak.yaml': een['doorbraak.yaml'].replace('maximale_duur_uren: 72', 'maximale_duur_uren: 24') };
    // version 2 in force in netwerk's database (written here as its administrator could: netwerk reads it as approved)
    await db.query('BEGIN');
    await db.query("INSERT INTO beleidsversie (volgnummer, versie, bestanden, reden, voorgesteld_door, organisatie, basis, organisaties, bewijs) VALUES (2, 'v2', $1, 'korter', 'fg-a', 'raad', 1, '{}', 'a.b.c')", [twee]);
    await db.query("INSERT INTO beleidsbesluit (volgnummer, oordeel, door, organisatie, reden, bewijs) VALUES (2, 'goedgekeurd', 'fg-b', 'gi', 'ja', 'a.b.c')");
    await db.query('INSERT INTO beleid_in_werking (volgnummer, vanaf) VALUES (2, clock_timestamp())');
    await db.query('COMMIT');
  });
  afterAll(async () => {
    await db?.end();
    await netwerk?.stop();
  });

  test('de versie die de grant noemt geldt, ook als een andere nu in werking is', async () => {
    // version 1 allows 72 hours, version 2 (in force in netwerk's database) 24
    const onder1 = await doorbraak(48, inhoudHash(een));
    expect([fout(onder1), onder1.body.data]).toEqual([undefined, { registreerDoorbraak: { id: expect.any(String) } }]);
    expect(fout(await doorbraak(48, inhoudHash(twee)))).toContain('een doorbraak duurt 1 tot 24 uur');
  });

  test('zonder versie in de grant: de versie die nu in werking is', async () => {
    expect(fout(await doorbraak(48))).toContain('een doorbraak duurt 1 tot 24 uur');
  });

  test('een versie die netwerk niet als goedgekeurd kent (bestanden na goedkeuring gewijzigd): er wordt niets beslist', async () => {
    const gewijzigd = { ...een, 'doorbraak.yaml': een['doorbraak.yaml'].replace('maximale_duur_uren: 72', 'maximale_duur_uren: 96') };
    const antwoord = await doorbraak(48, inhoudHash(gewijzigd));
    expect([fout(antwoord), antwoord.body.errors?.[0]?.extensions?.code, (antwoord.body.data as { registreerDoorbraak?: unknown } | undefined)?.registreerDoorbraak ?? null]).toEqual([
      'De gateway besliste onder een beleidsversie die netwerk niet als goedgekeurd kent; er wordt niets beslist', 'BELEID_ONBEKEND', null,
    ]);
  });
});
