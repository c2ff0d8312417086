import { PARTNERS } from '@netwerkdossier/shared';

import { BetrokkenheidInvoer } from './betrokkenheid.invoer';
import { Betrokkenheidsvorm, Organisatie } from './enums';

/**
 * Who registers what, from each partner's `registreert`: the lokaal team the joint forms of work, the
 * statutory organisations their own.
 */
export const REGISTREERT: Readonly<Record<Betrokkenheidsvorm, readonly Organisatie[]>> = {
  consultatie: PARTNERS.filter((p) => p.registreert.includes('consultatie')).map((p) => p.naam),
  duo: PARTNERS.filter((p) => p.registreert.includes('duo')).map((p) => p.naam),
  onderzoek: PARTNERS.filter((p) => p.registreert.includes('onderzoek')).map((p) => p.naam),
  maatregel: PARTNERS.filter((p) => p.registreert.includes('maatregel')).map((p) => p.naam),
};

export const MINIMALE_AFWEGING = 80;

// years a registration can be about: nothing before the network existed, and PostgreSQL has no year 0
const DATUM = /^20\d{2}-\d{2}-\d{2}$/;

/** How a refusal describes a date that geldigeDatum accepts. */
export const DATUMVORM = 'JJJJ-MM-DD, tussen 2000 en 2099';

/** A real calendar date, JJJJ-MM-DD, between 2000 and 2099. */
export function geldigeDatum(waarde: string): boolean {
  return DATUM.test(waarde) && !Number.isNaN(Date.parse(`${waarde}T00:00:00Z`)) && new Date(`${waarde}T00:00:00Z`).toISOString().startsWith(waarde);
}

/** Who registers, from the gateway's grant. */
export interface Registrant {
  sub: string;
  organisatie: string | null;
  team: string | null;
}

/** Everything wrong with a registration, in Dutch; empty when it may be stored (the regiehouder checks need the database). */
export function bezwarenTegen(invoer: BetrokkenheidInvoer, door: Registrant): string[] {
  const bezwaren: string[] = [];
  const registrant = door.organisatie;
  const mag = REGISTREERT[invoer.vorm];
  if (!registrant || !mag.includes(registrant)) {
    bezwaren.push(`een betrokkenheid in de vorm ${invoer.vorm} wordt geregistreerd door ${mag.join(' of ') || 'geen enkele partner'}, niet door ${registrant ?? 'een huishoudlid'}`);
  }
  if (invoer.vorm !== Betrokkenheidsvorm.consultatie && invoer.vorm !== Betrokkenheidsvorm.duo && invoer.organisatie !== registrant) {
    bezwaren.push(`${registrant ?? 'onbekend'} kan alleen de eigen ${invoer.vorm} registreren, niet die van ${invoer.organisatie}`);
  }
  // a statutory betrokkenheid is one's own: nobody registers powers for someone else
  const wettelijk = invoer.vorm === Betrokkenheidsvorm.onderzoek || invoer.vorm === Betrokkenheidsvorm.maatregel;
  if ((wettelijk || invoer.professional === door.sub) && (invoer.professional !== door.sub || invoer.team !== door.team)) {
    bezwaren.push(`een ${invoer.vorm} registreert u alleen voor uzelf (${door.sub}, ${door.team ?? 'geen team'})`);
  }
  if (!invoer.team.trim()) bezwaren.push('team ontbreekt');
  if (!invoer.professional.trim()) bezwaren.push('professional ontbreekt');
  if (!geldigeDatum(invoer.vanaf)) bezwaren.push(`vanaf "${invoer.vanaf}" is geen datum (${DATUMVORM})`);
  if (invoer.tot != null && !geldigeDatum(invoer.tot)) bezwaren.push(`tot "${invoer.tot}" is geen datum (${DATUMVORM})`);
  if (invoer.tot != null && geldigeDatum(invoer.tot) && invoer.tot < invoer.vanaf) bezwaren.push('tot ligt voor vanaf');
  const onderzoekend = invoer.vorm === Betrokkenheidsvorm.onderzoek && REGISTREERT.onderzoek.includes(invoer.organisatie);
  if (onderzoekend && !invoer.grondslag?.trim()) bezwaren.push('een onderzoek heeft een wettelijke grondslag nodig');
  if (invoer.grondslag?.trim() && (invoer.afweging?.trim().length ?? 0) < MINIMALE_AFWEGING) {
    bezwaren.push(`een grondslag zonder schriftelijke afweging (proportionaliteit en subsidiariteit, minstens ${MINIMALE_AFWEGING} tekens) wordt geweigerd`);
  }
  if (invoer.vorm === Betrokkenheidsvorm.maatregel && REGISTREERT.maatregel.includes(invoer.organisatie) && !invoer.uitspraakkenmerk?.trim()) {
    bezwaren.push('een maatregel heeft het kenmerk van de uitspraak van de rechter nodig');
  }
  return bezwaren;
}
