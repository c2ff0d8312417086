import {
  defaultFieldResolver, getNamedType, GraphQLError, GraphQLField, GraphQLFieldResolver, GraphQLOutputType, GraphQLSchema,
  isEnumType, isListType, isNonNullType, isObjectType, isScalarType, StringValueNode,
} from 'graphql';

import { Anonimiseerder } from './anonimiseren';
import { Onderwerpbesluit, Uitkomst, uitkomstVan } from './besluiten';
import { betreftVan, BUITEN_BEELD, delenIn, eigenLijst, isBetreftVeld, isEigenaarType, isEigenRecord } from './betreft';
import { binnenReikwijdte } from './grant/controleren';
import { Categorie, isCategorie } from './categorie';
import type { SubgraphContext } from './subgraph';

/** Who a record is about; nested records inherit it from the household or person they hang under. */
type Onderwerp = { soort: 'huishouden' | 'persoon'; id: string } | { soort: 'eigen' };
/**
 * Whom one field is decided for: its record's subject, the persons a part names, or for a carrier of
 * parts any member of the household (betreft.ts).
 */
type Beslisonderwerp = Onderwerp | { soort: 'personen'; ids: string[] } | { soort: 'deels'; id: string };

const RANG: Record<Uitkomst, number> = { afgeschermd: 0, geanonimiseerd: 1, zichtbaar: 2 };

const ONDERWERP = Symbol('onderwerp');
/** Who may ask a query of `EIGEN_VELDEN`, and what anyone else is told. */
export interface EigenVeld {
  rollen: readonly string[];
  weigering: string;
  /** The field of each item that holds a household's pseudonym: the toegangslog names those households. */
  huishouden?: string;
}

/** The roles that confirm a statutory betrokkenheid of their own team (four eyes), never their own. */
export const BEVESTIGENDE_ROLLEN: readonly string[] = ['teamleider', 'gedragswetenschapper'];

const TOEZICHT: EigenVeld = { rollen: ['privacyfunctionaris'], weigering: 'Alleen de privacyfunctionaris beoordeelt toegang' };
const INZAGE: EigenVeld = { rollen: ['client'], weigering: 'De inzage is voor de gezinsleden zelf' };

/**
 * Queries about accesses and grondslagen, not dossier content, each for its roles: the privacy officer's
 * supervision, a household member's inzage, toestemmingen and what is shared with whom, and what awaits a
 * teamleider's or gedragswetenschapper's confirmation. Their resolvers check the role (and whose log, which
 * team) themselves; their answers are the caller's own to see.
 */
export const EIGEN_VELDEN: Readonly<Record<string, EigenVeld>> = {
  beoordelingen: TOEZICHT, huishoudensVanPersona: TOEZICHT, toegangscijfers: TOEZICHT, inzage: INZAGE, mijnToestemmingen: INZAGE, mijnDeling: INZAGE, mijnToestemmingsvragen: INZAGE, toestemmingskeuzes: INZAGE, mijnVerzoeken: INZAGE,
  gezinsverzoeken: { ...TOEZICHT, huishouden: 'huishouden' },
  mijnDoorbraken: { rollen: ['professional', 'gedragswetenschapper'], weigering: 'Doorbraken zijn van professionals', huishouden: 'huishouden' },
  mijnUitnodigingen: { rollen: ['professional', 'gedragswetenschapper'], weigering: 'Uitnodigingen van huishoudens zijn voor professionals', huishouden: 'huishouden' },
  beschermdeGezinsleden: { rollen: ['professional', 'gedragswetenschapper', 'teamleider'], weigering: 'Wie beschermd is, zien alleen de professionals die met het huishouden werken', huishouden: 'huishouden' },
  teBevestigen: { rollen: BEVESTIGENDE_ROLLEN, weigering: 'Alleen een teamleider of gedragswetenschapper bevestigt betrokkenheden', huishouden: 'huishouden' },
};
/** The entity types whose objects are the subjects of decisions themselves, by their `id`. */
const ONDERWERP_TYPEN: Record<string, 'huishouden' | 'persoon'> = { Huishouden: 'huishouden', Persoon: 'persoon' };

function categorieVan(veld: GraphQLField<unknown, unknown>): Categorie | undefined {
  const directief = veld.astNode?.directives?.find((d) => d.name.value === 'categorie');
  const naam = (directief?.arguments?.find((a) => a.name.value === 'naam')?.value as StringValueNode | undefined)?.value;
  return isCategorie(naam) ? naam : undefined;
}

/** A withheld value: null, or an empty list; a non-null scalar cannot be withheld quietly, so it errors. */
function leeg(type: GraphQLOutputType, coordinaat: string): null | [] {
  if (isNonNullType(type)) {
    if (isListType(type.ofType)) return [];
    throw new GraphQLError(`${coordinaat} is afgeschermd`, { extensions: { code: 'AFGESCHERMD' } });
  }
  return null;
}

