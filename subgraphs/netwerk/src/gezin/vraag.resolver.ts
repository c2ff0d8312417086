import { randomUUID } from 'node:crypto';

import { Categorie, controleerPseudoniem, Grant, PARTNERS, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DataSource, EntityManager, In, IsNull, MoreThanOrEqual } from 'typeorm';

import { beleidInWerking } from '../beleid/in-werking';
import { aanduiding } from '../aanduiding';
import { Betrokkenheid } from '../betrokkenheid';
import { Toestemmingsvorm } from '../enums';
import { Gezag } from '../gezag';
import { datumInWoorden, ORGANISATIES, professionalNaam } from '../organisaties';
import { Persoon } from '../persoon';
import { Toestemming } from '../toestemming';
import { bezwarenTegenToestemming } from '../toestemming.regels';
import { legRegistratieVast } from '../toegangslog/registratie';
import { nogNietGemeld } from '../toegangslog/uitgesteld';
import { Keuze, MijnToestemmingsvraag, Toestemmingskeuzes } from './mijn-vraag';
import { kiesbareSoorten, SOORTEN, soortInWoorden } from './woorden';
import { beschermd, verborgenVoor } from './bescherming';
import { sluit } from './sluiten';
import { Uitnodiging } from './uitnodiging';
import { Toestemmingsvraag, Toestemmingsweigering } from './vraag';
import { ToestemmingsvraagInvoer } from './vraag.invoer';
import { antwoordVan, statusVan, wieAntwoordt } from './vraag.regels';

/** What a consent asked by the family is for: working together on one plan (policies/doelen.yaml). */
export const DOEL_VAN_HET_GEZIN = 'gezamenlijk-plan';

/** One answer for an unknown person or vraag and for one the caller has no say in: it tells nothing about the family. */
const GEEN_ZEGGENSCHAP = 'deze vraag of persoon is niet bekend, of u beslist hier niet over';

/** The roles a household can invite: those who work on cases with households. */
const UITNODIGBAAR = ['professional', 'gedragswetenschapper'];

const vandaag = () => new Date().toISOString().slice(0, 10);
const enumWaarde = (organisatie: string) => organisatie.replace(/-/g, '_');

function geweigerd(wat: string, bezwaren: string[], code = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(`${wat}: ${bezwaren.join('; ')}`, { extensions: { code, bezwaren } });
}

export function alleenGezinslid(grant: Grant): string {
  if (grant.rol !== 'client') throw new GraphQLError('Toestemming geven in de app is voor de gezinsleden zelf', { extensions: { code: 'FORBIDDEN' } });
  return controleerPseudoniem(grant.sub, 'sub');
}

function ontvangerInWoorden(organisatie: string, professional: string | null): string {
  const naam = ORGANISATIES[organisatie] ?? organisatie;
  return professional ? `${professionalNaam(organisatie, professional)} van ${naam}` : naam;
}

/** The persons whose consent the caller takes part in, with their gezag holders and the caller's own household. */
export interface Kring {
  ik: Persoon;
  leden: Persoon[];
  personen: Map<string, Persoon>;
  gezag: Map<string, string[]>;
}

export async function kringVan(m: EntityManager | DataSource, sub: string): Promise<Kring | null> {
  const ik = await m.getRepository(Persoon).findOneBy({ id: sub });
  if (!ik) return null;
  const leden = await m.getRepository(Persoon).findBy({ huishoudenId: ik.huishoudenId });
  const kinderen = (await m.getRepository(Gezag).findBy({ gezaghebbendeId: sub })).map((g) => g.kindId);
  const ids = [...new Set([sub, ...kinderen])];
  const personen = new Map((await m.getRepository(Persoon).findBy({ id: In(ids) })).map((p) => [p.id, p]));
  const gezag = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const g of await m.getRepository(Gezag).findBy({ kindId: In(ids) })) gezag.get(g.kindId)!.push(g.gezaghebbendeId);
  return { ik, leden, personen, gezag };
}

