import { Uitkomst } from '@netwerkdossier/shared';

import { beoordeel, EisId, nietGetoetst, Uitslag } from './eisen';
import { Afwijking, Subject, UITKOMSTEN, Verwachtingen, vergelijk } from './model';
import { entiteitenVan, Ronde } from './rondes';
import { Partnerschema, zonderCategorie } from './schema';
import { Steekproef, typeVan } from './steekproef';
import { beschrijf } from './verbinding';
import { verstrektIn } from './verstrekt';

/** At most this many places per requirement in the report; the rest is counted. */
const MAX_REGELS = 8;

/** Report lines for these places, at most MAX_REGELS of them. */
function regels(afwijkingen: Afwijking[], ronde: string): string[] {
  const uit = afwijkingen.slice(0, MAX_REGELS).map((a) => `${ronde}: ${a.pad}: verwacht ${a.verwacht}, gezien ${a.gezien}`);
  if (afwijkingen.length > MAX_REGELS) uit.push(`${ronde}: en nog ${afwijkingen.length - MAX_REGELS} plaatsen`);
  return uit;
}

/** Where a round's answer differs from what its grant's decisions make of the basis. */
function afwijkingenIn(ronde: Ronde, basis: unknown[], verwachtingen: Verwachtingen): Afwijking[] {
  const entiteiten = entiteitenVan(ronde);
  if (!entiteiten) return [{ uitkomst: 'zichtbaar', pad: '_entities', verwacht: 'een lijst', gezien: beschrijf(ronde.antwoord) }];
  const afwijkingen: Afwijking[] = [];
  ronde.onderwerpen.forEach((o, i) => {
    if (ronde.soort === 'buiten de reikwijdte') {
      if (entiteiten[i] !== null) afwijkingen.push({ uitkomst: 'afgeschermd', pad: `_entities[${i}] (${o.id})`, verwacht: 'null', gezien: JSON.stringify(entiteiten[i]).slice(0, 160) });
      return;
    }
    const type = typeVan(o);
    vergelijk(verwachtingen.entiteit(basis[i], type, { soort: o.soort, id: o.id }, ronde.selectie.get(type) ?? []), entiteiten[i], `_entities[${i}] (${type} ${o.id})`, afwijkingen);
  });
  return afwijkingen;
}

const PER_UITKOMST: Record<Uitkomst, EisId> = { zichtbaar: '2.3', geanonimiseerd: '2.4', afgeschermd: '2.5' };

/**
 * Requirement group 2: per household and person exactly what the grant's decisions say. The answer
 * with everything visible is the basis; every other round must be what its decisions make of it.
 */
export function toetsPerOnderwerp(rondes: Ronde[], schema: Partnerschema, steekproef: Steekproef): Uitslag[] {
  const uitslagen = [beoordeel('2.1', zonderCategorie(schema).map((v) => `${v} heeft geen @categorie`))];
  const [basisRonde, ...andere] = rondes;
  const basis = entiteitenVan(basisRonde);
  const gegevens = basis ? verstrektIn(basisRonde) : [];
  if (!basis || gegevens.length === 0) {
    const gezien = `met alles zichtbaar over ${steekproef.huishoudens.length} huishoudens: ${basis ? 'geen gegevens' : beschrijf(basisRonde.antwoord)}`;
    uitslagen.push(beoordeel('2.2', [gezien]));
    for (const id of ['2.3', '2.4', '2.5', '2.6', '2.7'] as const) uitslagen.push(nietGetoetst(id, 'er zijn geen gegevens om aan te toetsen (2.2)'));
    return uitslagen;
  }
  uitslagen.push(beoordeel('2.2', []));
  const huishoudenVan = (s: Subject | undefined) => steekproef.onderwerpen.find((o) => o.id === s?.id)?.huishouden;
  const perEis = new Map<EisId, string[]>([['2.3', []], ['2.4', []], ['2.5', []], ['2.6', []], ['2.7', []]]);
  const getoetst: Record<Uitkomst, number> = { zichtbaar: 0, geanonimiseerd: 0, afgeschermd: 0 };
  for (const ronde of andere) {
    const verwachtingen = new Verwachtingen(schema, ronde.grant.inhoud.besluiten, huishoudenVan);
    const afwijkingen = afwijkingenIn(ronde, basis, verwachtingen);
    if (ronde.soort === 'zonder besluiten') perEis.get('2.6')!.push(...regels(afwijkingen, ronde.naam));
    else if (ronde.soort === 'buiten de reikwijdte') perEis.get('2.7')!.push(...regels(afwijkingen, ronde.naam));
    else {
      for (const u of UITKOMSTEN) {
        perEis.get(PER_UITKOMST[u])!.push(...regels(afwijkingen.filter((a) => a.uitkomst === u), ronde.naam));
        getoetst[u] += verwachtingen.getoetst[u];
      }
    }
  }
  for (const [id, gezien] of perEis) {
    const uitkomst = UITKOMSTEN.find((u) => PER_UITKOMST[u] === id);
    uitslagen.push(uitkomst && !gezien.length && getoetst[uitkomst] === 0 ? nietGetoetst(id, `geen veld met gegevens kreeg de uitkomst ${uitkomst}`) : beoordeel(id, gezien));
  }
  return uitslagen;
}
