import { isDeepStrictEqual } from 'node:util';

import { Besluiten, DemoHuishouden, isCategorie, Uitkomst, uitkomstVan } from '@netwerkdossier/shared';

import { benoemd, Partnerschema, Selectie, Typeverwijzing, Veld } from './schema';

/** Who a record is about: the household or person it hangs under (as shared/src/afscherming.ts decides it). */
export interface Subject {
  soort: 'huishouden' | 'persoon';
  id: string;
}

/** The three outcomes of a decision, in the order the kit's rounds rotate them. */
export const UITKOMSTEN: readonly Uitkomst[] = ['zichtbaar', 'geanonimiseerd', 'afgeschermd'];

/** The entity types whose objects are subjects themselves, by their `id`. */
const ONDERWERP_TYPEN: Record<string, Subject['soort']> = { Huishouden: 'huishouden', Persoon: 'persoon' };

/** What the kit expects at one place of an answer, and which decision made it so. */
type Verwachting =
  | { soort: 'gelijk'; waarde: unknown; uitkomst: Uitkomst }
  | { soort: 'geschoond'; basis: string; uitkomst: 'geanonimiseerd'; huishouden: DemoHuishouden | undefined }
  | ObjectVerwachting
  | { soort: 'lijst'; items: Verwachting[]; uitkomst: Uitkomst };

interface ObjectVerwachting {
  soort: 'object';
  velden: Array<[string, Verwachting]>;
  uitkomst: Uitkomst;
}

/** A non-null field that must be withheld: its null goes up to the nearest nullable place (GraphQL's rule). */
interface Doorgeven {
  soort: 'doorgeven';
  uitkomst: Uitkomst;
}

/** One place where the answer is not what the decisions say. */
export interface Afwijking {
  uitkomst: Uitkomst;
  pad: string;
  verwacht: string;
  gezien: string;
}

const ANONIMISEERBARE_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean']);

/** The decision for one subject and category; no decisions, no subject or no category: withheld. */
export function uitkomstIn(besluiten: Besluiten | undefined, subject: Subject | undefined, categorie: string | null): Uitkomst {
  if (!besluiten || !subject || !isCategorie(categorie)) return 'afgeschermd';
  return uitkomstVan((subject.soort === 'huishouden' ? besluiten.huishoudens : besluiten.personen).get(subject.id), categorie);
}

/** The subject of an object of this type: itself when it is a Huishouden or Persoon, else the one it hangs under. */
export function subjectVan(type: string, id: unknown, boven: Subject | undefined): Subject | undefined {
  const soort = ONDERWERP_TYPEN[type];
  if (!soort) return boven;
  return typeof id === 'string' ? { soort, id } : undefined;
}

/**
 * The answer the decisions make of the answer with everything visible (`basis`): per field, by the
 * decision for its subject and category, shown as it was, anonymised, or withheld.
 */
export class Verwachtingen {
  /** Per outcome, how many fields with a value in the basis it decided: an outcome that met no data tested nothing. */
  readonly getoetst: Record<Uitkomst, number> = { zichtbaar: 0, geanonimiseerd: 0, afgeschermd: 0 };

  constructor(
    private readonly schema: Partnerschema,
    private readonly besluiten: Besluiten | undefined,
    private readonly huishoudenVan: (subject: Subject | undefined) => DemoHuishouden | undefined,
  ) {}

  /** The expected entity for the representation of a subject, from its answer with everything visible. */
  entiteit(basis: unknown, type: string, subject: Subject, selectie: Selectie[]): Verwachting {
    if (basis === null || typeof basis !== 'object') return { soort: 'gelijk', waarde: null, uitkomst: 'zichtbaar' };
    const object = this.object(basis as Record<string, unknown>, selectie, subject);
    if (object.soort === 'doorgeven') return { soort: 'gelijk', waarde: null, uitkomst: object.uitkomst };
    return { ...object, velden: [['__typename', { soort: 'gelijk', waarde: type, uitkomst: 'zichtbaar' }], ...object.velden] };
  }

  private object(basis: Record<string, unknown>, selectie: Selectie[], subject: Subject | undefined): ObjectVerwachting | Doorgeven {
    const velden: Array<[string, Verwachting]> = [];
    for (const s of selectie) {
      const v = this.veld(basis[s.veld.naam], s.veld, s.sub ?? [], subject);
      if (v.soort === 'doorgeven') return v;
      velden.push([s.sleutel, v]);
    }
    return { soort: 'object', velden, uitkomst: 'zichtbaar' };
  }

  private veld(basis: unknown, veld: Veld, sub: Selectie[], subject: Subject | undefined): Verwachting | Doorgeven {
    const uitkomst = uitkomstIn(this.besluiten, subject, veld.categorie);
    if (basis !== null && basis !== undefined && !(Array.isArray(basis) && basis.length === 0)) this.getoetst[uitkomst]++;
    const naam = benoemd(veld.type);
    const anonimiseerbaar = ANONIMISEERBARE_SCALARS.has(naam) || this.schema.enums.has(naam) || this.schema.objecten.has(naam);
    if (uitkomst === 'afgeschermd' || (uitkomst === 'geanonimiseerd' && !anonimiseerbaar)) {
      if (!veld.type.nietNull) return { soort: 'gelijk', waarde: null, uitkomst };
      return 'lijst' in veld.type ? { soort: 'gelijk', waarde: [], uitkomst } : { soort: 'doorgeven', uitkomst };
    }
    return this.waarde(basis, veld.type, sub, subject, uitkomst);
  }

