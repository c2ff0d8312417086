import { Categorie } from '../categorie';

export const VORMEN = ['consultatie', 'duo', 'onderzoek', 'maatregel'] as const;
export type Vorm = (typeof VORMEN)[number];

/** What one cell of the deelmatrix asks for before data of another organisation may be seen. */
export const EISEN = ['altijd', 'betrokkenheid', 'toestemming', 'toestemming-anders-geanonimiseerd', 'grondslag', 'doorbraak', 'geanonimiseerd', 'nooit'] as const;
export type Eis = (typeof EISEN)[number];

/** What one cell of eigen-organisatie.yaml asks before a professional sees their own organisation's records. */
export const EIGEN_EISEN = ['altijd', 'grondslag', 'nooit'] as const;
export type EigenEis = (typeof EIGEN_EISEN)[number];

/** A column of eigen-organisatie.yaml: a doel and one of its vormen, written `doel/vorm`. */
export type DoelVorm = `${string}/${Vorm}`;

export type Toestemminggever = 'persoon' | 'gezaghebbenden';

export interface Leeftijdsregel {
  vanaf: number;
  /** Exclusive; absent for the last band. */
  tot?: number;
  door: Toestemminggever[];
}

export interface Doel {
  omschrijving: string;
  vormen: Vorm[];
  organisaties?: string[];
  rollen: string[];
}

export interface Uitzondering {
  organisatie: string;
  wanneer: 'huishouden-zonder-kinderen';
  eis: Eis;
  reden: string;
}

/**
 * The kinds of toegangslog record, each with its own retention term (an action `registratie/…` is a
 * registratie). A run of the retention job records no personal data and is kept: it is what shows
 * that each removal was due.
 */
export const RECORDSOORTEN = ['inzien', 'uitleg', 'toezicht', 'inzage', 'weigering', 'overtreding', 'registratie', 'beleid'] as const;
export type Recordsoort = (typeof RECORDSOORTEN)[number];

/** The privacy officer's rules as loaded from policies/, with the version every decision records. */
export interface Beleid {
  versie: string;
  /** The texts of the policy files as they were read (file name → text): what the version is a hash of. */
  bestanden: Record<string, string>;
  matrix: Record<Categorie, Record<Vorm, Eis>>;
  /** The reason read at `nooit`, and at `betrokkenheid` the law the owning partner shares on. */
  redenen: Partial<Record<Categorie, string>>;
  /**
   * Per category with the eis `betrokkenheid`: the partners that share it by law. Only their records of it
   * open so; the loader requires it for every such category.
   */
  gedeeldDoor: Partial<Record<Categorie, string[]>>;
  /** Per vorm, the only partners whose data it can reach at all (absent: all), and why. */
  bronnen: Partial<Record<Vorm, { alleen: string[]; reden: string }>>;
  /**
   * What a professional sees of their own organisation's records, per category and `doel/vorm` (every
   * doel with each of its vormen), and per category the reason read at `nooit`.
   */
  eigen: { matrix: Record<Categorie, Record<DoelVorm, EigenEis>>; redenen: Partial<Record<Categorie, string>> };
  leeftijden: Leeftijdsregel[];
  doelen: Record<string, Doel>;
  uitzonderingen: Uitzondering[];
  doorbraak: { maximaleDuurUren: number; minimaleLengteReden: number; nooitVoor: Categorie[] };
  /** Inzage for the household: until which age gezag holders see a child's, and what waits for disclosure. */
  inzage: {
    doorGezagTot: number;
    uitgesteld: Array<{ organisatie: string; vorm: Vorm; reden: string }>;
    /** The vormen in which the family reads the name of the professional who looked; none when absent. */
    naamProfessional: Vorm[];
  };
  /**
   * What a household member sees of the dossiers about their own household: per partner, the categories
   * of records about the household as a whole; everything else is withheld with `reden`.
   */
  gezin: {
    zichtbaar: Partial<Record<string, Categorie[]>>;
    reden: string;
    /**
     * What a parent sees of their own child's records (a child in their household they have gezag over or
     * are a parent or partner of, not yet deciding alone, not beschermd); nothing when absent.
     */
    eigenKind: Partial<Record<string, Categorie[]>>;
  };
  /** Retention in months: per kind of toegangslog record, and for the partners' verstrekkingenlogs. */
  bewaartermijnen: { toegangslog: Record<Recordsoort, number>; verstrekkingenlog: number };
}