/** Who the caller may name, and how: themselves, a member of their own household, anyone else as their role in the consent only. */
function inWoorden(kring: Kring, id: string, alsGezag: boolean): string {
  if (id === kring.ik.id) return 'u';
  const lid = kring.leden.find((l) => l.id === id);
  if (lid) return aanduiding(lid, kring.leden);
  return alsGezag ? 'een andere gezaghebbende' : 'een gezinslid';
}

function voorWie(kring: Kring, persoonId: string): string {
  if (persoonId === kring.ik.id) return 'uzelf';
  const lid = kring.leden.find((l) => l.id === persoonId);
  const p = kring.personen.get(persoonId);
  return lid ? aanduiding(lid, kring.leden) : p ? aanduiding(p, [p]) : 'een gezinslid';
}

const ZIN: Record<string, string> = {
  wacht: 'Wacht op antwoord. Er wordt nog niets gedeeld.',
  gegeven: 'Iedereen heeft ja gezegd. Vanaf nu wordt dit gedeeld.',
  geweigerd: 'Iemand heeft nee gezegd. Er wordt niets gedeeld.',
  ingetrokken: 'Iemand heeft de toestemming ingetrokken. Er wordt niets meer gedeeld.',
  verlopen: 'De toestemming is verlopen. Er wordt niets meer gedeeld.',
};

/** The vragen as the caller reads them: only those about them or that they must answer under the age rules today. */
export async function alsMijnVragen(m: EntityManager | DataSource, grant: Grant, kring: Kring, vragen: Toestemmingsvraag[]): Promise<MijnToestemmingsvraag[]> {
  const regels = await beleidInWerking(m, grant);
  const ids = vragen.map((v) => v.id);
  const ja = ids.length ? await m.getRepository(Toestemming).findBy({ vraagId: In(ids) }) : [];
  const nee = ids.length ? await m.getRepository(Toestemmingsweigering).findBy({ vraagId: In(ids) }) : [];
  const uitnodigingen = ids.length ? await m.getRepository(Uitnodiging).findBy({ vraagId: In(ids) }) : [];
  return vragen.flatMap((v) => {
    const persoon = kring.personen.get(v.persoonId);
    if (!persoon) return [];
    const wie = wieAntwoordt(regels, persoon, kring.gezag.get(v.persoonId) ?? []);
    if (v.persoonId !== kring.ik.id && !wie.includes(kring.ik.id)) return [];
    const eigenJa = ja.filter((t) => t.vraagId === v.id);
    const eigenNee = nee.filter((w) => w.vraagId === v.id);
    const antwoorden = wie.map((id) => ({ wie: inWoorden(kring, id, id !== v.persoonId), antwoord: antwoordVan(id, eigenJa, eigenNee), ikZelf: id === kring.ik.id }));
    const status = statusVan(v, antwoorden.map((a) => a.antwoord));
    const nog = antwoorden.filter((a) => a.antwoord === 'nog-niet').map((a) => a.wie);
    const mijn = eigenJa.find((t) => t.gegevenDoor.includes(kring.ik.id) && !t.ingetrokkenOp);
    const ontvanger = ontvangerInWoorden(v.ontvangerOrganisatie, v.ontvangerProfessional);
    const soorten = v.categorieen.map(soortInWoorden);
    const uitnodiging = uitnodigingen.find((u) => u.vraagId === v.id);
    const zin = uitnodiging && status === 'gegeven' && !uitnodiging.betrokkenheidId ? `Uitgenodigd. Zodra ${ontvanger} de uitnodiging aanneemt, wordt dit gedeeld.` : ZIN[status];
    return [{
      id: v.id, persoon: v.persoonId, voorWie: voorWie(kring, v.persoonId), ontvanger, soorten, geldigTot: v.geldigTot, status, antwoorden,
      uitnodiging: !uitnodiging ? null : uitnodiging.betrokkenheidId ? 'aangenomen' : 'verstuurd',
      uwBeurt: status === 'wacht' && antwoorden.some((a) => a.ikZelf && a.antwoord === 'nog-niet'),
      uwToestemming: status === 'wacht' || status === 'gegeven' ? mijn?.id ?? null : null,
      omschrijving: `${ontvanger} mag dit over ${v.persoonId === kring.ik.id ? 'u' : voorWie(kring, v.persoonId)} zien: ${soorten.join(', ')}${v.geldigTot ? `, tot en met ${datumInWoorden(v.geldigTot)}` : ''}. ${zin}${status === 'wacht' && nog.length ? ` Nog niet geantwoord: ${nog.join(', ')}.` : ''}`,
    }];
  });
}

