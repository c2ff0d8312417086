import { PARTNER_NAMEN } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { toetsDelen } from './delen';
import { beoordeel, EISEN, EisId, GROEPEN, nietGetoetst, Uitslag } from './eisen';
import { toetsGevraagd } from './gevraagd';
import { toetsPerOnderwerp } from './per-onderwerp';
import { voerRondesUit } from './rondes';
import { leesSchema } from './schema';
import { steekproef } from './steekproef';
import { beschrijf, graphqlVerzoek, Partnerverbinding, SDL_QUERY } from './verbinding';
import { toetsVerstrekkingenlog } from './verstrekkingenlog';
import { toetsGetuige } from './getuige';
import { toetsWeigeren } from './weigeren';

export type { EisId, Status, Uitslag } from './eisen';
export { EISEN } from './eisen';

export interface ToetsOpties {
  /** The partner's GraphQL endpoint. */
  url: string;
  /** The gateway's private grant key (JWK): the kit signs as the gateway would. */
  sleutel: JWK;
  /** The partner's name (the audience of its grants); found out by asking when left out. */
  naam?: string;
  /** The demo world the partner was seeded with. */
  seed: string;
  aantal: number;
  /**
   * Another address of the same partner on the same database (a second replica, or a second process
   * started beside it): a grant used at one must be refused at the other (1.13). Without it, not tested.
   */
  replica?: string;
}

/** The partner's name: the one registered partner (shared/src/partners) whose grant it answers. */
export async function vindNaam(url: string, sleutel: JWK): Promise<string> {
  const aanvaard: string[] = [];
  for (const naam of PARTNER_NAMEN) {
    const verbinding = new Partnerverbinding(url, naam, sleutel);
    const a = await verbinding.vraag(SDL_QUERY, undefined, (await verbinding.grant(graphqlVerzoek(SDL_QUERY))).token);
    if ((a.body?.data as { _service?: unknown } | null | undefined)?._service) aanvaard.push(naam);
  }
  if (aanvaard.length === 1) return aanvaard[0];
  throw new Error(aanvaard.length ? `de partner aanvaardt grants voor ${aanvaard.join(', ')}: geef zijn naam op met --naam` : `de partner beantwoordt geen grant voor ${PARTNER_NAMEN.join(', ')}: geef zijn naam op met --naam, en controleer de sleutel`);
}

/**
 * Runs the partner contract (docs/partner-contract.md) against one partner subgraph, over HTTP only:
 * a verdict per requirement, in the order of EISEN.
 */
export async function toetsPartner(opties: ToetsOpties): Promise<Uitslag[]> {
  const naam = opties.naam ?? (await vindNaam(opties.url, opties.sleutel));
  const verbinding = new Partnerverbinding(opties.url, naam, opties.sleutel);
  const monster = steekproef(naam, opties.seed, opties.aantal);
  const uitslagen = await toetsWeigeren(verbinding, monster, opties.sleutel, opties.replica);
  const sdl = await verbinding.vraag(SDL_QUERY, undefined, (await verbinding.grant(graphqlVerzoek(SDL_QUERY))).token);
  const tekst = (sdl.body?.data as { _service?: { sdl?: unknown } } | null | undefined)?._service?.sdl;
  let schema;
  try {
    schema = typeof tekst === 'string' ? leesSchema(tekst) : null;
  } catch (fout) {
    schema = null;
    uitslagen.push(beoordeel('2.1', [`de SDL is geen geldige GraphQL: ${(fout as Error).message}`]));
  }
  if (!schema) {
    const reden = `zonder de SDL van _service valt het niet te toetsen (${beschrijf(sdl)})`;
    for (const id of Object.keys(EISEN) as EisId[]) if (!uitslagen.some((u) => u.id === id)) uitslagen.push(nietGetoetst(id, reden));
    return uitslagen;
  }
  const rondes = await voerRondesUit(verbinding, schema, monster);
  return [...uitslagen, ...toetsPerOnderwerp(rondes, schema, monster), await toetsDelen(verbinding, schema, monster), ...(await toetsVerstrekkingenlog(verbinding, rondes)), ...toetsGevraagd(rondes), ...(await toetsGetuige(verbinding))];
}

const TEKEN = { geslaagd: '✓', gefaald: '✗', 'niet getoetst': '?' } as const;

/** The report: per group, per requirement its verdict, and below a failure what was seen. */
export function rapport(naam: string, url: string, uitslagen: Uitslag[]): string {
  const regels = [`Conformiteitstoets van partner ${naam} op ${url}`];
  for (const [groep, titel] of Object.entries(GROEPEN)) {
    regels.push('', `${groep}. ${titel}`);
    for (const u of uitslagen.filter((x) => x.id.startsWith(`${groep}.`))) {
      regels.push(`  ${TEKEN[u.status]} ${u.id} ${u.naam}${u.status === 'geslaagd' ? '' : ` — ${u.status.toUpperCase()}`}`);
      for (const g of u.gezien) regels.push(`      ${u.status === 'gefaald' ? 'gezien' : 'want'}: ${g}`);
    }
  }
  const tel = (s: Uitslag['status']) => uitslagen.filter((u) => u.status === s).length;
  regels.push('', `${uitslagen.length} eisen: ${tel('geslaagd')} geslaagd, ${tel('gefaald')} gefaald, ${tel('niet getoetst')} niet getoetst`);
  return regels.join('\n');
}
