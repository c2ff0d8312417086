import { DEMO_PEILJAAR, demoBetreft, DemoHuishouden, plusDagen, PROFESSIONALS, Random, weergavenaam } from '@netwerkdossier/shared';

import * as T from './demo-teksten';
import { Huisvesting, Inkomensbron } from './enums';
import type { DemoDossier } from './seed';

const pad = (n: number) => String(n).padStart(2, '0');
const dagen = (r: Random, n: number) => Array.from({ length: n }, () => `${DEMO_PEILJAAR}-${pad(r.geheel(1, 10))}-${pad(r.geheel(1, 28))}`).sort();
const naamVan = (sub: string) => PROFESSIONALS.find((p) => p.sub === sub)?.naam ?? sub;
const GEDRAGSWETENSCHAPPER = PROFESSIONALS.find((p) => p.rol === 'gedragswetenschapper')?.naam ?? 'Gedragswetenschapper';

/** `n` different entries of `lijst`, drawn without sorting so every engine gives the same result. */
function enkele<T>(r: Random, lijst: readonly T[], n: number): T[] {
  const over = [...lijst];
  return Array.from({ length: Math.min(n, over.length) }, () => over.splice(r.geheel(0, over.length - 1), 1)[0]);
}

/** Each line of a household-level record as a part, the `n`th concerning whom `demoBetreft` says (from `eerste` on). */
function delen(h: DemoHuishouden, teksten: readonly string[], eerste: number): Array<{ tekst: string; betreft: string[] }> {
  return teksten.map((tekst, i) => ({ tekst, betreft: demoBetreft(h, eerste + i) }));
}

/**
 * The plan's 2 or 3 versies, the last on the day the plan now holds (`vastgesteldOp`), the earlier ones weeks to
 * months before it. Drawn from a sequence of their own (the household's pseudonym, itself drawn from the seed),
 * so the rest of the lokaal team's world stays as `r` drew it before versies existed.
 */
function versies(h: DemoHuishouden, vastgesteldOp: string): DemoDossier['gezinsplan']['versies'] {
  const r = new Random('gezinsplanversies', h.id);
  const aantal = r.geheel(2, 3);
  const data = [vastgesteldOp];
  while (data.length < aantal) data.unshift(plusDagen(data[0], -r.geheel(35, 110)));
  const wijzigingen = enkele(r, T.WIJZIGINGEN, aantal - 1);
  return data.map((dag, i) => ({ nummer: i + 1, vastgesteldOp: dag, omschrijving: i === 0 ? r.kies(T.EERSTE_VERSIE) : wijzigingen[i - 1] }));
}

