import { Beleid, Categorie } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { beslisHuishouden, CedarBeslisser, laadBeslissingscontexten, Partner, Persoonsbeslissing, Uitkomst, Vrager } from '../beslissing';
import { heelAfgeschermd } from '../handhaving/voorbereiding';

/** What a persona gets of one cell under one version: the outcome, the rule that decided and why. */
export interface Celuitkomst {
  uitkomst: Uitkomst;
  regel: string;
  reden: string;
}

/** One cell of the decision table under the version in force (`nu`) and under the proposal (`straks`). */
export interface Vergelijkingsrij {
  /** Null only in the one row for a household the persona sees nothing of under either version: it names nobody. */
  persoon: string | null;
  categorie: Categorie | null;
  partner: Partner | null;
  nu: Celuitkomst;
  straks: Celuitkomst;
}

const sleutel = (b: Persoonsbeslissing) => `${b.persoonId}|${b.categorie}|${b.partner}|${b.niveau ?? ''}`;
const cel = ({ uitkomst, regel, reden }: Celuitkomst): Celuitkomst => ({ uitkomst, regel, reden });

/**
 * The simulator's side-by-side: one household of a persona decided for its doel under the version in force and
 * under a proposal, by the gateway's own decision table (as `uitleg` and the impact), cell by cell. A doel the
 * proposal no longer allows the persona withholds every cell, with that refusal as the reason. A household the
 * persona sees nothing of under either version gives one row that names nobody, as `uitleg` does.
 * Returns also the persons looked at, for the toegangslog.
 */
export async function vergelijkHuishouden(
  huidig: Beleid, voorgesteld: Beleid, vrager: Vrager, doel: string, huishouden: string, netwerkUrl: string, grantSleutel: JWK,
): Promise<{ rijen: Vergelijkingsrij[]; personen: string[] }> {
  const [ctx] = await laadBeslissingscontexten(netwerkUrl, grantSleutel, vrager, doel, [huishouden]);
  if (!ctx || !ctx.personen.length) return { rijen: [], personen: [] };
  const nu = beslisHuishouden(huidig, new CedarBeslisser(huidig), vrager, doel, ctx);
  let straks: Persoonsbeslissing[];
  try {
    straks = beslisHuishouden(voorgesteld, new CedarBeslisser(voorgesteld), vrager, doel, ctx);
  } catch (fout) {
    const reden = `Onder het voorstel: ${(fout as Error).message}`;
    straks = nu.map((r) => ({ ...r, uitkomst: 'afgeschermd', regel: 'doel', reden }));
  }
  const personen = ctx.personen.map((p) => p.id);
  const [wegNu, wegStraks] = [heelAfgeschermd(nu), heelAfgeschermd(straks)];
  if (wegNu && wegStraks) return { rijen: [{ persoon: null, categorie: null, partner: null, nu: { uitkomst: 'afgeschermd', ...wegNu }, straks: { uitkomst: 'afgeschermd', ...wegStraks } }], personen };
  const onder = new Map(straks.map((r) => [sleutel(r), r]));
  const rijen = nu.flatMap((r) => {
    const s = onder.get(sleutel(r));
    return s ? [{ persoon: r.persoonId, categorie: r.categorie, partner: r.partner, nu: cel(r), straks: cel(s) }] : [];
  });
  return { rijen, personen };
}
