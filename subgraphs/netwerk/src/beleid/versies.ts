import { isDeepStrictEqual } from 'node:util';

import { Beleid, BeleidOngeldig, beleidUitBestanden, bewijsHash, BewijsOngeldig, inhoudHash, inWerkingOp, laadBeleid, leesBewijs, NieuweLogregel, Roosterregel } from '@netwerkdossier/shared';
import { JWK } from 'jose';
import { DataSource, EntityManager } from 'typeorm';

import { voegToe } from '../toegangslog/logboek';
import { verschilInOrganisaties, Zeggenschap } from './zeggenschap';

/** A privacy officer as the gateway's grant names them. */
export interface Functionaris {
  sub: string;
  organisatie: string | null;
  rol: string;
  team: string | null;
}

/** A step refused, with the reason in the privacy officer's words (HTTP 409 or 400). */
export class BeleidsstapGeweigerd extends Error {
  constructor(melding: string, readonly fouten?: BeleidOngeldig['fouten']) {
    super(melding);
  }
}

export type Status = 'voorgesteld' | 'afgewezen' | 'gepland' | 'in werking' | 'vervangen';

/** One version with who proposed it, why, who decided what, and where it stands now. */
export interface Versie {
  volgnummer: number;
  versie: string;
  reden: string;
  voorgesteldDoor: string;
  organisatie: string | null;
  voorgesteldOp: string;
  gewenstVanaf: string | null;
  basis: number | null;
  terugNaar: number | null;
  organisaties: string[];
  besluiten: Array<{ oordeel: 'goedgekeurd' | 'afgewezen'; door: string; organisatie: string | null; reden: string; tijdstip: string }>;
  inWerkingVanaf: string | null;
  status: Status;
}

/** Who installed the first version: not a person, so never a privacy officer who could approve their own. */
export const INSTALLATIE = 'installatie';

// one policy step at a time across every netwerk replica: numbers without gaps, and no two approvals racing
const vergrendel = (m: EntityManager) => m.query("SELECT pg_advisory_xact_lock(hashtext('beleidsversie'))");

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Records a policy step in the toegangslog, in the same transaction as the step itself. */
function legVast(m: EntityManager, actie: string, door: Functionaris, beleidsversie: string, inhoud: Record<string, unknown>) {
  const regel: NieuweLogregel = { actie, auditId: null, ...door, namens: null, doel: 'toezicht', beleidsversie, huishoudens: [], personen: [], inhoud };
  return voegToe(m, [regel]);
}

/**
 * The first version: the files of `map` (policies/), in force from now, when the registry holds none yet.
 * Validated as at start-up: a broken policies/ stops netwerk from starting.
 */
export async function voerEersteVersieIn(dataSource: DataSource, map: string): Promise<void> {
  const beleid = await laadBeleid(map);
  await dataSource.transaction(async (m) => {
    await vergrendel(m);
    const [{ aantal }] = (await m.query('SELECT count(*)::int AS aantal FROM beleidsversie')) as Array<{ aantal: number }>;
    if (aantal > 0) return;
    await m.query('INSERT INTO beleidsversie (volgnummer, versie, bestanden, reden, voorgesteld_door, organisaties) VALUES (1, $1, $2, $3, $4, $5)', [beleid.versie, beleid.bestanden, `eerste versie, uit ${map}`, INSTALLATIE, []]);
    await m.query('INSERT INTO beleid_in_werking (volgnummer, vanaf) VALUES (1, clock_timestamp())');
    await legVast(m, 'beleid/in-werking', { sub: INSTALLATIE, organisatie: null, rol: 'systeem', team: null }, beleid.versie, { volgnummer: 1, reden: `eerste versie, uit ${map}` });
  });
}

/**
 * Every approved version in the order of approval, with its evidence: the version in force now is the last of those
 * whose moment has come (inWerkingOp); the ones after it may follow. Each gateway checks the whole chain before it
 * puts one in force (controleerKeten), so the first version is in it too.
 */
