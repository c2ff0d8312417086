/** The requirements of the partner contract (docs/partner-contract.md), by number, in the words of the report. */
export const EISEN = {
  '1.0': 'beantwoordt een geldige grant van de gateway, ook een voor een volle pagina van huishoudens',
  '1.1': 'weigert een verzoek zonder grant',
  '1.2': 'weigert een grant met een vervalste handtekening (andere sleutel)',
  '1.3': 'weigert een grant die na ondertekening gewijzigd is',
  '1.4': 'weigert een ongetekende grant (alg none)',
  '1.5': 'weigert HS256 met de publieke sleutel van de gateway als geheim (algoritmeverwarring)',
  '1.6': 'weigert een grant van een andere uitgever dan de gateway',
  '1.7': 'weigert een grant voor een andere partner (audience)',
  '1.8': 'weigert een verlopen grant',
  '1.9': 'weigert een grant die nog niet geldig is (nbf of iat in de toekomst)',
  '1.10': 'weigert een grant die langer dan 60 seconden geldig is',
  '1.11': 'weigert een grant die al eens gebruikt is (replay)',
  '1.12': 'weigert een grant voor een ander verzoek dan waarvoor hij gegeven is (andere query of andere variabelen)',
  '1.13': 'weigert een grant die bij een ander proces van de partner op dezelfde database al gebruikt is (replica, of na een herstart)',
  '2.1': 'geeft elk veld van zijn schema een @categorie',
  '2.2': 'heeft gegevens over de demo-huishoudens (anders valt er niets te toetsen)',
  '2.3': 'toont wat zichtbaar is, ongewijzigd',
  '2.4': 'toont wat geanonimiseerd is alleen geanonimiseerd',
  '2.5': 'schermt af wat afgeschermd is, per huishouden en per persoon',
  '2.6': 'geeft zonder besluiten in de grant geen dossierinhoud',
  '2.7': 'geeft niets over een huishouden buiten de reikwijdte van de grant',
  '2.8': 'geeft bij een deel over iemand buiten de grant de plaatsvervanger buiten-beeld in betreft, niet diens pseudoniem en geen lege lijst',
  '3.1': 'legt elke verstrekking vast onder de jti van de grant voordat het antwoordt',
  '3.2': 'legt per huishouden of persoon en categorie vast wat het verstrekte, zichtbaar of geanonimiseerd',
  '3.3': 'geeft zijn verstrekkingenlog alleen aan de gateway',
  '3.4': 'legt ook een vraag vast waarin het niets verstrekte (met lege items)',
  '4.1': 'geeft alleen de gevraagde velden, onder hun alias',
  '4.2': 'geeft precies één entiteit per gevraagde representatie, in volgorde',
  '4.3': 'geeft niets buiten data, en geen afgeschermde gegevens in fouten of extensions',
  '5.1': 'neemt checkpoints van het toegangslog aan van de gateway (POST /getuige) en controleert wat het krijgt',
  '5.2': 'neemt checkpoints alleen van de gateway aan',
} as const;

export type EisId = keyof typeof EISEN;

export const GROEPEN: Record<string, string> = {
  '1': 'Antwoordt alleen op een geldige grant, voor het verzoek waarvoor hij gegeven is, eenmaal (gewone vraag, _entities en _service)',
  '2': 'Geeft per huishouden en persoon precies wat de besluiten van de grant zeggen',
  '3': 'Legt zijn verstrekkingenlog vast voordat het antwoordt',
  '4': 'Geeft niets waar niet om gevraagd is',
  '5': 'Is getuige van het toegangslog: bewaart zijn ondertekende checkpoints',
};

export type Status = 'geslaagd' | 'gefaald' | 'niet getoetst';

export interface Uitslag {
  id: EisId;
  naam: string;
  status: Status;
  /** On failure what the kit saw; when not tested, why. */
  gezien: string[];
}

/** At most this many lines of what was seen per requirement; the rest is counted. */
const MAX_GEZIEN = 24;

/** Passed when nothing was seen against the requirement; otherwise failed, with what was seen. */
export function beoordeel(id: EisId, fouten: string[]): Uitslag {
  const gezien = fouten.length > MAX_GEZIEN ? [...fouten.slice(0, MAX_GEZIEN), `en nog ${fouten.length - MAX_GEZIEN}`] : fouten;
  return { id, naam: EISEN[id], status: fouten.length ? 'gefaald' : 'geslaagd', gezien };
}

/** A requirement that could not be tested (something it rests on failed): never a pass. */
export function nietGetoetst(id: EisId, reden: string): Uitslag {
  return { id, naam: EISEN[id], status: 'niet getoetst', gezien: [reden] };
}