/** Consent the household gives itself: asked in the app, answered by everyone the age rules ask, each in their own view. */
@Resolver()
export class VraagResolver {
  @Query(() => [MijnToestemmingsvraag], { description: 'Voor een gezinslid: de toestemmingen die in de app gevraagd zijn voor u, of die u moet beantwoorden (voor uw kind)' })
  @Categorie('grondslag')
  async mijnToestemmingsvragen(@Ctx() { dataSource, grant }: SubgraphContext): Promise<MijnToestemmingsvraag[]> {
    const kring = await kringVan(dataSource, alleenGezinslid(grant));
    if (!kring) return [];
    const vragen = await dataSource.getRepository(Toestemmingsvraag).find({ where: { persoonId: In([...kring.personen.keys()]) }, order: { gevraagdOp: 'DESC', id: 'ASC' } });
    return alsMijnVragen(dataSource, grant, kring, vragen);
  }

  @Query(() => Toestemmingskeuzes, { description: 'Voor een gezinslid: voor wie, aan wie en welke gegevens u in de app toestemming kunt geven' })
  @Categorie('grondslag')
  async toestemmingskeuzes(@Ctx() { dataSource, grant }: SubgraphContext): Promise<Toestemmingskeuzes> {
    const kring = await kringVan(dataSource, alleenGezinslid(grant));
    const regels = await beleidInWerking(dataSource, grant);
    const organisaties: Keuze[] = PARTNERS.map((p) => ({ waarde: enumWaarde(p.naam), naam: ORGANISATIES[p.naam], uitleg: null, organisatie: null }));
    const soorten: Keuze[] = kiesbareSoorten(regels).map((c) => ({ waarde: c, naam: SOORTEN[c]!.naam, uitleg: `Bijvoorbeeld: ${SOORTEN[c]!.voorbeeld}.`, organisatie: null }));
    if (!kring) return { voorWie: [], organisaties, professionals: [], uitTeNodigen: [], soorten };
    const voor: Keuze[] = [...kring.personen.values()]
      .filter((p) => wieAntwoordt(regels, p, kring.gezag.get(p.id) ?? []).includes(kring.ik.id))
      .map((p) => ({ waarde: p.id, naam: voorWie(kring, p.id), uitleg: null, organisatie: null }));
    const huishoudenId = kring.ik.huishoudenId;
    const verborgen = new Set((await nogNietGemeld(dataSource, regels, huishoudenId)).map((b) => b.id));
    const lopend = await dataSource.getRepository(Betrokkenheid).find({ where: [{ huishoudenId, tot: IsNull() }, { huishoudenId, tot: MoreThanOrEqual(vandaag()) }], order: { vanaf: 'ASC', id: 'ASC' } });
    const professionals = new Map<string, Keuze>();
    const beschermden = await beschermd(dataSource, kring.leden.map((l) => l.id));
    for (const b of lopend.filter((x) => !verborgen.has(x.id) && x.vanaf <= vandaag() && !verborgenVoor(x.organisatie, kring.ik.id, beschermden))) {
      professionals.set(`${b.organisatie}/${b.professional}`, { waarde: b.professional, naam: professionalNaam(b.organisatie, b.professional), uitleg: ORGANISATIES[b.organisatie] ?? b.organisatie, organisatie: enumWaarde(b.organisatie) });
    }
    const betrokken = new Set(lopend.map((b) => `${b.organisatie}/${b.professional}`));
    // who a household can invite: the professionals the partners list (partner.json) who work on cases
    const uitTeNodigen: Keuze[] = PARTNERS.flatMap((p) => p.professionals.filter((x) => UITNODIGBAAR.includes(x.rol) && !betrokken.has(`${p.naam}/${x.sub}`))
      .map((x) => ({ waarde: x.sub, naam: x.naam, uitleg: ORGANISATIES[p.naam], organisatie: enumWaarde(p.naam) })));
    return { voorWie: voor, organisaties, professionals: [...professionals.values()], uitTeNodigen, soorten };
  }