export async function rooster(q: DataSource | EntityManager): Promise<Roosterregel[]> {
  const rijen = (await q.query(`
    SELECT w.volgnummer, v.versie, w.vanaf, w.volgorde, v.bestanden, v.basis, v.bewijs,
      coalesce((SELECT array_agg(b.bewijs ORDER BY b.id) FROM beleidsbesluit b WHERE b.volgnummer = v.volgnummer AND b.bewijs IS NOT NULL), '{}') AS besluiten
    FROM beleid_in_werking w JOIN beleidsversie v USING (volgnummer) ORDER BY w.volgorde`)) as Array<Omit<Roosterregel, 'vanaf'> & { vanaf: Date }>;
  return rijen.map((r) => ({ ...r, vanaf: r.vanaf.toISOString() }));
}

/** The last version approved (whether or not its moment has come): what a new proposal must start from. */
async function laatstGoedgekeurd(m: EntityManager): Promise<number> {
  const [rij] = (await m.query('SELECT volgnummer FROM beleid_in_werking ORDER BY volgorde DESC LIMIT 1')) as Array<{ volgnummer: number }>;
  return rij.volgnummer;
}

/** Every version, newest first, with its decisions and status. */
export async function versies(q: DataSource | EntityManager): Promise<Versie[]> {
  const rijen = (await q.query(`
    SELECT v.*, w.vanaf, w.volgorde,
      coalesce((SELECT json_agg(json_build_object('oordeel', b.oordeel, 'door', b.door, 'organisatie', b.organisatie, 'reden', b.reden, 'tijdstip', b.tijdstip) ORDER BY b.id) FROM beleidsbesluit b WHERE b.volgnummer = v.volgnummer), '[]') AS besluiten
    FROM beleidsversie v LEFT JOIN beleid_in_werking w USING (volgnummer) ORDER BY v.volgnummer DESC`)) as Array<Record<string, unknown>>;
  const huidig = inWerkingOp(await rooster(q), Date.now())?.volgnummer;
  return rijen.map((r) => {
    const besluiten = (r.besluiten as Versie['besluiten']).map((b) => ({ ...b, tijdstip: new Date(b.tijdstip).toISOString() }));
    const vanaf = r.vanaf as Date | null;
    const status: Status = r.volgnummer === huidig ? 'in werking'
      : vanaf && vanaf.getTime() > Date.now() ? 'gepland'
      : vanaf ? 'vervangen'
      : besluiten.some((b) => b.oordeel === 'afgewezen') ? 'afgewezen' : 'voorgesteld';
    return {
      volgnummer: r.volgnummer as number,
      versie: r.versie as string,
      reden: r.reden as string,
      voorgesteldDoor: r.voorgesteld_door as string,
      organisatie: r.organisatie as string | null,
      voorgesteldOp: iso(r.voorgesteld_op as Date)!,
      gewenstVanaf: iso(r.gewenst_vanaf as Date | null),
      basis: r.basis as number | null,
      terugNaar: r.terug_naar as number | null,
      organisaties: r.organisaties as string[],
      besluiten,
      inWerkingVanaf: iso(vanaf),
      status,
    };
  });
}

/** One version's texts (for a comparison, a rollback or a decision) and the evidence of its proposal, or undefined. */
export async function bestandenVan(q: DataSource | EntityManager, volgnummer: number): Promise<{ versie: string; bestanden: Record<string, string>; bewijs: string | null } | undefined> {
  const [rij] = (await q.query('SELECT versie, bestanden, bewijs FROM beleidsversie WHERE volgnummer = $1', [volgnummer])) as Array<{ versie: string; bestanden: Record<string, string>; bewijs: string | null }>;
  return rij;
}

/**
 * The gateway's evidence of a step (besluitbewijs.ts), read and compared with the step itself: netwerk stores no step
 * whose evidence is missing, forged, or of something else; a gateway would not put it in force anyway.
 */
