import { randomUUID } from 'node:crypto';
import { ServiceNaam, SUBGRAPHS } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { startTestNetwerk, TestNetwerk } from '../harness/netwerk';

const VERSTREKKING = '00000000-0000-4000-8000-0000000000c1';

/** The evidence each database keeps: the toegangslog and its checkpoints (netwerk), every service's verstrekkingenlog. */
const bewijs = (naam: ServiceNaam) => (naam === 'netwerk' ? ['toegangslog', 'toegangslog_checkpoint', 'verstrekking'] : ['verstrekking']);

/** What an administrator would try on a table to rewrite its history. */
const pogingen = (tabel: string) => [
  `UPDATE ${tabel} SET tijdstip = now()`,
  `DELETE FROM ${tabel}`,
  `TRUNCATE ${tabel}`,
  `ALTER TABLE ${tabel} ADD COLUMN extra text`,
  `ALTER TABLE ${tabel} DISABLE TRIGGER ALL`,
  `ALTER TABLE ${tabel} DISABLE TRIGGER USER`,
];

async function verbind(url: string): Promise<Client> {
  const db = new Client({ connectionString: url });
  await db.connect();
  return db;
}

/** The error a statement gives, or 'gelukt' when it went through. */
async function uitkomst(db: Client, sql: string): Promise<string> {
  try {
    await db.query(sql);
    return 'gelukt';
  } catch (fout) {
    return (fout as Error).message;
  }
}

/**
 * Least privilege, as `npm start` and the tests run it: every service connects as a role that owns nothing and
 * may read and append, nothing more; only the retention job's own login removes expired entries, not a superuser.
 */
