import { Beleid, CATEGORIEEN, SUBGRAPHS } from '@netwerkdossier/shared';

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
  const cellen = Object.entries(beleid.gezin.zichtbaar).flatMap(([partner, categorieen]) => (categorieen ?? []).map((c) => ({ partner, c })));
  const open = cellen.map(({ partner, c }) => `(context.partner == "${partner}" && context.categorie == "${c}")`).join(' || ') || 'false';
  const regels: Record<string, Regel> = {
    'gezin/pseudoniem': { tekst: `permit(principal, action, resource) when { ${GEZINSLID} && context.categorie == "pseudoniem" };`, reden: 'pseudoniem is een pseudoniem zonder betekenis.' },
    'rol/gezinslid': {
      tekst: `forbid(principal, action, resource) when { ${GEZINSLID} } unless { context.categorie == "pseudoniem" || (context.niveau == "huishouden" && (${open})) };`,
      reden: beleid.gezin.reden,
    },
  };
  for (const { partner, c } of cellen) {
    regels[`gezin/${partner}/${c}`] = {
      tekst: `permit(principal, action == Netwerkdossier::Action::"inzien", resource) when { ${GEZINSLID} && context.niveau == "huishouden" && context.partner == "${partner}" && context.categorie == "${c}" };`,
      reden: 'Gegevens over uw eigen huishouden, die deze organisatie met de gezinsleden deelt.',
    };
  }
  return regels;
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
      const grondslag = cel.uitkomst !== 'afgeschermd' && cel.regel.startsWith('gezin/') && categorie !== 'pseudoniem' ? [`gezinslid:${vrager.sub}`] : [];
      return { persoonId: persoon.id, categorie, partner, ...cel, grondslag, niveau: 'huishouden' as const };
    });
  }));
}
