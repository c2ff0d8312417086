import { Beleid, Categorie, CATEGORIEEN, DoelVorm, EigenEis, Eis, SUBGRAPHS, Vorm, VORMEN } from '@netwerkdossier/shared';
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';

import { naarCedarVoorGezin } from './gezin';
import { Celbeslissing, Celinvoer, Regel } from './uitkomst';

const INZIEN = 'Netwerkdossier::Action::"inzien"';
const ANONIEM = 'Netwerkdossier::Action::"geanonimiseerd-inzien"';

// the deelmatrix and everything about sharing decide another organisation's data; eigen-organisatie.yaml the own
const GEDEELD = 'context.partner != context.organisatie';
const EIGEN = 'context.partner == context.organisatie';
const cel = (c: Categorie, v: Vorm) => `${GEDEELD} && context.categorie == "${c}" && context.vorm == "${v}"`;
const EIGEN_REDEN = 'Eigen dossier van uw organisatie.';
const cedarLijst = (partners: string[]) => `[${partners.map((p) => `"${p}"`).join(', ')}]`;

/** A doel as a professional reads it in a reason: its description, not its key ("een casus (anoniem) bespreken in het RVT of een MDO"). */
function doelInZin(beleid: Beleid, doel: string): string {
  const omschrijving = beleid.doelen[doel]?.omschrijving.replace(/\.$/, '');
  return omschrijving ? omschrijving.charAt(0).toLowerCase() + omschrijving.slice(1) : 'dit doel';
}

/**
 * policies/eigen-organisatie.yaml as Cedar policies, one per category and `doel/vorm` (`eigen/<categorie>/<doel>/<vorm>`):
 * what a professional sees of their own organisation's records depends on doel and vorm like anything shared.
 */
function naarCedarVoorEigen(beleid: Beleid): Record<string, Regel> {
  const regels: Record<string, Regel> = {};
  for (const c of CATEGORIEEN) {
    for (const [kolom, eis] of Object.entries(beleid.eigen.matrix[c]) as Array<[DoelVorm, EigenEis]>) {
      const [doel, vorm] = kolom.split('/');
      const voorwaarde = `${EIGEN} && context.categorie == "${c}" && context.doel == "${doel}" && context.vorm == "${vorm}"`;
      const id = `eigen/${c}/${kolom}`;
      if (eis === 'altijd') regels[id] = { tekst: `permit(principal, action == ${INZIEN}, resource) when { ${voorwaarde} };`, reden: EIGEN_REDEN };
      if (eis === 'grondslag') regels[id] = { tekst: `permit(principal, action == ${INZIEN}, resource) when { ${voorwaarde} && context.grondslag };`, reden: `${EIGEN_REDEN} Op uw wettelijke grondslag.` };
      if (eis === 'nooit') regels[id] = { tekst: `forbid(principal, action, resource) when { ${voorwaarde} };`, reden: beleid.eigen.redenen[c] ?? `Voor dit doel (${doelInZin(beleid, doel)}) ziet u ${c} uit het eigen dossier niet.` };
    }
  }
  return regels;
}

/**
 * Translates the privacy officer's YAML policy into Cedar policies, each with an id that names the
 * cell or rule it comes from and the reason a professional reads when it decides.
 */
