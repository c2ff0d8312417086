import type { AlsBetrokkene } from '@netwerkdossier/shared';

/** One disclosed item as the gateway records it: this partner's data of this category about a person (or the household as a whole). */
export interface Verstrektitem {
  huishouden: string;
  persoon: string | null;
  partner: string;
  categorie: string;
  uitkomst?: string;
  /** toestemming:<id>, betrokkenheid:<id>, doorbraak:<id>, eigen:<organisatie>, gezinslid:<id>; empty when anonymised. */
  grondslag?: string[];
}

/** The content of an `inzien` record; `betrokkenheden` is missing in records from before it was recorded. */
export interface Inzieninhoud {
  betrokkenheden?: AlsBetrokkene[];
  verstrekt?: Verstrektitem[];
}