describe('databaserollen', () => {
  let netwerk: TestNetwerk;
  const tellen = async (): Promise<Record<string, number[]>> =>
    Object.fromEntries(
      await Promise.all(
        SUBGRAPHS.map(async (naam) => {
          const db = await verbind(netwerk.databaseUrls[naam]);
          try {
            return [naam, await Promise.all(bewijs(naam).map(async (t) => Number((await db.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n)))];
          } finally {
            await db.end();
          }
        }),
      ),
    );

  beforeAll(async () => {
    netwerk = await startTestNetwerk('rollen', 4);
    // records through the services' own roles: a request (toegangslog, verstrekkingen) and a signed checkpoint
    const antwoord = await netwerk.vraag('{ huishoudens(limiet: 2) { id leden { id rol } } }', { token: await netwerk.token('lt-fatima') });
    expect(antwoord.body.errors).toBeUndefined();
    // the gateway signs its tail within 5 seconds (witnessed checkpoints): wait for netwerk to hold one
    const db = await verbind(netwerk.databaseUrls.netwerk);
    try {
      const tot = Date.now() + 15_000;
      while (Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM toegangslog_checkpoint')).rows[0].n) === 0 && Date.now() < tot) await new Promise((r) => setTimeout(r, 200));
    } finally {
      await db.end();
    }
    // one verstrekking in every database, so a refused DELETE had a row to remove
    for (const naam of SUBGRAPHS) {
      const admin = await verbind(netwerk.databaseUrls[naam]);
      await admin.query("INSERT INTO verstrekking (\"grant\", tijdstip, sub, doel, items) VALUES ($1, now() - interval '20 years', 'lt-fatima', 'gezamenlijk-plan', '[]')", [VERSTREKKING]);
      await admin.end();
    }
  });
  afterAll(async () => {
    await netwerk?.stop();
  });

  test('elke dienst draait als een eigen rol: geen superuser, bezit niets, alleen lezen en aanvullen (en verlopen gebruikte grants opruimen; netwerk wijzigt wat het moet)', async () => {
    const rechten: Record<string, unknown> = {};
    for (const naam of SUBGRAPHS) {
      const db = await verbind(netwerk.rollen[naam].dienst);
      try {
        const { rows: [rol] } = await db.query('SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user');
        const { rows: [bezit] } = await db.query("SELECT (SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole) + (SELECT count(*) FROM pg_proc WHERE proowner = current_user::regrole) AS n");
        const { rows: anders } = await db.query<{ tabel: string; recht: string }>(
          "SELECT table_name AS tabel, privilege_type AS recht FROM information_schema.role_table_grants WHERE grantee = current_user AND privilege_type NOT IN ('SELECT', 'INSERT') ORDER BY 1, 2",
        );
        const { rows: migraties } = await db.query("SELECT privilege_type AS recht FROM information_schema.role_table_grants WHERE grantee = current_user AND table_name = 'migrations'");
        rechten[naam] = { rol, bezit: Number(bezit.n), anders: anders.map((r) => `${r.recht} ${r.tabel}`), migraties: migraties.map((r) => r.recht) };
      } finally {
        await db.end();
      }
    }
    const rol = { rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false };
    expect(rechten).toEqual(
      Object.fromEntries(
        SUBGRAPHS.map((naam) => [naam, { rol, bezit: 0, anders: naam === 'netwerk' ? ['UPDATE betrokkenheid', 'UPDATE doorbraak', 'DELETE gebruikte_grant', 'UPDATE huishouden', 'UPDATE toestemming', 'UPDATE uitnodiging'] : ['DELETE gebruikte_grant'], migraties: ['SELECT'] }]),
      ),
    );
  });

  test('als de rol van een dienst: UPDATE, DELETE, TRUNCATE, ALTER TABLE en DISABLE TRIGGER op het toegangslog, zijn checkpoints en de verstrekkingen geweigerd', async () => {
    const voor = await tellen();
    const geprobeerd: Array<[ServiceNaam, string, string]> = [];
    for (const naam of SUBGRAPHS) {
      const db = await verbind(netwerk.rollen[naam].dienst);
      try {
        for (const tabel of bewijs(naam)) for (const sql of pogingen(tabel)) geprobeerd.push([naam, sql, await uitkomst(db, sql)]);
      } finally {
        await db.end();
      }
    }
    const geweigerd = (tabel: string, sql: string) => (sql.startsWith('ALTER') ? `must be owner of table ${tabel}` : `permission denied for table ${tabel}`);
    expect(geprobeerd).toEqual(SUBGRAPHS.flatMap((naam) => bewijs(naam).flatMap((tabel) => pogingen(tabel).map((sql) => [naam, sql, geweigerd(tabel, sql)]))));
    expect(await tellen()).toEqual(voor);
    expect(Object.values(voor).every((n) => n.every((k) => k > 0))).toBe(true);
  });

  test('de rol van een dienst komt niet in de database van een ander', async () => {
    const gi = await verbind(netwerk.rollen.gi.dienst);
    await gi.end();
    const url = new URL(netwerk.rollen.gi.dienst);
    url.pathname = new URL(netwerk.rollen.netwerk.dienst).pathname;
    await expect(verbind(url.toString())).rejects.toThrow(/permission denied for database/);
  });

  test('een superuser is niet de bewaartaak: een verstrekking verwijderen weigert de trigger, ook na SET ROLE; de eigen login van de bewaartaak mag het', async () => {
    const admin = await verbind(netwerk.databaseUrls.gi);
    try {
      expect((await admin.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows).toEqual([{ rolsuper: true }]);
      await expect(admin.query('DELETE FROM verstrekking WHERE "grant" = $1', [VERSTREKKING])).rejects.toThrow('het verstrekkingenlog is alleen aan te vullen: DELETE op verstrekking geweigerd (verwijderen doet alleen de bewaartaak)');
      const bewaartaak = decodeURIComponent(new URL(netwerk.rollen.gi.bewaartaak).username);
      await admin.query(`SET ROLE "${bewaartaak}"`);
      await expect(admin.query('DELETE FROM verstrekking WHERE "grant" = $1', [VERSTREKKING])).rejects.toThrow('het verstrekkingenlog is alleen aan te vullen: DELETE op verstrekking geweigerd');
      await admin.query('RESET ROLE');
      expect((await admin.query('SELECT 1 FROM verstrekking WHERE "grant" = $1', [VERSTREKKING])).rowCount).toBe(1);
    } finally {
      await admin.end();
    }
    const netwerkAdmin = await verbind(netwerk.databaseUrls.netwerk);
    try {
      await expect(netwerkAdmin.query("UPDATE toegangslog SET sub = NULL, organisatie = NULL, rol = NULL, team = NULL, namens = NULL, doel = NULL, beleidsversie = NULL, huishoudens = NULL, personen = NULL, inhoud = NULL, vervallen_op = now() WHERE volgnummer = 1")).rejects.toThrow('het toegangslog is alleen aan te vullen: UPDATE op toegangslog geweigerd');
    } finally {
      await netwerkAdmin.end();
    }
    const taak = await verbind(netwerk.rollen.gi.bewaartaak);
    try {
      expect((await taak.query('DELETE FROM verstrekking WHERE "grant" = $1', [VERSTREKKING])).rowCount).toBe(1);
    } finally {
      await taak.end();
    }
  });

  test('de rol van netwerk mag een doorbraak alleen eerder beëindigen: verlengen of iets anders wijzigen weigert de database', async () => {
    const id = randomUUID();
    const admin = await verbind(netwerk.databaseUrls.netwerk);
    try {
      await admin.query("INSERT INTO doorbraak (id, huishouden_id, personen, categorieen, professional, organisatie, reden, eindigt_op, beleidsversie) VALUES ($1, $2, '{}', '{gezondheid}', 'rvt-eva', 'lokaal-team', 'test', now() + interval '1 hour', 'v1')", [id, randomUUID()]);
    } finally {
      await admin.end();
    }
    const dienst = await verbind(netwerk.rollen.netwerk.dienst);
    try {
      const geweigerd = /een doorbraak kan alleen eerder beëindigd worden/;
      await expect(dienst.query("UPDATE doorbraak SET eindigt_op = eindigt_op + interval '1 day' WHERE id = $1", [id])).rejects.toThrow(geweigerd);
      await expect(dienst.query("UPDATE doorbraak SET categorieen = '{gezondheid,strafrecht}' WHERE id = $1", [id])).rejects.toThrow(geweigerd);
      await expect(dienst.query("UPDATE doorbraak SET professional = 'iemand-anders', eindigt_op = now() WHERE id = $1", [id])).rejects.toThrow(geweigerd);
      expect((await dienst.query('UPDATE doorbraak SET eindigt_op = now() WHERE id = $1', [id])).rowCount).toBe(1);
      await expect(dienst.query("UPDATE doorbraak SET eindigt_op = now() + interval '1 minute' WHERE id = $1", [id])).rejects.toThrow(geweigerd);
    } finally {
      await dienst.end();
    }
  });
});