async function bewijsVan(bewijs: string, publiek: JWK, door: Functionaris, verwacht: Record<string, unknown>): Promise<void> {
  let inhoud: Record<string, unknown>;
  try {
    inhoud = (await leesBewijs(bewijs, publiek)) as unknown as Record<string, unknown>;
  } catch (fout) {
    if (fout instanceof BewijsOngeldig) throw new BeleidsstapGeweigerd(`Het bewijs van de gateway is ongeldig: ${fout.message}`);
    throw fout;
  }
  const anders = Object.entries({ ...verwacht, sub: door.sub, organisatie: door.organisatie }).filter(([k, v]) => !isDeepStrictEqual(inhoud[k], v)).map(([k]) => k);
  if (anders.length) throw new BeleidsstapGeweigerd(`Het bewijs van de gateway hoort bij een andere stap (${anders.join(', ')} wijkt af)`);
}

export interface Voorstel {
  bestanden: Record<string, string>;
  reden: string;
  /** ISO time; absent or past: in force as soon as it is approved. */
  gewenstVanaf: string | null;
  /** The version it changes: the last one approved when it was made. */
  basis: number;
  /** On a rollback: the older version it equals. */
  terugNaar: number | null;
  /**
   * The organisations whose own data's sharing it changes, as the gateway previewed them: netwerk computes them
   * itself and refuses the proposal when they differ.
   */
  organisaties: string[];
  /** The gateway's evidence of this proposal (besluitbewijs.ts). */
  bewijs: string;
}

/**
 * Stores a proposal, validated exactly as start-up validates; returns its volgnummer. Whose say it needs netwerk
 * decides itself, from the basis version's files and the proposal's (`zeggenschap`), so that no gateway operator
 * can leave an organisation out; a rollback is a proposal like any other.
 */
export async function stelVoor(dataSource: DataSource, door: Functionaris, voorstel: Voorstel, zeggenschap: Zeggenschap, publiek: JWK): Promise<number> {
  let nieuw: Beleid;
  try {
    nieuw = beleidUitBestanden(voorstel.bestanden);
  } catch (fout) {
    if (fout instanceof BeleidOngeldig) throw new BeleidsstapGeweigerd('Het voorstel is geen geldig beleid', fout.fouten);
    throw fout;
  }
  return dataSource.transaction(async (m) => {
    await vergrendel(m);
    const laatste = await laatstGoedgekeurd(m);
    if (voorstel.basis !== laatste) throw new BeleidsstapGeweigerd(`Dit voorstel gaat uit van versie ${voorstel.basis}, maar inmiddels is versie ${laatste} goedgekeurd; begin opnieuw vanaf versie ${laatste}`);
    if (voorstel.terugNaar !== null) {
      const ouder = await bestandenVan(m, voorstel.terugNaar);
      if (!ouder) throw new BeleidsstapGeweigerd(`Versie ${voorstel.terugNaar} bestaat niet`);
      // exactly the same files: the same names, each with the same text
      if (!isDeepStrictEqual(ouder.bestanden, voorstel.bestanden)) throw new BeleidsstapGeweigerd(`Dit terugdraaivoorstel is niet opgeslagen: de beleidsbestanden zijn niet precies die van versie ${voorstel.terugNaar}`);
    }
    const basis = (await bestandenVan(m, laatste))!.bestanden;
    const organisaties = await zeggenschap(beleidUitBestanden(basis), nieuw);
    const verschil = verschilInOrganisaties(voorstel.organisaties, organisaties, laatste);
    if (verschil) throw new BeleidsstapGeweigerd(verschil);
    await bewijsVan(voorstel.bewijs, publiek, door, {
      stap: 'voorstel', inhoud: inhoudHash(voorstel.bestanden), basis: { volgnummer: laatste, inhoud: inhoudHash(basis) }, reden: voorstel.reden, gewenstVanaf: voorstel.gewenstVanaf, terugNaar: voorstel.terugNaar,
      organisaties: [...organisaties].sort(),
    });
    const versie = nieuw.versie;
    const [{ volgnummer }] = (await m.query(
      'INSERT INTO beleidsversie (volgnummer, versie, bestanden, reden, voorgesteld_door, organisatie, gewenst_vanaf, basis, terug_naar, organisaties, bewijs) SELECT coalesce(max(volgnummer), 0) + 1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM beleidsversie RETURNING volgnummer',
      [versie, voorstel.bestanden, voorstel.reden, door.sub, door.organisatie, voorstel.gewenstVanaf, voorstel.basis, voorstel.terugNaar, organisaties, voorstel.bewijs],
    )) as Array<{ volgnummer: number }>;
    const { bestanden: _, bewijs, ...inhoud } = voorstel;
    await legVast(m, 'beleid/voorstel', door, versie, { volgnummer, ...inhoud, organisaties, bewijs: bewijsHash(bewijs) });
    return volgnummer;
  });
}

