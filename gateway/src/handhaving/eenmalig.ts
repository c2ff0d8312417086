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
