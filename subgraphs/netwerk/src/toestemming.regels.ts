import { CATEGORIEEN } from '@netwerkdossier/shared';

import { DATUMVORM, geldigeDatum } from './betrokkenheid.regels';
import { ToestemmingInvoer } from './toestemming.invoer';

/** What no consent can open: the policy never shares these (policies/deelmatrix.yaml, doorbraak.yaml). */
const NOOIT_MET_TOESTEMMING = ['melder', 'vertrouwelijk', 'werkaantekening'];

/**
 * Everything wrong with a consent, in Dutch. Whether it is complete for the person's age is decided each
 * time it is used (the age rules and gezag can change); here only what can never be right is refused.
 */
export function bezwarenTegenToestemming(invoer: ToestemmingInvoer, gezaghebbenden: string[]): string[] {
  const bezwaren: string[] = [];
  if (invoer.gegevenDoor.length === 0) bezwaren.push('niemand gaf toestemming');
  for (const c of invoer.categorieen) {
    if (!(CATEGORIEEN as readonly string[]).includes(c)) bezwaren.push(`onbekende categorie "${c}"`);
    else if (NOOIT_MET_TOESTEMMING.includes(c)) bezwaren.push(`${c} wordt nooit gedeeld, ook niet met toestemming`);
  }
  if (invoer.categorieen.length === 0) bezwaren.push('geen categorieën genoemd');
  if (!/^[a-z][a-z-]*$/.test(invoer.doel)) bezwaren.push(`"${invoer.doel}" is geen doel (kleine letters en streepjes, zoals gezamenlijk-plan)`);
  if (invoer.bewijs.trim().length < 5) bezwaren.push('verwijs naar het bewijs: het formulier of het gespreksverslag');
  if (!geldigeDatum(invoer.geldigVanaf)) bezwaren.push(`geldigVanaf "${invoer.geldigVanaf}" is geen datum (${DATUMVORM})`);
  if (invoer.geldigTot != null && (!geldigeDatum(invoer.geldigTot) || invoer.geldigTot < invoer.geldigVanaf)) bezwaren.push('geldigTot is geen datum na geldigVanaf');
  // gezag last, and without saying who: the registrant may not see the family situation
  const mogelijk = new Set([invoer.persoon, ...gezaghebbenden]);
  if (!bezwaren.length && invoer.gegevenDoor.some((g) => !mogelijk.has(g))) bezwaren.push('toestemming geeft alleen de persoon zelf of iemand met gezag over de persoon');
  return bezwaren;
}
