import 'reflect-metadata';

import { Checkpoint, checkpointKlopt, leesCheckpoint, leesCheckpointPubliekeSleutels, leesCheckpointSleutel, maakCheckpointSleutelpaar, plusMaanden, Recordsoort, tekenCheckpoint } from '@netwerkdossier/shared';
import { JWK, SignJWT, UnsecuredJWT } from 'jose';
import { DataSource, FindOperator } from 'typeorm';

import { BEGIN_HASH, hashVan, inhoudHashVan, Ketenvelden } from '../../subgraphs/netwerk/src/toegangslog/keten';
import { Logcheckpoint, Logregel } from '../../subgraphs/netwerk/src/toegangslog/logregel';
import { Getuigenis, verifieerToegangslog } from '../../subgraphs/netwerk/src/toegangslog/verificatie';

const TERMIJNEN: Record<Recordsoort, number> = { inzien: 12, uitleg: 12, toezicht: 12, inzage: 12, weigering: 12, overtreding: 12, registratie: 24, beleid: 24 };

/** A chain of n records, hashed as netwerk writes them, a minute apart from 2026-01-01. */
function keten(n: number): Logregel[] {
  const uit: Logregel[] = [];
  for (let i = 1; i <= n; i++) {
    const inhoud = { sub: `prof-${i}`, organisatie: 'gi', rol: 'professional', team: null, namens: null, doel: 'uitvoering-maatregel', beleidsversie: 'sha256:1', huishoudens: [], personen: [], inhoud: { n: i } };
    const kop = { volgnummer: i, tijdstip: new Date(Date.UTC(2026, 0, 1, 0, i)), actie: 'inzien', auditId: null, vorigeHash: uit[i - 2]?.hash ?? BEGIN_HASH, inhoudHash: inhoudHashVan(inhoud) };
    uit.push(Object.assign(new Logregel(), { ...inhoud, ...kop, vervallenOp: null, hash: hashVan({ ...kop, ...inhoud } as Ketenvelden) }));
  }
  return uit;
}

/** A chain of n records as netwerk wrote them before retention existed: no inhoudHash, one hash over head and content. */
function oudeKeten(n: number): Logregel[] {
  return keten(n).reduce<Logregel[]>((uit, r) => {
    const oud = Object.assign(new Logregel(), { ...r, inhoudHash: null, vorigeHash: uit[uit.length - 1]?.hash ?? BEGIN_HASH });
    oud.hash = hashVan(oud as Ketenvelden);
    return [...uit, oud];
  }, []);
}

/**
 * netwerk's two tables in memory, read as verifieerToegangslog reads them (pages by volgnummer). Like a
 * database without ORDER BY, rows come in no particular order (here: newest first) unless asked in order.
 */
function bron(regels: Logregel[], checkpoints: Checkpoint[]): DataSource {
  type Opties = { where?: { volgnummer: FindOperator<number> }; order?: { volgnummer?: string }; take?: number };
  const inVolgorde = <T extends { volgnummer: number }>(rijen: T[], opties: Opties) => [...rijen].sort((a, b) => (opties.order?.volgnummer === 'ASC' ? a.volgnummer - b.volgnummer : b.volgnummer - a.volgnummer));
  return {
    getRepository: (entity: unknown) => ({
      find: async (opties: Opties) => {
        if (entity === Logcheckpoint) return inVolgorde(checkpoints, opties);
        const vanaf = opties.where!.volgnummer.value as number;
        return inVolgorde(regels.filter((r) => r.volgnummer > vanaf), opties).slice(0, opties.take);
      },
    }),
  } as unknown as DataSource;
}

let sleutels: { prive: JWK; publiek: JWK };
let vals: { prive: JWK; publiek: JWK };
beforeAll(async () => {
  sleutels = await maakCheckpointSleutelpaar('checkpoint-test');
  // another key under the same kid: what someone without the gateway's key could make
  vals = await maakCheckpointSleutelpaar('checkpoint-test');
});

const checkpointVan = (r: Logregel, sleutel = sleutels.prive) => tekenCheckpoint(sleutel, r);
const verifieer = (regels: Logregel[], checkpoints: Checkpoint[], getuigen: Getuigenis[] = []) => verifieerToegangslog(bron(regels, checkpoints), [sleutels.publiek], TERMIJNEN, getuigen);

