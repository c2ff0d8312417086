import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Client } from 'pg';

import { GatewayProces, startGatewayProces } from '../harness/gateway-proces';
import { startTestNetwerk, TestNetwerk, vraag } from '../harness/netwerk';
import { sessieCookie } from '../harness/sessie';
import { eigenUitleg, IMPACTPERSONAS, tel, Verandering } from './eigen-telling';

const POLICIES = path.resolve(__dirname, '../../policies');
const deelmatrix = readFileSync(path.join(POLICIES, 'deelmatrix.yaml'), 'utf8');
const JUSTITIEEL = 'justitieel:        { consultatie: nooit,                              duo: toestemming';

/** `tekst` with `van` replaced by `naar`, failing loudly when the policy no longer has `van`. */
function vervang(tekst: string, van: string, naar: string): string {
  if (!tekst.includes(van)) throw new Error(`"${van}" staat niet (meer) in het beleid`);
  return tekst.replace(van, naar);
}

/**
 * Privacy officers govern the policy through the gateway's API: a proposal (refused when invalid), four eyes and
 * the say of the organisation whose data it concerns, the version in force on two more gateway processes within a
 * second of its approval (measured), a rollback, and the history; every step in the toegangslog.
 */
describe('beleidsbeheer', () => {
  let netwerk: TestNetwerk;
  let replicas: GatewayProces[] = [];
  let db: Client;
  let basis: string;
  const cookies: Record<string, string> = {};
  const aanmelden = (persona: string) => sessieCookie(basis, persona);
  const api = async (wie: string, pad: string, body?: unknown) => {
    const res = await fetch(new URL(pad, basis), { method: body === undefined ? 'GET' : 'POST', headers: { 'content-type': 'application/json', cookie: cookies[wie] }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { fout?: string } };
  };
  /** The version each replica's answers are decided under: a real query, and its `extensions.beleidsversie`. */
  const versiesVanReplicas = async () => {
    const token = await netwerk.token('lt-fatima');
    return Promise.all(replicas.map(async (r) => (await vraag(r.url, '{ huishoudens(limiet: 1) { id } }', { token })).body.extensions?.beleidsversie));
  };

  beforeAll(async () => {
    netwerk = await startTestNetwerk('beleidsbeheer', 4, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    for (const fg of ['fg-ingrid', 'fg-hanneke', 'fg-otto']) cookies[fg] = await aanmelden(fg);
    cookies['lt-fatima'] = await aanmelden('lt-fatima');
    replicas = await Promise.all([startGatewayProces(netwerk), startGatewayProces(netwerk)]);
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await Promise.all(replicas.map((r) => r.stop()));
    await netwerk?.stop();
  });

  let eerste: string;
  let nieuw: string;

  test('een voorstel met een fout wordt geweigerd met bestand, regel en melding; zonder reden bij het veld', async () => {
    eerste = (await api('fg-ingrid', '/beleid/bestanden')).body.versie as string;
    const kapot = await api('fg-ingrid', '/beleid/voorstellen', { bestanden: { 'deelmatrix.yaml': vervang(deelmatrix, JUSTITIEEL, JUSTITIEEL.replace('duo: toestemming', 'duo: soms')) }, reden: 'Justitiële gegevens niet meer delen in een duo.' });
    expect(kapot).toEqual({ status: 400, body: { fout: 'Het voorstel is geen geldig beleid', fouten: [{ bestand: 'deelmatrix.yaml', regel: expect.any(Number), melding: '"soms" is geen eis; kies uit altijd, betrokkenheid, toestemming, toestemming-anders-geanonimiseerd, grondslag, doorbraak, geanonimiseerd, nooit' }] } });
    const zonderReden = await api('fg-ingrid', '/beleid/voorstellen', { bestanden: { 'deelmatrix.yaml': vervang(deelmatrix, JUSTITIEEL, JUSTITIEEL.replace('duo: toestemming', 'duo: nooit')) }, reden: 'omdat' });
    expect(zonderReden).toEqual({ status: 400, body: { fout: 'Schrijf een reden van minstens 10 tekens: een ander moet haar kunnen wegen', veld: 'reden' } });
    expect((await api('lt-fatima', '/beleid/voorstellen', { bestanden: {}, reden: 'een professional probeert het' })).status).toBe(403);
  });

  test('vier ogen en de eigen zeggenschap: de voorsteller keurt niet goed; de Raad moet meebeslissen over zijn justitiële gegevens', async () => {
    const voorstel = await api('fg-ingrid', '/beleid/voorstellen', { bestanden: { 'deelmatrix.yaml': vervang(deelmatrix, JUSTITIEEL, JUSTITIEEL.replace('duo: toestemming', 'duo: nooit')) }, reden: 'Justitiële gegevens niet meer delen in een duo.' });
    expect(voorstel).toEqual({ status: 200, body: { volgnummer: 2, verschillen: ['justitieel bij duo: toestemming → nooit'], organisaties: ['raad'] } });
    expect(await api('fg-ingrid', '/beleid/voorstellen/2/goedkeuren', { reden: 'Ik vind mijn eigen voorstel goed.' })).toEqual({ status: 409, body: { fout: 'U stelde dit voor; een tweede privacyfunctionaris moet het goedkeuren (vier ogen)' } });
    const gi = await api('fg-hanneke', '/beleid/voorstellen/2/goedkeuren', { reden: 'Past bij de afspraken in het RVT.' });
    expect(gi.status).toBe(200);
    expect(gi.body.versie).toMatchObject({ status: 'voorgesteld', organisaties: ['raad'], inWerkingVanaf: null });
    // not yet in force anywhere
    expect(await versiesVanReplicas()).toEqual([eerste, eerste]);
  });

  test('goedgekeurd door de Raad: binnen een seconde in werking op beide gateway-processen, en beslist onder de nieuwe versie', async () => {
    const raad = await api('fg-otto', '/beleid/voorstellen/2/goedkeuren', { reden: 'De Raad stemt in: justitiële gegevens alleen op grondslag.' });
    expect(raad.status).toBe(200);
    expect(raad.body.versie).toMatchObject({ status: 'in werking', besluiten: [expect.objectContaining({ door: 'fg-hanneke', organisatie: 'gi', oordeel: 'goedgekeurd' }), expect.objectContaining({ door: 'fg-otto', organisatie: 'raad', oordeel: 'goedgekeurd', reden: 'De Raad stemt in: justitiële gegevens alleen op grondslag.' })] });
    nieuw = (raad.body.versie as { versie: string }).versie;
    const { rows: [{ goedgekeurd }] } = await db.query<{ goedgekeurd: Date }>('SELECT goedgekeurd_op AS goedgekeurd FROM beleid_in_werking WHERE volgnummer = 2');
    const gewisseld = await Promise.all(replicas.map((r) => r.wachtOp((l) => l.msg === `beleid ${nieuw} (versie 2) in werking`, 5_000)));
    // the figure the issue asks for (within 1 s), printed: a time is measured and reported, never asserted
    const vertraging = gewisseld.map((l) => l.time - goedgekeurd.getTime());
    process.stdout.write(`beleid in werking op 2 gateway-processen na ${vertraging.join(' en ')} ms (vanaf de goedkeuring in de database)\n`);
    expect(await versiesVanReplicas()).toEqual([nieuw, nieuw]);
  });

  test('terugdraaien is een nieuw voorstel gelijk aan een oudere versie, goedgekeurd als elk ander', async () => {
    const terug = await api('fg-ingrid', '/beleid/terugdraaien', { naar: 1, reden: 'Terug naar de eerste versie: duo-partners missen de justitiële context.' });
    expect(terug).toEqual({ status: 200, body: { volgnummer: 3, verschillen: ['justitieel bij duo: nooit → toestemming'], organisaties: ['raad'] } });
    const raad = await api('fg-otto', '/beleid/voorstellen/3/goedkeuren', { reden: 'Akkoord, de Raad deelt weer met toestemming.' });
    expect(raad.body.versie).toMatchObject({ status: 'in werking', terugNaar: 1, versie: eerste });
    await Promise.all(replicas.map((r) => r.wachtOp((l) => l.msg === `beleid ${eerste} (versie 3) in werking`, 5_000)));
    expect(await versiesVanReplicas()).toEqual([eerste, eerste]);
  });

  test('een afgewezen voorstel blijft afgewezen, met de reden', async () => {
    const voorstel = await api('fg-hanneke', '/beleid/voorstellen', { bestanden: { 'doorbraak.yaml': vervang(readFileSync(path.join(POLICIES, 'doorbraak.yaml'), 'utf8'), 'maximale_duur_uren: 72', 'maximale_duur_uren: 24') }, reden: 'Een doorbraak korter laten duren.' });
    // a doorbraak's limits concern every organisation whose data it opens (zeggenschap.test.ts)
    expect(voorstel.body).toEqual({ volgnummer: 4, verschillen: ['maximale duur van een doorbraak: 72 → 24 uur'], organisaties: ['gi', 'lokaal-team', 'raad', 'veilig-thuis', 'vrouwenopvang'] });
    expect((await api('fg-ingrid', '/beleid/voorstellen/4/afwijzen', { reden: 'Een dag is te kort voor een weekend.' })).body.versie).toMatchObject({ status: 'afgewezen' });
    expect(await api('fg-otto', '/beleid/voorstellen/4/goedkeuren', { reden: 'Toch goed, vind ik.' })).toEqual({ status: 409, body: { fout: 'Voorstel 4 is al afgewezen' } });
  });

  test('de geschiedenis: elke versie met wie, wanneer en waarom, en het verschil tussen twee in woorden', async () => {
    const { body } = await api('fg-otto', '/beleid/versies');
    const versies = body.versies as Array<Record<string, unknown>>;
    expect(versies.map((v) => [v.volgnummer, v.status, v.voorgesteldDoor, v.reden])).toEqual([
      [4, 'afgewezen', 'fg-hanneke', 'Een doorbraak korter laten duren.'],
      [3, 'in werking', 'fg-ingrid', 'Terug naar de eerste versie: duo-partners missen de justitiële context.'],
      [2, 'vervangen', 'fg-ingrid', 'Justitiële gegevens niet meer delen in een duo.'],
      [1, 'vervangen', 'installatie', expect.stringMatching(/^eerste versie, uit /)],
    ]);
    expect((await api('fg-otto', '/beleid/verschil?van=1&naar=4')).body).toEqual({ van: 1, naar: 4, verschillen: ['maximale duur van een doorbraak: 72 → 24 uur'] });
  });

  test('het toegangslog legt elke stap vast, en elke versie waaronder een gateway besliste', async () => {
    const { rows } = await db.query("SELECT actie, sub, organisatie, inhoud->>'volgnummer' AS nr, inhoud->>'reden' AS reden FROM toegangslog WHERE actie LIKE 'beleid/%' ORDER BY volgnummer");
    expect(rows.map((r) => [r.actie, r.sub, r.nr])).toEqual([
      ['beleid/in-werking', 'installatie', '1'],
      ['beleid/voorstel', 'fg-ingrid', '2'],
      ['beleid/goedkeuring', 'fg-hanneke', '2'],
      ['beleid/goedkeuring', 'fg-otto', '2'],
      ['beleid/in-werking', 'fg-otto', '2'],
      ['beleid/voorstel', 'fg-ingrid', '3'],
      ['beleid/goedkeuring', 'fg-otto', '3'],
      ['beleid/in-werking', 'fg-otto', '3'],
      ['beleid/voorstel', 'fg-hanneke', '4'],
      ['beleid/afwijzing', 'fg-ingrid', '4'],
    ]);
    expect(rows.find((r) => r.actie === 'beleid/afwijzing')).toMatchObject({ organisatie: 'lokaal-team', reden: 'Een dag is te kort voor een weekend.' });
    // each gateway that decided under a version recorded it (with the one before): the two processes twice each
    const { rows: versies } = await db.query("SELECT beleidsversie, inhoud->>'vorige' AS vorige FROM toegangslog WHERE actie = 'beleid'");
    expect(versies.filter((v) => v.beleidsversie === nieuw && v.vorige === eerste)).toHaveLength(2);
  });

  test('de impact van een voorstel, per persona en partner, klopt met een eigen telling via elke persona\'s eigen uitleg', async () => {
    const regel = deelmatrix.split('\n').find((r) => r.trim().startsWith('bestaanszekerheid:'))!;
    const voorstel = await api('fg-ingrid', '/beleid/voorstellen', { bestanden: { 'deelmatrix.yaml': vervang(deelmatrix, regel, '  bestaanszekerheid: { alle: nooit }') }, reden: 'Bestaanszekerheid niet meer delen buiten het lokaal team.' });
    expect(voorstel.body).toMatchObject({ organisaties: ['lokaal-team'] });
    const nr = voorstel.body.volgnummer as number;
    const impact = await api('fg-hanneke', `/beleid/voorstellen/${nr}/impact`);
    expect(impact.status).toBe(200);
    // counted here another way (eigen-telling.ts): each persona lists its own households and asks its own uitleg under the
    // version in force; every bestaanszekerheid cell of another organisation that is not withheld now, is withheld under "nooit"
    const veranderd: Verandering[] = [];
    for (const p of IMPACTPERSONAS.filter((x) => x.organisatie !== 'lokaal-team')) {
      for (const { huishouden, cellen } of await eigenUitleg(netwerk, p)) {
        for (const c of cellen.filter((x) => x.categorie === 'bestaanszekerheid' && x.partner === 'lokaal-team' && x.uitkomst !== 'afgeschermd')) {
          veranderd.push({ persona: p.sub, huishouden, persoon: c.persoon, partner: 'lokaal-team', categorie: 'bestaanszekerheid', van: c.uitkomst, naar: 'afgeschermd' });
        }
      }
    }
    const verwacht = tel(veranderd);
    expect(verwacht.length).toBeGreaterThan(0);
    const regels = (impact.body.regels as Array<Record<string, unknown>>).map(({ persona, partner, categorie, van, naar, huishoudens, personen }) => ({ persona, partner, categorie, van, naar, huishoudens, personen }));
    const orde = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b));
    expect(regels.sort(orde)).toEqual(verwacht.sort(orde));
    const { rows } = await db.query("SELECT sub, array_length(huishoudens, 1) AS n FROM toegangslog WHERE actie = 'toezicht' AND (inhoud->>'impact')::int = $1", [nr]);
    expect(rows).toEqual([{ sub: 'fg-hanneke', n: expect.any(Number) }]);
  });
});
