import { randomUUID } from 'node:crypto';

import { demoHuishouden, DraaiendeService, GRANT_HEADER, GRAPHQL_PAD, tekenGrant, VERSTREKKINGENLOG, Verzoek, verzoekHash, verzoekUrl } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { herteken } from '../harness/jwt';
import { GraphQLAntwoord, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { startReplica } from '../harness/replica';

const AANTAL = 40;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const maatregel = wereld.find((h) => h.bekendBij.has('veilig-thuis') && h.betrokkenheden.some((b) => b.organisatie === 'gi' && b.vorm === 'maatregel'))!;
const jeugdbeschermer = maatregel.betrokkenheden.find((b) => b.organisatie === 'gi' && b.vorm === 'maatregel')!.professional;
// a consultatie of Veilig Thuis brought in by the lokaal team, in a household with a parent: a consent to register
const consultatie = wereld.find((h) => h.betrokkenheden.some((b) => b.vorm === 'consultatie' && b.organisatie === 'veilig-thuis') && h.leden.some((p) => p.rol === 'ouder'))!;
const inbrenger = consultatie.betrokkenheden.find((b) => b.organisatie === 'lokaal-team')!.professional;
const ouder = consultatie.leden.find((p) => p.rol === 'ouder')!;

/** What the thief asks with a grant taken off the wire: the melding's omschrijving and the veiligheidskaart. */
const MEER = /* GraphQL */ `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Huishouden { meldingen { aard omschrijving } veiligheidskaart { situatie veiligheidsafspraken { tekst } } } } }`;

const geweigerd = (reden: string) => ({ status: 401, body: { errors: [{ message: `Geen geldige grant van de gateway: ${reden}`, extensions: { code: 'UNAUTHENTICATED' } }] } });
const ANDER_VERZOEK = 'gegeven voor een ander verzoek (document, variabelen of route)';
const REPLAY = 'al eerder gebruikt (replay)';

/** POSTs a request to a service (at its route) with this grant, as anyone who can reach it could. */
async function post(basis: string, verzoek: Verzoek, grant: string): Promise<GraphQLAntwoord> {
  const res = await fetch(verzoekUrl(basis, verzoek.pad), { method: verzoek.body === null ? 'GET' : 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, ...(verzoek.body === null ? {} : { body: JSON.stringify(verzoek.body) }) });
  return { status: res.status, body: (await res.json()) as GraphQLAntwoord['body'] };
}

/**
 * A grant is bound to the one request it was signed for (document, variables, route) and is used once, in
 * the partner's own database: a grant taken off the wire gets nothing for another query, and a used one is
 * refused after a restart and by the partner's other replicas.
 */
describe('grant-gebonden: een grant geldt voor één verzoek, eenmaal, ook na een herstart en bij een andere replica', () => {
  let netwerk: TestNetwerk;
  const replicas: DraaiendeService[] = [];
  const replica = async () => {
    const r = await startReplica(netwerk, 'veilig-thuis');
    replicas.push(r);
    return r;
  };
  const inhoud = (verzoek: Verzoek) => ({ subgraph: 'veilig-thuis', verzoek, sub: 'vt-daan', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional', doel: 'veiligheidsonderzoek', reikwijdte: [maatregel.id] });
  const sdl: Verzoek = { pad: GRAPHQL_PAD, body: { query: '{ _service { sdl } }' } };
  /** The request the gateway made of `naam` since the `voor`-th grant whose body contains `bevat`, with the grant it carried. */
  const afgeluisterdVerzoek = (naam: 'netwerk' | 'veilig-thuis', voor: number, bevat: string, pad = GRAPHQL_PAD): { verzoek: Verzoek; grant: string } => {
    const verzoeken = netwerk.ontvangen(naam).filter((b) => b.includes(bevat)).map((b): Verzoek => ({ pad, body: JSON.parse(b) }));
    for (const grant of netwerk.afgeluisterd(naam).slice(voor)) {
      if (!grant) continue;
      const { verzoek: hash } = JSON.parse(Buffer.from(grant.split('.')[1]!, 'base64url').toString()) as { verzoek: string };
      const verzoek = verzoeken.find((v) => verzoekHash(v) === hash);
      if (verzoek) return { verzoek, grant };
    }
    throw new Error(`geen verzoek aan ${naam} met ${bevat}`);
  };
  const metSdl = (a: GraphQLAntwoord) => typeof (a.body.data as { _service?: { sdl?: unknown } } | undefined)?._service?.sdl === 'string';

  beforeAll(async () => {
    netwerk = await startTestNetwerk('grant_gebonden', AANTAL);
  });
  afterAll(async () => {
    for (const r of replicas) await r.stop().catch(() => undefined);
    await netwerk?.stop();
  });

  test('een grant van de lijn, gegeven voor meldingen { aard }, geeft voor een andere vraag of andere variabelen niets; de eigen vraag gaat door', async () => {
    const vt = netwerk.subgraphUrls['veilig-thuis'];
    const voor = netwerk.afgeluisterd('veilig-thuis').length;
    const laatGaan = netwerk.houdVast('veilig-thuis');
    const client = netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { meldingen { aard } } }', { token: await netwerk.token(jeugdbeschermer), doel: 'uitvoering-maatregel', variables: { id: maatregel.id } });
    while (netwerk.afgeluisterd('veilig-thuis').length === voor) await new Promise((r) => setTimeout(r, 10));
    // held on the wire: Veilig Thuis has not seen this grant yet
    const gestolen = netwerk.afgeluisterd('veilig-thuis')[voor]!;
    const gevraagd = JSON.parse(netwerk.ontvangen('veilig-thuis')[voor]) as { query: string; variables: { representations: unknown[] } };
    expect(gevraagd.query).toContain('meldingen{aard}');
    const anderDocument: Verzoek = { pad: GRAPHQL_PAD, body: { query: MEER, variables: gevraagd.variables } };
    const andereVariabelen: Verzoek = { pad: GRAPHQL_PAD, body: { ...gevraagd, variables: { representations: [{ __typename: 'Huishouden', id: wereld.find((h) => h.id !== maatregel.id)!.id }] } } };
    const metOperatienaam: Verzoek = { pad: GRAPHQL_PAD, body: { ...gevraagd, operationName: 'Anders' } };
    for (const verzoek of [anderDocument, andereVariabelen, metOperatienaam]) expect(await post(vt, verzoek, gestolen)).toEqual(geweigerd(ANDER_VERZOEK));
    // what the same grant bound to the thief's query would have given (as before this binding): the content
    const zonderBinding = await post(vt, anderDocument, await herteken(gestolen, netwerk.grantSleutels.prive, { claims: { jti: randomUUID(), verzoek: verzoekHash(anderDocument) } }));
    expect(JSON.stringify(zonderBinding.body.data)).toContain('"omschrijving":"');
    laatGaan();
    // the refusals did not use the grant up: the professional's own request goes through
    const antwoord = await client;
    expect(antwoord.body.errors).toBeUndefined();
    expect((antwoord.body.data as { huishouden: { meldingen: Array<{ aard: string }> } }).huishouden.meldingen.length).toBeGreaterThan(0);
    expect(await post(vt, { pad: GRAPHQL_PAD, body: gevraagd }, gestolen)).toEqual(geweigerd(REPLAY));
  });

  test('een grant zonder verzoek erin: geweigerd', async () => {
    const grant = await tekenGrant(netwerk.grantSleutels.prive, inhoud(sdl));
    expect(await post(netwerk.subgraphUrls['veilig-thuis'], sdl, await herteken(grant, netwerk.grantSleutels.prive, { claims: { verzoek: undefined } }))).toEqual(geweigerd('niet gebonden aan een verzoek'));
  });

  test('ook de eigen deuren: een grant voor het toegangslog of een verstrekkingenlog geldt voor dat ene verzoek', async () => {
    const vrager = { sub: 'lt-fatima', organisatie: 'lokaal-team', team: 'Wijkteam Noord', rol: 'professional', doel: 'toegangslog', intern: 'toegangslog' };
    const regels: Verzoek = { pad: '/toegangslog', body: { regels: [] } };
    const grant = await tekenGrant(netwerk.grantSleutels.prive, { subgraph: 'netwerk', verzoek: regels, ...vrager });
    const checkpoint: Verzoek = { pad: '/toegangslog/checkpoint', body: { regels: [] } };
    expect(await post(netwerk.subgraphUrls.netwerk, checkpoint, grant)).toEqual({ status: 401, body: { fout: `Geen geldige grant van de gateway: ${ANDER_VERZOEK}` } });
    const log = (jti: string): Verzoek => ({ pad: `/${VERSTREKKINGENLOG}/${jti}`, body: null });
    const voorEen = await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud(log(randomUUID())), intern: VERSTREKKINGENLOG });
    expect(await post(netwerk.subgraphUrls['veilig-thuis'], log(randomUUID()), voorEen)).toEqual({ status: 401, body: { fout: `Geen geldige grant van de gateway: ${ANDER_VERZOEK}` } });
  });

  test('replay na een herstart van de subgraph: geweigerd (ook _service), in de eigen database vastgelegd', async () => {
    const eerste = await replica();
    const grant = await tekenGrant(netwerk.grantSleutels.prive, inhoud(sdl));
    expect(metSdl(await post(eerste.url, sdl, grant))).toBe(true);
    await eerste.stop();
    const herstart = await replica();
    expect(await post(herstart.url, sdl, grant)).toEqual(geweigerd(REPLAY));
    expect(metSdl(await post(herstart.url, sdl, await tekenGrant(netwerk.grantSleutels.prive, inhoud(sdl))))).toBe(true);
    const db = new Client({ connectionString: netwerk.databaseUrls['veilig-thuis'] });
    await db.connect();
    try {
      const { rows } = await db.query<{ exp: string }>('SELECT exp FROM gebruikte_grant WHERE jti = $1', [JSON.parse(Buffer.from(grant.split('.')[1], 'base64url').toString()).jti]);
      expect(rows).toHaveLength(1);
    } finally {
      await db.end();
    }
  });

  test('twee replicas op één database: gebruikt bij de een, geweigerd bij de ander; tegelijk aangeboden, één keer aanvaard', async () => {
    const [a, b] = [await replica(), await replica()];
    const grant = await tekenGrant(netwerk.grantSleutels.prive, inhoud(sdl));
    expect(metSdl(await post(a.url, sdl, grant))).toBe(true);
    expect(await post(b.url, sdl, grant)).toEqual(geweigerd(REPLAY));
    for (let i = 0; i < 5; i++) {
      const tegelijk = await tekenGrant(netwerk.grantSleutels.prive, inhoud(sdl));
      const antwoorden = await Promise.all([post(a.url, sdl, tegelijk), post(b.url, sdl, tegelijk)]);
      expect(antwoorden.filter(metSdl)).toHaveLength(1);
      expect(antwoorden.filter((x) => !metSdl(x))).toEqual([geweigerd(REPLAY)]);
    }
  });

  test('een inhoudsvraag opnieuw aangeboden bij de andere replica: geen gegevens, en alleen het eerste gebruik staat in de verstrekkingenlog', async () => {
    const voor = netwerk.afgeluisterd('veilig-thuis').length;
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { meldingen { aard } } }', { token: await netwerk.token(jeugdbeschermer), doel: 'uitvoering-maatregel', variables: { id: maatregel.id } });
    expect(antwoord.body.errors).toBeUndefined();
    const { verzoek, grant } = afgeluisterdVerzoek('veilig-thuis', voor, 'meldingen{aard}');
    // the replica reads beside recording the first use; the replay is found there and nothing leaves
    expect(await post((await replica()).url, verzoek, grant)).toEqual(geweigerd(REPLAY));
    const db = new Client({ connectionString: netwerk.databaseUrls['veilig-thuis'] });
    await db.connect();
    try {
      const jti = (JSON.parse(Buffer.from(grant.split('.')[1], 'base64url').toString()) as { jti: string }).jti;
      const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM verstrekking WHERE "grant" = $1', [jti]);
      expect(Number(rows[0].n)).toBe(1);
    } finally {
      await db.end();
    }
  });

  test('een mutatie opnieuw aangeboden bij een andere replica van netwerk: geweigerd voor ze iets vastlegt', async () => {
    const voor = netwerk.afgeluisterd('netwerk').length;
    const registratie = await netwerk.vraag('mutation ($i: ToestemmingInvoer!) { registreerToestemming(invoer: $i) { id } }', {
      token: await netwerk.token(inbrenger),
      variables: { i: { persoon: ouder.id, gegevenDoor: [ouder.id], ontvangerOrganisatie: 'veilig_thuis', categorieen: ['identificatie'], doel: 'casusoverleg', vorm: 'schriftelijk', bewijs: 'Formulier TF-replay', geldigVanaf: '2026-01-01' } },
    });
    expect(registratie.body.errors).toBeUndefined();
    const { verzoek, grant } = afgeluisterdVerzoek('netwerk', voor, 'registreerToestemming');
    const rijen = await netwerk.rijen();
    const andere = await startReplica(netwerk, 'netwerk');
    replicas.push(andere);
    expect(await post(andere.url, verzoek, grant)).toEqual(geweigerd(REPLAY));
    expect((await netwerk.rijen()).toestemming).toBe(rijen.toestemming);
  });

  test('een toegangslog-record opnieuw aangeboden bij een andere replica van netwerk: geweigerd, de keten groeit niet', async () => {
    const voor = netwerk.afgeluisterd('netwerk').length;
    const weergave = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { meldingen { aard } } }', { token: await netwerk.token(jeugdbeschermer), doel: 'uitvoering-maatregel', variables: { id: maatregel.id } });
    expect(weergave.body.errors).toBeUndefined();
    // the record is written before the answer leaves: its request is on the wire by now
    const { verzoek, grant } = afgeluisterdVerzoek('netwerk', voor, '"regels"', '/toegangslog');
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    try {
      const kop = async () => (await db.query<{ n: string }>('SELECT count(*) AS n FROM toegangslog')).rows[0].n;
      const lengte = await kop();
      const andere = await startReplica(netwerk, 'netwerk');
      replicas.push(andere);
      const res = await fetch(verzoekUrl(andere.url, verzoek.pad), { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(verzoek.body) });
      expect({ status: res.status, body: await res.json() }).toEqual({ status: 401, body: { fout: `Geen geldige grant van de gateway: ${REPLAY}` } });
      expect(await kop()).toBe(lengte);
    } finally {
      await db.end();
    }
  });
});