describe('checkpointhandtekeningen worden geverifieerd, niet alleen gelezen', () => {
  test('een checkpoint-sleutelpaar zegt op beide helften waarvoor het is (ondertekenen), met welk algoritme en welke kid: zo leest een andere verifieerder de publieke helft', () => {
    const kenmerken = (jwk: JWK) => ({ use: jwk.use, alg: jwk.alg, kid: jwk.kid, kty: jwk.kty, geheim: 'd' in jwk });
    expect([kenmerken(sleutels.prive), kenmerken(sleutels.publiek)]).toEqual([
      { use: 'sig', alg: 'ES256', kid: 'checkpoint-test', kty: 'EC', geheim: true },
      { use: 'sig', alg: 'ES256', kid: 'checkpoint-test', kty: 'EC', geheim: false },
    ]);
  });

  test('een echt checkpoint klopt; met een andere sleutel onder dezelfde kid, ongetekend of met een gewijzigd veld niet', async () => {
    const [r] = keten(1);
    const echt = await checkpointVan(r);
    expect(await checkpointKlopt(echt, [sleutels.publiek])).toBe(true);
    expect(await checkpointKlopt(await checkpointVan(r, vals.prive), [sleutels.publiek])).toBe(false);
    const ongetekend = new UnsecuredJWT({ volgnummer: 1, hash: r.hash }).setIssuedAt().encode();
    expect(await checkpointKlopt({ volgnummer: 1, hash: r.hash, handtekening: ongetekend }, [sleutels.publiek])).toBe(false);
    expect(await checkpointKlopt({ ...echt, hash: 'f'.repeat(64) }, [sleutels.publiek])).toBe(false);
    expect(await checkpointKlopt({ ...echt, volgnummer: 2 }, [sleutels.publiek])).toBe(false);
    // an unknown kid, and a JWS with the right key but not of the checkpoint type
    expect(await checkpointKlopt(echt, [{ ...sleutels.publiek, kid: 'ander' }])).toBe(false);
    const anderType = await new SignJWT({ volgnummer: 1, hash: r.hash }).setProtectedHeader({ alg: 'ES256', kid: 'checkpoint-test', typ: 'JWT' }).setIssuedAt().sign(await (await import('jose')).importJWK(sleutels.prive, 'ES256'));
    expect(await checkpointKlopt({ volgnummer: 1, hash: r.hash, handtekening: anderType }, [sleutels.publiek])).toBe(false);
  });

  test('leesCheckpoint leest wat een JWS zegt, en alleen een checkpoint', async () => {
    const [r] = keten(1);
    const echt = await checkpointVan(r);
    expect(leesCheckpoint(echt.handtekening)).toEqual(echt);
    expect(leesCheckpoint('geen.jws.hier')).toBeNull();
    const zonder = async (payload: Record<string, unknown>, typ = 'toegangslog-checkpoint', kid: string | undefined = 'k') => leesCheckpoint(await new SignJWT(payload).setProtectedHeader({ alg: 'ES256', typ, ...(kid ? { kid } : {}) }).sign(await (await import('jose')).importJWK(sleutels.prive, 'ES256')));
    const goed = { volgnummer: 1, hash: r.hash, iat: 1 };
    expect(await zonder(goed)).toMatchObject({ volgnummer: 1, kid: 'k', tijdstip: new Date(1000) });
    expect(await zonder(goed, 'JWT')).toBeNull();
    expect(await zonder(goed, undefined, '')).toBeNull();
    expect(await zonder({ ...goed, volgnummer: 0 })).toBeNull();
    expect(await zonder({ ...goed, volgnummer: 1.5 })).toBeNull();
    expect(await zonder({ ...goed, hash: 'F'.repeat(64) })).toBeNull();
    expect(await zonder({ ...goed, hash: 'a'.repeat(63) })).toBeNull();
    expect(await zonder({ volgnummer: 1, hash: r.hash })).toBeNull();
    // the hash is 64 lowercase hex characters exactly, and text: nothing before, after, or a list around it
    expect(await zonder({ ...goed, hash: `x${r.hash}` })).toBeNull();
    expect(await zonder({ ...goed, hash: `${r.hash}x` })).toBeNull();
    expect(await zonder({ ...goed, hash: [r.hash] })).toBeNull();
  });

  test('een handtekening met de echte sleutel over velden die geen checkpoint vormen, klopt niet (en gooit niet)', async () => {
    const jose = await import('jose');
    const handtekening = await new SignJWT({ volgnummer: 1, hash: 'F'.repeat(64) }).setProtectedHeader({ alg: 'ES256', typ: 'toegangslog-checkpoint', kid: 'checkpoint-test' }).setIssuedAt().sign(await jose.importJWK(sleutels.prive, 'ES256'));
    await expect(checkpointKlopt({ volgnummer: 1, hash: 'F'.repeat(64), handtekening }, [sleutels.publiek])).resolves.toBe(false);
  });

  test('een nieuw sleutelpaar zonder gekozen kid krijgt er een met de datum en een willekeurig deel, op beide helften', async () => {
    const paar = await maakCheckpointSleutelpaar();
    expect(paar.prive.kid).toMatch(new RegExp(`^checkpoint-${new Date().toISOString().slice(0, 10)}-[0-9a-f]{8}$`));
    expect(paar.publiek.kid).toBe(paar.prive.kid);
    expect((await maakCheckpointSleutelpaar()).prive.kid).not.toBe(paar.prive.kid);
  });

  test('tekenen vraagt een kid', async () => {
    const { kid: _kid, ...zonderKid } = sleutels.prive;
    await expect(tekenCheckpoint(zonderKid, keten(1)[0])).rejects.toThrow('de checkpoint-sleutel heeft geen kid');
  });

  test('de sleutels uit de configuratie: alleen EC met kid, privé met d, publiek zonder, geen dubbele kid', () => {
    expect(leesCheckpointSleutel(JSON.stringify(sleutels.prive), 'X')).toEqual(sleutels.prive);
    expect(() => leesCheckpointSleutel(undefined, 'X')).toThrow(/^X ontbreekt/);
    expect(() => leesCheckpointSleutel(JSON.stringify(sleutels.publiek), 'X')).toThrow('X moet een private EC-sleutel (P-256) als JWK met een kid zijn');
    expect(() => leesCheckpointSleutel(JSON.stringify({ ...sleutels.prive, kid: '' }), 'X')).toThrow(/moet een private/);
    expect(() => leesCheckpointSleutel('{', 'X')).toThrow(/moet een private/);
    // a private key of another kind, or a kid that is not text (JSON allows a list), is refused as well
    expect(() => leesCheckpointSleutel(JSON.stringify({ ...sleutels.prive, kty: 'OKP' }), 'X')).toThrow(/moet een private/);
    expect(() => leesCheckpointSleutel(JSON.stringify({ ...sleutels.prive, kid: ['checkpoint-test'] }), 'X')).toThrow(/moet een private/);
    expect(() => leesCheckpointSleutel(JSON.stringify({ ...sleutels.prive, kid: 5 }), 'X')).toThrow(/moet een private/);
    expect(leesCheckpointPubliekeSleutels(JSON.stringify([sleutels.publiek]), 'P')).toEqual([sleutels.publiek]);
    expect(leesCheckpointPubliekeSleutels(JSON.stringify({ keys: [sleutels.publiek] }), 'P')).toEqual([sleutels.publiek]);
    expect(() => leesCheckpointPubliekeSleutels('{', 'P')).toThrow('P is geen JSON');
    expect(() => leesCheckpointPubliekeSleutels('[]', 'P')).toThrow("P moet een lijst van publieke JWK's (of een JWKS) zijn");
    expect(() => leesCheckpointPubliekeSleutels(JSON.stringify([sleutels.prive]), 'P')).toThrow('P[0] moet een publieke EC-sleutel met een kid zijn');
    expect(() => leesCheckpointPubliekeSleutels(JSON.stringify([{ ...sleutels.publiek, kid: '' }]), 'P')).toThrow('P[0] moet een publieke EC-sleutel met een kid zijn');
    expect(() => leesCheckpointPubliekeSleutels(JSON.stringify([sleutels.publiek, sleutels.publiek]), 'P')).toThrow('P: kid checkpoint-test staat er twee keer in');
    // not a list, not EC, no string kid: refused with the same explanation, never a TypeError
    expect(() => leesCheckpointPubliekeSleutels('null', 'P')).toThrow("P moet een lijst van publieke JWK's (of een JWKS) zijn");
    expect(() => leesCheckpointPubliekeSleutels('[null]', 'P')).toThrow('P[0] moet een publieke EC-sleutel met een kid zijn');
    expect(() => leesCheckpointPubliekeSleutels(JSON.stringify([{ ...sleutels.publiek, kty: 'OKP' }]), 'P')).toThrow('P[0] moet een publieke EC-sleutel met een kid zijn');
    expect(() => leesCheckpointPubliekeSleutels(JSON.stringify([{ ...sleutels.publiek, kid: 5 }]), 'P')).toThrow('P[0] moet een publieke EC-sleutel met een kid zijn');
  });

  test('een checkpoint draagt het tijdstip van ondertekenen, op de seconde', async () => {
    const voor = Date.now();
    const c = await tekenCheckpoint(sleutels.prive, keten(1)[0]);
    expect(c.tijdstip.getTime() % 1000).toBe(0);
    expect(c.tijdstip.getTime()).toBeGreaterThan(voor - 2000);
    expect(c.tijdstip.getTime()).toBeLessThanOrEqual(Date.now());
  });
});