/** The lokaal team's dossier on demo household `h`, drawn only from `r`. */
export function demoDossier(h: DemoHuishouden, r: Random, dossierId: number, clients: ReadonlyMap<string, number>): DemoDossier {
  const lokaal = h.betrokkenheden.find((b) => b.organisatie === 'lokaal-team');
  const coach = lokaal ? naamVan(lokaal.professional) : 'Wijkcoach';
  const synthetisch = `(synthetisch, huishouden ${h.index})`;
  const datum = () => dagen(r, 1)[0];
  const personalia = h.leden.map((p) => {
    const jong = p.rol === 'kind' && p.geboortejaar > DEMO_PEILJAAR - 12;
    const contact = { telefoonnummer: jong ? null : p.telefoonnummer, emailadres: jong ? null : p.emailadres };
    return { clientId: clients.get(p.id)!, voornaam: p.voornaam, achternaam: p.achternaam, ...contact, bsn: p.bsn };
  });
  const gezondheid = h.leden
    .filter(() => r.kans(0.25))
    .map((p) => ({ clientId: clients.get(p.id)!, bijgewerktOp: datum(), notitie: `${r.kies(T.GEZONDHEID)} ${synthetisch}` }));
  const doelen = enkele(r, T.DOELEN, r.geheel(1, 3)).map((omschrijving, i) => ({ omschrijving, behaald: r.kans(0.3), betreft: demoBetreft(h, i) }));
  const afspraken = enkele(r, T.AFSPRAKEN, r.geheel(1, 3)).map(([omschrijving, wie], i) => ({ omschrijving, wie, wanneer: r.kies(T.WANNEER), betreft: demoBetreft(h, i + 1) }));
  const basis = r.geheel(2, 7);
  const top3 = dagen(r, r.geheel(1, 3)).map((dag, i) => {
    const zorgen = delen(h, enkele(r, T.ZORGEN, r.geheel(1, 3)), i);
    const krachten = delen(h, enkele(r, T.KRACHTEN, r.geheel(1, 3)), i + 1);
    return { top3: { dossierId, datum: dag, veiligheidscijfer: Math.min(10, basis + i * r.geheel(0, 2)) }, zorgen, krachten };
  });
  // drawn in the order the record's fields were drawn before its lines became parts
  const analyse = () => {
    const gemaakt = datum();
    const factoren = delen(h, enkele(r, T.FACTOREN, r.geheel(1, 3)), 0);
    const patronen = delen(h, enkele(r, T.PATRONEN, r.geheel(1, 2)), 1);
    return { analyse: { dossierId, datum: gemaakt, opgesteldDoor: `${r.kans(0.5) ? GEDRAGSWETENSCHAPPER : coach}, samen met het gezin` }, factoren, patronen };
  };
  const analyses = lokaal?.vorm !== 'consultatie' || r.kans(0.2) ? [analyse()] : [];
  const netwerk = Array.from({ length: r.geheel(0, 4) }, (_, i) => ({
    dossierId, naam: `Netwerklid ${h.index}.${i + 1}`, relatie: r.kies(T.RELATIES), rolInNetwerk: r.kies(T.STEUN),
  }));
  const schulden = r.kans(0.45);
  const bestaanszekerheid = r.kans(0.8) ? [{
    dossierId, bijgewerktOp: datum(), inkomen: r.kies(Object.values(Inkomensbron)), schulden,
    schuldhulpverlening: schulden && r.kans(0.5), huisvesting: r.kies(Object.values(Huisvesting)),
  }] : [];
  const deelnemers = h.betrokkenheden
    .filter((b) => b !== lokaal)
    .map((b) => ({ deelnemer: naamVan(b.professional), organisatie: weergavenaam(b.organisatie) }));
  const mdo = dagen(r, r.geheel(0, 2)).map((dag, i) => {
    const afspraken = delen(h, enkele(r, T.MDO_AFSPRAKEN, r.geheel(1, 2)), i + 1);
    const verslag = { dossierId, datum: dag, inbrenger: coach, vraag: r.kies(T.VRAGEN) };
    const besluiten = delen(h, [r.kies(T.BESLUITEN)], i);
    const aanwezig = r.kans(0.5) ? [...deelnemers, { deelnemer: 'Ervaringsdeskundige', organisatie: weergavenaam('lokaal-team') }] : deelnemers;
    return { verslag, besluiten, afspraken, adviezen: aanwezig.map((d, i) => ({ ...d, advies: r.kies(T.ADVIEZEN), betreft: demoBetreft(h, i + 2) })) };
  });
  const werkaantekeningen = dagen(r, r.geheel(1, 3)).map((dag) => ({ dossierId, datum: dag, auteur: coach, tekst: `${r.kies(T.NOTITIES)} ${synthetisch}` }));
  const vastgesteldOp = datum();
  // who carries each doel and by when, derived without drawing from r so the rest of the world stays as it was
  const trekkers = [coach, ...deelnemers.map((d) => d.deelnemer), 'de ouders'];
  const gepland = doelen.map((d, i) => ({ ...d, eigenaar: trekkers[i % trekkers.length], streefdatum: plusDagen(vastgesteldOp, 60 * (i + 1)) }));
  const gezinsplan = { plan: { dossierId, vastgesteldOp }, doelen: gepland, afspraken, versies: versies(h, vastgesteldOp) };
  return { adres: { dossierId, adres: h.adres }, personalia, gezondheid, gezinsplan, top3, analyses, netwerk, bestaanszekerheid, mdo, werkaantekeningen };
}
