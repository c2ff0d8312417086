import { isCategorie } from '@netwerkdossier/shared';

import { Subject, subjectVan } from './model';
import { entiteitenVan, Ronde } from './rondes';
import { benoemd, Selectie } from './schema';
import { typeVan } from './steekproef';

/** Something an answer disclosed: a category about a household or person (the pseudonym alone is no content). */
export interface Verstrekt extends Subject {
  categorie: string;
}

/** The fields of one object about `subject`, and what hangs under them. */
function velden(object: Record<string, unknown>, selectie: Selectie[], subject: Subject | undefined, uit: Map<string, Verstrekt>): void {
  for (const s of selectie) {
    const v = object[s.sleutel];
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (subject && isCategorie(s.veld.categorie) && s.veld.categorie !== 'pseudoniem') uit.set(`${subject.soort}|${subject.id}|${s.veld.categorie}`, { ...subject, categorie: s.veld.categorie });
    if (!s.sub) continue;
    const type = benoemd(s.veld.type);
    const idSleutel = s.sub.find((x) => x.veld.naam === 'id')?.sleutel;
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item === null || typeof item !== 'object') continue;
      const object = item as Record<string, unknown>;
      velden(object, s.sub, subjectVan(type, idSleutel ? object[idSleutel] : undefined, subject), uit);
    }
  }
}

/** Every (subject, category) an answer of a round disclosed: a value that is not null and not an empty list. */
export function verstrektIn(ronde: Ronde): Verstrekt[] {
  const entiteiten = entiteitenVan(ronde);
  const uit = new Map<string, Verstrekt>();
  if (!entiteiten) return [];
  ronde.onderwerpen.forEach((o, i) => {
    const object = entiteiten[i] as Record<string, unknown> | null;
    if (object && typeof object === 'object') velden(object, ronde.selectie.get(typeVan(o)) ?? [], { soort: o.soort, id: o.id }, uit);
  });
  return [...uit.values()];
}