describe('audit:verify: de keten en de checkpoints', () => {
  test('een heel log met echte checkpoints is intact', async () => {
    const regels = keten(7);
    const v = await verifieer(regels, [await checkpointVan(regels[2]), await checkpointVan(regels[6])], [{ getuige: 'gi', checkpoints: [await checkpointVan(regels[6])] }]);
    expect(v).toEqual({ records: 7, vervallen: 0, checkpoints: 2, laatste: 7, bevindingen: [], getuigen: [{ getuige: 'gi', checkpoints: 1, hoogste: 7 }] });
  });

  test('een checkpoint met een andere sleutel (zelfde kid) ondertekend, wordt gevonden', async () => {
    const regels = keten(3);
    const v = await verifieer(regels, [await checkpointVan(regels[2], vals.prive)]);
    expect(v.bevindingen).toEqual([{ volgnummer: 3, reden: 'checkpoint is niet met een checkpoint-sleutel van de gateway ondertekend, of gewijzigd' }]);
  });

  test('een gewijzigd, verwijderd of verkeerd gekoppeld record: de eerste fout wordt genoemd', async () => {
    const gewijzigd = keten(4);
    gewijzigd[1].sub = 'iemand-anders';
    expect((await verifieer(gewijzigd, [])).bevindingen).toEqual([{ volgnummer: 2, reden: 'inhoud klopt niet met zijn hash (gewijzigd)' }]);
    const kop = keten(4);
    kop[2].actie = 'uitleg';
    expect((await verifieer(kop, [])).bevindingen).toEqual([{ volgnummer: 3, reden: 'inhoud klopt niet met zijn hash (gewijzigd)' }]);
    const weg = keten(5).filter((r) => r.volgnummer !== 2 && r.volgnummer !== 3);
    expect((await verifieer(weg, [])).bevindingen).toEqual([{ volgnummer: 2, reden: 'record 2 tot 3 ontbreekt' }]);
    const een = keten(3).filter((r) => r.volgnummer !== 2);
    expect((await verifieer(een, [])).bevindingen).toEqual([{ volgnummer: 2, reden: 'record 2 ontbreekt' }]);
    const andereKeten = keten(3);
    andereKeten[1].vorigeHash = 'a'.repeat(64);
    expect((await verifieer(andereKeten, [])).bevindingen[0]).toEqual({ volgnummer: 2, reden: 'verwijst niet naar de hash van zijn voorganger' });
  });

  test('een record van voor de bewaartermijnen (zonder inhoudHash): de hash dekt ook zijn inhoud, dus een wijziging wordt gevonden', async () => {
    const oud = oudeKeten(3);
    expect((await verifieer(oud, [await checkpointVan(oud[2])])).bevindingen).toEqual([]);
    oud[1].sub = 'iemand-anders';
    expect((await verifieer(oud, [])).bevindingen).toEqual([{ volgnummer: 2, reden: 'inhoud klopt niet met zijn hash (gewijzigd)' }]);
    const inhoud = oudeKeten(3);
    inhoud[2].inhoud = { n: 99 };
    expect((await verifieer(inhoud, [])).bevindingen).toEqual([{ volgnummer: 3, reden: 'inhoud klopt niet met zijn hash (gewijzigd)' }]);
  });

  test('ingekort: het record van een checkpoint ontbreekt, of een getuige zag verder', async () => {
    const regels = keten(6);
    const c6 = await checkpointVan(regels[5]);
    expect((await verifieer(regels.slice(0, 4), [c6])).bevindingen).toEqual([{ volgnummer: 6, reden: 'het record van dit checkpoint ontbreekt: het log is ingekort' }]);
    const v = await verifieer(regels.slice(0, 4), [], [{ getuige: 'raad', checkpoints: [await checkpointVan(regels[1]), c6] }]);
    expect(v.bevindingen).toEqual([{ volgnummer: 5, reden: `het log is ingekort: records 5 tot en met 6 ontbreken; getuige raad zag een ondertekend checkpoint van record 6 (${c6.tijdstip.toISOString().replace('T', ' ').slice(0, 19)} UTC)` }]);
    expect(v.getuigen).toEqual([{ getuige: 'raad', checkpoints: 2, hoogste: 6 }]);
  });

  test('vervangen: het record heeft een andere hash dan het checkpoint of de getuige', async () => {
    const echt = await checkpointVan(keten(3)[2]);
    // a whole new chain from record 1 on: every hash differs
    const nieuw = keten(3);
    nieuw[0].sub = 'x';
    const herrekend = herbereken(nieuw);
    expect((await verifieer(herrekend, [echt])).bevindingen).toEqual([{ volgnummer: 3, reden: 'het record heeft een andere hash dan het checkpoint: het log is vervangen of gewijzigd' }]);
    expect((await verifieer(herrekend, [], [{ getuige: 'gi', checkpoints: [echt] }])).bevindingen).toEqual([{ volgnummer: 3, reden: 'record 3 heeft een andere hash dan getuige gi zag: het log is vervangen of gewijzigd' }]);
  });

  test('een getuige met een vals checkpoint wordt genoemd', async () => {
    const regels = keten(2);
    const nep = await checkpointVan(regels[1], vals.prive);
    const v = await verifieer(regels, [], [{ getuige: 'vrouwenopvang', checkpoints: [nep] }]);
    expect(v.bevindingen).toEqual([{ volgnummer: 2, reden: 'getuige vrouwenopvang heeft een checkpoint dat niet met een checkpoint-sleutel van de gateway is ondertekend (kid checkpoint-test)' }]);
    expect(v.getuigen).toEqual([{ getuige: 'vrouwenopvang', checkpoints: 1, hoogste: 2 }]);
    // a witness without checkpoints
    expect((await verifieer(regels, [], [{ getuige: 'leeg', checkpoints: [] }])).getuigen).toEqual([{ getuige: 'leeg', checkpoints: 0, hoogste: null }]);
  });

  test('een tijd die terugloopt wordt gevonden', async () => {
    const regels = keten(3);
    regels[2].tijdstip = new Date(Date.UTC(2025, 0, 1));
    const herrekend = herbereken(regels);
    expect((await verifieer(herrekend, [])).bevindingen).toEqual([{ volgnummer: 3, reden: 'tijdstip ligt vóór dat van zijn voorganger' }]);
  });

  test('verwijderde inhoud zonder run van de bewaartaak, of voor het einde van de termijn', async () => {
    const regels = keten(3);
    const leeg = (r: Logregel, op: Date) => Object.assign(r, { sub: null, organisatie: null, rol: null, team: null, namens: null, doel: null, beleidsversie: null, huishoudens: null, personen: null, inhoud: null, vervallenOp: op });
    leeg(regels[0], new Date(Date.UTC(2027, 5, 1)));
    expect((await verifieer(regels, [])).bevindingen).toEqual([{ volgnummer: 1, reden: 'inhoud verwijderd zonder vastgelegde run van de bewaartaak' }]);
    expect((await verifieer(regels, [])).vervallen).toBe(1);
  });

  test('verwijderde inhoud met een run van de bewaartaak: goed na de termijn, binnen de run; anders genoemd', async () => {
    // record 1 (2026-01-01) emptied by the run in record 3 (2027-03-01) at `op`; record 4 comes on 2027-03-02
    const met = (runOp: Date, op: Date, termijnen = TERMIJNEN) => {
      const regels = keten(4);
      regels[2].tijdstip = runOp;
      regels[3].tijdstip = new Date(Date.UTC(2027, 2, 2));
      Object.assign(regels[2], { actie: 'bewaartermijn', inhoud: { termijnen, vervallen: [[1, 1]] } });
      const herrekend = herbereken(regels);
      const stomp = herrekend[0];
      Object.assign(stomp, { sub: null, organisatie: null, rol: null, team: null, namens: null, doel: null, beleidsversie: null, huishoudens: null, personen: null, inhoud: null, vervallenOp: op });
      return herrekend;
    };
    const run = new Date(Date.UTC(2027, 2, 1));
    expect((await verifieer(met(run, new Date(Date.UTC(2027, 2, 1, 1))), [])).bevindingen).toEqual([]);
    expect((await verifieer(met(run, new Date(Date.UTC(2027, 1, 1))), [])).bevindingen).toEqual([{ volgnummer: 1, reden: 'inhoud verwijderd buiten de run van de bewaartaak in record 3 om' }]);
    expect((await verifieer(met(run, new Date(Date.UTC(2027, 2, 3))), [])).bevindingen).toEqual([{ volgnummer: 1, reden: 'inhoud verwijderd buiten de run van de bewaartaak in record 3 om' }]);
    const vroeg = new Date(Date.UTC(2026, 5, 1));
    const regels = met(vroeg, new Date(Date.UTC(2026, 5, 1, 1)), { ...TERMIJNEN, inzien: 3 });
    regels[3].tijdstip = new Date(Date.UTC(2026, 5, 2));
    const kort = herbereken(regels.map((r, i) => (i === 0 ? keten(1)[0] : r))).map((r, i) => (i === 0 ? Object.assign(r, { sub: null, organisatie: null, rol: null, team: null, namens: null, doel: null, beleidsversie: null, huishoudens: null, personen: null, inhoud: null, vervallenOp: new Date(Date.UTC(2026, 5, 1, 1)) }) : r));
    expect((await verifieer(kort, [])).bevindingen).toEqual([{ volgnummer: 1, reden: 'inhoud verwijderd vóór het einde van de bewaartermijn (12 maanden voor inzien; de bewaartaak in record 3 rekende met 3 maanden)' }]);
    // a run record that cannot be read
    const onleesbaar = keten(2);
    Object.assign(onleesbaar[1], { actie: 'bewaartermijn', inhoud: { termijnen: TERMIJNEN, vervallen: [[2, 1]] } });
    expect((await verifieer(herbereken(onleesbaar), [])).bevindingen).toEqual([{ volgnummer: 2, reden: 'run van de bewaartaak is onleesbaar' }]);
  });

  test('lange logs worden in pagina\'s gelezen', async () => {
    const regels = keten(5003);
    const v = await verifieer(regels, [await checkpointVan(regels[5002])]);
    expect(v).toMatchObject({ records: 5003, laatste: 5003, bevindingen: [] });
  });
});

