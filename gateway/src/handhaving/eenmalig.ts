import { randomUUID } from 'node:crypto';

import { Besluitenset } from './besluitenset';

/**
 * Stand-ins for the pseudonyms of persons the caller sees only anonymised: a fresh random id per person
 * per response, the same throughout that one response (data, withholdings, uitleg), never across two.
 */
export class EenmaligePseudoniemen {
  private readonly vervangen = new Map<string, string>();

  constructor(private readonly besluiten: Besluitenset) {}

  voor(persoonId: string): string;
  voor(persoonId: string | null): string | null;
  voor(persoonId: string | null): string | null {
    if (persoonId === null || !this.besluiten.alleenAnoniem(persoonId)) return persoonId;
    let id = this.vervangen.get(persoonId);
    if (!id) this.vervangen.set(persoonId, (id = randomUUID()));
    return id;
  }
}

/**
 * Every field that names a person by pseudonym (besides `betreft` on a part, shared/src/betreft.ts): the result check
 * replaces a pseudonym there by its stand-in, so no such field links a person seen only anonymised to another record.
 */
export const PERSOON_VERWIJZINGEN: ReadonlySet<string> = new Set([
  'Persoon.id', 'Toestemming.persoon', 'Toestemming.gegevenDoor', 'Doorbraak.personen', 'LopendeDoorbraak.personen', 'Beslissing.persoon',
  'BeschermdGezinslid.persoon', 'Gezinsverzoek.persoon', 'MijnToestemming.persoon', 'MijnToestemmingsvraag.persoon', 'ContextPersoon.gezaghebbenden',
]);

/** A value of a person reference with each pseudonym replaced by its stand-in: one id or a list of ids. */
export function vervangVerwijzing(eenmalig: EenmaligePseudoniemen, waarde: unknown): unknown {
  if (typeof waarde === 'string') return eenmalig.voor(waarde);
  return Array.isArray(waarde) ? waarde.map((id) => (typeof id === 'string' ? eenmalig.voor(id) : id)) : waarde;
}
