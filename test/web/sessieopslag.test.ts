import { migreerGatewayDatabase, PostgresOpslag } from '@netwerkdossier/gateway';
import { DatabaseRollen, metDatabase, richtRollenIn, verwijderRollen } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { testServer } from '../harness/netwerk';

/** The gateway's shared session store, in its own database as its own role (two replicas: two stores on one database). */
describe('sessieopslag in PostgreSQL: gedeeld door replica\'s, onleesbaar voor wie de tabel leest', () => {
  const database = `t_sessies_${process.pid}`;
  let rollen: DatabaseRollen;
  let a: PostgresOpslag;
  let b: PostgresOpslag;

  beforeAll(async () => {
    rollen = await richtRollenIn(testServer(), database);
    await migreerGatewayDatabase(rollen);
    a = new PostgresOpslag(rollen.dienst);
    b = new PostgresOpslag(rollen.dienst);
    await a.controleer();
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    const admin = new Client({ connectionString: testServer() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    await verwijderRollen(testServer(), database);
  });

  test('een sessie van de ene replica geldt bij de andere, tot ze verloopt of beëindigd wordt; een andere soort of id vindt niets', async () => {
    const id = await a.bewaar('sessie', 'eyJ.token', Date.now() + 60_000);
    expect(await b.lees('sessie', id)).toBe('eyJ.token');
    expect(await b.lees('aanmelding', id)).toBeUndefined();
    // another id (its first character carries 6 bits of the key), and the same 32 bytes spelled otherwise (the last
    // character's 2 unused bits flipped): neither finds the session
    const ALFABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const ander = `${ALFABET[(ALFABET.indexOf(id[0]) + 1) % 64]}${id.slice(1)}`;
    const andersGespeld = `${id.slice(0, -1)}${ALFABET[ALFABET.indexOf(id.at(-1)!) ^ 1]}`;
    expect(Buffer.from(andersGespeld, 'base64url')).toEqual(Buffer.from(id, 'base64url'));
    expect(await b.lees('sessie', ander)).toBeUndefined();
    expect(await b.lees('sessie', andersGespeld)).toBeUndefined();
    expect(await b.neem('sessie', andersGespeld)).toBeUndefined();
    expect(await b.lees('sessie', id)).toBe('eyJ.token');
    await b.verwijder('sessie', id);
    expect(await a.lees('sessie', id)).toBeUndefined();
    const verlopen = await a.bewaar('sessie', 'eyJ.oud', Date.now() - 1);
    expect(await b.lees('sessie', verlopen)).toBeUndefined();
  });

  test('een lopende aanmelding wordt eenmaal genomen, ook door twee replica\'s tegelijk', async () => {
    const id = await a.bewaar('aanmelding', '{"state":"s"}', Date.now() + 60_000);
    const genomen = await Promise.all([a.neem('aanmelding', id), b.neem('aanmelding', id), a.neem('aanmelding', id), b.neem('aanmelding', id)]);
    expect(genomen.filter((g) => g !== undefined)).toEqual(['{"state":"s"}']);
  });

  test('de tabel bevat noch het id noch de inhoud leesbaar; met de rij van een ander id ontsleutelt niets', async () => {
    const id = await a.bewaar('sessie', 'eyJgeheim-token', Date.now() + 60_000);
    const db = new Client({ connectionString: rollen.dienst });
    await db.connect();
    const { rows } = await db.query<{ sleutel: Buffer; inhoud: Buffer }>('SELECT sleutel, inhoud FROM websessie');
    for (const r of rows) {
      const alles = Buffer.concat([r.sleutel, r.inhoud]);
      expect([alles.includes(id), alles.includes(Buffer.from(id, 'base64url')), alles.includes('eyJ'), alles.includes('geheim')]).toEqual([false, false, false, false]);
    }
    await db.end();
    // someone who can write the table (here the server's superuser) swaps two sessions' contents: they decrypt for nobody
    const ander = await a.bewaar('sessie', 'eyJander', Date.now() + 60_000);
    const admin = new Client({ connectionString: metDatabase(testServer(), database) });
    await admin.connect();
    const [x, y] = (await admin.query<{ inhoud: Buffer }>("SELECT inhoud FROM websessie WHERE soort = 'sessie' ORDER BY aangemaakt DESC LIMIT 2")).rows;
    await admin.query('UPDATE websessie SET inhoud = CASE WHEN inhoud = $1 THEN $2 ELSE $1 END WHERE inhoud IN ($1, $2)', [x.inhoud, y.inhoud]);
    await admin.end();
    expect([await a.lees('sessie', id), await a.lees('sessie', ander)]).toEqual([undefined, undefined]);
  });

  test('de dienstrol mag sessies niet wijzigen, alleen lezen, toevoegen en verwijderen', async () => {
    const db = new Client({ connectionString: rollen.dienst });
    await db.connect();
    await expect(db.query("UPDATE websessie SET verloopt = now() + interval '1 year'")).rejects.toThrow(/permission denied/);
    await expect(db.query('TRUNCATE websessie')).rejects.toThrow(/permission denied|must be owner/);
    await db.end();
  });

  test('de gedeelde opslag begrenst lopende aanmeldingen: de oudste gaan eerst', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await a.bewaar('aanmelding', String(i), Date.now() + 60_000, 3));
    expect(await Promise.all(ids.map((id) => b.lees('aanmelding', id)))).toEqual([undefined, '1', '2', '3']);
  });
});
