/**
 * Parts of a household-level record attributed to persons. A record type with a `betreft` field (the
 * pseudonyms of the persons a part concerns) is a part: its fields are shown only where they may be
 * shown for every person it names, whatever the rest of the record. An empty `betreft` concerns the
 * household as a whole. A field that leads to parts (Huishouden.gezinsplan, Gezinsplan.doelen) is a
 * carrier: it is opened where at least one member may see its category, so each part decides for itself;
 * the record's other fields stay decided for the household. The subgraphs (afscherming.ts) and the
 * gateway (veldkaart, besluitenset, controle) apply the same rule from the same schema.
 */
export const BETREFT = 'betreft';

/** One field of an object type: its name and the named type it returns. */
export interface Typeveld {
  naam: string;
  doelType: string;
}

/** The types whose objects are subjects themselves: a carrier never runs through them. */
const ONDERWERPEN = new Set(['Huishouden', 'Persoon']);

/**
 * A record type with a `professional` and an `organisatie` (a betrokkenheid) is a part too: about the
 * household as a whole, except the caller's own record, which is the caller's own to see (their own
 * involvement shows even where a member's refusal withholds the others').
 */
export const EIGENAAR_VELDEN = ['professional', 'organisatie'] as const;

/** Whether this record is the caller's own: its professional and organisation are the caller's (an enum value spells `-` as `_`). */
export function isEigenRecord(object: unknown, sub: string, organisatie: string | null): boolean {
  const o = object as Record<string, unknown> | null;
  return !!o && !!organisatie && o.professional === sub && String(o.organisatie).replace(/_/g, '-') === organisatie;
}

/** Whether a type's records may be the caller's own (EIGENAAR_VELDEN). */
export function isEigenaarType(velden: readonly Typeveld[]): boolean {
  return EIGENAAR_VELDEN.every((n) => velden.some((v) => v.naam === n));
}

/** Whether a field names the persons of a part: `betreft` as a list of pseudonyms (a `betreft` that is a record, like a maatregel's child, does not). */
export function isBetreftVeld(veld: Typeveld): boolean {
  return veld.naam === BETREFT && (veld.doelType === 'ID' || veld.doelType === 'String');
}

/**
 * The part types, the carriers (`Type.veld`) that lead to them, and of those the own lists: a carrier of a
 * household or person whose items may be the caller's own (Huishouden.betrokkenheden). An own list holds the caller's own records
 * whatever the household's decisions, and another's record only where it may be shown (`eigenLijst`).
 */
export function delenIn(typen: ReadonlyMap<string, readonly Typeveld[]>): { delen: Set<string>; dragers: Set<string>; eigenLijsten: Set<string> } {
  const delen = new Set([...typen].filter(([naam, velden]) => !ONDERWERPEN.has(naam) && (velden.some(isBetreftVeld) || isEigenaarType(velden))).map(([naam]) => naam));
  const leidtNaarDelen = new Set(delen);
  for (let veranderd = true; veranderd; ) {
    veranderd = false;
    for (const [naam, velden] of typen) {
      if (leidtNaarDelen.has(naam) || ONDERWERPEN.has(naam)) continue;
      if (velden.some((v) => leidtNaarDelen.has(v.doelType))) {
        leidtNaarDelen.add(naam);
        veranderd = true;
      }
    }
  }
  const dragers = new Set<string>();
  const eigenLijsten = new Set<string>();
  for (const [naam, velden] of typen) {
    for (const v of velden) {
      if (!leidtNaarDelen.has(v.doelType)) continue;
      dragers.add(`${naam}.${v.naam}`);
      if (ONDERWERPEN.has(naam) && isEigenaarType(typen.get(v.doelType) ?? [])) eigenLijsten.add(`${naam}.${v.naam}`);
    }
  }
  return { delen, dragers, eigenLijsten };
}

/**
 * An own list as it may be shown: the caller's own records, and another's only where `toonbaar` (its
 * category may be shown for its subject). The others are left out, not emptied: the list tells nothing
 * about them, not their number, not their order among the caller's own, not that there are any (a
 * Veilig Thuis onderzoek not yet told to the family). Whoever withholds them explains that once, for the
 * list, from the decisions alone. The subgraph (afscherming.ts) and the gateway's result check apply it alike.
 */
export function eigenLijst<T>(lijst: readonly T[], isEigen: (item: T) => boolean, toonbaar: (item: T) => boolean): T[] {
  return lijst.filter((item) => isEigen(item) || toonbaar(item));
}

/**
 * What a partner gives as a part's `betreft` when the part names someone the grant does not (outside the
 * households of this fetch): not their pseudonym, which would link this household to another person, and
 * not an empty list, which would read as a part about the household as a whole (and leave its withholding
 * unexplained). No person has this id, so no decision opens the part; the gateway explains it without whom.
 * A member of the grant's households is no outsider, also where nothing of them may be shown (their entry in
 * the grant is all zero): the part names them, and the gateway explains it with their own reason.
 */
export const BUITEN_BEELD = 'buiten-beeld';

/** Whether a part's persons are exactly the partner's stand-in for someone outside the grant (BUITEN_BEELD). */
export function isBuitenBeeld(waarde: unknown): boolean {
  return Array.isArray(waarde) && waarde.length === 1 && waarde[0] === BUITEN_BEELD;
}

/** The persons a part names; none for an object that is no part, or a part about the household as a whole. */
export function betreftVan(object: unknown): string[] {
  const waarde = (object as Record<string, unknown> | null)?.[BETREFT];
  return Array.isArray(waarde) ? waarde.map(String) : [];
}