const LEEG = { sub: null, organisatie: null, rol: null, team: null, namens: null, doel: null, beleidsversie: null, huishoudens: null, personen: null, inhoud: null };
/** What the retention job does to a record: its content removed at `op`; its head and hashes stay. */
const leegOp = (r: Logregel, op: Date) => Object.assign(r, LEEG, { vervallenOp: op });
const utc = (jaar: number, maand: number, dag: number, uur = 0) => new Date(Date.UTC(jaar, maand - 1, dag, uur));

/** A log of n records as keten(n), with the given records changed before they are hashed; those in `oud` written before retention existed (no inhoudHash). */
function log(n: number, wijzig: Record<number, Partial<Logregel>> = {}, oud: number[] = []): Logregel[] {
  let vorige = BEGIN_HASH;
  return keten(n).map((r) => {
    const uit = Object.assign(new Logregel(), r, wijzig[r.volgnummer] ?? {}, { vorigeHash: vorige });
    uit.inhoudHash = oud.includes(r.volgnummer) ? null : inhoudHashVan(uit as Ketenvelden);
    uit.hash = hashVan(uit as Ketenvelden);
    vorige = uit.hash;
    return uit;
  });
}
/** A record of a run of the retention job at `op`, naming the records it emptied. */
const run = (op: Date, vervallen: unknown, termijnen: unknown = TERMIJNEN): Partial<Logregel> => ({ actie: 'bewaartermijn', tijdstip: op, inhoud: { termijnen, vervallen } });
const RUN = utc(2027, 3, 1);
/** Record 1 (2026-01-01, inzien: 12 months) emptied at `op` by the run in record 3 (at `runOp`); record 4 on 2027-03-10. */
function geleegd(op: Date, runOp = RUN, vervallen: unknown = [[1, 1]], termijnen: unknown = TERMIJNEN): Logregel[] {
  const regels = log(4, { 3: run(runOp, vervallen, termijnen), 4: { tijdstip: utc(2027, 3, 10) } });
  leegOp(regels[0], op);
  return regels;
}
const ZONDER_RUN = 'inhoud verwijderd zonder vastgelegde run van de bewaartaak';