  @Mutation(() => MijnToestemmingsvraag, { description: 'Een gezinslid vraagt toestemming en geeft meteen de eigen: voor uzelf of voor uw kind. Wie volgens de leeftijdsregels nog meer moet instemmen, ziet de vraag in de eigen app; er opent niets tot iedereen ja zei' })
  @Categorie('grondslag')
  async vraagToestemming(@Arg('invoer', () => ToestemmingsvraagInvoer) invoer: ToestemmingsvraagInvoer, @Ctx() { dataSource, grant }: SubgraphContext): Promise<MijnToestemmingsvraag> {
    return dataSource.transaction(async (m) => {
      const { vraag, kring } = await legVraagVast(m, grant, invoer, 'toestemmingsvraag');
      return (await alsMijnVragen(m, grant, kring, [vraag]))[0];
    });
  }

  @Mutation(() => MijnToestemmingsvraag, { description: 'Ja of nee op een toestemmingsvraag, door wie volgens de leeftijdsregels moet instemmen. Eén nee sluit de vraag: wat anderen al gaven, wordt ingetrokken' })
  @Categorie('grondslag')
  async beantwoordToestemmingsvraag(@Arg('vraag', () => ID) vraagId: string, @Arg('ja') ja: boolean, @Ctx() { dataSource, grant }: SubgraphContext): Promise<MijnToestemmingsvraag> {
    const sub = alleenGezinslid(grant);
    const id = controleerPseudoniem(vraagId, 'vraag');
    const regels = await beleidInWerking(dataSource, grant);
    return dataSource.transaction(async (m) => {
      // answers to one vraag one at a time: two answers cannot both see it still open
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`toestemmingsvraag:${id}`]);
      const vraag = await m.getRepository(Toestemmingsvraag).findOneBy({ id });
      const kring = await kringVan(m, sub);
      const persoon = vraag && kring?.personen.get(vraag.persoonId);
      if (!vraag || !kring || !persoon || !wieAntwoordt(regels, persoon, kring.gezag.get(persoon.id) ?? []).includes(sub)) throw geweigerd('Niet beantwoord', [GEEN_ZEGGENSCHAP], 'FORBIDDEN');
      const [nu] = await alsMijnVragen(m, grant, kring, [vraag]);
      if (nu.status !== 'wacht') throw geweigerd('Niet beantwoord', [`deze vraag is al gesloten: ${ZIN[nu.status]}`]);
      if (!nu.uwBeurt) throw geweigerd('Niet beantwoord', ['u heeft deze vraag al beantwoord']);
      if (ja) {
        const toestemming = await m.getRepository(Toestemming).save(nieuweToestemming(vraag.id, vraag.persoonId, sub, vraag));
        await legRegistratieVast(m, grant, 'toestemming', [vraag.huishoudenId], [vraag.persoonId], { vraag: vraag.id, toestemming: toestemming.id });
      } else {
        await m.getRepository(Toestemmingsweigering).save({ vraagId: vraag.id, door: sub });
        await legRegistratieVast(m, grant, 'weigering', [vraag.huishoudenId], [vraag.persoonId], { vraag: vraag.id, ...(await sluit(m, vraag.id)) });
      }
      return (await alsMijnVragen(m, grant, kring, [vraag]))[0];
    });
  }
}

