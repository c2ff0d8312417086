import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';

import { GEEN_RECORD, kruiscontrole } from '@netwerkdossier/gateway';
import { TOEGANGSLOG_ENTITIES, voegToe } from '@netwerkdossier/netwerk';
import { DEMO_PEILJAAR, demoHuishouden, envPrefix, NIET_VRIJGEGEVEN, ServiceNaam, SUBGRAPHS, Verstrekking } from '@netwerkdossier/shared';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 40;
const ROOT = path.resolve(__dirname, '..', '..');
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const volwassen = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar >= 18;
// a duo with the GI, and an adult who consented: the GI sees their personalia, kept by the lokaal team
const huishouden = wereld.find((h) => h.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie === 'gi') && h.toestemmingen.some((t) => t.gegevenDoor.includes(t.persoon) && volwassen(h.leden.find((p) => p.id === t.persoon)!)))!;
const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie === 'gi')!;
const ouder = huishouden.leden.find((p) => volwassen(p) && huishouden.toestemmingen.some((t) => t.persoon === p.id && t.gegevenDoor.includes(p.id)))!;
const PERSONALIA = 'query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } } } }';
const INZAGE = 'query { inzage { organisatie categorieen omschrijving } }';

type Uitvoer = { code: number; stdout: string };

/**
 * Reconciliation both ways (`npm run audit:kruiscontrole`): what an administrator of one database removes
 * is seen from the other side; a disclosure that was never released is recorded as such, by the gateway
 * once netwerk is back or by the command when the gateway is gone too, and the check then stays green.
 */
