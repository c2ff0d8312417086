import { BetrokkenheidInvoer } from './betrokkenheid.invoer';
import { Betrokkenheidsvorm, Organisatie } from './enums';

/** Who registers what: the lokaal team the joint forms of work, the statutory organisations their own. */
const REGISTREERT: Record<Betrokkenheidsvorm, readonly Organisatie[]> = {
  consultatie: [Organisatie.lokaal_team],
  duo: [Organisatie.lokaal_team],
  onderzoek: [Organisatie.veilig_thuis, Organisatie.raad],
  maatregel: [Organisatie.gi],
};

export const MINIMALE_AFWEGING = 80;

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

function geldigeDatum(waarde: string): boolean {
  return DATUM.test(waarde) && !Number.isNaN(Date.parse(`${waarde}T00:00:00Z`)) && new Date(`${waarde}T00:00:00Z`).toISOString().startsWith(waarde);
}

/** Everything wrong with a registration by `registrant` (organisation from the gateway's grant), in Dutch; empty when it may be stored. */
export function bezwarenTegen(invoer: BetrokkenheidInvoer, registrant: string | null): string[] {
  const bezwaren: string[] = [];
  const mag = REGISTREERT[invoer.vorm];
  if (!mag.includes(registrant as Organisatie)) {
    bezwaren.push(`een betrokkenheid in de vorm ${invoer.vorm} wordt geregistreerd door ${mag.join(' of ')}, niet door ${registrant ?? 'een huishoudlid'}`);
  }
  if (invoer.vorm !== Betrokkenheidsvorm.consultatie && invoer.vorm !== Betrokkenheidsvorm.duo && invoer.organisatie !== registrant) {
    bezwaren.push(`${registrant ?? 'onbekend'} kan alleen de eigen ${invoer.vorm} registreren, niet die van ${invoer.organisatie}`);
  }
  if (!invoer.team.trim()) bezwaren.push('team ontbreekt');
  if (!invoer.professional.trim()) bezwaren.push('professional ontbreekt');
  if (!geldigeDatum(invoer.vanaf)) bezwaren.push(`vanaf "${invoer.vanaf}" is geen datum (JJJJ-MM-DD)`);
  if (invoer.tot != null && !geldigeDatum(invoer.tot)) bezwaren.push(`tot "${invoer.tot}" is geen datum (JJJJ-MM-DD)`);
  if (invoer.tot != null && geldigeDatum(invoer.tot) && invoer.tot < invoer.vanaf) bezwaren.push('tot ligt voor vanaf');
  const onderzoekend = invoer.vorm === Betrokkenheidsvorm.onderzoek && REGISTREERT.onderzoek.includes(invoer.organisatie);
  if (onderzoekend && !invoer.grondslag?.trim()) bezwaren.push('een onderzoek heeft een wettelijke grondslag nodig');
  if (invoer.grondslag?.trim() && (invoer.afweging?.trim().length ?? 0) < MINIMALE_AFWEGING) {
    bezwaren.push(`een grondslag zonder schriftelijke afweging (proportionaliteit en subsidiariteit, minstens ${MINIMALE_AFWEGING} tekens) wordt geweigerd`);
  }
  if (invoer.vorm === Betrokkenheidsvorm.maatregel && invoer.organisatie === Organisatie.gi && !invoer.uitspraakkenmerk?.trim()) {
    bezwaren.push('een maatregel heeft het kenmerk van de uitspraak van de rechter nodig');
  }
  return bezwaren;
}