export function naarCedar(beleid: Beleid): Record<string, Regel> {
  const regels: Record<string, Regel> = {
    'rol/privacyfunctionaris': {
      tekst: `forbid(principal, action, resource) when { context.rol == "privacyfunctionaris" };`,
      reden: 'De privacyfunctionaris ziet geen dossierinhoud; gebruik de uitleg.',
    },
    'rol/client': {
      tekst: `forbid(principal, action, resource) when { context.rol == "client" && !context.eigenHuishouden };`,
      reden: 'Gezinsleden zien hun gegevens via inzage, niet via het netwerkdossier.',
    },
    ...naarCedarVoorGezin(beleid),
    ...naarCedarVoorEigen(beleid),
  };
  for (const [i, u] of beleid.uitzonderingen.entries()) {
    const voorwaarde = u.wanneer === 'huishouden-zonder-kinderen' ? 'context.huishoudenZonderKinderen' : 'false';
    regels[`uitzondering/${i + 1}`] = { tekst: `forbid(principal, action, resource) when { ${GEDEELD} && context.organisatie == "${u.organisatie}" && ${voorwaarde} };`, reden: u.reden };
  }
  for (const [v, bron] of Object.entries(beleid.bronnen)) {
    regels[`bronnen/${v}`] = { tekst: `forbid(principal, action, resource) when { ${GEDEELD} && context.vorm == "${v}" && !${cedarLijst(bron.alleen)}.contains(context.partner) };`, reden: bron.reden };
  }
  for (const c of CATEGORIEEN) {
    for (const v of VORMEN) {
      const eis: Eis = beleid.matrix[c][v];
      const id = `matrix/${c}/${v}`;
      // a consultatie stays advice on what the lokaal team brings in: a doorbraak opens nothing there
      const doorbreekbaar = (eis === 'toestemming' || eis === 'grondslag' || eis === 'doorbraak') && v !== 'consultatie' && !beleid.doorbraak.nooitVoor.includes(c);
      if (eis === 'altijd') regels[id] = { tekst: `permit(principal, action, resource) when { ${cel(c, v)} };`, reden: `${c} is een pseudoniem zonder betekenis.` };
      // the loader requires the reason (the law the owning partner shares on) and who shares: only their records open
      if (eis === 'betrokkenheid') regels[id] = { tekst: `permit(principal, action == ${INZIEN}, resource) when { ${cel(c, v)} && ${cedarLijst(beleid.gedeeldDoor[c]!)}.contains(context.partner) };`, reden: beleid.redenen[c]! };
      if (eis === 'toestemming' || eis === 'toestemming-anders-geanonimiseerd') regels[id] = { tekst: `permit(principal, action == ${INZIEN}, resource) when { ${cel(c, v)} && context.toestemming };`, reden: 'Op grond van toestemming.' };
      if (eis === 'toestemming-anders-geanonimiseerd') regels[`${id}/geanonimiseerd`] = { tekst: `permit(principal, action == ${ANONIEM}, resource) when { ${cel(c, v)} };`, reden: `Bij een ${v} zonder toestemming alleen geanonimiseerd.` };
      if (eis === 'grondslag') regels[id] = { tekst: `permit(principal, action == ${INZIEN}, resource) when { ${cel(c, v)} && context.grondslag };`, reden: 'Op een wettelijke grondslag.' };
      if (eis === 'geanonimiseerd') regels[id] = { tekst: `permit(principal, action == ${ANONIEM}, resource) when { ${cel(c, v)} };`, reden: `Bij een ${v} alleen geanonimiseerd.` };
      if (eis === 'nooit') regels[id] = { tekst: `forbid(principal, action, resource) when { ${cel(c, v)} };`, reden: beleid.redenen[c] ?? `Bij een ${v} wordt ${c} nooit gedeeld.` };
      if (doorbreekbaar) regels[`doorbraak/${c}/${v}`] = { tekst: `permit(principal, action == ${INZIEN}, resource) when { ${cel(c, v)} && context.doorbraak };`, reden: 'Op grond van een doorbraak.' };
    }
  }
  for (const c of beleid.doorbraak.nooitVoor) {
    // also for the 'geen' vorm: a doorbraak never opens these, whatever the matrix says
    regels[`nooit/${c}`] = { tekst: `forbid(principal, action, resource) when { ${GEDEELD} && context.categorie == "${c}" };`, reden: beleid.redenen[c] ?? `${c} wordt nooit gedeeld.` };
  }
  return regels;
}

/** One answer for "not involved" and "unknown household" alike, so the reason does not tell which. */
export const NIET_BETROKKEN = 'U bent voor dit doel niet betrokken bij dit huishouden, of het is niet bekend.';

/** Why a cell was withheld when no forbid rule decided: what its cell asked and did not get. */
function redenZonderRegel(beleid: Beleid, invoer: Celinvoer): Celbeslissing {
  if (invoer.vorm === 'geen') return { uitkomst: 'afgeschermd', regel: 'betrokkenheid', reden: NIET_BETROKKEN };
  if (invoer.partner === invoer.organisatie) {
    // only a `grondslag` cell of the own dossier permits nothing without deciding by a rule
    return { uitkomst: 'afgeschermd', regel: `eigen/${invoer.categorie}/${invoer.doel}/${invoer.vorm}`, reden: `In het eigen dossier is hiervoor bij een ${invoer.vorm} een wettelijke grondslag van uzelf nodig.` };
  }
  const eis = beleid.matrix[invoer.categorie][invoer.vorm];
  const regel = `matrix/${invoer.categorie}/${invoer.vorm}`;
  if (eis === 'toestemming') return { uitkomst: 'afgeschermd', regel, reden: 'Toestemming ontbreekt.' };
  if (eis === 'grondslag') return { uitkomst: 'afgeschermd', regel, reden: `Bij een ${invoer.vorm} is een wettelijke grondslag van uw organisatie nodig.` };
  if (eis === 'doorbraak') return { uitkomst: 'afgeschermd', regel, reden: 'Alleen te zien met een doorbraak.' };
  if (eis === 'betrokkenheid') return { uitkomst: 'afgeschermd', regel, reden: `Zonder toestemming deelt alleen ${beleid.gedeeldDoor[invoer.categorie]!.join(', ')} ${invoer.categorie}, op grond van de wet.` };
  return { uitkomst: 'afgeschermd', regel, reden: `Bij een ${invoer.vorm} wordt ${invoer.categorie} niet gedeeld.` };
}

