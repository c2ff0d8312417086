import { Beleid, CATEGORIEEN, leeftijden, SUBGRAPHS } from '@netwerkdossier/shared';

import type { ContextPersoon, Vrager } from './context';
import { Celbeslissing, Celinvoer, Persoonsbeslissing, Regel } from './uitkomst';

const GEZINSLID = 'context.rol == "client" && context.eigenHuishouden';

/**
 * policies/gezin.yaml as Cedar policies: a household member sees, of their own household, the
 * pseudonyms and the listed partners' categories of records about the household as a whole
 * (`gezin/<partner>/<categorie>`); everything else is withheld with the file's reason (`rol/gezinslid`).
 * The `nooit/…` rules (melder, vertrouwelijk, werkaantekening) stay in force: forbid wins in Cedar.
 */
export function naarCedarVoorGezin(beleid: Beleid): Record<string, Regel> {
  const cellenVan = (per: Partial<Record<string, readonly string[]>>) => Object.entries(per).flatMap(([partner, categorieen]) => (categorieen ?? []).map((c) => ({ partner, c })));
  const ofEen = (cellen: Array<{ partner: string; c: string }>) => cellen.map(({ partner, c }) => `(context.partner == "${partner}" && context.categorie == "${c}")`).join(' || ') || 'false';
  const cellen = cellenVan(beleid.gezin.zichtbaar);
  const kind = cellenVan(beleid.gezin.eigenKind);
  const regels: Record<string, Regel> = {
    'gezin/pseudoniem': { tekst: `permit(principal, action, resource) when { ${GEZINSLID} && context.categorie == "pseudoniem" };`, reden: 'pseudoniem is een pseudoniem zonder betekenis.' },
    'rol/gezinslid': {
      tekst: `forbid(principal, action, resource) when { ${GEZINSLID} } unless { context.categorie == "pseudoniem" || (context.niveau == "huishouden" && (${ofEen(cellen)})) || (context.niveau == "persoon" && context.eigenKind && (${ofEen(kind)})) };`,
      reden: beleid.gezin.reden,
    },
    // free text about the household can tell where a beschermd member stays: closed to everyone else, with
    // the policy's own reason, so that the reason does not tell that someone is beschermd either
    'gezin/beschermd': {
      tekst: `forbid(principal, action, resource) when { ${GEZINSLID} && context.niveau == "huishouden" && context.anderBeschermd && context.categorie != "pseudoniem" };`,
      reden: beleid.gezin.reden,
    },
  };
  for (const { partner, c } of cellen) {
    regels[`gezin/${partner}/${c}`] = {
      tekst: `permit(principal, action == Netwerkdossier::Action::"inzien", resource) when { ${GEZINSLID} && context.niveau == "huishouden" && context.partner == "${partner}" && context.categorie == "${c}" };`,
      reden: 'Gegevens over uw eigen huishouden, die deze organisatie met de gezinsleden deelt.',
    };
  }
  for (const { partner, c } of kind) {
    regels[`gezin/eigen-kind/${partner}/${c}`] = {
      tekst: `permit(principal, action == Netwerkdossier::Action::"inzien", resource) when { ${GEZINSLID} && context.niveau == "persoon" && context.eigenKind && context.partner == "${partner}" && context.categorie == "${c}" };`,
      reden: 'Gegevens over uw eigen kind: de naam en het geboortejaar.',
    };
  }
  return regels;
}

/**
 * Whether `persoon` is the calling household member's own child (policies/gezin.yaml `eigen_kind`): a child
 * of the household that the caller has gezag over or is a parent or partner of there, whom the age rules
 * do not yet let decide alone at any age they may have (privacy first at a birthday), and not beschermd.
 */
export function isEigenKind(beleid: Beleid, vrager: Vrager, personen: ContextPersoon[], persoon: ContextPersoon, nu: Date): boolean {
  const ik = personen.find((p) => p.id === vrager.sub);
  if (!ik || persoon.rol !== 'kind' || persoon.beschermd || persoon.id === ik.id) return false;
  if (!persoon.gezaghebbenden.includes(ik.id) && ik.rol !== 'ouder' && ik.rol !== 'partner') return false;
  const oudste = leeftijden(persoon, nu)?.[1];
  return oudste !== undefined && beleid.leeftijden.some((r) => r.vanaf <= oudste && (r.tot === undefined || r.tot > oudste) && r.door.includes('gezaghebbenden'));
}

/** What a household member's visible cell rests on, for the toegangslog and the inzage: being a member (`gezinslid:<pseudonym>`). */
export function gezinsgrondslag(vrager: Vrager, categorie: string, cel: Celbeslissing): string[] {
  return cel.uitkomst !== 'afgeschermd' && cel.regel.startsWith('gezin/') && categorie !== 'pseudoniem' ? [`gezinslid:${vrager.sub}`] : [];
}

/**
 * The extra rows for a household member in their own household: per member, category and partner, the
 * decision for records about the household as a whole (`niveau: 'huishouden'`). What they rest on is
 * the caller being a member (`gezinslid:<pseudonym>`), for the toegangslog and the family's inzage.
 */
export function gezinsrijen(
  vrager: Vrager, personen: ContextPersoon[], beslis: (invoer: Omit<Celinvoer, 'partner'>) => readonly Celbeslissing[],
  basis: Omit<Celinvoer, 'partner' | 'categorie' | 'niveau'>,
): Persoonsbeslissing[] {
  return personen.flatMap((persoon) => CATEGORIEEN.flatMap((categorie) => {
    const cellen = beslis({ ...basis, categorie, niveau: 'huishouden' });
    return SUBGRAPHS.map((partner, i) => {
      const cel = cellen[i];
      const grondslag = gezinsgrondslag(vrager, categorie, cel);
      return { persoonId: persoon.id, categorie, partner, ...cel, grondslag, niveau: 'huishouden' as const };
    });
  }));
}
