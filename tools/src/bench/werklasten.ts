import { DemoHuishouden } from '@netwerkdossier/shared';

/** The household view every workload asks: the netwerkdossier's main parts across all five partners. */
export const WEERGAVE = `query Weergave($id: ID!) { huishouden(id: $id) {
  id adres betrokkenheden { organisatie vorm regiehouder }
  leden { id rol leeftijdsgroep personalia { voornaam achternaam } }
  gezinsplan { vastgesteldOp doelen { omschrijving } } top3 { veiligheidscijfer zorgen { tekst } } mdoVerslagen { datum besluiten { tekst } }
  meldingen { ontvangenOp aard } veiligheidstaxaties { datum acuteOnveiligheid } veiligheidskaart { situatie }
  maatregelen { soort ingangsdatum } beschermingsonderzoeken { status }
} }`;

export interface Werklast { naam: string; sub: string; doel: string; huishoudens: string[] }

/** The personas' households in the demo world at this scale: consultatie, duo with full and partial consent, VT onderzoek. */
export function werklasten(wereld: DemoHuishouden[]): Werklast[] {
  const van = (sub: string, vorm: string) => wereld.filter((h) => h.betrokkenheden.some((b) => b.professional === sub && b.vorm === vorm));
  const toegestemd = (h: DemoHuishouden) => h.leden.filter((l) => h.toestemmingen.some((t) => t.persoon === l.id && t.ontvangerOrganisatie === 'veilig-thuis')).length;
  const duo = van('rvt-eva', 'duo');
  const max = 500;
  const lijst: Werklast[] = [
    { naam: 'consultatie', sub: 'rvt-eva', doel: 'casusoverleg', huishoudens: van('rvt-eva', 'consultatie').map((h) => h.id).slice(0, max) },
    { naam: 'duo, volledige toestemming', sub: 'rvt-eva', doel: 'gezamenlijk-plan', huishoudens: duo.filter((h) => toegestemd(h) === h.leden.length).map((h) => h.id).slice(0, max) },
    { naam: 'duo, gedeeltelijke toestemming', sub: 'rvt-eva', doel: 'gezamenlijk-plan', huishoudens: duo.filter((h) => toegestemd(h) > 0 && toegestemd(h) < h.leden.length).map((h) => h.id).slice(0, max) },
    { naam: 'VT onderzoek', sub: 'vt-daan', doel: 'veiligheidsonderzoek', huishoudens: van('vt-daan', 'onderzoek').map((h) => h.id).slice(0, max) },
  ];
  return lijst.filter((w) => w.huishoudens.length > 0);
}
