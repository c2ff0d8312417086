import { Beleid, Categorie, PROFESSIONALS } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { beslisHuishouden, CedarBeslisser, controleerDoel, laadBeslissingscontexten, laadEigenHuishoudens, Partner, Persoonsbeslissing, Uitkomst, Vrager } from '../beslissing';

/** One group of changes: for this persona, this partner's data of this category goes from `van` to `naar`. */
export interface Impactregel {
  persona: string;
  naam: string;
  omschrijving: string;
  doel: string;
  partner: Partner;
  categorie: Categorie;
  van: Uitkomst;
  naar: Uitkomst;
  huishoudens: number;
  personen: number;
  /** A few of the households, to look at in the simulator. */
  voorbeelden: string[];
}

const PAGINA = 50;

/** Every household the persona reaches for its doel, page by page, as `Query.huishoudens` would list them. */
async function huishoudensVan(netwerkUrl: string, grantSleutel: JWK, vrager: Vrager, doel: { doel: string; vormen: string[] }): Promise<string[]> {
  const alle: string[] = [];
  for (let vanaf = 0; ; vanaf += PAGINA) {
    const pagina = await laadEigenHuishoudens(netwerkUrl, grantSleutel, vrager, doel, PAGINA, vanaf);
    alle.push(...pagina);
    if (pagina.length < PAGINA) return alle;
  }
}

const sleutel = (b: Persoonsbeslissing) => `${b.persoonId}|${b.categorie}|${b.partner}|${b.niveau ?? ''}`;

/**
 * What a proposed version would change on the real registry, for every demo persona with a doel (from the
 * partners' partner.json): each household it reaches decided under the version in force and under the
 * proposal by the gateway's own decision table, and every cell whose outcome differs counted per persona,
 * partner, category and change, in households and persons; only partners that hold data of the category
 * (`houders`) count, for another partner a cell changes nothing that exists. The privacy officers' own persona is left out:
 * their doel shows no dossier content. Returns also the households looked at, for the toegangslog.
 */
export async function berekenImpact(huidig: Beleid, voorgesteld: Beleid, houders: Record<Categorie, string[]>, netwerkUrl: string, grantSleutel: JWK): Promise<{ regels: Impactregel[]; huishoudens: string[] }> {
  const [a, b] = [new CedarBeslisser(huidig), new CedarBeslisser(voorgesteld)];
  const groepen = new Map<string, Impactregel & { h: Set<string>; p: Set<string> }>();
  const bekeken = new Set<string>();
  const nu = new Date();
  for (const p of PROFESSIONALS.filter((x) => x.persona && x.doel && x.rol !== 'privacyfunctionaris')) {
    const vrager: Vrager = { sub: p.sub, organisatie: p.organisatie, team: p.team, rol: p.rol };
    const doel = p.doel!;
    let vormen: string[];
    try {
      vormen = controleerDoel(huidig, vrager, doel).vormen;
    } catch {
      continue;
    }
    const huishoudens = await huishoudensVan(netwerkUrl, grantSleutel, vrager, { doel, vormen });
    for (let i = 0; i < huishoudens.length; i += PAGINA) {
      for (const ctx of await laadBeslissingscontexten(netwerkUrl, grantSleutel, vrager, doel, huishoudens.slice(i, i + PAGINA))) {
        bekeken.add(ctx.huishoudenId);
        const oud = new Map(beslisHuishouden(huidig, a, vrager, doel, ctx, nu).map((r) => [sleutel(r), r]));
        let nieuw: Persoonsbeslissing[];
        try {
          nieuw = beslisHuishouden(voorgesteld, b, vrager, doel, ctx, nu);
        } catch {
          // the proposal refuses this persona its doel: everything it saw is withheld
          nieuw = [...oud.values()].map((r) => ({ ...r, uitkomst: 'afgeschermd' as Uitkomst }));
        }
        for (const r of nieuw) {
          const was = oud.get(sleutel(r));
          if (!was || was.uitkomst === r.uitkomst || !houders[r.categorie].includes(r.partner)) continue;
          const k = `${p.sub}|${r.partner}|${r.categorie}|${was.uitkomst}|${r.uitkomst}`;
          const groep = groepen.get(k) ?? { persona: p.sub, naam: p.naam, omschrijving: p.persona!, doel, partner: r.partner, categorie: r.categorie, van: was.uitkomst, naar: r.uitkomst, huishoudens: 0, personen: 0, voorbeelden: [], h: new Set(), p: new Set() };
          groep.h.add(ctx.huishoudenId);
          if (r.niveau !== 'huishouden') groep.p.add(r.persoonId);
          groepen.set(k, groep);
        }
      }
    }
  }
  const regels = [...groepen.values()].map(({ h, p, ...g }) => ({ ...g, huishoudens: h.size, personen: p.size, voorbeelden: [...h].slice(0, 3) }));
  return { regels, huishoudens: [...bekeken] };
}
