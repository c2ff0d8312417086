import { readFile } from 'node:fs/promises';

import { Beleid, betrokkenOrganisaties, Categorie, houdersUitSupergraph, maakLogger } from '@netwerkdossier/shared';

const logger = maakLogger('netwerk');

/** netwerk cannot tell whose say a proposal needs (HTTP 503): it takes none until that is mended. */
export class ZeggenschapOnbekend extends Error {}

/** Whose say a proposal needs, by what netwerk itself holds: the category holders are read from the supergraph at `pad`. */
export type Zeggenschap = (oud: Beleid, nieuw: Beleid) => Promise<string[]>;

/**
 * The organisations a change from `oud` to `nieuw` needs the say of (betrokkenOrganisaties), with the holders of
 * each category read from the composed supergraph at `pad` on every proposal. A supergraph missing, unreadable
 * or without categories refuses the proposal (fail closed): never "nobody's say" from a broken file.
 */
export function zeggenschapVolgens(pad: string): Zeggenschap {
  return async (oud, nieuw) => {
    let houders: Record<Categorie, string[]>;
    try {
      houders = houdersUitSupergraph(await readFile(pad, 'utf8'));
    } catch (fout) {
      logger.error({ err: fout, pad }, 'beleid: de supergraph is niet te lezen');
      throw new ZeggenschapOnbekend('Netwerk kan de supergraph niet lezen en weet dus niet welke organisaties over dit voorstel moeten beslissen; het neemt geen voorstel aan tot dat is hersteld');
    }
    return betrokkenOrganisaties(oud, nieuw, houders);
  };
}

/**
 * Why a proposal is refused whose list of organisations (the gateway's preview) is not the one netwerk computed,
 * naming the difference; undefined when they are the same. A gateway that shortened the list, or one that runs on
 * another supergraph or version: neither list is stored.
 */
export function verschilInOrganisaties(gestuurd: readonly string[], berekend: readonly string[], basis: number): string | undefined {
  const ontbreekt = berekend.filter((o) => !gestuurd.includes(o));
  const teVeel = gestuurd.filter((o) => !berekend.includes(o));
  if (!ontbreekt.length && !teVeel.length) return undefined;
  const verschil = [ontbreekt.length ? `de gateway liet weg: ${ontbreekt.join(', ')}` : '', teVeel.length ? `de gateway noemde er te veel: ${teVeel.join(', ')}` : ''].filter(Boolean).join('; ');
  return (
    `Het voorstel is niet opgeslagen: netwerk berekent uit versie ${basis} en dit voorstel dat ${berekend.length ? berekend.join(', ') : 'geen enkele organisatie'} moet${berekend.length > 1 ? 'en' : ''} beslissen, ` +
      `en ${verschil}. Gateway en netwerk lopen niet gelijk (een andere supergraph of versie), of aan de gateway is iets veranderd`
  );
}
