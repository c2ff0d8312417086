/** What decides whether a betrokkenheid gives a statutory grondslag, and whether that grondslag counts yet. */
export interface WettelijkeBetrokkenheid {
  vorm: string;
  grondslag: string | null;
  afweging: string | null;
  uitspraakkenmerk: string | null;
  bevestigdDoor: string | null;
}

/** An onderzoek with its grondslag and written afweging, or a maatregel with the court's uitspraak. */
export function geeftWettelijkeGrondslag(b: Omit<WettelijkeBetrokkenheid, 'bevestigdDoor'>): boolean {
  return (b.vorm === 'onderzoek' && !!b.grondslag && !!b.afweging) || (b.vorm === 'maatregel' && !!b.uitspraakkenmerk);
}

/** Not on one's own word: a statutory betrokkenheid counts only once someone other than the registrant confirmed it. */
export function wachtOpBevestiging(b: WettelijkeBetrokkenheid): boolean {
  return geeftWettelijkeGrondslag(b) && !b.bevestigdDoor;
}
