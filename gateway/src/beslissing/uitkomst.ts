import { Categorie, ServiceNaam, Uitkomst, Vorm } from '@netwerkdossier/shared';

export type { Uitkomst };

/** An owner of data: a registered partner or the network's own registry (netwerk); the list is `SUBGRAPHS`. */
export type Partner = ServiceNaam;

/** The facts one cell of the decision depends on; every decision with the same facts is the same. */
export interface Celinvoer {
  categorie: Categorie;
  partner: Partner;
  /** The caller's organisation; null for a household member. */
  organisatie: string | null;
  rol: string;
  /** The request's doel: what the caller sees of their own organisation's records depends on it. */
  doel: string;
  /** The caller's betrokkenheid with the household for this doel; 'geen' when there is none. */
  vorm: Vorm | 'geen';
  huishoudenZonderKinderen: boolean;
  /** A valid, complete toestemming covers this person, category, caller and doel. */
  toestemming: boolean;
  /** The caller has a statutory basis for this household (onderzoek with afweging, maatregel with uitspraak). */
  grondslag: boolean;
  /** An active doorbraak of the caller covers this person and category. */
  doorbraak: boolean;
  /** The caller is a household member (rol client) of this household. */
  eigenHuishouden: boolean;
  /**
   * This person is the calling household member's own child (policies/gezin.yaml `eigen_kind`): a child of
   * the household they have gezag over or are a parent or partner of, not yet deciding alone, not beschermd.
   */
  eigenKind: boolean;
  /** Someone else in the calling household member's household is beschermd. */
  anderBeschermd: boolean;
  /**
   * What the cell is about: this person's own records, or records about the household as a whole. Only
   * a household member's decisions differ between the two (policies/gezin.yaml).
   */
  niveau: 'persoon' | 'huishouden';
}

/** What was decided for one cell, which rule decided it, and why, in words a professional understands. */
export interface Celbeslissing {
  uitkomst: Uitkomst;
  regel: string;
  reden: string;
}

/** A policy rule as Cedar text, with the reason it gives. */
export interface Regel {
  tekst: string;
  reden: string;
}

/** One decision of the table: for this person, this category, this partner's data. */
export interface Persoonsbeslissing extends Celbeslissing {
  persoonId: string;
  categorie: Categorie;
  partner: Partner;
  /**
   * What a visible or anonymised cell rests on, for the toegangslog: `toestemming:<id>`, the statutory
   * `betrokkenheid:<id>` (with its grondslag and afweging), `doorbraak:<id>`, `eigen:<organisatie>` for the
   * caller's own organisation's dossier, `wet:<partner>` for what that partner shares by law with whoever
   * is involved (eis `betrokkenheid`); empty for what needs none.
   */
  grondslag: string[];
  /**
   * Set only on the rows that decide records about the household as a whole apart from the person's own
   * (a household member in their own household: policies/gezin.yaml); otherwise a row decides both.
   */
  niveau?: 'huishouden';
}
