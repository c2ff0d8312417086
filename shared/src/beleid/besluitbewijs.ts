import { createHash, randomUUID } from 'node:crypto';

import { importJWK, JWK, jwtVerify, SignJWT } from 'jose';

import { GRANT_ALGORITME } from '../grant/grant';
import { grantSleutel } from '../grant/tekenen';
import { beleidUitBestanden, laadBeleid, STANDAARD_POLICIES } from './laden';
import { Roosterregel } from './rooster';

/**
 * Evidence of a policy step (a proposal, an approval, a refusal) that netwerk's database cannot make: a JWT signed
 * by the gateway with its grant key when a privacy officer signed in to it takes that step, bound to exactly what is
 * decided. netwerk stores it with the step; every gateway checks the whole chain of versions before it puts one in
 * force (`controleerKeten`). So whoever can write netwerk's tables (its database administrator) can no longer put a
 * version in force alone: a row without evidence, or with evidence of something else, is refused.
 *
 * The grant key pair is reused because netwerk and every gateway already hold its halves; explicit typing keeps the
 * two apart (RFC 8725 §3.11): another `typ` and `iss` than a grant, and no `exp`, which a grant requires.
 */
export const BEWIJS_TYP = 'beleidsbewijs+jwt';
export const BEWIJS_ISSUER = 'netwerkdossier-gateway/beleid';

/** Who took the step, as the gateway verified them from their own organisation's token. */
export interface Stapzetter {
  sub: string;
  organisatie: string | null;
  rol: string;
}

/** What a proposal's evidence binds: the new texts, the version they change, and what the proposer asked. */
export interface Voorstelbewijs extends Stapzetter {
  stap: 'voorstel';
  /** inhoudHash of the proposed files. */
  inhoud: string;
  basis: { volgnummer: number; inhoud: string };
  reden: string;
  gewenstVanaf: string | null;
  terugNaar: number | null;
  /**
   * Whose say it needs: the organisations whose sharing it changes (betrokkenOrganisaties), as netwerk and the gateway
   * both counted them when it was proposed. Signed, so that a later supergraph (a partner that joined) does not change
   * what an approved version needed, and no database administrator can shorten it.
   */
  organisaties: string[];
  iat: number;
}

/** What an approval's or refusal's evidence binds: that one proposal (the hash of its evidence), and the reason. */
export interface Besluitbewijs extends Stapzetter {
  stap: 'goedgekeurd' | 'afgewezen';
  /** bewijsHash of the proposal's evidence. */
  voorstel: string;
  reden: string;
  iat: number;
}

/** Evidence that does not hold, with the reason in words. */
export class BewijsOngeldig extends Error {}

/** SHA-256 over a policy's files (names and texts, in name order): the content a proposal binds, in full. */
export function inhoudHash(bestanden: Record<string, string>): string {
  const geordend = Object.keys(bestanden).sort().map((naam) => [naam, bestanden[naam]]);
  return createHash('sha256').update(JSON.stringify(geordend)).digest('hex');
}

const inhoudPerBeleid = new WeakMap<{ bestanden: Record<string, string> }, string>();

/** inhoudHash of a policy's files, computed once per policy object: what a grant names the version by. */
export function beleidInhoud(beleid: { bestanden: Record<string, string> }): string {
  let hash = inhoudPerBeleid.get(beleid);
  if (!hash) inhoudPerBeleid.set(beleid, (hash = inhoudHash(beleid.bestanden)));
  return hash;
}

/** SHA-256 of a piece of evidence as stored: what an approval names its proposal by. */
export function bewijsHash(bewijs: string): string {
  return createHash('sha256').update(bewijs).digest('hex');
}

async function teken(sleutel: JWK, { sub, ...claims }: Omit<Voorstelbewijs, 'iat'> | Omit<Besluitbewijs, 'iat'>): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: GRANT_ALGORITME, typ: BEWIJS_TYP })
    .setIssuer(BEWIJS_ISSUER)
    .setSubject(sub)
    .setJti(randomUUID())
    .setIssuedAt()
    .sign(await grantSleutel(sleutel));
}

