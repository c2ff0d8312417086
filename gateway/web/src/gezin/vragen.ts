/** The household's own consent: the vragen a member sees, and what they can choose when giving consent. */
export const MIJN_VRAGEN = /* GraphQL */ `
  query MijnToestemmingsvragen {
    mijnToestemmingsvragen { id persoon voorWie ontvanger soorten geldigTot status omschrijving uwBeurt uwToestemming uitnodiging antwoorden { wie antwoord ikZelf } }
  }
`;

export const KEUZES = /* GraphQL */ `
  query Toestemmingskeuzes {
    toestemmingskeuzes {
      voorWie { waarde naam }
      organisaties { waarde naam }
      professionals { waarde naam uitleg organisatie }
      uitTeNodigen { waarde naam uitleg organisatie }
      soorten { waarde naam uitleg }
    }
  }
`;

export const VRAAG = /* GraphQL */ `
  mutation VraagToestemming($invoer: ToestemmingsvraagInvoer!) {
    vraagToestemming(invoer: $invoer) { id status omschrijving }
  }
`;

export const NODIG_UIT = /* GraphQL */ `
  mutation NodigUit($invoer: UitnodigingInvoer!) {
    nodigUit(invoer: $invoer) { id status omschrijving }
  }
`;

export const BEANTWOORD = /* GraphQL */ `
  mutation BeantwoordToestemmingsvraag($vraag: ID!, $ja: Boolean!) {
    beantwoordToestemmingsvraag(vraag: $vraag, ja: $ja) { id status omschrijving }
  }
`;

export interface Vraag {
  id: string;
  persoon: string;
  voorWie: string;
  ontvanger: string;
  soorten: string[];
  geldigTot: string | null;
  status: 'wacht' | 'gegeven' | 'geweigerd' | 'ingetrokken' | 'verlopen';
  omschrijving: string;
  uwBeurt: boolean;
  uwToestemming: string | null;
  uitnodiging: 'verstuurd' | 'aangenomen' | null;
  antwoorden: Array<{ wie: string; antwoord: 'gegeven' | 'geweigerd' | 'ingetrokken' | 'nog-niet'; ikZelf: boolean }>;
}

export interface Keuze {
  waarde: string;
  naam: string;
  uitleg?: string | null;
  organisatie?: string | null;
}

/** What a member can choose in the household's consent forms. */
export interface Keuzemenu {
  voorWie: Keuze[];
  organisaties: Keuze[];
  professionals: Keuze[];
  uitTeNodigen: Keuze[];
  soorten: Keuze[];
}

export const STATUS: Record<Vraag['status'], string> = {
  wacht: 'Wacht op antwoord',
  gegeven: 'Toestemming gegeven',
  geweigerd: 'Geweigerd',
  ingetrokken: 'Ingetrokken',
  verlopen: 'Verlopen',
};

export const ANTWOORD: Record<Vraag['antwoorden'][number]['antwoord'], string> = {
  gegeven: 'ja',
  geweigerd: 'nee',
  ingetrokken: 'ingetrokken',
  'nog-niet': 'nog niet geantwoord',
};
