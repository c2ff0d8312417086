import { randomUUID } from 'node:crypto';

import { Besluitenset } from './besluitenset';

/**
 * Stand-ins for the pseudonyms of persons the caller sees only anonymised: a fresh random id per person
 * per response, the same throughout that one response (data, withholdings, uitleg), never across two.
 */
export class EenmaligePseudoniemen {
  private readonly vervangen = new Map<string, string>();

  /** The household members of this request seen only anonymised (made on first use: none, in most requests). */
  private anoniem?: string[];

  constructor(private readonly besluiten: Besluitenset) {}

  /**
   * A shown value with every pseudonym of a person seen only anonymised replaced by its stand-in, wherever it
   * occurs: a field that names a person (Persoon.id, Toestemming.gegevenDoor, a part's betreft, …), an item of a
   * list, or text that holds one. Anything else is returned as it is.
   */
  vervangIn(waarde: unknown): unknown {
    // only those seen anonymised: for anyone else `voor` is the pseudonym itself (a shortcut, not a decision);
    // with none of them (most requests) every value stays as it is, and no list is copied on this hot path
    this.anoniem ??= [...this.besluiten.huishoudenVan.keys()].filter((id) => this.besluiten.alleenAnoniem(id));
    if (this.anoniem.length === 0) return waarde;
    if (Array.isArray(waarde)) return waarde.map((w) => this.vervangIn(w));
    if (typeof waarde !== 'string') return waarde;
    return this.anoniem.reduce((uit, id) => uit.replaceAll(id, this.voor(id)), waarde);
  }

  voor(persoonId: string): string;
  voor(persoonId: string | null): string | null;
  voor(persoonId: string | null): string | null {
    if (persoonId === null || !this.besluiten.alleenAnoniem(persoonId)) return persoonId;
    let id = this.vervangen.get(persoonId);
    if (!id) this.vervangen.set(persoonId, (id = randomUUID()));
    return id;
  }
}