  private waarde(basis: unknown, type: Typeverwijzing, sub: Selectie[], subject: Subject | undefined, uitkomst: Uitkomst): Verwachting | Doorgeven {
    const nullbaar = (v: Verwachting | Doorgeven): Verwachting | Doorgeven => (v.soort === 'doorgeven' && !type.nietNull ? { soort: 'gelijk', waarde: null, uitkomst: v.uitkomst } : v);
    if (basis === null || basis === undefined) return { soort: 'gelijk', waarde: null, uitkomst };
    if ('lijst' in type) {
      const items: Verwachting[] = [];
      for (const item of Array.isArray(basis) ? basis : []) {
        const v = this.waarde(item, type.lijst, sub, subject, uitkomst);
        if (v.soort === 'doorgeven') return nullbaar(v);
        items.push(v);
      }
      return { soort: 'lijst', items, uitkomst };
    }
    if (this.schema.objecten.has(type.naam)) {
      const object = this.object(basis as Record<string, unknown>, sub, subjectVan(type.naam, (basis as { id?: unknown }).id, subject));
      if (object.soort === 'doorgeven') return nullbaar(object);
      return { ...object, uitkomst };
    }
    if (uitkomst === 'geanonimiseerd' && type.naam === 'String') return { soort: 'geschoond', basis: String(basis), uitkomst, huishouden: this.huishoudenVan(subject) };
    return { soort: 'gelijk', waarde: basis, uitkomst };
  }
}

const DATUM = /(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})(?!\d)/;

function escape(tekst: string): string {
  return tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What surely identifies a member of this household, as the demo world knows it: full name, e-mail, phone,
 * BSN and street address, any date, and a text that is nothing but a member's first or last name. A first
 * name within a text is not among them: a professional's name in a record (a jeugdbeschermer) may share it,
 * and only the partner knows whose name a text holds.
 */
function kenmerken(huishouden: DemoHuishouden | undefined): RegExp[] {
  if (!huishouden) return [];
  const woorden = [...huishouden.leden.map((p) => `${p.voornaam} ${p.achternaam}`), huishouden.adres.split(',')[0]];
  return [
    ...woorden.map((w) => new RegExp(`(?<![\\p{L}\\d])${escape(w)}(?![\\p{L}\\d])`, 'iu')),
    ...huishouden.leden.flatMap((p) => [p.voornaam, p.achternaam]).map((w) => new RegExp(`^\\s*${escape(w)}\\s*$`, 'iu')),
    ...huishouden.leden.flatMap((p) => [p.emailadres, p.telefoonnummer, p.bsn]).map((w) => new RegExp(escape(w), 'i')),
    DATUM,
  ];
}

function toon(waarde: unknown): string {
  const tekst = waarde === undefined ? '(ontbreekt)' : JSON.stringify(waarde);
  return tekst.length > 160 ? `${tekst.slice(0, 160)}…` : tekst;
}

/** Where `gezien` differs from the expectation, each with the decision that made it so. */
export function vergelijk(verwachting: Verwachting, gezien: unknown, pad: string, afwijkingen: Afwijking[]): void {
  const afwijking = (verwacht: string): void => void afwijkingen.push({ uitkomst: verwachting.uitkomst, pad, verwacht, gezien: toon(gezien) });
  switch (verwachting.soort) {
    case 'gelijk':
      if (!isDeepStrictEqual(gezien, verwachting.waarde)) afwijking(verwachting.uitkomst === 'afgeschermd' ? `${toon(verwachting.waarde)} (afgeschermd)` : toon(verwachting.waarde));
      return;
    case 'geschoond': {
      const gevonden = typeof gezien === 'string' ? kenmerken(verwachting.huishouden).find((k) => k.test(gezien)) : undefined;
      if (typeof gezien !== 'string') afwijking(`geanonimiseerde tekst van ${toon(verwachting.basis)}`);
      else if (gevonden) afwijking(`geanonimiseerde tekst zonder ${gevonden.source === DATUM.source ? 'datum' : `"${gezien.match(gevonden)?.[0]}"`}`);
      return;
    }
    case 'object': {
      if (gezien === null || typeof gezien !== 'object' || Array.isArray(gezien)) return afwijking('een object');
      for (const [sleutel, v] of verwachting.velden) vergelijk(v, (gezien as Record<string, unknown>)[sleutel], `${pad}.${sleutel}`, afwijkingen);
      return;
    }
    case 'lijst': {
      if (!Array.isArray(gezien) || gezien.length !== verwachting.items.length) return afwijking(`een lijst van ${verwachting.items.length}`);
      verwachting.items.forEach((v, i) => vergelijk(v, gezien[i], `${pad}[${i}]`, afwijkingen));
    }
  }
}
