import { isDeepStrictEqual } from 'node:util';

import { Besluiten, BETREFT, BUITEN_BEELD, CATEGORIEEN, isBetreftVeld, isBuitenBeeld } from '@netwerkdossier/shared';

import { beoordeel, nietGetoetst, Uitslag } from './eisen';
import { benoemd, entiteitenQuery, Partnerschema, Selectie, volledigeSelectie } from './schema';
import { representaties, Steekproef, typeVan } from './steekproef';
import { beschrijf, graphqlVerzoek, Partnerverbinding } from './verbinding';

const ALLES = { zichtbaar: (1 << CATEGORIEEN.length) - 1, geanonimiseerd: 0 };

/** Whether the partner has parts attributed to persons: a type with a `betreft` list of pseudonyms (shared/src/betreft.ts). */
function heeftDelen(schema: Partnerschema): boolean {
  return [...schema.objecten.values()].some((velden) => velden.some((v) => isBetreftVeld({ naam: v.naam, doelType: benoemd(v.type) })));
}

/** Every part's `betreft` in an answer, by its path (a `betreft` that is a record is no part's: it is walked into). */
function betreftIn(waarde: unknown, pad: string, uit = new Map<string, unknown[]>()): Map<string, unknown[]> {
  if (Array.isArray(waarde)) waarde.forEach((w, i) => betreftIn(w, `${pad}[${i}]`, uit));
  else if (waarde !== null && typeof waarde === 'object') {
    for (const [sleutel, w] of Object.entries(waarde)) {
      if (sleutel === BETREFT && Array.isArray(w)) uit.set(`${pad}.${sleutel}`, w);
      else betreftIn(w, `${pad}.${sleutel}`, uit);
    }
  }
  return uit;
}

/** What a wrong answer for a part about someone outside the grant is, in the report's words. */
function omschrijf(gezien: unknown[] | undefined, buiten: ReadonlySet<string>): string {
  if (!gezien) return 'geen betreft';
  if (gezien.length === 0) return 'een lege lijst (die leest als een deel over het hele huishouden)';
  if (gezien.some((id) => buiten.has(String(id)))) return `het pseudoniem van wie buiten de grant valt (${JSON.stringify(gezien)})`;
  return JSON.stringify(gezien);
}

/**
 * Requirement 2.8: a part that names someone the grant does not (a person of the household left out of its
 * decisions) answers in its `betreft` the stand-in BUITEN_BEELD, not that person's pseudonym (which would link
 * this household to them) and not an empty list; a part that names only persons of the grant names them. Asked
 * with every carrier open (`deels`): once with every member in the decisions (the basis), once with, per
 * household, one member a part names left out. A partner without parts meets it as it is.
 */
export async function toetsDelen(verbinding: Partnerverbinding, schema: Partnerschema, steekproef: Steekproef): Promise<Uitslag> {
  if (!heeftDelen(schema)) return beoordeel('2.8', []);
  const onderwerpen = steekproef.onderwerpen.filter((o) => schema.entiteiten.has(typeVan(o)));
  const selectie = new Map<string, Selectie[]>(['Huishouden', 'Persoon'].filter((t) => schema.entiteiten.has(t)).map((t) => [t, volledigeSelectie(schema, t)]));
  const query = entiteitenQuery(selectie);
  const variables = { representaties: representaties(onderwerpen) };
  const huishoudens = new Map(steekproef.huishoudens.map((h) => [h.id, ALLES]));
  const vraag = async (buiten: ReadonlySet<string>) => {
    const personen = new Map(steekproef.huishoudens.flatMap((h) => h.leden.filter((p) => !buiten.has(p.id)).map((p) => [p.id, ALLES] as const)));
    const besluiten: Besluiten = { huishoudens, personen, deels: huishoudens };
    const grant = await verbinding.grant(graphqlVerzoek(query, variables), { reikwijdte: steekproef.huishoudens.map((h) => h.id), besluiten });
    return verbinding.vraag(query, variables, grant.token);
  };
  const basisAntwoord = await vraag(new Set());
  if (!Array.isArray((basisAntwoord.body?.data as { _entities?: unknown } | null | undefined)?._entities)) {
    return nietGetoetst('2.8', `met alles zichtbaar geen entiteiten: ${beschrijf(basisAntwoord)}`);
  }
  const basis = betreftIn(basisAntwoord.body?.data, '');
  const genoemd = new Set([...basis.values()].flat().map(String));
  const buiten = new Set(steekproef.huishoudens.flatMap((h) => h.leden.filter((p) => genoemd.has(p.id)).slice(0, 1).map((p) => p.id)));
  if (buiten.size === 0) return nietGetoetst('2.8', 'met alles zichtbaar noemde geen deel een gezinslid uit de steekproef');
  const gezien = betreftIn((await vraag(buiten)).body?.data, '');
  const fouten: string[] = [];
  for (const [pad, ids] of basis) {
    const antwoord = gezien.get(pad);
    if (ids.some((id) => buiten.has(String(id)))) {
      if (!isBuitenBeeld(antwoord)) fouten.push(`een gezinslid buiten de grant: ${pad}: verwacht ["${BUITEN_BEELD}"], gezien ${omschrijf(antwoord, buiten)}`);
    } else if (!isDeepStrictEqual(antwoord, ids)) {
      fouten.push(`alleen wie in de grant staat: ${pad}: verwacht ${JSON.stringify(ids)}, gezien ${antwoord ? JSON.stringify(antwoord) : 'geen betreft'}`);
    }
  }
  return beoordeel('2.8', fouten);
}
