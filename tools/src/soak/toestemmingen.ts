import { beslisHuishouden, CedarBeslisser, laadBeslissingscontexten, Vrager } from '@netwerkdossier/gateway';
import { Beleid, DEMO_PEILJAAR, DemoHuishouden, PROFESSIONALS } from '@netwerkdossier/shared';
import { JWK } from 'jose';
import { Client } from 'pg';

import { Antwoord, stuur, Verzoek } from './verkeer';

/** The duo partner whose consents the soak revokes and registers, and the doel the consents are for. */
export const DUOPARTNER = 'rvt-eva';
export const DUODOEL = 'gezamenlijk-plan';
const NAAM = 'query ($id: ID!) { huishouden(id: $id) { leden { id personalia { voornaam } } } }';

/** A revocation as the checks need it: from `na` on, this persona must not see this person's personalia. */
export interface Intrekking {
  huishouden: string;
  persoon: string;
  toestemmingen: string[];
  /** When the last revocation's answer was read. */
  na: number;
  /** The policy's decision for the person's identificatie right after: `afgeschermd`, or the other basis that still opens it. */
  oordeel: string;
}

export interface Toestemmingen {
  gatewayUrl: string;
  netwerkUrl: string;
  netwerkDatabaseUrl: string;
  grantSleutel: JWK;
  beleid: Beleid;
  token: string;
  bewaar: (a: Antwoord) => void;
}

const vrager: Vrager = (() => {
  const p = PROFESSIONALS.find((x) => x.sub === DUOPARTNER)!;
  return { sub: p.sub, organisatie: p.organisatie, team: p.team, rol: p.rol };
})();

async function vraag(t: Toestemmingen, v: Omit<Verzoek, 'sub' | 'doel'>): Promise<Antwoord> {
  const a = await stuur(t.gatewayUrl, t.token, { ...v, sub: DUOPARTNER, doel: DUODOEL });
  t.bewaar(a);
  return a;
}

/** The consents in force that open this person's identificatie to Veilig Thuis, from netwerk's registry. */
async function lopendeToestemmingen(databaseUrl: string, persoon: string): Promise<string[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>("SELECT id FROM toestemming WHERE persoon_id = $1 AND 'identificatie' = ANY(categorieen) AND ontvanger_organisatie = 'veilig-thuis' AND ingetrokken_op IS NULL", [persoon]);
    return rows.map((r) => r.id);
  } finally {
    await db.end();
  }
}

/**
 * Revokes, through the gateway as the duo partner, every consent that opens the personalia of one member
 * of the next candidate household whose name the partner sees now; then asks the policy (the gateway's own
 * decision functions on the registry's context) whether anything else still opens them. Undefined when no
 * candidate is left, lokaal-team is down, or the revocation was refused (that answer is in the outcomes).
 */
export async function trekIn(t: Toestemmingen, kandidaten: DemoHuishouden[]): Promise<Intrekking | undefined> {
  while (kandidaten.length) {
    const h = kandidaten.shift()!;
    const persoon = h.toestemmingen.find((x) => x.ontvangerOrganisatie === 'veilig-thuis' && x.categorieen.includes('identificatie'))?.persoon;
    if (!persoon) continue;
    const voor = await vraag(t, { soort: 'weergave voor intrekking', huishouden: h.id, query: NAAM, variables: { id: h.id } });
    if (voor.onbereikbaar.includes('lokaal-team')) {
      // the owner of personalia is down: try this household again next time
      kandidaten.unshift(h);
      return undefined;
    }
    if (!voor.metPersonalia.includes(persoon)) continue;
    const toestemmingen = await lopendeToestemmingen(t.netwerkDatabaseUrl, persoon);
    for (const id of toestemmingen) {
      const a = await vraag(t, { soort: 'intrekking', huishouden: h.id, query: 'mutation ($id: ID!) { trekToestemmingIn(id: $id) { ingetrokkenOp } }', variables: { id } });
      if (a.fout || a.status !== 200) return undefined;
    }
    const na = Date.now();
    // the first view after the revocation's answer, whatever else the traffic asks meanwhile
    await vraag(t, { soort: 'weergave na intrekking', huishouden: h.id, query: NAAM, variables: { id: h.id } });
    const [ctx] = await laadBeslissingscontexten(t.netwerkUrl, t.grantSleutel, vrager, DUODOEL, [h.id]);
    const cel = beslisHuishouden(t.beleid, new CedarBeslisser(t.beleid), vrager, DUODOEL, ctx).find((r) => r.persoonId === persoon && r.categorie === 'identificatie' && r.partner === 'lokaal-team')!;
    return { huishouden: h.id, persoon, toestemmingen, na, oordeel: cel.uitkomst === 'afgeschermd' ? 'afgeschermd' : `${cel.uitkomst} (${cel.regel})` };
  }
  return undefined;
}

/** Registers, through the gateway as the duo partner, an adult member's consent for hulpverlening (which the revocations never touch). */
export async function registreer(t: Toestemmingen, h: DemoHuishouden): Promise<Antwoord | undefined> {
  const volwassene = h.leden.find((l) => DEMO_PEILJAAR - l.geboortejaar >= 18);
  if (!volwassene) return undefined;
  return vraag(t, {
    soort: 'registratie',
    huishouden: h.id,
    query: 'mutation ($i: ToestemmingInvoer!) { registreerToestemming(invoer: $i) { id } }',
    variables: { i: { persoon: volwassene.id, gegevenDoor: [volwassene.id], ontvangerOrganisatie: 'veilig_thuis', categorieen: ['hulpverlening'], doel: DUODOEL, vorm: 'schriftelijk', bewijs: 'Formulier soak', geldigVanaf: '2026-01-01' } },
  });
}