describe('kruiscontrole in beide richtingen', () => {
  let netwerk: TestNetwerk;
  let toegangslog: DataSource;
  let bronnen: Record<ServiceNaam, DataSource>;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('kruiscontrole', AANTAL);
    toegangslog = await new DataSource({ type: 'postgres', url: netwerk.databaseUrls.netwerk, entities: TOEGANGSLOG_ENTITIES }).initialize();
    bronnen = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (n) => [n, await new DataSource({ type: 'postgres', url: netwerk.databaseUrls[n], entities: [Verstrekking] }).initialize()]))) as Record<ServiceNaam, DataSource>;
  });
  afterAll(async () => {
    for (const ds of [toegangslog, ...Object.values(bronnen ?? {})]) await ds?.destroy();
    await netwerk?.stop();
  });

  /** The command as an administrator runs it, as each service's role, against this network's databases (`extra` overrides). */
  const cli = (args: string[] = [], extra: Record<string, string> = {}): Promise<Uitvoer> => {
    const env = { ...process.env, ...Object.fromEntries(SUBGRAPHS.map((n) => [`${envPrefix(n)}_DATABASE_URL`, netwerk.rollen[n].dienst])), ...extra };
    return promisify(execFile)(process.execPath, ['tools/dist/kruiscontrole-cli.js', ...args], { cwd: ROOT, env }).then(({ stdout }) => ({ code: 0, stdout }), (e: Uitvoer) => ({ code: e.code, stdout: e.stdout }));
  };
  /** As the database's administrator (a superuser), with triggers off: what no service role can do. */
  const alsBeheerder = async <T>(dienst: ServiceNaam, sql: string, params: unknown[] = []): Promise<T[]> => {
    const db = new Client({ connectionString: netwerk.databaseUrls[dienst] });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query('SET LOCAL session_replication_role = replica');
      const { rows } = await db.query(sql, params);
      await db.query('COMMIT');
      return rows as T[];
    } finally {
      await db.end();
    }
  };
  const kijk = async () => {
    const antwoord = await netwerk.vraag(PERSONALIA, { token: await netwerk.token(duo.professional), variables: { id: huishouden.id } });
    expect(antwoord.body.errors).toBeUndefined();
    return antwoord.body.extensions!.auditId as string;
  };
  const inzageVanGi = async () => {
    const a = await netwerk.vraag(INZAGE, { token: await netwerk.clientToken(ouder.id), doel: 'inzage' });
    expect(a.body.errors).toBeUndefined();
    return (a.body.data as { inzage: Array<{ organisatie: string }> }).inzage.filter((r) => r.organisatie === 'gi').length;
  };
  const nietVrijgegeven = (auditIds: string[]) => toegangslog.query('SELECT audit_id, inhoud FROM toegangslog WHERE actie = $1 AND audit_id = ANY($2)', [NIET_VRIJGEGEVEN, auditIds]) as Promise<Array<{ audit_id: string; inhoud: { partners: string[] | null; verstrekkingen?: Array<{ partner: string; grant: string }> } }>>;
  const wachtTot = async (klaar: () => Promise<boolean>, ms = 15_000) => {
    for (const eind = Date.now() + ms; !(await klaar());) {
      if (Date.now() > eind) throw new Error('niet binnen de tijd');
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const tel = async (dienst: ServiceNaam) => bronnen[dienst].getRepository(Verstrekking).count();

  test('een verstrekking die de beheerder wist wordt gezien vanuit het toegangslog, een gewist record vanuit de partner; een onbereikbare partner wordt genoemd', async () => {
    const audit = await kijk();
    expect(await cli()).toEqual({ code: 0, stdout: expect.stringContaining('alles verantwoord') });

    // the lokaal team's administrator deletes its verstrekking of this request
    const weg = await alsBeheerder<{ rij: Verstrekking }>('lokaal-team', 'DELETE FROM verstrekking WHERE audit_id = $1 RETURNING to_jsonb(verstrekking) AS rij', [audit]);
    expect(weg).toHaveLength(1);
    const [{ volgnummer }] = (await toegangslog.query("SELECT volgnummer FROM toegangslog WHERE audit_id = $1 AND actie = 'inzien'", [audit])) as Array<{ volgnummer: string }>;
    const na = await cli();
    expect(na.code).toBe(1);
    expect(na.stdout).toContain(`lokaal-team grant — (audit ${audit}): toegangslog-record ${volgnummer} noemt een verstrekking door lokaal-team; lokaal-team heeft geen verstrekking met dit audit-id`);
    await alsBeheerder('lokaal-team', 'INSERT INTO verstrekking SELECT * FROM jsonb_populate_record(null::verstrekking, $1)', [weg[0].rij]);

    // netwerk's administrator deletes the toegangslog record instead (audit:verify sees the gap; this sees whose)
    const gewist = await alsBeheerder<{ rij: object }>('netwerk', "DELETE FROM toegangslog WHERE audit_id = $1 AND actie = 'inzien' RETURNING to_jsonb(toegangslog) AS rij", [audit]);
    const grant = (weg[0].rij as { grant: string }).grant;
    expect((await kruiscontrole(toegangslog, bronnen)).onverantwoord).toEqual([{ partner: 'lokaal-team', grant, auditId: audit, reden: GEEN_RECORD }]);
    await alsBeheerder('netwerk', 'INSERT INTO toegangslog SELECT * FROM jsonb_populate_record(null::toegangslog, $1)', [gewist[0].rij]);

    // a record that says the GI disclosed, of which the GI has no verstrekking; and one older than the verstrekkingenlogs' term
    const zonder = randomUUID();
    const oud = randomUUID();
    const regel = (auditId: string) => ({ actie: 'inzien', auditId, sub: duo.professional, organisatie: 'gi', rol: 'professional', team: null, namens: null, doel: 'gezamenlijk-plan', beleidsversie: null, huishoudens: [huishouden.id], personen: [], inhoud: { verstrekt: [{ huishouden: huishouden.id, persoon: null, partner: 'gi', categorie: 'maatregel', uitkomst: 'zichtbaar', grondslag: [] }] } });
    await toegangslog.transaction((m) => voegToe(m, [regel(zonder)]));
    await toegangslog.transaction((m) => voegToe(m, [regel(oud)], new Date(Date.now() - 61 * 31 * 86_400_000)));
    const uitslag = await kruiscontrole(toegangslog, bronnen, { verstrekkingenlogMaanden: 60 });
    expect(uitslag.onverantwoord).toEqual([{ partner: 'gi', grant: null, auditId: zonder, reden: expect.stringMatching(/^toegangslog-record \d+ noemt een verstrekking door gi; gi heeft geen verstrekking met dit audit-id$/) }]);
    expect(uitslag.raadplegingenVervallen).toBe(1);
    await alsBeheerder('netwerk', 'DELETE FROM toegangslog WHERE audit_id = ANY($1)', [[zonder, oud]]);

    // a partner whose database cannot be reached is named, not passed
    const zonderGi = await cli([], { GI_DATABASE_URL: 'postgres://niemand@127.0.0.1:9/netwerkdossier_gi' });
    expect(zonderGi.code).toBe(2);
    expect(zonderGi.stdout).toContain('NIET NAGEGAAN: gi niet bereikbaar; zijn verstrekkingenlog is niet gecontroleerd');
    expect(zonderGi.stdout).not.toContain('alles verantwoord');
    expect(await cli()).toEqual({ code: 0, stdout: expect.stringContaining('alles verantwoord') });
  });

  test('een partner die niet bereikbaar was: zijn deel staat als niet vrijgegeven, en de inzage noemt het niet als gezien', async () => {
    const voor = await inzageVanGi();
    await netwerk.zetStoring('lokaal-team', 'geweigerd');
    const antwoord = await netwerk.vraag(PERSONALIA, { token: await netwerk.token(duo.professional), variables: { id: huishouden.id } });
    await netwerk.zetStoring('lokaal-team', null);
    expect(antwoord.body.extensions).toMatchObject({ onbereikbaar: ['lokaal-team'] });
    const audit = antwoord.body.extensions!.auditId as string;
    await wachtTot(async () => (await nietVrijgegeven([audit])).length === 1);
    expect((await nietVrijgegeven([audit]))[0].inhoud.partners).toEqual(['lokaal-team']);
    expect(await inzageVanGi()).toBe(voor);
    await kijk();
    expect(await inzageVanGi()).toBe(voor + 1);
    expect((await kruiscontrole(toegangslog, bronnen)).onverantwoord).toEqual([]);
  });

  test('netwerk faalt na het inzien-record, tijdens het verzoek: 503, het record staat, en ernaast dat niets is vrijgegeven; de inzage noemt het niet', async () => {
    const voor = await inzageVanGi();
    const [{ kop }] = (await toegangslog.query('SELECT coalesce(max(volgnummer), 0)::int AS kop FROM toegangslog')) as Array<{ kop: number }>;
    // only netwerk's answer to the plan's fetch; the decision context and the toegangslog write come through
    netwerk.vervals('netwerk', (antwoord) => (antwoord.startsWith('{"data":{"huishouden"') ? '<html>Onderhoud</html>' : antwoord));
    const gestoord = await netwerk.vraag(PERSONALIA, { token: await netwerk.token(duo.professional), variables: { id: huishouden.id } }).finally(() => netwerk.vervals('netwerk', null));
    expect(gestoord.body.errors?.[0].extensions?.code).toBe('NETWERK_ONBEREIKBAAR');
    // this request's own inzien record: written after the head taken before it
    const [inzien] = (await toegangslog.query("SELECT audit_id FROM toegangslog WHERE actie = 'inzien' AND volgnummer > $1 ORDER BY volgnummer LIMIT 1", [kop])) as Array<{ audit_id: string }>;
    expect(inzien).toBeDefined();
    await wachtTot(async () => (await nietVrijgegeven([inzien.audit_id])).length === 1);
    expect((await nietVrijgegeven([inzien.audit_id]))[0].inhoud).toMatchObject({ reden: 'netwerk viel weg tijdens het verzoek; de gateway gaf niets vrij', partners: null });
    expect(await inzageVanGi()).toBe(voor);
    expect((await kruiscontrole(toegangslog, bronnen)).onverantwoord).toEqual([]);
  });

  test('netwerk valt weg met twee verzoeken onderweg: geen gegevens, en zodra netwerk terug is staat het als verstrekt maar niet vrijgegeven', async () => {
    const inzageVoor = await inzageVanGi();
    const slot = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await slot.connect();
    // the toegangslog's writer waits (as on a slow disk) while the partners answer
    await slot.query("SELECT pg_advisory_lock(hashtext('toegangslog'))");
    const voor = await tel('lokaal-team');
    const token = await netwerk.token(duo.professional);
    const onderweg = [0, 1].map(() => netwerk.vraag(PERSONALIA, { token, variables: { id: huishouden.id } }));
    await wachtTot(async () => (await tel('lokaal-team')) >= voor + 2);
    // netwerk goes down: its process with its transaction, and its address
    await netwerk.zetStoring('netwerk', 'geweigerd');
    for (const a of await Promise.all(onderweg)) {
      expect(a.body.data ?? null).toBeNull();
      expect(a.body.errors?.[0].extensions?.code).toBe('TOEGANGSLOG_MISLUKT');
    }
    await slot.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event = 'advisory' AND pid <> pg_backend_pid()");
    await slot.query("SELECT pg_advisory_unlock(hashtext('toegangslog'))");
    await slot.end();
    const nieuw = (await bronnen['lokaal-team'].getRepository(Verstrekking).find({ order: { tijdstip: 'DESC' }, take: 2 })).map((v) => v.auditId!);
    expect(new Set(nieuw).size).toBe(2);
    expect(await toegangslog.query('SELECT actie FROM toegangslog WHERE audit_id = ANY($1)', [nieuw])).toEqual([]);
    expect(await cli()).toMatchObject({ code: 1, stdout: expect.stringContaining(GEEN_RECORD) });

    await netwerk.zetStoring('netwerk', null);
    await wachtTot(async () => (await nietVrijgegeven(nieuw)).length === 2);
    expect((await nietVrijgegeven(nieuw)).map((r) => r.inhoud.partners)).toEqual([null, null]);
    const na = await cli();
    expect(na).toEqual({ code: 0, stdout: expect.stringContaining('alles verantwoord') });
    expect(na.stdout).toContain('verstrekt maar niet vrijgegeven (vastgelegd)');
    expect(await inzageVanGi()).toBe(inzageVoor);
  });

  test('valt de gateway ook weg, dan legt audit:kruiscontrole --vastleggen het vast', async () => {
    const slot = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await slot.connect();
    await slot.query("SELECT pg_advisory_lock(hashtext('toegangslog'))");
    const voor = await tel('lokaal-team');
    const onderweg = netwerk.vraag(PERSONALIA, { token: await netwerk.token(duo.professional), variables: { id: huishouden.id } });
    await wachtTot(async () => (await tel('lokaal-team')) >= voor + 1);
    await netwerk.zetStoring('netwerk', 'geweigerd');
    expect((await onderweg).body.errors?.[0].extensions?.code).toBe('TOEGANGSLOG_MISLUKT');
    // the gateway stops before netwerk is back: what it kept to record is gone with it
    const stoppen = netwerk.stopDiensten();
    await slot.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event = 'advisory' AND pid <> pg_backend_pid()");
    await slot.query("SELECT pg_advisory_unlock(hashtext('toegangslog'))");
    await slot.end();
    await stoppen;
    const [v] = await bronnen['lokaal-team'].getRepository(Verstrekking).find({ order: { tijdstip: 'DESC' }, take: 1 });

    const eerst = await cli();
    expect(eerst.code).toBe(1);
    expect(eerst.stdout).toContain(`lokaal-team grant ${v.grant} (audit ${v.auditId}): ${GEEN_RECORD}`);
    // a request may still be in flight for a while: by default only what is older than 15 minutes
    expect(await cli(['--vastleggen'])).toMatchObject({ code: 1, stdout: expect.stringContaining('vastleggen: niets vast te leggen') });
    const vastgelegd = await cli(['--vastleggen', '--marge', '0']);
    expect(vastgelegd.stdout).toMatch(new RegExp(`vastgelegd: audit ${v.auditId} verstrekt maar niet vrijgegeven \\(toegangslog-record \\d+: lokaal-team grant ${v.grant}\\)`));
    expect(vastgelegd).toMatchObject({ code: 0, stdout: expect.stringContaining('alles verantwoord') });
    expect((await nietVrijgegeven([v.auditId!]))[0].inhoud.verstrekkingen).toEqual([{ partner: 'lokaal-team', grant: v.grant, tijdstip: v.tijdstip.toISOString() }]);
    expect(await cli(['--vastleggen', '--marge', '0'])).toMatchObject({ code: 0, stdout: expect.stringContaining('vastleggen: niets vast te leggen') });
  });
});
