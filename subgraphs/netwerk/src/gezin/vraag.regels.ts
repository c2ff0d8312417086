import { Beleid, wieStemtIn } from '@netwerkdossier/shared';

import { Toestemming } from '../toestemming';
import { Toestemmingsvraag, Toestemmingsweigering } from './vraag';

export type Vraagstatus = 'wacht' | 'gegeven' | 'geweigerd' | 'ingetrokken' | 'verlopen';
export type Antwoord = 'gegeven' | 'geweigerd' | 'ingetrokken' | 'nog-niet';

/**
 * Who must say yes before a consent for this person opens anything: the same age rules the gateway decides
 * on (policies/leeftijden.yaml: under 12 every gezag holder, 12–15 the child and every gezag holder, 16 and
 * older the youth alone), as pseudonyms. Empty when the rules ask for gezag holders and none is registered:
 * then no one can complete it.
 */
export function wieAntwoordt(beleid: Beleid, persoon: { id: string; geboortejaar: number | null }, gezaghebbenden: string[], nu = new Date()): string[] {
  const wie = wieStemtIn(beleid.leeftijden, persoon, nu);
  if (wie.has('gezaghebbenden') && gezaghebbenden.length === 0) return [];
  return [...(wie.has('persoon') ? [persoon.id] : []), ...(wie.has('gezaghebbenden') ? [...gezaghebbenden].sort() : [])];
}

/** Each one's answer to a vraag: a yes still valid, a yes revoked, a no, or nothing yet. */
export function antwoordVan(wie: string, ja: Toestemming[], nee: Toestemmingsweigering[]): Antwoord {
  if (nee.some((w) => w.door === wie)) return 'geweigerd';
  const gegeven = ja.find((t) => t.gegevenDoor.includes(wie));
  if (!gegeven) return 'nog-niet';
  return gegeven.ingetrokkenOp ? 'ingetrokken' : 'gegeven';
}

/**
 * Where a vraag stands: closed by one no or one revocation (a consent that needs several people holds only
 * while all of them hold to it), expired after its end date, open once everyone the age rules ask said yes,
 * and waiting until then.
 */
export function statusVan(vraag: Toestemmingsvraag, antwoorden: Antwoord[], vandaag = new Date().toISOString().slice(0, 10)): Vraagstatus {
  if (antwoorden.includes('geweigerd')) return 'geweigerd';
  if (antwoorden.includes('ingetrokken')) return 'ingetrokken';
  if (vraag.geldigTot !== null && vraag.geldigTot < vandaag) return 'verlopen';
  return antwoorden.length > 0 && antwoorden.every((a) => a === 'gegeven') ? 'gegeven' : 'wacht';
}