describe('audit:verify: vervallen records en de runs van de bewaartaak', () => {
  test('een vervallen record met een gewijzigde kop wordt als zodanig genoemd; een vervallen record met weer inhoud ook', async () => {
    expect((await verifieer(geleegd(utc(2027, 3, 1, 1)), [])).bevindingen).toEqual([]);
    const kop = geleegd(utc(2027, 3, 1, 1));
    kop[0].auditId = 'f0f0f0f0-0000-4000-8000-000000000000';
    expect((await verifieer(kop, [])).bevindingen).toEqual([{ volgnummer: 1, reden: 'kop van een vervallen record klopt niet met zijn hash (gewijzigd)' }]);
    const terug = geleegd(utc(2027, 3, 1, 1));
    terug[0].sub = 'prof-1';
    expect((await verifieer(terug, [])).bevindingen).toEqual([{ volgnummer: 1, reden: 'vervallen record heeft weer inhoud' }]);
  });

  test('een run die niet te lezen is, wordt genoemd en telt niet als run', async () => {
    const onleesbaar: unknown[] = [
      null,
      { vervallen: [[1, 1]] },
      { termijnen: null, vervallen: [[1, 1]] },
      { termijnen: 'kort', vervallen: [[1, 1]] },
      { termijnen: TERMIJNEN, vervallen: { 0: [1, 1] } },
      { termijnen: TERMIJNEN, vervallen: [[1, 2, 3]] },
      { termijnen: TERMIJNEN, vervallen: [[1, 1.5]] },
      { termijnen: TERMIJNEN, vervallen: [[1, 1], [2, 1]] },
    ];
    for (const inhoud of onleesbaar) {
      const regels = log(3, { 3: { actie: 'bewaartermijn', tijdstip: RUN, inhoud: inhoud as object | null } });
      leegOp(regels[0], utc(2027, 3, 1, 1));
      expect([inhoud, (await verifieer(regels, [])).bevindingen]).toEqual([inhoud, [{ volgnummer: 1, reden: ZONDER_RUN }, { volgnummer: 3, reden: 'run van de bewaartaak is onleesbaar' }]]);
    }
  });

  test('een run leegt alleen de records die hij noemt, en alleen records van vóór hem', async () => {
    const op = utc(2027, 3, 1, 1);
    // record 1 emptied, the run in record 3 names record 2 only; record 2 emptied, the run names record 1 only
    expect((await verifieer(geleegd(op, RUN, [[2, 2]]), [])).bevindingen).toEqual([{ volgnummer: 1, reden: ZONDER_RUN }]);
    const tweede = log(4, { 3: run(RUN, [[1, 1]]), 4: { tijdstip: utc(2027, 3, 10) } });
    leegOp(tweede[1], op);
    expect((await verifieer(tweede, [])).bevindingen).toEqual([{ volgnummer: 2, reden: ZONDER_RUN }]);
    // a run in record 1 that names record 2, written after it
    const later = log(3, { 1: run(utc(2026, 1, 1), [[2, 2]]), 3: { tijdstip: utc(2027, 3, 10) } });
    leegOp(later[1], op);
    expect((await verifieer(later, [])).bevindingen).toEqual([{ volgnummer: 2, reden: ZONDER_RUN }]);
    // a run that names its records in several ranges empties each of them
    const beide = log(4, { 3: run(RUN, [[1, 1], [2, 2]]), 4: { tijdstip: utc(2027, 3, 10) } });
    leegOp(beide[0], op);
    leegOp(beide[1], op);
    expect((await verifieer(beide, [])).bevindingen).toEqual([]);
  });

  test('de grenzen: geleegd op het tijdstip van de run zelf, en door een run op het moment dat de termijn verstrijkt', async () => {
    expect((await verifieer(geleegd(RUN), [])).bevindingen).toEqual([]);
    const einde = plusMaanden(keten(1)[0].tijdstip, TERMIJNEN.inzien);
    expect((await verifieer(geleegd(einde, einde), [])).bevindingen).toEqual([]);
    // a run that is the last record of the log: nothing after it bounds the emptying
    const laatste = log(3, { 3: run(RUN, [[1, 1]]) });
    leegOp(laatste[0], utc(2027, 6, 1));
    expect((await verifieer(laatste, [])).bevindingen).toEqual([]);
  });

  test('een termijn die het beleid of de run niet kent, wordt genoemd met een vraagteken', async () => {
    const { inzien: _inzien, ...zonderInzien } = TERMIJNEN;
    const regels = geleegd(utc(2027, 3, 1, 1));
    const v = await verifieerToegangslog(bron(regels, []), [sleutels.publiek], zonderInzien as Record<Recordsoort, number>, []);
    expect(v.bevindingen).toEqual([{ volgnummer: 1, reden: 'inhoud verwijderd vóór het einde van de bewaartermijn (? maanden voor inzien; de bewaartaak in record 3 rekende met 12 maanden)' }]);
    const vroeg = geleegd(utc(2026, 6, 1, 1), utc(2026, 6, 1), [[1, 1]], zonderInzien);
    expect((await verifieer(vroeg, [])).bevindingen).toEqual([{ volgnummer: 1, reden: 'inhoud verwijderd vóór het einde van de bewaartermijn (12 maanden voor inzien; de bewaartaak in record 3 rekende met ? maanden)' }]);
  });
});