/** The gateway's evidence of a proposal (`sleutel`: its private grant key). */
export const tekenVoorstel = (sleutel: JWK, inhoud: Omit<Voorstelbewijs, 'stap' | 'iat'>) => teken(sleutel, { stap: 'voorstel', ...inhoud });

/** The gateway's evidence of an approval or refusal. */
export const tekenBesluit = (sleutel: JWK, inhoud: Omit<Besluitbewijs, 'iat'>) => teken(sleutel, inhoud);

const publiekeSleutels = new WeakMap<JWK, ReturnType<typeof importJWK>>();

/**
 * The claims of a piece of evidence whose signature (by one of `publiek`: the gateway's public grant key, and those of
 * grant keys used before), type and issuer hold; else BewijsOngeldig.
 */
export async function leesBewijs(bewijs: string, publiek: JWK | readonly JWK[]): Promise<Voorstelbewijs | Besluitbewijs> {
  let payload: Record<string, unknown> | undefined;
  for (const jwk of Array.isArray(publiek) ? publiek : [publiek as JWK]) {
    let sleutel = publiekeSleutels.get(jwk);
    if (!sleutel) publiekeSleutels.set(jwk, (sleutel = importJWK(jwk, GRANT_ALGORITME)));
    try {
      ({ payload } = await jwtVerify(bewijs, await sleutel, { issuer: BEWIJS_ISSUER, typ: BEWIJS_TYP, algorithms: [GRANT_ALGORITME], requiredClaims: ['sub', 'iat', 'stap'] }));
      break;
    } catch {
      // another key, or none at all
    }
  }
  if (!payload) throw new BewijsOngeldig('de handtekening, het type of de uitgever klopt niet');
  const p = payload as unknown as Voorstelbewijs | Besluitbewijs;
  if (p.rol !== 'privacyfunctionaris') throw new BewijsOngeldig('het is niet van een privacyfunctionaris');
  if (p.stap === 'voorstel' ? typeof p.inhoud !== 'string' || typeof p.basis?.inhoud !== 'string' || !Array.isArray(p.organisaties) : !['goedgekeurd', 'afgewezen'].includes(p.stap) || typeof p.voorstel !== 'string') {
    throw new BewijsOngeldig('het noemt niet wat besloten is');
  }
  return p;
}

/** The anker of an installation: inhoudHash of the policy in `map` (POLICIES_DIR, else policies/), netwerk's first version. */
export async function installatieAnker(map = process.env.POLICIES_DIR ?? STANDAARD_POLICIES): Promise<string> {
  return inhoudHash((await laadBeleid(map)).bestanden);
}

/** What a gateway needs to check a chain of versions. */
export interface Ketencontrole {
  /** The gateway's public grant key, which signs every piece of evidence, and those of grant keys used before. */
  publiek: JWK[];
  /** inhoudHash of the installation's policy (policies/): the only version that needs no evidence, and only as the first. */
  anker: string;
}

// per Ketencontrole (one per gateway), every link of the chain proven so far: each schedule netwerk sends repeats the
// whole chain, and building a version's policy takes milliseconds; bounded by the versions ever approved
const schakels = new WeakMap<Ketencontrole, Set<string>>();
const bewezenPer = (controle: Ketencontrole) => {
  let bewezen = schakels.get(controle);
  if (!bewezen) schakels.set(controle, (bewezen = new Set()));
  return bewezen;
};

// clocks of the gateways and netwerk's database differ a little; a version put in force by netwerk at the approval
// that completed it is in force within this of that approval's evidence (and not before its desired moment)
const SPELING_S = 60;

/**
 * Checks netwerk's schedule against the evidence, version by version in the order of approval (`volgorde`): the
 * first is the installation's (`anker`); each next one has a proposal's evidence for exactly its files on exactly the
 * version before it, an approval by a second privacy officer, an approval by each organisation whose sharing it
 * changes (as counted when it was proposed, in its evidence) other than the proposer's own, no refusal, and a moment in force that
 * follows from that evidence. Returns per volgnummer undefined (proven) or why not; a version after one that is not
 * proven is not proven either.
 */