/** One member's yes to a vraag: an ordinary consent record, given in the app. */
function nieuweToestemming(vraagId: string, persoonId: string, door: string, wat: Pick<Toestemmingsvraag, 'ontvangerOrganisatie' | 'categorieen' | 'doel'> & { ontvangerProfessional?: string | null; geldigTot?: string | null }): Toestemming {
  return {
    id: randomUUID(), persoonId, gegevenDoor: [door], ontvangerOrganisatie: wat.ontvangerOrganisatie, ontvangerTeam: null, ontvangerProfessional: wat.ontvangerProfessional ?? null,
    categorieen: [...new Set(wat.categorieen)], doel: wat.doel, vorm: Toestemmingsvorm.digitaal, bewijs: `Gegeven in de app (toestemmingsvraag ${vraagId})`,
    geldigVanaf: vandaag(), geldigTot: wat.geldigTot ?? null, ingetrokkenOp: null, geregistreerdDoor: null, geregistreerdDoorOrganisatie: null, vraagId,
  };
}

/** Of these vragen, those about or answered by the caller that everyone has said yes to: only they open anything. */
export async function volledigeVragen(m: EntityManager | DataSource, grant: Grant, vraagIds: string[]): Promise<Set<string>> {
  const kring = vraagIds.length ? await kringVan(m, grant.sub) : null;
  if (!kring) return new Set();
  const vragen = await m.getRepository(Toestemmingsvraag).findBy({ id: In(vraagIds) });
  return new Set((await alsMijnVragen(m, grant, kring, vragen)).filter((v) => v.status === 'gegeven').map((v) => v.id));
}

/**
 * Stores a vraag and the caller's own yes to it, and records it in the toegangslog as `registratie/<wat>`:
 * only by someone the age rules ask for this person's consent.
 */
export async function legVraagVast(m: EntityManager, grant: Grant, invoer: ToestemmingsvraagInvoer, wat: string, extra: object = {}): Promise<{ vraag: Toestemmingsvraag; kring: Kring }> {
  const sub = alleenGezinslid(grant);
  const persoonId = controleerPseudoniem(invoer.persoon, 'persoon');
  const regels = await beleidInWerking(m, grant);
  const kring = await kringVan(m, sub);
  const persoon = kring?.personen.get(persoonId);
  if (!kring || !persoon || !wieAntwoordt(regels, persoon, kring.gezag.get(persoonId) ?? []).includes(sub)) throw geweigerd('Toestemming niet gevraagd', [GEEN_ZEGGENSCHAP], 'FORBIDDEN');
  const kiesbaar: string[] = kiesbareSoorten(regels);
  const bezwaren = invoer.categorieen.filter((c) => !kiesbaar.includes(c)).map((c) => `"${c}" is geen soort gegevens waarvoor u toestemming kunt geven`);
  if (invoer.ontvangerProfessional != null && !invoer.ontvangerProfessional.trim()) bezwaren.push('noem de professional, of kies de hele organisatie');
  const id = randomUUID();
  const toestemming = nieuweToestemming(id, persoonId, sub, { ...invoer, doel: DOEL_VAN_HET_GEZIN });
  bezwaren.push(...bezwarenTegenToestemming({ ...toestemming, persoon: persoonId }, kring.gezag.get(persoonId) ?? []));
  if (bezwaren.length) throw geweigerd('Toestemming niet gevraagd', bezwaren);
  const vraag = await m.getRepository(Toestemmingsvraag).save({
    id, huishoudenId: persoon.huishoudenId, persoonId, gevraagdDoor: sub, ontvangerOrganisatie: invoer.ontvangerOrganisatie,
    ontvangerProfessional: invoer.ontvangerProfessional ?? null, categorieen: [...new Set(invoer.categorieen)], doel: DOEL_VAN_HET_GEZIN, geldigTot: invoer.geldigTot ?? null,
  });
  await m.getRepository(Toestemming).save(toestemming);
  await legRegistratieVast(m, grant, wat, [persoon.huishoudenId], [persoonId], { vraag, toestemming: toestemming.id, ...extra });
  return { vraag, kring };
}