/**
 * A privacy officer's approval or refusal of a proposal, with a reason. The proposer cannot approve (their own
 * organisation's say is their proposal); each privacy officer decides once. A refusal closes the proposal. The approval that completes it (a second privacy
 * officer, and each organisation concerned) puts it in force at its moment (at once when that has passed),
 * unless another version was approved after it was proposed.
 */
export async function beslis(dataSource: DataSource, door: Functionaris, volgnummer: number, oordeel: 'goedgekeurd' | 'afgewezen', reden: string, bewijs: string, publiek: JWK): Promise<Versie> {
  await dataSource.transaction(async (m) => {
    await vergrendel(m);
    const versie = (await versies(m)).find((v) => v.volgnummer === volgnummer);
    if (!versie) throw new BeleidsstapGeweigerd(`Er is geen voorstel ${volgnummer}`);
    if (versie.status !== 'voorgesteld') throw new BeleidsstapGeweigerd(`Voorstel ${volgnummer} is al ${versie.status === 'afgewezen' ? 'afgewezen' : 'goedgekeurd'}`);
    if (oordeel === 'goedgekeurd' && versie.voorgesteldDoor === door.sub) throw new BeleidsstapGeweigerd('U stelde dit voor; een tweede privacyfunctionaris moet het goedkeuren (vier ogen)');
    if (versie.besluiten.some((b) => b.door === door.sub)) throw new BeleidsstapGeweigerd('U heeft over dit voorstel al besloten');
    const voorstel = (await bestandenVan(m, volgnummer))!.bewijs;
    if (!voorstel) throw new BeleidsstapGeweigerd(`Voorstel ${volgnummer} heeft geen bewijs van de gateway; er kan niet over worden besloten`);
    await bewijsVan(bewijs, publiek, door, { stap: oordeel, voorstel: bewijsHash(voorstel), reden });
    await m.query('INSERT INTO beleidsbesluit (volgnummer, oordeel, door, organisatie, reden, bewijs) VALUES ($1, $2, $3, $4, $5, $6)', [volgnummer, oordeel, door.sub, door.organisatie, reden, bewijs]);
    await legVast(m, oordeel === 'goedgekeurd' ? 'beleid/goedkeuring' : 'beleid/afwijzing', door, versie.versie, { volgnummer, reden, bewijs: bewijsHash(bewijs) });
    if (oordeel === 'afgewezen') return;
    const besluiten = [...versie.besluiten, { door: door.sub, organisatie: door.organisatie }];
    const tweede = besluiten.some((b) => b.door !== versie.voorgesteldDoor);
    // the proposer's own organisation said yes by proposing it
    const nogNodig = versie.organisaties.filter((o) => o !== versie.organisatie && !besluiten.some((b) => b.organisatie === o));
    if (!tweede || nogNodig.length) return;
    const laatste = await laatstGoedgekeurd(m);
    if (versie.basis !== laatste) throw new BeleidsstapGeweigerd(`Dit voorstel ging uit van versie ${versie.basis}, maar inmiddels is versie ${laatste} goedgekeurd; het kan niet meer in werking treden`);
    const [{ vanaf }] = (await m.query('INSERT INTO beleid_in_werking (volgnummer, vanaf) VALUES ($1, greatest(clock_timestamp(), $2::timestamptz)) RETURNING vanaf', [volgnummer, versie.gewenstVanaf])) as Array<{ vanaf: Date }>;
    await legVast(m, 'beleid/in-werking', door, versie.versie, { volgnummer, vanaf: vanaf.toISOString() });
  });
  return (await versies(dataSource)).find((v) => v.volgnummer === volgnummer)!;
}