describe('audit:verify: tijden, volgorde en getuigen', () => {
  test('tijden van records van vóór de bewaartermijnen tellen niet, ook niet tegenover het eerste nieuwe record; dezelfde tijd loopt niet terug', async () => {
    const oud = log(3, { 2: { tijdstip: utc(2025, 1, 1) } }, [1, 2, 3]);
    expect((await verifieer(oud, [])).bevindingen).toEqual([]);
    const daarna = log(3, { 3: { tijdstip: utc(2025, 1, 1) } }, [1, 2]);
    expect((await verifieer(daarna, [])).bevindingen).toEqual([]);
    const tegelijk = log(3, { 3: { tijdstip: keten(2)[1].tijdstip } });
    expect((await verifieer(tegelijk, [])).bevindingen).toEqual([]);
  });

  test('een gebroken keten: alleen de eerste breuk wordt genoemd (wat erna komt, hangt aan een keten die daar al niet klopt)', async () => {
    const tweeKeer = keten(5);
    tweeKeer[1].sub = 'iemand-anders';
    tweeKeer[3].sub = 'nog-iemand-anders';
    expect((await verifieer(tweeKeer, [])).bevindingen).toEqual([{ volgnummer: 2, reden: 'inhoud klopt niet met zijn hash (gewijzigd)' }]);
  });

  test('tijden: alleen de eerste die terugloopt wordt genoemd; een record zonder inhoudHash heeft geen tijd om te vergelijken, ook niet na een nieuw record', async () => {
    const tweeKeer = log(5, { 2: { tijdstip: utc(2025, 1, 1) }, 4: { tijdstip: utc(2025, 6, 1) } });
    expect((await verifieer(tweeKeer, [])).bevindingen).toEqual([{ volgnummer: 2, reden: 'tijdstip ligt vóór dat van zijn voorganger' }]);
    const oudNaNieuw = log(3, { 3: { tijdstip: utc(2025, 1, 1) } }, [3]);
    expect(oudNaNieuw[2].inhoudHash).toBeNull();
    expect((await verifieer(oudNaNieuw, [])).bevindingen).toEqual([]);
  });

  test('geleegd in dezelfde milliseconde als het volgende record is geschreven: geen bevinding (de keten bewaart tijden op de milliseconde)', async () => {
    const volgende = utc(2027, 3, 10);
    const regels = geleegd(volgende);
    expect(regels[3].tijdstip).toEqual(volgende);
    expect((await verifieer(regels, [])).bevindingen).toEqual([]);
    // a millisecond later is after the next record
    expect((await verifieer(geleegd(new Date(volgende.getTime() + 1)), [])).bevindingen).toEqual([{ volgnummer: 1, reden: 'inhoud verwijderd buiten de run van de bewaartaak in record 3 om' }]);
  });

  test('de bevindingen staan in de volgorde van het log, welke controle ze ook vond', async () => {
    const regels = log(3);
    regels[2].sub = 'iemand-anders';
    leegOp(regels[0], utc(2027, 3, 1));
    expect((await verifieer(regels, [])).bevindingen).toEqual([{ volgnummer: 1, reden: ZONDER_RUN }, { volgnummer: 3, reden: 'inhoud klopt niet met zijn hash (gewijzigd)' }]);
    const twee = log(3);
    leegOp(twee[0], utc(2027, 3, 1));
    leegOp(twee[1], utc(2027, 3, 1));
    expect((await verifieer(twee, [])).bevindingen).toEqual([{ volgnummer: 1, reden: ZONDER_RUN }, { volgnummer: 2, reden: ZONDER_RUN }]);
  });

  test('zonder getuigen: alleen de keten en de eigen checkpoints', async () => {
    const regels = keten(2);
    expect(await verifieerToegangslog(bron(regels, [await checkpointVan(regels[1])]), [sleutels.publiek], TERMIJNEN)).toEqual({ records: 2, vervallen: 0, checkpoints: 1, laatste: 2, bevindingen: [], getuigen: [] });
  });

  test('een getuige die verder zag: het hoogste checkpoint wordt genoemd; een verwijderd record dat een getuige zag, heet ontbrekend, niet vervangen', async () => {
    const regels = keten(6);
    const [c5, c6] = [await checkpointVan(regels[4]), await checkpointVan(regels[5])];
    const v = await verifieer(regels.slice(0, 4), [], [{ getuige: 'raad', checkpoints: [c5, c6] }]);
    expect(v.bevindingen).toEqual([{ volgnummer: 5, reden: `het log is ingekort: records 5 tot en met 6 ontbreken; getuige raad zag een ondertekend checkpoint van record 6 (${c6.tijdstip.toISOString().replace('T', ' ').slice(0, 19)} UTC)` }]);
    const c3 = await checkpointVan(regels[2]);
    const zonderDrie = regels.filter((r) => r.volgnummer !== 3);
    expect((await verifieer(zonderDrie, [], [{ getuige: 'gi', checkpoints: [c3] }])).bevindingen).toEqual([{ volgnummer: 3, reden: 'record 3 ontbreekt' }]);
  });
});

/** The chain's hashes recomputed after a change: what someone who rewrites the whole log does. */
function herbereken(regels: Logregel[]): Logregel[] {
  let vorige = BEGIN_HASH;
  return regels.map((r) => {
    const inhoudHash = inhoudHashVan(r as Ketenvelden);
    const uit = Object.assign(new Logregel(), { ...r, vorigeHash: vorige, inhoudHash });
    uit.hash = hashVan(uit as Ketenvelden);
    vorige = uit.hash;
    return uit;
  });
}
