import { beoordeel, Uitslag } from './eisen';
import { entiteitenVan, Ronde } from './rondes';
import { Selectie } from './schema';
import { typeVan } from './steekproef';

/** Keys of an answer that were not asked, anywhere under this selection. */
function ongevraagd(waarde: unknown, selectie: Selectie[], pad: string, uit: string[], extra: string[] = []): void {
  if (waarde === null || typeof waarde !== 'object') return;
  if (Array.isArray(waarde)) return waarde.forEach((w, i) => ongevraagd(w, selectie, `${pad}[${i}]`, uit, extra));
  const gevraagd = new Set([...extra, ...selectie.map((s) => s.sleutel)]);
  for (const [sleutel, v] of Object.entries(waarde)) {
    const s = selectie.find((x) => x.sleutel === sleutel);
    if (!gevraagd.has(sleutel)) uit.push(`${pad}.${sleutel} is niet gevraagd`);
    else if (s?.sub) ongevraagd(v, s.sub, `${pad}.${sleutel}`, uit);
  }
}

/** Every string of the basis answer long enough to recognise: what may not turn up where it was withheld. */
function teksten(waarde: unknown, uit: Set<string>): Set<string> {
  if (typeof waarde === 'string' && waarde.length >= 8) uit.add(waarde);
  else if (waarde && typeof waarde === 'object') for (const v of Object.values(waarde)) teksten(v, uit);
  return uit;
}

const TOPNIVEAU = new Set(['data', 'errors', 'extensions']);

/**
 * Requirement group 4: nothing that was not asked. Only the fields asked, under their aliases; one entity per
 * representation, of its type and id; and nothing outside `data`, nor withheld content in errors or extensions.
 */
export function toetsGevraagd(rondes: Ronde[]): Uitslag[] {
  const velden: string[] = [];
  const entiteiten: string[] = [];
  const buiten: string[] = [];
  const basis = entiteitenVan(rondes[0]);
  const pseudoniemen = new Set(rondes[0].onderwerpen.map((o) => o.id));
  const inhoud = [...teksten(basis, new Set())].filter((t) => !pseudoniemen.has(t));
  for (const ronde of rondes) {
    const body = ronde.antwoord.body ?? {};
    for (const sleutel of Object.keys(body)) if (!TOPNIVEAU.has(sleutel)) buiten.push(`${ronde.naam}: "${sleutel}" naast data, errors en extensions`);
    if (ronde.soort !== 'basis' && ronde.soort !== 'aliassen') {
      const elders = JSON.stringify([body.errors ?? null, body.extensions ?? null]);
      for (const t of inhoud) if (elders.includes(t)) buiten.push(`${ronde.naam}: ${JSON.stringify(t.slice(0, 60))} uit het dossier in errors of extensions`);
    }
    const data = body.data;
    if (data && typeof data === 'object') for (const sleutel of Object.keys(data)) if (sleutel !== '_entities') velden.push(`${ronde.naam}: data.${sleutel} is niet gevraagd`);
    const lijst = entiteitenVan(ronde);
    if (!lijst) continue;
    if (lijst.length !== ronde.onderwerpen.length) entiteiten.push(`${ronde.naam}: ${lijst.length} entiteiten voor ${ronde.onderwerpen.length} representaties`);
    ronde.onderwerpen.forEach((o, i) => {
      const entiteit = lijst[i] as Record<string, unknown> | null | undefined;
      if (!entiteit) return;
      const type = typeVan(o);
      const selectie = ronde.selectie.get(type) ?? [];
      ongevraagd(entiteit, selectie, `${ronde.naam}: _entities[${i}]`, velden, ['__typename']);
      const idSleutel = selectie.find((s) => s.veld.naam === 'id')?.sleutel;
      if (entiteit.__typename !== type) entiteiten.push(`${ronde.naam}: _entities[${i}] is een ${JSON.stringify(entiteit.__typename)}, gevraagd was ${type}`);
      if (idSleutel && entiteit[idSleutel] !== undefined && entiteit[idSleutel] !== o.id) entiteiten.push(`${ronde.naam}: _entities[${i}] heeft id ${JSON.stringify(entiteit[idSleutel])}, gevraagd was ${o.id}`);
    });
  }
  return [beoordeel('4.1', velden), beoordeel('4.2', entiteiten), beoordeel('4.3', buiten)];
}
