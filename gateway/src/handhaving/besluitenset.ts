import { Besluiten, bit, Categorie, Onderwerpbesluit, Uitkomst, uitkomstVan } from '@netwerkdossier/shared';

import { SUBGRAPHS } from '@netwerkdossier/shared';

import { Beslissingscontext, Partner, Persoonsbeslissing } from '../beslissing';
import type { Niveau } from './veldkaart';

/**
 * A subject of decisions: a household, or a person, by pseudonym; for a part attributed to persons, those
 * persons; for a carrier of parts, any member of the household (shared/src/betreft.ts).
 */
export type Onderwerp = { soort: 'huishouden' | 'persoon' | 'deels'; id: string } | { soort: 'personen'; ids: string[] };

const LEEG: Onderwerpbesluit = { zichtbaar: 0, geanonimiseerd: 0 };

/** What may be shown of a record that concerns all of these persons: visible where visible for each, anonymised where at least anonymised for each. */
function samen(besluiten: Onderwerpbesluit[]): Onderwerpbesluit {
  const zichtbaar = besluiten.reduce((m, b) => m & b.zichtbaar, ~0);
  const tenminsteAnoniem = besluiten.reduce((m, b) => m & (b.zichtbaar | b.geanonimiseerd), ~0);
  return { zichtbaar, geanonimiseerd: tenminsteAnoniem & ~zichtbaar };
}

/**
 * One request's decision table, arranged for enforcement: per partner, per person and per household,
 * which categories are visible or anonymised. A record about the household as a whole (a gezinsplan,
 * a melding) concerns every member, so it is visible only where it is visible for each of them, and
 * anonymised only where it is at least anonymised for each of them.
 */
export class Besluitenset {
  private readonly personen = new Map<Partner, Map<string, Onderwerpbesluit>>();
  /** A household member's decisions for records about the household as a whole, where they differ (niveau 'huishouden'). */
  private readonly alsHuishouden = new Map<Partner, Map<string, Onderwerpbesluit>>();
  private readonly huishoudens = new Map<Partner, Map<string, Onderwerpbesluit>>();
  /** Per household, what at least one member may be shown (their household-level rows where made): opens carriers of parts. */
  private readonly deels = new Map<Partner, Map<string, Onderwerpbesluit>>();
  private readonly rijen = new Map<string, Persoonsbeslissing>();
  readonly ledenVan = new Map<string, string[]>();
  readonly huishoudenVan = new Map<string, string>();

  /**
   * `vrager`: whose own records (a betrokkenheid: shared/src/betreft.ts) are theirs to see; without one,
   * nothing is anyone's own.
   */
  constructor(contexten: Beslissingscontext[], tabel: Persoonsbeslissing[], readonly vrager: { sub: string; organisatie: string | null } | null = null) {
    for (const p of SUBGRAPHS) {
      this.personen.set(p, new Map());
      this.alsHuishouden.set(p, new Map());
      this.huishoudens.set(p, new Map());
      this.deels.set(p, new Map());
    }
    for (const ctx of contexten) {
      this.ledenVan.set(ctx.huishoudenId, ctx.personen.map((p) => p.id));
      for (const p of ctx.personen) this.huishoudenVan.set(p.id, ctx.huishoudenId);
    }
    for (const b of tabel) {
      this.rijen.set(`${b.partner}|${b.persoonId}|${b.categorie}${b.niveau ? '|huishouden' : ''}`, b);
      const kaart = (b.niveau ? this.alsHuishouden : this.personen).get(b.partner)!;
      const huidig = kaart.get(b.persoonId) ?? { ...LEEG };
      if (b.uitkomst === 'zichtbaar') huidig.zichtbaar |= bit(b.categorie);
      if (b.uitkomst === 'geanonimiseerd') huidig.geanonimiseerd |= bit(b.categorie);
      kaart.set(b.persoonId, huidig);
    }
    for (const p of SUBGRAPHS) {
      for (const [huishouden, leden] of this.ledenVan) {
        if (leden.length === 0) continue;
        const besluiten = leden.map((id) => this.deelbesluit(p, id));
        this.huishoudens.get(p)!.set(huishouden, samen(besluiten));
        const ergens = besluiten.reduce((m, b) => m | b.zichtbaar, 0);
        this.deels.get(p)!.set(huishouden, { zichtbaar: ergens, geanonimiseerd: besluiten.reduce((m, b) => m | b.geanonimiseerd, 0) & ~ergens });
      }
    }
  }

  /**
   * Whether the caller may see anything at all of this person's household. Where not, no withholding
   * may name its members: that would tell who lives there, or that the household exists.
   */
  betrokkenBij(persoonId: string): boolean {
    const leden = this.ledenVan.get(this.huishoudenVan.get(persoonId) ?? '') ?? [];
    return SUBGRAPHS.some((p) => leden.some((id) => {
      const b = this.personen.get(p)!.get(id);
      return !!b && (b.zichtbaar | b.geanonimiseerd) !== 0;
    }));
  }