/**
 * Decides cells with Cedar (`@cedar-policy/cedar-wasm`) against the policy set compiled from one policy
 * version. Every distinct set of facts is evaluated once and remembered: a household view asks for a
 * few dozen distinct cells, so Cedar runs only for facts not seen before under this version.
 */
export class CedarBeslisser {
  private readonly redenen: Map<string, string>;
  private readonly geheugen = new Map<string, readonly Celbeslissing[]>();
  private readonly setId: string;

  constructor(private readonly beleid: Beleid) {
    const regels = naarCedar(beleid);
    this.redenen = new Map(Object.entries(regels).map(([id, r]) => [id, r.reden]));
    this.setId = `netwerkdossier-${beleid.versie}`;
    const antwoord = cedar.preparsePolicySet(this.setId, { staticPolicies: Object.fromEntries(Object.entries(regels).map(([id, r]) => [id, r.tekst])) });
    if (antwoord.type !== 'success') throw new Error(`Cedar weigert het vertaalde beleid: ${antwoord.errors.map((e) => e.message).join('; ')}`);
  }

  get versie(): string {
    return this.beleid.versie;
  }

  beslis(invoer: Celinvoer): Celbeslissing {
    return this.beslisVoorPartners(invoer)[SUBGRAPHS.indexOf(invoer.partner)];
  }

  /** The cell for every partner at once (in SUBGRAPHS order): one memo lookup for five decisions. */
  beslisVoorPartners(invoer: Omit<Celinvoer, 'partner'>): readonly Celbeslissing[] {
    const sleutel = `${invoer.categorie}|${invoer.organisatie}|${invoer.rol}|${invoer.doel}|${invoer.vorm}|${+invoer.huishoudenZonderKinderen}${+invoer.toestemming}${+invoer.grondslag}${+invoer.doorbraak}${+invoer.eigenHuishouden}${+invoer.eigenKind}${+invoer.anderBeschermd}|${invoer.niveau}`;
    let beslissingen = this.geheugen.get(sleutel);
    if (!beslissingen) {
      beslissingen = SUBGRAPHS.map((partner) => this.evalueer({ ...invoer, partner }));
      this.geheugen.set(sleutel, beslissingen);
    }
    return beslissingen;
  }

  private evalueer(invoer: Celinvoer): Celbeslissing {
    const inzien = this.vraag('inzien', invoer);
    if (inzien.decision === 'allow') return { uitkomst: 'zichtbaar', ...this.uitleg(inzien.reason) };
    // a forbid decided: every forbid is for every action (naarCedar), so it withholds the anonymised view as well
    if (inzien.reason.length) return { uitkomst: 'afgeschermd', ...this.uitleg(inzien.reason) };
    const anoniem = this.vraag('geanonimiseerd-inzien', invoer);
    if (anoniem.decision === 'allow') return { uitkomst: 'geanonimiseerd', ...this.uitleg(anoniem.reason) };
    // nothing permitted it: the cell says what was missing
    return redenZonderRegel(this.beleid, invoer);
  }

  private uitleg(regels: string[]): { regel: string; reden: string } {
    const regel = [...regels].sort()[0];
    return { regel, reden: this.redenen.get(regel) ?? regel };
  }

  private vraag(actie: string, invoer: Celinvoer): { decision: 'allow' | 'deny'; reason: string[] } {
    const antwoord = cedar.statefulIsAuthorized({
      principal: { type: 'Netwerkdossier::Vrager', id: 'vrager' },
      action: { type: 'Netwerkdossier::Action', id: actie },
      resource: { type: 'Netwerkdossier::Gegeven', id: invoer.categorie },
      context: { ...invoer, organisatie: invoer.organisatie ?? '' },
      preparsedPolicySetId: this.setId,
      entities: [],
    });
    if (antwoord.type !== 'success' || antwoord.response.diagnostics.errors.length) {
      // fail closed: an evaluation error never turns into access
      return { decision: 'deny', reason: [] };
    }
    return { decision: antwoord.response.decision, reason: antwoord.response.diagnostics.reason };
  }
}
