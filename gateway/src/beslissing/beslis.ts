import { Beleid, CATEGORIEEN, Doel, eigenWaarde, geeftWettelijkeGrondslag, leeftijden, SUBGRAPHS, Vorm, wachtOpBevestiging } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';

import { CedarBeslisser } from './cedar';
import { gezinsgrondslag, gezinsrijen, isEigenKind } from './gezin';
import { Beslissingscontext, ContextBetrokkenheid, lopend, Vrager } from './context';
import { nietBetrokken, toestemmingOntbreekt } from './reden';
import { Toestemmingsoordeel, toestemmingVoor } from './toestemming';
import { Celinvoer, Persoonsbeslissing } from './uitkomst';

/** The request's doel is not one this caller may use: the whole request is refused. */
export function doelGeweigerd(reden: string): GraphQLError {
  return new GraphQLError(`Doel geweigerd: ${reden}`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** The doel as the policy describes it, if this caller may use it. */
export function controleerDoel(beleid: Beleid, vrager: Vrager, doel: string | undefined): Doel {
  if (!doel) throw doelGeweigerd(`elk verzoek noemt zijn doel; bekende doelen: ${Object.keys(beleid.doelen).join(', ')}`);
  const d = eigenWaarde(beleid.doelen, doel);
  if (!d) throw doelGeweigerd(`"${doel}" is geen doel uit het beleid; bekende doelen: ${Object.keys(beleid.doelen).join(', ')}`);
  if (!d.rollen.includes(vrager.rol)) throw doelGeweigerd(`de rol ${vrager.rol} mag het doel ${doel} niet gebruiken`);
  if (d.organisaties && !d.organisaties.includes(vrager.organisatie ?? '')) throw doelGeweigerd(`het doel ${doel} is alleen voor ${d.organisaties.join(', ')}`);
  return d;
}

// a caller with several betrokkenheden acts in the one with the most powers that fits the doel
const GEWICHT: Record<string, number> = { maatregel: 4, onderzoek: 3, duo: 2, consultatie: 1 };

/** Not on one's own word: a statutory betrokkenheid counts once its dossier or a second professional confirmed it. */
const bevestigd = (b: ContextBetrokkenheid): boolean => !wachtOpBevestiging(b);

/** Why a cell that a statutory betrokkenheid would open stays closed while that betrokkenheid waits for confirmation. */
export const NOG_NIET_BEVESTIGD = 'Uw wettelijke grondslag is nog niet bevestigd: dat doet het dossier van uw eigen organisatie, of een teamleider of gedragswetenschapper van uw team. Tot dan opent die grondslag niets.';

/** The caller's running betrokkenheden with this household that fit the doel, the one with the most powers first. */
function fittendeBetrokkenheden(d: Doel, vrager: Vrager, ctx: Beslissingscontext, nu: Date): ContextBetrokkenheid[] {
  return ctx.betrokkenheden
    .filter((b) => b.professional === vrager.sub && b.organisatie === vrager.organisatie && lopend(b.vanaf, b.tot, nu) && d.vormen.includes(b.vorm as Vorm))
    .sort((a, b) => GEWICHT[b.vorm] - GEWICHT[a.vorm]);
}

/**
 * The betrokkenheden the caller acts under in this household for this doel, the one they act under first
 * (the toegangslog records it with each access): those that fit, less a statutory one not yet confirmed.
 */
export function passendeBetrokkenheden(d: Doel, vrager: Vrager, ctx: Beslissingscontext, nu: Date): ContextBetrokkenheid[] {
  return fittendeBetrokkenheden(d, vrager, ctx, nu).filter(bevestigd);
}

/**
 * The decision table for one household: every (person × category × partner), with the rule that
 * decided and a reason a professional understands. Cells are decided by Cedar (memoised per fact set).
 */
export function beslisHuishouden(beleid: Beleid, beslisser: CedarBeslisser, vrager: Vrager, doel: string, ctx: Beslissingscontext, nu = new Date()): Persoonsbeslissing[] {
  const eigen = fittendeBetrokkenheden(controleerDoel(beleid, vrager, doel), vrager, ctx, nu);
  // an unconfirmed one is as if absent; it only says why a cell it would open stays closed
  const passend = eigen.filter(bevestigd);
  const vorm: Vorm | 'geen' = (passend[0]?.vorm as Vorm | undefined) ?? 'geen';
  const beoogd = eigen.some((b) => !bevestigd(b)) ? (eigen[0].vorm as Vorm) : undefined;
  const grondslag = passend.some(geeftWettelijkeGrondslag);
  // privacy first at a birthday boundary: only someone certainly under 18 makes this a household with children
  const huishoudenZonderKinderen = !ctx.personen.some((p) => (leeftijden(p, nu)?.[1] ?? 99) < 18);
  const wettelijk = passend.filter(geeftWettelijkeGrondslag).map((b) => `betrokkenheid:${b.id}`);
  const eigenHuishouden = vrager.rol === 'client' && ctx.personen.some((p) => p.id === vrager.sub);
  const anderBeschermd = eigenHuishouden && ctx.personen.some((p) => p.beschermd && p.id !== vrager.sub);
  const doorbraken = ctx.doorbraken.filter((d) => d.professional === vrager.sub && d.organisatie === vrager.organisatie && d.eindigtOp > nu.toISOString());
  const eigenKinderen = new Set(eigenHuishouden ? ctx.personen.filter((p) => isEigenKind(beleid, vrager, ctx.personen, p, nu)).map((p) => p.id) : []);
  const tabel: Persoonsbeslissing[] = [];
  // rows whose reason names who must still consent, with the verdict that says who
  const genoemd = new Map<number, Toestemmingsoordeel>();
  const betrokkenPartners = new Set(ctx.betrokkenheden.filter((b) => lopend(b.vanaf, b.tot, nu)).map((b) => b.organisatie));
  for (const persoon of ctx.personen) {
    for (const categorie of CATEGORIEEN) {
      const eis = vorm === 'geen' ? undefined : beleid.matrix[categorie][vorm];
      const oordeel = eis === 'toestemming' || eis === 'toestemming-anders-geanonimiseerd' ? toestemmingVoor(beleid, ctx, persoon, categorie, vrager, doel, nu) : undefined;
      const invoer: Omit<Celinvoer, 'partner'> = {
        categorie, organisatie: vrager.organisatie, rol: vrager.rol, doel, vorm, huishoudenZonderKinderen, toestemming: !!oordeel?.gegeven, grondslag,
        doorbraak: doorbraken.some((d) => d.personen.includes(persoon.id) && d.categorieen.includes(categorie)), eigenHuishouden, eigenKind: eigenKinderen.has(persoon.id), anderBeschermd, niveau: 'persoon',
      };
      const cellen = beslisser.beslisVoorPartners(invoer);
      const bijBevestiging = beoogd && beslisser.beslisVoorPartners({ ...invoer, vorm: beoogd, grondslag: true });
      for (const [i, partner] of SUBGRAPHS.entries()) {
        let cel = cellen[i];
        if (bijBevestiging && cel.uitkomst === 'afgeschermd' && bijBevestiging[i].uitkomst !== 'afgeschermd') cel = { uitkomst: 'afgeschermd', regel: 'bevestiging', reden: NOG_NIET_BEVESTIGD };
        if (oordeel && !oordeel.gegeven && cel.regel === `matrix/${categorie}/${vorm}`) genoemd.set(tabel.length, oordeel);
        const grondslag = (): string[] => {
          if (cel.uitkomst === 'afgeschermd') return [];
          if (eigenHuishouden) return gezinsgrondslag(vrager, categorie, cel);
          if (cel.regel.startsWith('eigen')) return [`eigen:${vrager.organisatie}`];
          if (cel.regel.startsWith('doorbraak/')) return doorbraken.filter((d) => d.personen.includes(persoon.id) && d.categorieen.includes(categorie)).map((d) => `doorbraak:${d.id}`);
          // the matrix cell itself: consent, the caller's statutory ground, or the owner's by law (an anonymised cell needs none)
          if (cel.regel !== `matrix/${categorie}/${vorm}`) return [];
          if (eis === 'toestemming' || eis === 'toestemming-anders-geanonimiseerd') return (oordeel?.ids ?? []).map((id) => `toestemming:${id}`);
          if (eis === 'grondslag') return wettelijk;
          return eis === 'betrokkenheid' ? [`wet:${partner}`] : [];
        };
        tabel.push({ persoonId: persoon.id, categorie, partner, ...cel, grondslag: grondslag() });
      }
    }
  }
  // who must still consent tells about roles and gezag: name them only where the caller sees the family
  // situation of the person and of everyone named; otherwise the reason says no more than that it is missing
  const gezinZichtbaar = new Set(tabel.filter((r) => r.categorie === 'gezinssituatie' && r.partner === 'netwerk' && r.uitkomst === 'zichtbaar').map((r) => r.persoonId));
  // a partner not involved with the household holds nothing the missing consent would open: it reads as not
  // involved, but only where the caller may see who is involved (grondslag of every member, as the list of
  // betrokkenheden shows others' only then); otherwise the reason would tell a secret onderzoek's or a Raad's
  // betrokkenheid apart from none, and reads as for an involved partner
  const grondslagZichtbaar = new Set(tabel.filter((r) => r.categorie === 'grondslag' && r.partner === 'netwerk' && r.uitkomst === 'zichtbaar').map((r) => r.persoonId));
  const betrokkenhedenZichtbaar = ctx.personen.every((p) => grondslagZichtbaar.has(p.id));
  for (const [i, oordeel] of genoemd) {
    const bekend = oordeel.genoemd.every((id) => gezinZichtbaar.has(id));
    const partner = tabel[i].partner;
    const reden = bekend && betrokkenhedenZichtbaar && partner !== 'netwerk' && !betrokkenPartners.has(partner) ? nietBetrokken(partner) : toestemmingOntbreekt(oordeel.ontbreekt, bekend);
    tabel[i] = { ...tabel[i], reden };
  }
  if (!eigenHuishouden) return tabel;
  const basis = { organisatie: vrager.organisatie, rol: vrager.rol, doel, vorm, huishoudenZonderKinderen, toestemming: false, grondslag: false, doorbraak: false, eigenHuishouden, eigenKind: false, anderBeschermd };
  return [...tabel, ...gezinsrijen(vrager, ctx.personen, (invoer) => beslisser.beslisVoorPartners(invoer), basis)];
}