  /**
   * Whether the caller sees this person only anonymised (a consultatie): nothing but the pseudonym is
   * visible anywhere, and something is anonymised. Such a person's pseudonym is not shown either.
   */
  alleenAnoniem(persoonId: string): boolean {
    let anoniem = false;
    for (const p of SUBGRAPHS) {
      const b = this.personen.get(p)!.get(persoonId);
      if (!b) continue;
      if (b.zichtbaar & ~bit('pseudoniem')) return false;
      anoniem ||= b.geanonimiseerd !== 0;
    }
    return anoniem;
  }

  /** A person's decision for records about the household as a whole and their parts: the household-level rows where made. */
  private deelbesluit(partner: Partner, id: string): Onderwerpbesluit {
    return this.alsHuishouden.get(partner)!.get(id) ?? this.personen.get(partner)!.get(id) ?? LEEG;
  }

  uitkomst(partner: Partner, onderwerp: Onderwerp, categorie: Categorie): Uitkomst {
    if (onderwerp.soort === 'personen') return uitkomstVan(samen(onderwerp.ids.map((id) => (this.huishoudenVan.has(id) ? this.deelbesluit(partner, id) : LEEG))), categorie);
    const kaart = { huishouden: this.huishoudens, persoon: this.personen, deels: this.deels }[onderwerp.soort];
    return uitkomstVan(kaart.get(partner)?.get(onderwerp.id), categorie);
  }

  /**
   * True when this partner's data of this category may be shown (visible or anonymised) for at least
   * one subject in scope: a household for data about the household as a whole, else a person.
   */
  ergensToegestaan(partner: Partner, categorie: Categorie, niveau: Niveau | undefined, deel?: 'deel' | 'drager'): boolean {
    const kaart = (deel ? this.deels : niveau === 'huishouden' ? this.huishoudens : this.personen).get(partner);
    for (const b of kaart?.values() ?? []) if ((b.zichtbaar | b.geanonimiseerd) & bit(categorie)) return true;
    return false;
  }

  /** The rows behind a subject's cell: the person's own, or every member's for a household (their household-level rows where made). */
  private rijenVan(partner: Partner, onderwerp: Onderwerp, categorie: Categorie): Persoonsbeslissing[] {
    if (onderwerp.soort === 'persoon') return [this.rijen.get(`${partner}|${onderwerp.id}|${categorie}`)].filter((b): b is Persoonsbeslissing => !!b);
    return (onderwerp.soort === 'personen' ? onderwerp.ids : this.ledenVan.get(onderwerp.id) ?? [])
      .map((id) => this.rijen.get(`${partner}|${id}|${categorie}|huishouden`) ?? this.rijen.get(`${partner}|${id}|${categorie}`))
      .filter((b): b is Persoonsbeslissing => !!b);
  }

  /** What a subject's cell rests on (a household's: every member's), for the toegangslog. */
  grondslagVan(partner: Partner, onderwerp: Onderwerp, categorie: Categorie): string[] {
    return [...new Set(this.rijenVan(partner, onderwerp, categorie).flatMap((b) => b.grondslag))];
  }

  /** The decisions behind a subject's cell: the person's own, or every member's for a household. */
  redenen(partner: Partner, onderwerp: Onderwerp, categorie: Categorie): Persoonsbeslissing[] {
    return this.rijenVan(partner, onderwerp, categorie).filter((b) => b.uitkomst !== 'zichtbaar');
  }

  /**
   * The decisions one fetch of `partner` needs: the households its representations name (for a
   * person, that person's household), with all their members, since a fetch can walk from one to the
   * other; a root fetch (no representations) gets every household in scope.
   */
  voorFetch(partner: Partner, representaties: unknown[] | undefined): Besluiten {
    let huishoudens: Set<string>;
    if (!representaties) huishoudens = new Set(this.ledenVan.keys());
    else {
      huishoudens = new Set();
      for (const r of representaties) {
        const id = String((r as { id?: unknown }).id);
        if (this.ledenVan.has(id)) huishoudens.add(id);
        const van = this.huishoudenVan.get(id);
        if (van) huishoudens.add(van);
      }
    }
    const uit: Required<Besluiten> = { huishoudens: new Map(), personen: new Map(), deels: new Map(), alsHuishouden: new Map() };
    for (const h of huishoudens) {
      uit.huishoudens.set(h, this.huishoudens.get(partner)!.get(h) ?? LEEG);
      uit.deels.set(h, this.deels.get(partner)!.get(h) ?? LEEG);
      for (const id of this.ledenVan.get(h) ?? []) {
        uit.personen.set(id, this.personen.get(partner)!.get(id) ?? LEEG);
        const alsHuishouden = this.alsHuishouden.get(partner)!.get(id);
        if (alsHuishouden) uit.alsHuishouden.set(id, alsHuishouden);
      }
    }
    return uit;
  }
}
