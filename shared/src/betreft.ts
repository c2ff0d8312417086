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

/** The part types, and the carriers (`Type.veld`) that lead to them, from a schema's object types. */
export function delenIn(typen: ReadonlyMap<string, readonly Typeveld[]>): { delen: Set<string>; dragers: Set<string> } {
  const delen = new Set([...typen].filter(([, velden]) => velden.some((v) => v.naam === BETREFT)).map(([naam]) => naam));
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
  for (const [naam, velden] of typen) for (const v of velden) if (leidtNaarDelen.has(v.doelType)) dragers.add(`${naam}.${v.naam}`);
  return { delen, dragers };
}

/** The persons a part names; none for an object that is no part, or a part about the household as a whole. */
export function betreftVan(object: unknown): string[] {
  const waarde = (object as Record<string, unknown> | null)?.[BETREFT];
  return Array.isArray(waarde) ? waarde.map(String) : [];
}
