import { Beleid, Categorie, isMinderjarig, leeftijden, wieStemtIn } from '@netwerkdossier/shared';

import { Beslissingscontext, ContextPersoon, ContextToestemming, lopend, Vrager } from './context';
import type { Ontbrekend } from './reden';

function voorVrager(t: ContextToestemming, vrager: Vrager): boolean {
  return t.ontvangerOrganisatie === vrager.organisatie && (t.ontvangerTeam === null || t.ontvangerTeam === vrager.team) && (t.ontvangerProfessional === null || t.ontvangerProfessional === vrager.sub);
}

export interface Toestemmingsoordeel {
  gegeven: boolean;
  /** Who still has to consent (the person, those with gezag by their role); reden.ts puts it in words. */
  ontbreekt: Ontbrekend[];
  /** The persons those words reveal something about (role, gezag): the person and the gezag holders named. */
  genoemd: string[];
  /** The valid consent records this rests on (the toegangslog's grondslag). */
  ids: string[];
}

/**
 * Whether valid toestemmingen together cover this person, category, caller and doel, with consent of
 * everyone the age rules ask for. Several records may each carry part of it (each gezaghebbende apart).
 */
export function toestemmingVoor(beleid: Beleid, ctx: Beslissingscontext, persoon: ContextPersoon, categorie: Categorie, vrager: Vrager, doel: string, nu: Date): Toestemmingsoordeel {
  const geldig = ctx.toestemmingen.filter(
    (t) => t.persoonId === persoon.id && t.ingetrokkenOp === null && lopend(t.geldigVanaf, t.geldigTot, nu) && t.categorieen.includes(categorie) && t.doel === doel && voorVrager(t, vrager),
  );
  const gevers = new Set(geldig.flatMap((t) => t.gegevenDoor));
  const minderjarig = isMinderjarig(persoon, nu);
  const ontbreekt: Ontbrekend[] = [];
  const zelf: Ontbrekend = { wie: 'zelf', rol: persoon.rol, leeftijd: leeftijden(persoon, nu) };
  const genoemd = new Set<string>([persoon.id]);
  const nodig = wieStemtIn(beleid.leeftijden, persoon, nu);
  for (const wie of nodig) {
    if (wie === 'persoon' && !gevers.has(persoon.id)) ontbreekt.push(zelf);
    if (wie === 'gezaghebbenden') {
      if (persoon.gezaghebbenden.length === 0) ontbreekt.push({ wie: 'niemand' });
      for (const id of persoon.gezaghebbenden) {
        if (!gevers.has(id)) {
          ontbreekt.push({ wie: 'gezag', rol: ctx.personen.find((p) => p.id === id)?.rol ?? 'gezaghebbende' });
          genoemd.add(id);
        }
      }
    }
  }
  // fail closed: a minor for whom the rules name nobody has no one who can consent
  if (minderjarig && nodig.size === 0) ontbreekt.push({ wie: 'niemand' });
  return { gegeven: geldig.length > 0 && ontbreekt.length === 0, ontbreekt: geldig.length === 0 && ontbreekt.length === 0 ? [zelf] : ontbreekt, genoemd: [...genoemd], ids: geldig.map((t) => t.id) };
}
