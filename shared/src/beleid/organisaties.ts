import { Categorie, CATEGORIEEN } from '../categorie';
import { PARTNER_NAMEN, PARTNERS } from '../partners';
import { Beleid, Vorm, VORMEN } from './beleid';

const anders = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** The organisations with a professional working in the vorm (their partner.json): whose professionals' names the family reads in it. */
function werkenIn(vorm: Vorm): string[] {
  return PARTNERS.filter((p) => p.professionals.some((x) => (x.vormen as readonly string[]).includes(vorm))).map((p) => p.naam);
}

/**
 * The organisations whose own data a change shares differently, so each one's privacy officer must approve it
 * (beside a second privacy officer): the holders of every category whose cells change (the deelmatrix, the
 * own dossier, what a doorbraak never opens), the holders of every category a doorbraak opens when its limits
 * change (its longest duration, the shortest reason), every organisation with professionals in a vorm whose
 * `naam_professional` changes (the family would read or no longer read their names), and every organisation
 * named in a changed `gedeeld_door`, `bronnen`, exception, gezin (the household's or the own child's) or
 * uitgestelde inzage. Rules for the whole network (ages, doelen, retention) need the four eyes only.
 */
export function betrokkenOrganisaties(oud: Beleid, nieuw: Beleid, houders: Record<Categorie, string[]>): string[] {
  const uit = new Set<string>();
  const voeg = (orgs: readonly string[] | undefined) => orgs?.forEach((o) => uit.add(o));
  for (const c of CATEGORIEEN) {
    const nooit = (b: Beleid) => b.doorbraak.nooitVoor.includes(c);
    if (anders(oud.matrix[c], nieuw.matrix[c]) || anders(oud.eigen.matrix[c], nieuw.eigen.matrix[c]) || nooit(oud) !== nooit(nieuw)) voeg(houders[c]);
    if (anders(oud.gedeeldDoor[c], nieuw.gedeeldDoor[c])) voeg([...(oud.gedeeldDoor[c] ?? []), ...(nieuw.gedeeldDoor[c] ?? [])]);
  }
  const { maximaleDuurUren: duur, minimaleLengteReden: reden } = oud.doorbraak;
  if (duur !== nieuw.doorbraak.maximaleDuurUren || reden !== nieuw.doorbraak.minimaleLengteReden) {
    // a doorbraak opens every category it is not barred from, under either version
    for (const c of CATEGORIEEN) if (!oud.doorbraak.nooitVoor.includes(c) || !nieuw.doorbraak.nooitVoor.includes(c)) voeg(houders[c]);
  }
  for (const v of VORMEN) {
    if (oud.inzage.naamProfessional.includes(v) !== nieuw.inzage.naamProfessional.includes(v)) voeg(werkenIn(v));
    if (!anders(oud.bronnen[v]?.alleen, nieuw.bronnen[v]?.alleen)) continue;
    const bron = (b: Beleid) => b.bronnen[v]?.alleen ?? [...PARTNER_NAMEN];
    voeg([...bron(oud), ...bron(nieuw)].filter((o) => !bron(oud).includes(o) || !bron(nieuw).includes(o)));
  }
  const perOrganisatie = <T extends { organisatie: string }>(a: T[], b: T[]) =>
    [...a, ...b].map((x) => x.organisatie).filter((o) => anders(a.filter((x) => x.organisatie === o), b.filter((x) => x.organisatie === o)));
  voeg(perOrganisatie(oud.uitzonderingen, nieuw.uitzonderingen));
  voeg(perOrganisatie(oud.inzage.uitgesteld, nieuw.inzage.uitgesteld));
  for (const deel of ['zichtbaar', 'eigenKind'] as const) {
    const [was, wordt] = [oud.gezin[deel], nieuw.gezin[deel]];
    voeg([...new Set([...Object.keys(was), ...Object.keys(wordt)])].filter((o) => anders(was[o], wordt[o])));
  }
  return [...uit].filter((o) => (PARTNER_NAMEN as readonly string[]).includes(o)).sort();
}
