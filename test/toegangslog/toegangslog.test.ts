import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { Toegangslogschrijver } from '@netwerkdossier/gateway';
import { hashVan, inhoudHashVan, TOEGANGSLOG_ENTITIES, verifieerToegangslog } from '@netwerkdossier/netwerk';
import { demoHuishouden, GRANT_HEADER, laadBeleid, STANDAARD_POLICIES, tekenGrant } from '@netwerkdossier/shared';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { databaseEnv, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 20;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const ROOT = path.resolve(__dirname, '..', '..');

/** Nothing is released unless it is logged; the log cannot be changed unnoticed. */
describe('toegangslog', () => {
  let netwerk: TestNetwerk;
  let db: Client;
  let dataSource: DataSource;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('toegangslog', AANTAL);
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    dataSource = await new DataSource({ type: 'postgres', url: netwerk.databaseUrls.netwerk, entities: TOEGANGSLOG_ENTITIES }).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.end();
    await netwerk?.stop();
  });

  /** As someone with the database superuser's rights would: past the append-only triggers. */
  const alsBeheerder = async (sql: string, params: unknown[] = []) => {
    await db.query('SET session_replication_role = replica');
    try {
      return await db.query(sql, params);
    } finally {
      await db.query('SET session_replication_role = DEFAULT');
    }
  };
  const verifieer = async () => verifieerToegangslog(dataSource, [netwerk.checkpointSleutels.publiek], (await laadBeleid(STANDAARD_POLICIES)).bewaartermijnen.toegangslog);

  test('elke netwerkdossier-respons heeft precies één record: evenveel records als antwoorden, ook tegelijk', async () => {
    // every involved professional whose vorm fits a doel of their organisation
    const past = (b: { vorm: string; organisatie: string }) => b.vorm === 'duo' || (b.vorm === 'maatregel' && b.organisatie === 'gi') || (b.vorm === 'onderzoek' && ['veilig-thuis', 'raad'].includes(b.organisatie));
    const vragen = wereld.flatMap((h) => h.betrokkenheden.filter(past).map((b) => ({ h, b }))).slice(0, 24);
    expect(vragen.length).toBeGreaterThan(10);
    const doel = (vorm: string) => ({ duo: 'gezamenlijk-plan', onderzoek: 'veiligheidsonderzoek', maatregel: 'uitvoering-maatregel' })[vorm] ?? 'gezamenlijk-plan';
    const antwoorden = await Promise.all(vragen.map(async ({ h, b }) => netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id personalia { voornaam } } gezinsplan { vastgesteldOp } } }', { token: await netwerk.token(b.professional), doel: doel(b.vorm), variables: { id: h.id } })));
    antwoorden.push(await netwerk.vraag('{ huishoudens(limiet: 5) { id } }', { token: await netwerk.token('lt-fatima') }));
    antwoorden.push(await netwerk.vraag(`{ uitleg(huishouden: "${wereld[0].id}", doel: "gezamenlijk-plan") { doel } }`, { token: await netwerk.token('lt-fatima') }));
    expect(antwoorden.filter((a) => a.status !== 200 || a.body.errors).map((a) => a.body.errors)).toEqual([]);
    const ids = antwoorden.map((a) => a.body.extensions?.auditId as string);
    expect(new Set(ids).size).toBe(antwoorden.length);
    const { rows } = await db.query<{ audit_id: string; n: string }>('SELECT audit_id, count(*) AS n FROM toegangslog WHERE audit_id = ANY($1) GROUP BY audit_id', [ids]);
    expect(rows.length).toBe(antwoorden.length);
    expect(rows.every((r) => r.n === '1')).toBe(true);
    // the record says who, for what, about whom, under which policy, and what was disclosed
    const { rows: [regel] } = await db.query('SELECT * FROM toegangslog WHERE audit_id = $1', [ids[0]]);
    expect(regel).toMatchObject({ actie: 'inzien', sub: vragen[0].b.professional, organisatie: vragen[0].b.organisatie, rol: 'professional', doel: doel(vragen[0].b.vorm), beleidsversie: antwoorden[0].body.extensions?.beleidsversie, huishoudens: [vragen[0].h.id] });
    expect(regel.personen.sort()).toEqual(vragen[0].h.leden.map((l) => l.id).sort());
    expect(Object.keys(regel.inhoud).sort()).toEqual(['afgeschermd', 'betrokkenheden', 'verstrekt']);
    // and under which betrokkenheid: what the household's inzage may hold back (policies/inzage.yaml), and nothing else
    expect(regel.inhoud.betrokkenheden).toEqual([{ huishouden: vragen[0].h.id, vorm: vragen[0].b.vorm, betrokkenheid: vragen[0].b.id }]);
    // each disclosed item names what it rests on: the organisation's own dossier, consent records, a statutory betrokkenheid, or a doorbraak
    const alleRegels = (await db.query<{ organisatie: string; inhoud: { verstrekt: Array<{ partner: string; categorie: string; grondslag: string[] }> } }>("SELECT organisatie, inhoud FROM toegangslog WHERE audit_id = ANY($1) AND actie = 'inzien'", [ids])).rows;
    const gedeeld = alleRegels.flatMap((r) => r.inhoud.verstrekt.map((v) => ({ ...v, door: r.organisatie }))).filter((v) => v.partner === 'lokaal-team' && v.categorie === 'identificatie');
    expect(gedeeld.length).toBeGreaterThan(0);
    const { rows: bekend } = await db.query<{ id: string }>("SELECT id FROM toestemming UNION SELECT id FROM betrokkenheid WHERE grondslag IS NOT NULL OR uitspraakkenmerk IS NOT NULL");
    for (const v of gedeeld) {
      if (v.door === 'lokaal-team') expect(v.grondslag).toEqual(['eigen:lokaal-team']);
      else {
        expect(v.grondslag.length).toBeGreaterThan(0);
        for (const g of v.grondslag) expect(bekend.map((b) => b.id)).toContain(g.replace(/^(toestemming|betrokkenheid|doorbraak):/, ''));
      }
    }
    expect(gedeeld.some((v) => v.grondslag.some((g) => g.startsWith('toestemming:')))).toBe(true);
    // the first version came into force with netwerk's installation, and the gateway recorded that it
    // decides under it before the first decision under it left the gateway
    const { rows: [ingevoerd, eerste] } = await db.query('SELECT actie, sub, beleidsversie FROM toegangslog ORDER BY volgnummer LIMIT 2');
    expect(ingevoerd).toEqual({ actie: 'beleid/in-werking', sub: 'installatie', beleidsversie: antwoorden[0].body.extensions?.beleidsversie });
    expect(eerste).toEqual({ actie: 'beleid', sub: 'gateway', beleidsversie: antwoorden[0].body.extensions?.beleidsversie });
    const { rows: [{ n }] } = await db.query<{ n: string }>("SELECT count(*) AS n FROM toegangslog WHERE actie = 'beleid'");
    expect(n).toBe('1');
  });

  test('een geweigerd doel staat in het log, met wie, welk doel en waarom', async () => {
    const antwoord = await netwerk.vraag(`{ huishouden(id: "${wereld[0].id}") { id } }`, { token: await netwerk.token('lt-fatima'), doel: 'uitvoering-maatregel' });
    expect(antwoord.status).toBe(403);
    expect(antwoord.body.errors).toEqual([expect.objectContaining({ message: 'Doel geweigerd: het doel uitvoering-maatregel is alleen voor gi' })]);
    const { rows } = await db.query("SELECT sub, organisatie, doel, huishoudens, inhoud FROM toegangslog WHERE actie = 'weigering'");
    expect(rows).toEqual([{ sub: 'lt-fatima', organisatie: 'lokaal-team', doel: 'uitvoering-maatregel', huishoudens: [], inhoud: { reden: 'Doel geweigerd: het doel uitvoering-maatregel is alleen voor gi' } }]);
  });

  test('de deur van het toegangslog: alleen de gateway met een eigen grant, alleen geldige records', async () => {
    const { rows: [{ n: voor }] } = await db.query<{ n: string }>('SELECT count(*) AS n FROM toegangslog');
    const vrager = { sub: 'lt-fatima', organisatie: 'lokaal-team', team: 'Wijkteam Noord', rol: 'professional' };
    // a grant for this body at this route, with `intern` (null: none sent)
    const grant = (pad: string, body: unknown, intern?: string) => tekenGrant(netwerk.grantSleutels.prive, { subgraph: 'netwerk', verzoek: { pad, body }, ...vrager, doel: 'toegangslog', intern });
    const post = async (intern: string | undefined | null, body: unknown) => {
      const headers: Record<string, string> = intern === null ? {} : { [GRANT_HEADER]: await grant('/toegangslog', body, intern) };
      const res = await fetch(new URL('toegangslog', netwerk.subgraphUrls.netwerk), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const regel = { actie: 'inzien', auditId: null, ...vrager, namens: null, doel: 'gezamenlijk-plan', beleidsversie: null, huishoudens: [], personen: [], inhoud: {} };
    expect(await post(null, { regels: [regel] })).toEqual({ status: 401, body: { fout: 'Geen geldige grant van de gateway: geen grant meegestuurd' } });
    expect(await post(undefined, { regels: [regel] })).toEqual({ status: 403, body: { fout: 'Het toegangslog vult alleen de gateway aan' } });
    expect(await post('toegangslog', { regels: [{ ...regel, personen: ["'; DROP TABLE toegangslog; --"] }] })).toEqual({ status: 400, body: { fout: expect.stringMatching(/^Ongeldige records: data\/regels\/0\/personen\/0 must match pattern/) } });
    expect(await post('toegangslog', { regels: [{ ...regel, extra: 1 }] })).toMatchObject({ status: 400 });
    // only what the gateway records: never a registration or a run of the retention job
    expect(await post('toegangslog', { regels: [{ ...regel, actie: 'bewaartermijn' }] })).toMatchObject({ status: 400, body: { fout: expect.stringMatching(/^Ongeldige records: data\/regels\/0\/actie must be equal to one of the allowed values/) } });
    expect(await post('toegangslog', { regels: [{ ...regel, sub: 'x'.repeat(501) }] })).toMatchObject({ status: 400 });
    const { rows: [{ n: na }] } = await db.query<{ n: string }>('SELECT count(*) AS n FROM toegangslog');
    expect(na).toBe(voor);
    const goed = await post('toegangslog', { regels: [regel] });
    expect(goed).toEqual({ status: 200, body: { vastgelegd: [{ volgnummer: Number(voor) + 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) }] } });
    // a checkpoint only of a record that is there, with its hash
    const checkpoint = async (body: unknown) => {
      const res = await fetch(new URL('toegangslog/checkpoint', netwerk.subgraphUrls.netwerk), { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: await grant('/toegangslog/checkpoint', body, 'toegangslog') }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    expect(await checkpoint({ volgnummer: Number(voor) + 1000, hash: 'a'.repeat(64), handtekening: 'x' })).toEqual({ status: 400, body: { fout: `Record ${Number(voor) + 1000} met deze hash staat niet in het toegangslog` } });
    expect((await db.query('SELECT 1 FROM toegangslog_checkpoint WHERE volgnummer = $1', [Number(voor) + 1000])).rowCount).toBe(0);
  });

  test('als het log niet bereikbaar is: een duidelijke fout en geen gegevens, op elk pad dat antwoordt', async () => {
    const h = wereld.find((x) => x.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie !== 'veilig-thuis'))!;
    const b = h.betrokkenheden.find((x) => x.vorm === 'duo' && x.organisatie !== 'veilig-thuis')!;
    const alsDuo = async (query: string) => netwerk.vraag(query, { token: await netwerk.token(b.professional), doel: 'gezamenlijk-plan', variables: { id: h.id } });
    const paden = {
      // the partners are asked
      gedeeld: () => alsDuo('query ($id: ID!) { huishouden(id: $id) { leden { id } } }'),
      // nothing left to ask: vertrouwelijk (veilig-thuis's verklaringen) is withheld for every member, and each withholding names its member
      'alles afgeschermd': () => alsDuo('query ($id: ID!) { huishouden(id: $id) { leden { verklaringen { datum } } } }'),
      uitleg: () => alsDuo('query ($id: ID!) { uitleg(huishouden: $id, doel: "gezamenlijk-plan") { beslissingen { persoon uitkomst } } }'),
      inzage: async () => netwerk.vraag('{ mijnDeling { organisatie } inzage { organisatie } }', { token: await netwerk.clientToken(h.leden[0].id), doel: 'inzage' }),
      toezicht: async () => netwerk.vraag('{ beoordelingen { soort wie reden } }', { token: await netwerk.token('fg-ingrid'), doel: 'toezicht' }),
    };
    const uitkomsten = async () => Object.fromEntries(await Promise.all(Object.entries(paden).map(async ([pad, vraag]) => [pad, await vraag()] as const)));
    // each path answers while the log is there, so what follows is the outage's doing
    for (const [pad, antwoord] of Object.entries(await uitkomsten())) expect({ pad, errors: antwoord.body.errors, data: antwoord.body.data !== undefined }).toEqual({ pad, errors: undefined, data: true });
    // the log can be read but takes no record (inzage and toezicht read it): only the write fails
    await db.query("CREATE FUNCTION storing() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'storing'; END $$");
    await db.query('CREATE TRIGGER storing BEFORE INSERT ON toegangslog FOR EACH ROW EXECUTE FUNCTION storing()');
    let tijdensStoring: Awaited<ReturnType<typeof uitkomsten>>;
    try {
      tijdensStoring = await uitkomsten();
    } finally {
      await db.query('DROP TRIGGER storing ON toegangslog');
      await db.query('DROP FUNCTION storing()');
    }
    // per path what left the gateway: no data, no withholdings (they name members), no pseudonym anywhere, only the error
    const gezien = Object.fromEntries(Object.entries(tijdensStoring).map(([pad, antwoord]) => [pad, {
      data: antwoord.body.data ?? null,
      extensions: Object.keys(antwoord.body.extensions ?? {}).filter((k) => k !== 'auditId' && k !== 'beleidsversie'),
      pseudoniemen: h.leden.filter((lid) => JSON.stringify(antwoord.body).includes(lid.id)).length,
      fouten: antwoord.body.errors?.map((e) => [e.message, e.extensions?.code]),
    }]));
    const niets = { data: null, extensions: [], pseudoniemen: 0, fouten: [['Het toegangslog kon niet worden bijgewerkt; er worden geen gegevens getoond', 'TOEGANGSLOG_MISLUKT']] };
    expect(gezien).toEqual(Object.fromEntries(Object.keys(paden).map((pad) => [pad, niets])));
    expect((await paden.gedeeld()).body.errors).toBeUndefined();
  });

  test('een stille gateway ondertekent zijn laatste records toch, na de ingestelde tijd', async () => {
    const schrijver = new Toegangslogschrijver(netwerk.subgraphUrls.netwerk, netwerk.grantSleutels.prive, { sleutel: netwerk.checkpointSleutels.prive, partners: {} }, { elke: 1000, seconden: 0.3 });
    const vrager = { sub: 'lt-fatima', organisatie: 'lokaal-team', team: 'Wijkteam Noord', rol: 'professional' };
    const [kop] = await schrijver.legVast(vrager, [{ actie: 'inzien', auditId: null, ...vrager, namens: null, doel: 'gezamenlijk-plan', beleidsversie: null, huishoudens: [], personen: [], inhoud: { verstrekt: [], afgeschermd: [] } }]);
    expect((await db.query('SELECT 1 FROM toegangslog_checkpoint WHERE volgnummer = $1', [kop.volgnummer])).rowCount).toBe(0);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await db.query('SELECT hash FROM toegangslog_checkpoint WHERE volgnummer = $1', [kop.volgnummer])).rows).toEqual([{ hash: kop.hash }]);
    expect((await verifieer()).bevindingen).toEqual([]);
    schrijver.stop();
  });

  test('de rol van de service kan niets wijzigen, verwijderen of leegmaken', async () => {
    for (const sql of ["UPDATE toegangslog SET sub = 'iemand' WHERE volgnummer = 1", 'DELETE FROM toegangslog WHERE volgnummer = 1', 'TRUNCATE toegangslog', 'TRUNCATE toegangslog_checkpoint']) {
      await expect(db.query(sql)).rejects.toThrow(/het toegangslog is alleen aan te vullen/);
    }
  });

  test('wijzigen, verwijderen, inkorten of vervangen wordt gevonden, met het eerste foute record', async () => {
    // a signed checkpoint of the current head, exactly as the gateway makes them
    const { rows: [kop] } = await db.query<{ volgnummer: string; hash: string }>('SELECT volgnummer, hash FROM toegangslog ORDER BY volgnummer DESC LIMIT 1');
    await new Toegangslogschrijver(netwerk.subgraphUrls.netwerk, netwerk.grantSleutels.prive, { sleutel: netwerk.checkpointSleutels.prive, partners: {} }).checkpoint({ sub: 'gateway', organisatie: null, team: null, rol: 'professional' }, { volgnummer: Number(kop.volgnummer), hash: kop.hash });
    expect((await verifieer()).bevindingen).toEqual([]);
    await expect(db.query('DELETE FROM toegangslog_checkpoint')).rejects.toThrow(/het toegangslog is alleen aan te vullen/);

    // edited
    const { rows: [vijf] } = await db.query<{ sub: string }>('SELECT sub FROM toegangslog WHERE volgnummer = 5');
    await alsBeheerder("UPDATE toegangslog SET sub = 'iemand-anders' WHERE volgnummer = 5");
    expect((await verifieer()).bevindingen[0]).toEqual({ volgnummer: 5, reden: 'inhoud klopt niet met zijn hash (gewijzigd)' });
    const cli = await promisify(execFile)(process.execPath, ['tools/dist/audit-verify-cli.js'], {
      cwd: ROOT, env: { ...process.env, ...databaseEnv(netwerk.databaseUrls), CHECKPOINT_PUBLIEKE_SLEUTELS: JSON.stringify([netwerk.checkpointSleutels.publiek]) },
    }).catch((e: { code: number; stdout: string }) => e);
    expect(cli).toMatchObject({ code: 1, stdout: expect.stringContaining('NIET INTACT — eerste fout bij record 5: inhoud klopt niet met zijn hash (gewijzigd)') });
    await alsBeheerder('UPDATE toegangslog SET sub = $1 WHERE volgnummer = 5', [vijf.sub]);
    expect((await verifieer()).bevindingen).toEqual([]);

    // deleted from the middle
    const { rows: [zeven] } = await db.query('SELECT * FROM toegangslog WHERE volgnummer = 7');
    await alsBeheerder('DELETE FROM toegangslog WHERE volgnummer = 7');
    expect((await verifieer()).bevindingen[0]).toEqual({ volgnummer: 7, reden: 'record 7 ontbreekt' });
    const kolommen = Object.keys(zeven);
    await alsBeheerder(`INSERT INTO toegangslog (${kolommen.join(', ')}) VALUES (${kolommen.map((_, i) => `$${i + 1}`).join(', ')})`, kolommen.map((k) => (k === 'inhoud' ? JSON.stringify(zeven[k]) : zeven[k])));
    expect((await verifieer()).bevindingen).toEqual([]);

    // replaced whole: a consistent new chain, but without the gateway's key the checkpoint no longer fits
    const alle = (await db.query('SELECT * FROM toegangslog ORDER BY volgnummer')).rows;
    let vorige = '0'.repeat(64);
    for (const r of alle) {
      const inhoud = { sub: r.volgnummer === '3' ? 'vervalst' : r.sub, organisatie: r.organisatie, rol: r.rol, team: r.team, namens: r.namens, doel: r.doel, beleidsversie: r.beleidsversie, huishoudens: r.huishoudens, personen: r.personen, inhoud: r.inhoud };
      const velden = { volgnummer: Number(r.volgnummer), tijdstip: r.tijdstip, actie: r.actie, auditId: r.audit_id, vorigeHash: vorige, inhoudHash: inhoudHashVan(inhoud), ...inhoud };
      vorige = hashVan(velden);
      await alsBeheerder('UPDATE toegangslog SET sub = $1, vorige_hash = $2, inhoud_hash = $3, hash = $4 WHERE volgnummer = $5', [velden.sub, velden.vorigeHash, velden.inhoudHash, vorige, r.volgnummer]);
    }
    // (the running gateway may have signed checkpoints of its own meanwhile: each of those is broken too)
    const vervangen = (await verifieer()).bevindingen;
    expect(vervangen).toContainEqual({ volgnummer: Number(kop.volgnummer), reden: 'het record heeft een andere hash dan het checkpoint: het log is vervangen of gewijzigd' });
    expect(new Set(vervangen.map((b) => b.reden))).toEqual(new Set(['het record heeft een andere hash dan het checkpoint: het log is vervangen of gewijzigd']));
    for (const r of alle) await alsBeheerder('UPDATE toegangslog SET sub = $1, vorige_hash = $2, inhoud_hash = $3, hash = $4 WHERE volgnummer = $5', [r.sub, r.vorige_hash, r.inhoud_hash, r.hash, r.volgnummer]);
    expect((await verifieer()).bevindingen).toEqual([]);

    // cut off at the end
    await alsBeheerder('DELETE FROM toegangslog WHERE volgnummer >= $1', [Number(kop.volgnummer) - 1]);
    const ingekort = (await verifieer()).bevindingen;
    expect(ingekort).toContainEqual({ volgnummer: Number(kop.volgnummer), reden: 'het record van dit checkpoint ontbreekt: het log is ingekort' });
    expect(new Set(ingekort.map((b) => b.reden))).toEqual(new Set(['het record van dit checkpoint ontbreekt: het log is ingekort']));
  });
});