/** Stamps nested records with their subject (the first stamp wins: a record belongs to one subject). */
function markeer(waarde: unknown, onderwerp: Onderwerp): void {
  if (Array.isArray(waarde)) for (const w of waarde) markeer(w, onderwerp);
  else if (waarde !== null && typeof waarde === 'object' && !(ONDERWERP in waarde)) Object.defineProperty(waarde, ONDERWERP, { value: onderwerp, enumerable: false });
}

function isBelofte(waarde: unknown): waarde is Promise<unknown> {
  return typeof (waarde as { then?: unknown } | null)?.then === 'function';
}

function anonimiseer(waarde: unknown, anonimiseerder: Anonimiseerder): unknown {
  if (Array.isArray(waarde)) return waarde.map((w) => anonimiseer(w, anonimiseerder));
  return typeof waarde === 'string' ? anonimiseerder(waarde) : waarde;
}

function onderwerpVan(typeNaam: string, bron: unknown): Onderwerp | undefined {
  const soort = ONDERWERP_TYPEN[typeNaam];
  if (soort) return { soort, id: String((bron as { id: unknown }).id) };
  return (bron as { [ONDERWERP]?: Onderwerp } | null)?.[ONDERWERP];
}

/** What the grant allows for this subject and category; no grant decisions or no subject: nothing. */
export function uitkomstVoor(context: SubgraphContext, onderwerp: Beslisonderwerp | undefined, categorie: Categorie | undefined): Uitkomst {
  if (onderwerp?.soort === 'eigen') return 'zichtbaar';
  // the gateway's own calls (which households, which facts) see households and persons as pseudonyms only
  if (context.grant.intern && categorie === 'pseudoniem') return 'zichtbaar';
  const besluiten = context.grant.besluiten;
  if (!onderwerp || !categorie || !besluiten) return 'afgeschermd';
  if (onderwerp.soort === 'deels') return uitkomstVan(besluiten.deels?.get(onderwerp.id), categorie);
  if (onderwerp.soort === 'personen') {
    // a part: the least any of its persons may be shown (a person not in the grant: nothing)
    const per = onderwerp.ids.map((id): Onderwerpbesluit | undefined => besluiten.alsHuishouden?.get(id) ?? besluiten.personen.get(id));
    return per.map((b) => uitkomstVan(b, categorie)).reduce((a, b) => (RANG[b] < RANG[a] ? b : a), 'zichtbaar');
  }
  return uitkomstVan((onderwerp.soort === 'huishouden' ? besluiten.huishoudens : besluiten.personen).get(onderwerp.id), categorie);
}

/** Whom a field of this record is decided for: the persons of a part, any member for a carrier, else the record's subject. */
function beslisOnderwerp(context: SubgraphContext, onderwerp: Onderwerp | undefined, bron: unknown, deel: boolean, drager: boolean, eigenaar: boolean): Beslisonderwerp | undefined {
  if (eigenaar && isEigenRecord(bron, context.grant.sub, context.grant.organisatie)) return { soort: 'eigen' };
  const ids = deel ? betreftVan(bron) : [];
  if (ids.length) return { soort: 'personen', ids };
  if (drager && onderwerp?.soort === 'huishouden') return { soort: 'deels', id: onderwerp.id };
  return onderwerp;
}

/** Whether a part names someone the grant does not: no decision for them here (outside the households of this fetch). */
function buitenGrant(context: SubgraphContext, ids: string[]): boolean {
  const besluiten = context.grant.besluiten;
  return !!besluiten && ids.some((id) => !besluiten.personen.has(id) && !besluiten.alsHuishouden?.has(id));
}

/**
 * An own list of a household (betreft.ts): resolved for a household in the grant's scope whatever its
 * decisions, then cut to the caller's own records (the grant's signed sub and organisatie) and the others
 * whose subject may be shown the list's category. What the gateway asks is not trusted for this: without
 * grondslag in the grant, nothing but the caller's own leaves this partner.
 */
function eigenDeel(context: SubgraphContext, huishouden: { soort: 'huishouden'; id: string }, categorie: Categorie | undefined, lees: () => unknown, itemIsDeel: boolean): unknown {
  if (!binnenReikwijdte(context.grant, huishouden.id)) return [];
  const snijd = (w: unknown) => {
    const lijst = eigenLijst(Array.isArray(w) ? (w as unknown[]) : [], (item) => isEigenRecord(item, context.grant.sub, context.grant.organisatie),
      (item) => uitkomstVoor(context, beslisOnderwerp(context, huishouden, item, itemIsDeel, false, false), categorie) !== 'afgeschermd');
    markeer(lijst, huishouden);
    return lijst;
  };
  const waarde = lees();
  return isBelofte(waarde) ? waarde.then(snijd) : snijd(waarde);
}

/**
 * The subgraph's own enforcement of the gateway's grant, wrapped around every field resolver: a field
 * about a household or person (or a record under one) is resolved only when the grant allows its
 * category for that subject, anonymised when it says so, and otherwise not read at all. Registrations
 * (mutations) and the gateway's own internal queries answer about the caller's own facts.
 */
