import { datum, nieuwsteEerst } from './datum';
import { Lid, lidLabel } from './leden';
import { PARTNERS } from './partners';
import { alsTekst, maatregelInWoorden } from './woorden';

/** What the timeline reads of a netwerkdossier: every part is optional (withheld or not asked) and null when withheld. */
export interface Tijdlijnbron {
  leden: Lid[];
  meldingen?: Array<{ ontvangenOp: string; aard: string }> | null;
  veiligheidstaxaties?: Array<{ datum: string; acuteOnveiligheid: boolean; structureleOnveiligheid: boolean }> | null;
  onderzoeken?: Array<{ gestartOp: string; status: string }> | null;
  mdoVerslagen?: Array<{ datum: string | null; besluiten: Array<{ tekst: string | null }> }> | null;
  maatregelen?: Array<{ soort: string; uitspraakdatum: string; ingangsdatum: string; einddatum: string | null; betreft?: { id: string } | null }> | null;
  planVanAanpak?: { vastgesteldOp: string } | null;
  voortgangsrapportages?: Array<{ datum: string; samenvatting: string }> | null;
  beschermingsonderzoeken?: Array<{ gestartOp: string; status: string; aanleiding: string }> | null;
  gezinsplan?: { vastgesteldOp: string | null; versies?: Gezinsplanversie[] | null } | null;
  top3?: Array<{ datum?: string | null; veiligheidscijfer?: number | null }> | null;
}

/** One versie of the gezinsplan: each field null where withheld. */
export interface Gezinsplanversie { nummer: number | null; vastgesteldOp: string | null; omschrijving: string | null }

/**
 * One line of the timeline; `delen` are the parts it names (an MDO's besluiten), each its text or null where
 * withheld, with its place in the answer (`pad`) for the reason.
 */
export interface Gebeurtenis { datum: string; partner: string; wat: string; delen?: Array<{ tekst: string | null; pad: string }> }

/** Whom a maatregel concerns, by name where that may be seen: "voor Sem de Vries (kind)". */
export function voorWie(leden: Lid[], betreft: { id: string } | null | undefined): string {
  return betreft ? ` voor ${lidLabel(leden, betreft.id)}` : '';
}

/** A maatregel in one line: soort, child, ingang and end. */
export function maatregelregel(leden: Lid[], m: NonNullable<Tijdlijnbron['maatregelen']>[number]): string {
  return `${maatregelInWoorden(m.soort)}${voorWie(leden, m.betreft)}, ingang ${datum(m.ingangsdatum)}${m.einddatum ? ` tot ${datum(m.einddatum)}` : ''}`;
}

/**
 * The gezinsplan on the timeline: each versie it was vastgesteld in, with what changed; a plan without versies to
 * show (vastgesteld before they were kept, not asked, or withheld) as the one moment it holds. A versie whose own
 * number or date is withheld is no event; that, and what changed where withheld, the page says below the timeline.
 */
function gezinsplan(plan: Tijdlijnbron['gezinsplan'], partner: string): Gebeurtenis[] {
  const versies = (plan?.versies ?? []).flatMap((v) => (v.vastgesteldOp && v.nummer !== null
    ? [{ datum: v.vastgesteldOp, partner, wat: `Gezinsplan versie ${v.nummer} vastgesteld${v.omschrijving ? `: ${v.omschrijving}` : ''}` }] : []));
  if (versies.length) return versies;
  return plan?.vastgesteldOp ? [{ datum: plan.vastgesteldOp, partner, wat: 'Gezinsplan vastgesteld' }] : [];
}

/**
 * One timeline over all partners, newest first: meldingen, taxaties, onderzoeken, MDO's, maatregelen, plan van
 * aanpak and rapportages, beschermingsonderzoeken, the gezinsplan's versies and each Top3.
 */
export function tijdlijn(d: Tijdlijnbron): Gebeurtenis[] {
  const p = (naam: string) => PARTNERS[naam] ?? naam;
  return [
    ...(d.meldingen ?? []).map((m) => ({ datum: m.ontvangenOp, partner: p('veilig-thuis'), wat: `Melding: ${m.aard}` })),
    ...(d.veiligheidstaxaties ?? []).map((t) => ({ datum: t.datum, partner: p('veilig-thuis'), wat: `Veiligheidstaxatie: ${t.acuteOnveiligheid ? 'acute onveiligheid' : 'geen acute onveiligheid'}${t.structureleOnveiligheid ? ', structurele onveiligheid' : ''}` })),
    ...(d.onderzoeken ?? []).map((o) => ({ datum: o.gestartOp, partner: p('veilig-thuis'), wat: `Onderzoek gestart (${alsTekst(o.status)})` })),
    // an MDO or Top3 whose own fields are withheld (its parts may show) is not on the timeline
    ...(d.mdoVerslagen ?? []).flatMap((m, i) => (m.datum ? [{
      datum: m.datum, partner: p('lokaal-team'), wat: m.besluiten.length === 0 ? 'MDO gehouden' : m.besluiten.length === 1 ? 'MDO-besluit' : 'MDO-besluiten', delen: m.besluiten.map((b, j) => ({ tekst: b.tekst, pad: `huishouden.mdoVerslagen.${i}.besluiten.${j}` })),
    }] : [])),
    ...(d.maatregelen ?? []).map((m) => ({ datum: m.uitspraakdatum, partner: p('gi'), wat: `Maatregel uitgesproken: ${maatregelregel(d.leden, m)}` })),
    ...(d.planVanAanpak ? [{ datum: d.planVanAanpak.vastgesteldOp, partner: p('gi'), wat: 'Plan van aanpak vastgesteld' }] : []),
    ...(d.voortgangsrapportages ?? []).map((v) => ({ datum: v.datum, partner: p('gi'), wat: `Voortgangsrapportage: ${v.samenvatting}` })),
    ...(d.beschermingsonderzoeken ?? []).map((b) => ({ datum: b.gestartOp, partner: p('raad'), wat: `Beschermingsonderzoek gestart (${alsTekst(b.status)}): ${b.aanleiding}` })),
    ...gezinsplan(d.gezinsplan, p('lokaal-team')),
    ...(d.top3 ?? []).flatMap((t) => (t.datum ? [{ datum: t.datum, partner: p('lokaal-team'), wat: `Top3 bijgewerkt${typeof t.veiligheidscijfer === 'number' ? `, veiligheidscijfer ${t.veiligheidscijfer}` : ''}` }] : [])),
  ].sort((a, b) => nieuwsteEerst(a.datum, b.datum));
}

/** The parts of the timeline, by field (a list within a record by its path), as the page names them where one is withheld. */
export const TIJDLIJN_DELEN: Readonly<Record<string, string>> = {
  meldingen: 'Meldingen', veiligheidstaxaties: 'Veiligheidstaxaties', onderzoeken: 'Onderzoeken van Veilig Thuis', mdoVerslagen: 'MDO-besluiten',
  maatregelen: 'Maatregelen', planVanAanpak: 'Plan van aanpak', voortgangsrapportages: 'Voortgangsrapportages', beschermingsonderzoeken: 'Beschermingsonderzoeken',
  gezinsplan: 'Gezinsplan', 'gezinsplan.versies': 'Versies van het gezinsplan', top3: 'Top3',
};
