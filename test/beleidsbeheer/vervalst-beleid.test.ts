import { beleidUitBestanden } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { beheerUrl, haalJson } from '../harness/beheer';
import { justitieelInDuo } from '../harness/beleid';
import { GatewayProces, startGatewayProces } from '../harness/gateway-proces';
import { startTestNetwerk, TestNetwerk, vraag } from '../harness/netwerk';
import { sessieCookie } from '../harness/sessie';

const VRAAG = '{ huishoudens(limiet: 1) { id } }';

/** `f()` again every 50 ms until `past` accepts it or `ms` have passed; then its last answer (for the assertion). */
async function zodra<T>(f: () => Promise<T>, past: (t: T) => boolean, ms = 10_000): Promise<T> {
  const eind = Date.now() + ms;
  for (;;) {
    const t = await f();
    if (past(t) || Date.now() > eind) return t;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const nietBewezen = (nr: number, waarom: string) => `Beleidsversie ${nr} is niet bewezen goedgekeurd (${waarom}); er wordt niets beslist`;

/**
 * netwerk's database administrator (here the test server's superuser on netwerk's database: whoever can write its
 * tables directly, past every grant) cannot put a policy version in force alone: a version written without the
 * gateway's evidence of its steps (besluitbewijs.ts), or with evidence of other steps, a version whose files were
 * changed after approval, or a schedule from which the version in force was taken out or in which the first was put
 * after it, is not decided under by any gateway. Each gateway then has no policy: every request is
 * refused 503 NIET_GEREED with the reason, and no data leaves. Each forgery is committed; the administrator undoes it
 * (as only they can) before the next, so each starts from the same honest version in force.
 */
describe('vervalst beleid: de databasebeheerder van netwerk zet alleen geen beleidsversie in werking', () => {
  let netwerk: TestNetwerk;
  let beheerder: Client;
  let replica: GatewayProces | undefined;
  let basis: string;
  let token: string;
  const cookies: Record<string, string> = {};
  const api = async (wie: string, pad: string, body: unknown) => {
    const res = await fetch(new URL(pad, basis), { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookies[wie] }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  /** A professional's query on a gateway: status, whether data came, the errors' codes and messages, the version. */
  const lijst = async (url = netwerk.gatewayUrl) => {
    const { status, body } = await vraag(url, VRAAG, { token });
    const huishoudens = (body.data as { huishoudens?: unknown[] } | undefined)?.huishoudens;
    return { status, data: huishoudens ? huishoudens.length : body.data, fouten: body.errors?.map((e) => [e.extensions?.code, e.message]), versie: body.extensions?.beleidsversie };
  };
  const beantwoord = (versie: string) => ({ status: 200, data: 1, fouten: undefined, versie });
  const geweigerd = (melding: string) => ({ status: 503, data: undefined, fouten: [['NIET_GEREED', melding]], versie: undefined });
  const gereed = (url = netwerk.gatewayUrl) => haalJson(beheerUrl(url, '/gereed'));
  const rij = async <T>(sql: string, parameters: unknown[] = []) => (await beheerder.query(sql, parameters)).rows[0] as T;
  /** What an administrator can do to have netwerk send its schedule again without inserting into beleid_in_werking. */
  const laatNetwerkHetRoosterSturen = () => beheerder.query('NOTIFY beleid');
  /** A gateway's answer once it took what the administrator did: a refusal, or an answer under another version than 2. */
  const nietMeerOnder2 = (a: Awaited<ReturnType<typeof lijst>>) => a.status !== 200 || a.versie !== tweede.versie;
  /**
   * `vervals`, a forgery the administrator commits, and then (also when it failed) `herstel`, the administrator undoing
   * it, and netwerk made to send its schedule again: version 2 is in force again on the same gateway, without a restart.
   */
  const vervalsEnHerstel = async (vervals: () => Promise<void>, herstel: string[]) => {
    expect(await lijst()).toEqual(beantwoord(tweede.versie));
    try {
      await vervals();
    } finally {
      await beheerder.query('BEGIN');
      for (const sql of herstel) await beheerder.query(sql);
      await beheerder.query('COMMIT');
      await laatNetwerkHetRoosterSturen();
      // the next scenario starts from version 2 in force, also after a failure here
      await zodra(lijst, (a) => !nietMeerOnder2(a));
    }
    expect(await lijst()).toEqual(beantwoord(tweede.versie));
  };

  let eerste: string;
  let tweede: { versie: string; bestanden: Record<string, string> };

  beforeAll(async () => {
    netwerk = await startTestNetwerk('vervalst-beleid', 4, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    for (const fg of ['fg-ingrid', 'fg-hanneke', 'fg-otto']) cookies[fg] = await sessieCookie(basis, fg);
    token = await netwerk.token('lt-fatima');
    beheerder = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await beheerder.connect();
    eerste = (await lijst()).versie as string;
  });
  afterAll(async () => {
    await beheerder?.end();
    await replica?.stop();
    await netwerk?.stop();
  });

  // the honest path through the gateway's routes (as beleidsbeheer.test.ts, in short): the check refuses no honest version
  test('een versie voorgesteld en goedgekeurd via de gateway (tweede privacyfunctionaris en de Raad) komt wel in werking', async () => {
    const een = (await rij<{ bestanden: Record<string, string> }>('SELECT bestanden FROM beleidsversie WHERE volgnummer = 1')).bestanden;
    const voorstel = await api('fg-ingrid', '/beleid/voorstellen', { bestanden: justitieelInDuo(een, 'nooit'), reden: 'Justitiële gegevens niet meer delen in een duo.' });
    expect(voorstel).toEqual({ status: 200, body: { volgnummer: 2, verschillen: ['justitieel bij duo: toestemming → nooit'], organisaties: ['raad'] } });
    expect((await api('fg-hanneke', '/beleid/voorstellen/2/goedkeuren', { reden: 'Past bij de afspraken in het RVT.' })).body.versie).toMatchObject({ status: 'voorgesteld' });
    const raad = await api('fg-otto', '/beleid/voorstellen/2/goedkeuren', { reden: 'De Raad stemt in: justitiële gegevens alleen op grondslag.' });
    expect(raad.body.versie).toMatchObject({ status: 'in werking' });
    tweede = await rij('SELECT versie, bestanden FROM beleidsversie WHERE volgnummer = 2');
    expect(tweede.versie).not.toBe(eerste);
    expect(await zodra(lijst, (a) => a.versie === tweede.versie)).toEqual(beantwoord(tweede.versie));
    expect(await gereed()).toEqual({ status: 200, body: { status: 'gereed', controles: { beleid: 'ok', netwerk: 'ok' } } });
  });

  test('een hele versie door de beheerder geschreven, met goedkeuringen op naam van anderen: geen gateway beslist eronder, ook niet met echt bewijs van een andere versie', async () => {
    // version 2 with justitieel shared in a duo without any condition: more than any approved version shares
    const vervalst = justitieelInDuo(tweede.bestanden, 'altijd');
    const versie = beleidUitBestanden(vervalst).versie;
    await vervalsEnHerstel(async () => {
      await beheerder.query('BEGIN');
      await beheerder.query("INSERT INTO beleidsversie (volgnummer, versie, bestanden, reden, voorgesteld_door, organisatie, basis, organisaties, bewijs) VALUES (3, $1, $2, 'Justitiële gegevens altijd delen in een duo.', 'fg-ingrid', 'lokaal-team', 2, '{raad}', 'eyJhbGciOiJFUzI1NiJ9.e30.verzonnen')", [versie, vervalst]);
      await beheerder.query("INSERT INTO beleidsbesluit (volgnummer, oordeel, door, organisatie, reden, bewijs) VALUES (3, 'goedgekeurd', 'fg-hanneke', 'gi', 'Akkoord.', 'verzonnen'), (3, 'goedgekeurd', 'fg-otto', 'raad', 'De Raad stemt in.', 'verzonnen')");
      await beheerder.query('INSERT INTO beleid_in_werking (volgnummer, vanaf) VALUES (3, clock_timestamp())');
      await beheerder.query('COMMIT');

      // the insert into beleid_in_werking notified netwerk, which sent the schedule: the gateway has no policy now
      const verzonnen = nietBewezen(3, 'de handtekening, het type of de uitgever klopt niet');
      expect(await zodra(lijst, nietMeerOnder2)).toEqual(geweigerd(verzonnen));
      expect(await gereed()).toEqual({ status: 503, body: { status: 'niet gereed', controles: { beleid: 'mislukt', netwerk: 'ok' } } });
      // the web app's routes that need the policy say the same (503, not a 500); the officers' history says which version and why
      const wie = await fetch(new URL('/aanmelden/wie', basis), { headers: { cookie: cookies['fg-hanneke'] } });
      expect([wie.status, await wie.json()]).toEqual([503, { fout: verzonnen, code: 'NIET_GEREED' }]);
      const historie = await fetch(new URL('/beleid/versies', basis), { headers: { cookie: cookies['fg-hanneke'] } });
      const versies = ((await historie.json()) as { versies: Array<{ volgnummer: number; bewijs: string | null }> }).versies;
      expect(versies.map((v) => [v.volgnummer, v.bewijs])).toEqual([[3, 'de handtekening, het type of de uitgever klopt niet'], [2, 'bewezen'], [1, 'bewezen']]);

      // real evidence, copied from version 2's properly approved proposal and approvals: of other files
      await beheerder.query('UPDATE beleidsversie SET bewijs = (SELECT bewijs FROM beleidsversie WHERE volgnummer = 2) WHERE volgnummer = 3');
      await beheerder.query("UPDATE beleidsbesluit b SET bewijs = (SELECT bewijs FROM beleidsbesluit WHERE volgnummer = 2 AND door = b.door) WHERE volgnummer = 3");
      expect((await beheerder.query("SELECT bewijs FROM beleidsbesluit WHERE volgnummer = 3 AND bewijs LIKE 'ey%'")).rowCount).toBe(2);
      await laatNetwerkHetRoosterSturen();
      const gekopieerd = nietBewezen(3, 'de beleidsbestanden zijn niet die van het voorstel');
      expect(await zodra(lijst, (a) => a.fouten?.[0][1] !== verzonnen)).toEqual(geweigerd(gekopieerd));
    }, ['beleid_in_werking', 'beleidsbesluit', 'beleidsversie'].map((tabel) => `DELETE FROM ${tabel} WHERE volgnummer = 3`));
  });

  test('een echt voorstel waarover de Raad nog niet besliste: de beheerder schrapt zijn zeggenschap, of kopieert zijn goedkeuring van een andere versie; geen gateway beslist eronder', async () => {
    const voorstel = await api('fg-ingrid', '/beleid/voorstellen', { bestanden: justitieelInDuo(tweede.bestanden, 'toestemming'), reden: 'Justitiële gegevens weer met toestemming delen in een duo.' });
    expect(voorstel.body).toMatchObject({ volgnummer: 3, organisaties: ['raad'] });
    expect((await api('fg-hanneke', '/beleid/voorstellen/3/goedkeuren', { reden: 'Akkoord, met toestemming is het verantwoord.' })).body.versie).toMatchObject({ status: 'voorgesteld' });

    await vervalsEnHerstel(async () => {
      // the triggers count whose say it needs from the row, which the administrator shortens; the gateway counts from the proposal's evidence
      await beheerder.query('BEGIN');
      await beheerder.query("UPDATE beleidsversie SET organisaties = '{}' WHERE volgnummer = 3");
      await beheerder.query('INSERT INTO beleid_in_werking (volgnummer, vanaf) VALUES (3, clock_timestamp())');
      await beheerder.query('COMMIT');
      const zonderRaad = nietBewezen(3, 'de goedkeuring ontbreekt van raad, waarvan het het delen wijzigt');
      expect(await zodra(lijst, nietMeerOnder2)).toEqual(geweigerd(zonderRaad));

      // the Raad's approval of version 2, real evidence, as its approval of this one
      await beheerder.query("INSERT INTO beleidsbesluit (volgnummer, oordeel, door, organisatie, reden, bewijs) SELECT 3, oordeel, door, organisatie, reden, bewijs FROM beleidsbesluit WHERE volgnummer = 2 AND door = 'fg-otto'");
      await beheerder.query("UPDATE beleidsversie SET organisaties = '{raad}' WHERE volgnummer = 3");
      await laatNetwerkHetRoosterSturen();
      expect(await zodra(lijst, (a) => a.fouten?.[0][1] !== zonderRaad)).toEqual(geweigerd(nietBewezen(3, 'een besluit gaat over een ander voorstel')));
    }, ['DELETE FROM beleid_in_werking WHERE volgnummer = 3', "DELETE FROM beleidsbesluit WHERE volgnummer = 3 AND door = 'fg-otto'", "UPDATE beleidsversie SET organisaties = '{raad}' WHERE volgnummer = 3"]);
  });

  test('de goedgekeurde versie in werking door de beheerder uit het rooster gehaald, of de eerste versie weer achteraan gezet: geen gateway valt terug op de ruimere eerste', async () => {
    const rij2 = await rij<{ vanaf: Date; goedgekeurd_op: Date; volgorde: number }>('SELECT vanaf, goedgekeurd_op, volgorde FROM beleid_in_werking WHERE volgnummer = 2');
    // without version 2's row, version 1 (justitieel shared in a duo with consent) would be in force again
    await vervalsEnHerstel(async () => {
      await beheerder.query('DELETE FROM beleid_in_werking WHERE volgnummer = 2');
      await laatNetwerkHetRoosterSturen();
      expect(await zodra(lijst, nietMeerOnder2)).toEqual(geweigerd(nietBewezen(1, 'versie 2, die hier al in werking was of gepland stond, ontbreekt in het rooster van netwerk')));
    }, [`INSERT INTO beleid_in_werking (volgnummer, vanaf, goedgekeurd_op, volgorde) VALUES (2, '${rij2.vanaf.toISOString()}', '${rij2.goedgekeurd_op.toISOString()}', ${rij2.volgorde})`]);
    // version 1 approved again, after version 2, as far as the schedule says
    const { volgorde } = await rij<{ volgorde: number }>('SELECT volgorde FROM beleid_in_werking WHERE volgnummer = 1');
    await vervalsEnHerstel(async () => {
      await beheerder.query('UPDATE beleid_in_werking SET volgorde = (SELECT max(volgorde) + 1 FROM beleid_in_werking) WHERE volgnummer = 1');
      await laatNetwerkHetRoosterSturen();
      expect(await zodra(lijst, nietMeerOnder2)).toEqual(geweigerd(nietBewezen(1, 'versie 2, waarop zij rust, is niet bewezen')));
    }, [`UPDATE beleid_in_werking SET volgorde = ${volgorde} WHERE volgnummer = 1`]);
  });

  test('de bestanden van de goedgekeurde versie in werking door de beheerder veranderd: geen gateway beslist nog, ook een nieuw gestarte niet', async () => {
    expect(await lijst()).toEqual(beantwoord(tweede.versie));
    const vervalst = justitieelInDuo(tweede.bestanden, 'altijd');
    await beheerder.query('UPDATE beleidsversie SET bestanden = $1, versie = $2 WHERE volgnummer = 2', [vervalst, beleidUitBestanden(vervalst).versie]);
    // an UPDATE notifies no one: until netwerk sends the schedule again, the gateway keeps the version it checked
    expect(await lijst()).toEqual(beantwoord(tweede.versie));
    await laatNetwerkHetRoosterSturen();
    // this gateway proved version 2 before: that its files changed is the reason
    expect(await zodra(lijst, nietMeerOnder2)).toEqual(geweigerd(nietBewezen(2, 'versie 2, die hier al in werking was of gepland stond, heeft nu andere bestanden')));
    expect(await gereed()).toEqual({ status: 503, body: { status: 'niet gereed', controles: { beleid: 'mislukt', netwerk: 'ok' } } });

    // a gateway started now knows nothing of before: the evidence of version 2's proposal is of other files
    replica = await startGatewayProces(netwerk);
    const waarom = nietBewezen(2, 'de beleidsbestanden zijn niet die van het voorstel');
    await replica.wachtOp((r) => r.msg === waarom, 10_000);
    expect(await lijst(replica.url)).toEqual(geweigerd(waarom));
    expect(await gereed(replica.url)).toEqual({ status: 503, body: { status: 'niet gereed', controles: { beleid: 'mislukt', netwerk: 'ok' } } });
    expect(replica.logregels.filter((r) => /^beleid .* in werking$/.test(r.msg))).toEqual([]);
  });
});