export function schermAf(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutatie = schema.getMutationType();
  const objecttypen = Object.values(schema.getTypeMap()).filter(isObjectType);
  const typevelden = new Map(objecttypen.map((t) => [t.name, Object.values(t.getFields()).map((v) => ({ naam: v.name, doelType: getNamedType(v.type).name }))]));
  const { delen, dragers, eigenLijsten } = delenIn(typevelden);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    for (const veld of Object.values(type.getFields())) {
      const binnen: GraphQLFieldResolver<unknown, SubgraphContext> = veld.resolve ?? defaultFieldResolver;
      if (veld.name.startsWith('_')) continue;
      if (type === query || type === mutatie) {
        const eigen = type === mutatie;
        veld.resolve = async (bron, args, context: SubgraphContext, info) => {
          const waarde = await binnen(bron, args, context, info);
          const toezicht = EIGEN_VELDEN[veld.name]?.rollen.includes(context.grant.rol) ?? false;
          if (eigen || context.grant.intern || toezicht) markeer(waarde, { soort: 'eigen' });
          return waarde;
        };
        continue;
      }
      const categorie = categorieVan(veld);
      const coordinaat = `${type.name}.${veld.name}`;
      const doelType = getNamedType(veld.type);
      const tekst = isScalarType(doelType) && doelType.name === 'String';
      // what can be shown anonymised: scrubbed text, numbers, yes/no, fixed choices, and records (whose
      // fields are decided themselves); a date, an id or any other scalar could identify, so it is withheld
      const anonimiseerbaar = tekst || isEnumType(doelType) || isObjectType(doelType) || (isScalarType(doelType) && ['Int', 'Float', 'Boolean'].includes(doelType.name));
      const genest = isObjectType(doelType) && !ONDERWERP_TYPEN[doelType.name];
      // synchronous where the field's own resolver is (a plain property): graphql-js then completes the
      // value at once instead of through a promise per field
      const deel = delen.has(type.name);
      const drager = dragers.has(coordinaat);
      const eigenaar = deel && isEigenaarType(typevelden.get(type.name) ?? []);
      const lijstVanEigen = eigenLijsten.has(coordinaat) && isListType(isNonNullType(veld.type) ? veld.type.ofType : veld.type);
      const itemIsDeel = delen.has(doelType.name);
      const betreftVeld = deel && isBetreftVeld({ naam: veld.name, doelType: doelType.name });
      veld.resolve = (bron, args, context: SubgraphContext, info) => {
        const onderwerp = onderwerpVan(type.name, bron);
        if (lijstVanEigen && onderwerp?.soort === 'huishouden') return eigenDeel(context, { soort: 'huishouden', id: onderwerp.id }, categorie, () => binnen(bron, args, context, info), itemIsDeel);
        const voor = beslisOnderwerp(context, onderwerp, bron, deel, drager, eigenaar);
        // a part about someone the grant does not name stays withheld (no decision opens it), and says so in its
        // `betreft`, without whom: an empty list would read as a part about the household as a whole (betreft.ts)
        if (betreftVeld && voor?.soort === 'personen' && buitenGrant(context, voor.ids)) return [BUITEN_BEELD];
        const uitkomst = uitkomstVoor(context, voor, categorie);
        // whom a part is about, where all it names are the grant's own subjects: named, also where their pseudonym may
        // not be shown (the gateway, which named them, withholds it and says whose reason); an empty list would
        // read as a part about the household as a whole
        if (betreftVeld && voor?.soort === 'personen' && uitkomst === 'afgeschermd' && context.grant.besluiten) return voor.ids;
        if (uitkomst === 'afgeschermd' || (uitkomst === 'geanonimiseerd' && !anonimiseerbaar)) return leeg(veld.type, coordinaat);
        // what leaves this partner is recorded in its own verstrekkingenlog (written before the response); a part under each person it names.
        // A carrier opened for any member (`deels`) holds no data of its own, only its parts, each recorded under its
        // persons: recording it as the household's would be a disclosure the gateway's toegangslog does not name
        if (voor && voor.soort !== 'eigen' && voor.soort !== 'deels' && categorie && categorie !== 'pseudoniem' && !context.grant.intern) {
          const onderwerpen = voor.soort === 'personen' ? voor.ids.map((id) => ({ soort: 'persoon' as const, id })) : [{ soort: voor.soort, id: voor.id }];
          for (const o of onderwerpen) context.verstrekt.set(`${o.soort}|${o.id}|${categorie}`, { ...o, categorie, uitkomst });
        }
        const waarde: unknown = binnen(bron, args, context, info);
        if (uitkomst === 'geanonimiseerd' && tekst) return Promise.resolve(waarde).then(async (w) => anonimiseer(w, await context.anonimiseerder()));
        if (!onderwerp || !genest) return waarde;
        if (isBelofte(waarde)) {
          return waarde.then((w) => {
            markeer(w, onderwerp);
            return w;
          });
        }
        markeer(waarde, onderwerp);
        return waarde;
      };
    }
  }
  return schema;
}