export async function controleerKeten(rooster: readonly Roosterregel[], controle: Ketencontrole): Promise<Map<number, string | undefined>> {
  const uitslag = new Map<number, string | undefined>();
  const keten = [...rooster].sort((a, b) => a.volgorde - b.volgorde);
  let vorige: Schakel | undefined;
  const bewezen = bewezenPer(controle);
  for (const [i, regel] of keten.entries()) {
    let waarom: string | undefined;
    const inhoud = inhoudHash(regel.bestanden);
    // a link proven before (the same version, evidence and moment on the same version before it) is not checked again
    const sleutel = JSON.stringify([vorige?.inhoud ?? null, vorige?.regel.volgnummer ?? null, regel.volgnummer, inhoud, regel.basis, regel.bewijs, regel.besluiten, regel.vanaf]);
    if (!bewezen.has(sleutel)) {
      try {
        // a version that does not load is never in force, whatever its evidence
        beleidUitBestanden(regel.bestanden);
        if (!vorige) {
          if (inhoud !== controle.anker) throw new BewijsOngeldig('de eerste versie is niet het beleid van de installatie (policies/)');
        } else {
          await controleerVersie(regel, inhoud, vorige, controle);
        }
        bewezen.add(sleutel);
      } catch (fout) {
        waarom = fout instanceof BewijsOngeldig ? fout.message : `de versie laadt niet (${(fout as Error).message})`;
      }
    }
    uitslag.set(regel.volgnummer, waarom);
    if (waarom) {
      // the chain breaks here: every later version rests on this one
      for (const later of keten.slice(i + 1)) uitslag.set(later.volgnummer, `versie ${regel.volgnummer}, waarop zij rust, is niet bewezen`);
      break;
    }
    vorige = { regel, inhoud };
  }
  return uitslag;
}

/** A version of the chain that is proven, with the hash of its files. */
interface Schakel {
  regel: Roosterregel;
  inhoud: string;
}

async function controleerVersie(regel: Roosterregel, inhoud: string, vorige: Schakel, controle: Ketencontrole): Promise<void> {
  if (!regel.bewijs) throw new BewijsOngeldig('er is geen bewijs van het voorstel');
  const voorstel = await leesBewijs(regel.bewijs, controle.publiek);
  if (voorstel.stap !== 'voorstel') throw new BewijsOngeldig('het bewijs van het voorstel is dat van een besluit');
  if (voorstel.inhoud !== inhoud) throw new BewijsOngeldig('de beleidsbestanden zijn niet die van het voorstel');
  if (voorstel.basis.inhoud !== vorige.inhoud || voorstel.basis.volgnummer !== vorige.regel.volgnummer) {
    throw new BewijsOngeldig(`het voorstel ging niet uit van versie ${vorige.regel.volgnummer}, die ervoor in werking kwam`);
  }
  const besluiten: Besluitbewijs[] = [];
  for (const b of regel.besluiten) {
    const besluit = await leesBewijs(b, controle.publiek);
    if (besluit.stap === 'voorstel' || besluit.voorstel !== bewijsHash(regel.bewijs)) throw new BewijsOngeldig('een besluit gaat over een ander voorstel');
    besluiten.push(besluit);
  }
  if (besluiten.some((b) => b.stap === 'afgewezen')) throw new BewijsOngeldig('het voorstel is afgewezen');
  const goed = besluiten.filter((b) => b.sub !== voorstel.sub);
  if (!goed.length) throw new BewijsOngeldig('geen tweede privacyfunctionaris keurde het goed');
  const ontbreekt = voorstel.organisaties.filter((o) => o !== voorstel.organisatie && !goed.some((b) => b.organisatie === o));
  if (ontbreekt.length) throw new BewijsOngeldig(`de goedkeuring ontbreekt van ${ontbreekt.join(', ')}, waarvan het het delen wijzigt`);
  const vanaf = Date.parse(regel.vanaf) / 1000;
  const vroegst = Math.max(Math.max(...goed.map((b) => b.iat)), voorstel.gewenstVanaf ? Date.parse(voorstel.gewenstVanaf) / 1000 : 0);
  if (!(vanaf >= vroegst - SPELING_S && vanaf <= vroegst + SPELING_S)) throw new BewijsOngeldig('het moment van in werking treden volgt niet uit de goedkeuring en de gewenste datum');
}
