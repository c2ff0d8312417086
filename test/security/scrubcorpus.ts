import { DEMO_PEILJAAR, DemoHuishouden, DemoPersoon, STRATEN, VOORNAMEN } from '@netwerkdossier/shared';

/** One sentence of the corpus and what of it may not survive the scrub (whole words, any case, any accents). */
export interface Zin {
  tekst: string;
  verraders: string[];
  /** Digits that may not survive in any form (digits or number words), four in a row. */
  cijfers?: string;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const AFKORTINGEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const EENHEDEN = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TIENERS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TIENTALLEN = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
/** Synthetic school names: the demo world has none, so the corpus brings its own. */
const SCHOLEN = ['De Regenboog', 'De Klimop', 'Het Palet', 'De Fontein', 'Het Kompas'];
const COLLEGES = ['Stedelijk College', 'Christelijk Lyceum', 'Montessori College', 'Erasmus Gymnasium'];

/** 0–99 in words, as someone writing down a number would. */
export function inWoorden(n: number): string {
  if (n < 10) return EENHEDEN[n];
  if (n < 20) return TIENERS[n - 10];
  const e = n % 10;
  return e === 0 ? TIENTALLEN[Math.floor(n / 10)] : `${EENHEDEN[e]}${EENHEDEN[e].endsWith('e') ? 'ën' : 'en'}${TIENTALLEN[Math.floor(n / 10)]}`;
}

function rangwoord(n: number): string {
  if (n === 1) return 'eerste';
  if (n === 3) return 'derde';
  return `${inWoorden(n)}${n === 8 || n >= 20 ? 'ste' : 'de'}`;
}

const zonderAccenten = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '');

/** The ways one person's name is written: as is, in capitals, in lower case, in full, possessive, without accents. */
function namen(p: DemoPersoon): Array<[string, string[]]> {
  const delen = [p.voornaam, ...p.achternaam.split(' ').filter((d) => !['de', 'van', 'el'].includes(d.toLowerCase()))];
  return [
    [p.voornaam, delen], [p.voornaam.toUpperCase(), delen], [p.voornaam.toLowerCase(), delen], [`${p.voornaam} ${p.achternaam}`, delen],
    [p.achternaam.toUpperCase(), delen], [`${p.voornaam}s`, delen], [zonderAccenten(p.voornaam), delen],
  ];
}

/**
 * A corpus of sentences a lokaal team professional might write about household `h`, each with one or two
 * of its identifiers from the demo world in one of many written forms: names (and the network's `netwerk`
 * names the lokaal team holds), ages beside names, birth dates (the demo world has a birth year; the day is
 * made up), the address and other streets, phone numbers, e-mail addresses, BSNs, and schools.
 */
export function bouwCorpus(h: DemoHuishouden, netwerk: string[]): Zin[] {
  const zinnen: Zin[] = [];
  const voeg = (tekst: string, verraders: string[], cijfers?: string) => zinnen.push({ tekst, verraders, cijfers });

  for (const p of h.leden) {
    for (const [naam, delen] of namen(p)) {
      voeg(`${naam} kwam niet naar het gesprek.`, delen);
      voeg(`Volgens ${naam} is het thuis rustiger geworden.`, delen);
    }
    const leeftijd = DEMO_PEILJAAR - p.geboortejaar;
    if (leeftijd >= 2) {
      const delen = [p.voornaam];
      voeg(`${p.voornaam} (${leeftijd}) slaapt slecht.`, [...delen, String(leeftijd)]);
      voeg(`${p.voornaam.toUpperCase()} (${leeftijd} jaar) is vaak moe.`, [...delen, String(leeftijd)]);
      voeg(`${p.voornaam}, ${leeftijd} jaar, wil bij oma wonen.`, [...delen, String(leeftijd)]);
      voeg(`${p.voornaam} is ${inWoorden(leeftijd)} jaar oud en zit thuis.`, [...delen, inWoorden(leeftijd)]);
      voeg(`De ${leeftijd}-jarige ${p.voornaam} vertelde over de ruzies.`, [...delen, String(leeftijd)]);
      voeg(`${p.voornaam.toLowerCase()}, die net ${leeftijd} jaar is, vertelde het op school.`, [...delen, String(leeftijd)]);
      voeg(`${p.voornaam} (${p.geboortejaar}) woont bij vader.`, [...delen, String(p.geboortejaar)]);
    }
    // a made-up day in the person's year of birth, written every way a date is written
    const dag = 1 + ((p.voornaam.length * 7 + p.geboortejaar) % 28);
    const maand = 1 + ((p.achternaam.length * 5 + p.geboortejaar) % 12);
    const jaar = String(p.geboortejaar);
    const jj = jaar.slice(2);
    const dd = String(dag).padStart(2, '0');
    const mm = String(maand).padStart(2, '0');
    const naam = MAANDEN[maand - 1];
    const afk = AFKORTINGEN[maand - 1];
    const datums: Array<[string, string[]]> = [
      [`${dag} ${naam} ${jaar}`, [String(dag), naam, jaar]], [`${dag}-${maand}-${jaar}`, [String(dag), String(maand), jaar]],
      [`${dd}-${mm}-${jaar}`, [dd, mm, jaar]], [`${dag}/${maand}/${jaar}`, [String(dag), String(maand), jaar]],
      [`${jaar}-${mm}-${dd}`, [dd, mm, jaar]], [`${dag} ${afk}. '${jj}`, [String(dag), afk, jj]],
      [`${dag} ${afk} ${jaar}`, [String(dag), afk, jaar]], [`${naam} ${jaar}`, [naam, jaar]],
      [`de ${rangwoord(dag)} ${naam}`, [rangwoord(dag), naam]], [`${inWoorden(dag)} ${naam} ${jaar}`, [inWoorden(dag), naam, jaar]],
      [`${dag}e ${naam}`, [String(dag), naam]], [`${naam.toUpperCase()} ${jaar}`, [naam, jaar]], [`${dag}.${maand}.${jj}`, [String(dag), String(maand), jj]],
      [`${dag} ${naam.toUpperCase()} '${jj}`, [String(dag), naam, jj]], [`${naam} '${jj}`, [naam, jj]],
    ];
    for (const [datum, verraders] of datums) voeg(`${p.voornaam} is geboren op ${datum}.`, [p.voornaam, ...verraders]);
    voeg(`Het jongste kind is geboren in ${jaar}.`, [jaar]);
    voeg(`Geboortedatum: ${dag} ${naam} ${jaar}; bekend bij het consultatiebureau.`, [String(dag), naam, jaar]);

    const nummer = p.telefoonnummer.replace(/\D/g, '');
    const abonnee = nummer.slice(2);
    const paren = abonnee.match(/../g)!.map((paar) => (paar.startsWith('0') ? `nul ${inWoorden(Number(paar[1]))}` : inWoorden(Number(paar))));
    for (const vorm of [
      p.telefoonnummer, nummer, `06 ${abonnee.match(/../g)!.join(' ')}`, `06-${abonnee.slice(0, 4)} ${abonnee.slice(4)}`, `+31 6 ${abonnee}`, `+31${nummer.slice(1)}`,
      `(06) ${abonnee}`, [...nummer].map((c) => inWoorden(Number(c))).join(' '), `nul zes ${paren.join(' ')}`, `nul-zes-${[...abonnee].map((c) => inWoorden(Number(c))).join('-')}`,
    ]) voeg(`Bel ${p.voornaam} op ${vorm} als er iets is.`, [p.voornaam], abonnee);
    voeg(`Mail naar ${p.emailadres} of ${p.emailadres.toUpperCase()}.`, [p.emailadres.split('@')[0], 'voorbeeld']);
    for (const bsn of [p.bsn, `${p.bsn.slice(0, 4)}.${p.bsn.slice(4, 6)}.${p.bsn.slice(6)}`, `${p.bsn.slice(0, 3)} ${p.bsn.slice(3, 6)} ${p.bsn.slice(6)}`]) {
      voeg(`Het BSN is ${bsn}, staat in de brief.`, [], p.bsn);
    }
  }

  const [straatEnNummer, plaats] = h.adres.split(', ');
  const [eigen, huisnummer] = [straatEnNummer.replace(/ \d+$/, ''), straatEnNummer.replace(/^.* /, '')];
  for (const vorm of [h.adres, straatEnNummer, straatEnNummer.toLowerCase(), straatEnNummer.toUpperCase(), `${eigen} ${huisnummer}a`]) {
    voeg(`Het gezin woont op ${vorm}.`, [eigen, huisnummer, plaats.split('-')[0]].filter((v) => vorm.includes(v) || vorm.toLowerCase().includes(v.toLowerCase())));
  }
  voeg(`Huisbezoek in ${plaats} verliep rustig.`, [plaats.split('-')[0]]);
  STRATEN.forEach((straat, i) => {
    const nr = String(3 + i * 11);
    voeg(`Oma woont aan de ${straat} ${nr}, vlakbij.`, [straat, nr]);
    voeg(`Vader verblijft tijdelijk op de ${straat.toLowerCase()}.`, [straat]);
    voeg(`Opvangadres: ${straat.toUpperCase()} ${nr}B.`, [straat, nr]);
  });

  const kind = h.leden.find((p) => p.rol === 'kind') ?? h.leden[0];
  SCHOLEN.forEach((school, i) => {
    const woorden = school.split(' ').slice(1);
    voeg(`${kind.voornaam} zit op basisschool ${school}.`, [kind.voornaam, ...woorden]);
    voeg(`De intern begeleider van OBS ${school} belde.`, woorden);
    voeg(`Gesprek met obs ${school.toLowerCase()} over verzuim.`, woorden);
    voeg(`BASISSCHOOL ${school.toUpperCase()} meldt zorgen.`, woorden);
    voeg(`${['IKC', 'CBS', 'KBS', 'SBO', 'Montessorischool'][i]} ${school} heeft het gezin uitgenodigd.`, woorden);
    voeg(`Ze gaat naar de ${woorden[0]}school.`, [`${woorden[0]}school`]);
  });
  for (const college of COLLEGES) {
    voeg(`De oudste zit op het ${college} in de tweede klas.`, [college.split(' ')[0]]);
    voeg(`Mentor van het ${college.toLowerCase()} is bezorgd.`, [college.split(' ')[0]]);
  }

  // a child the lokaal team does not know, with an age in brackets; and the network the lokaal team does know
  const vreemd = VOORNAMEN.find((v) => !h.leden.some((p) => p.voornaam === v))!;
  voeg(`${kind.voornaam} speelt vaak met ${vreemd} (9) van de buren.`, [kind.voornaam, vreemd]);
  for (const n of netwerk) voeg(`${n} past op de kinderen; ${n.toUpperCase()} weet van de zorgen.`, [n.split(' ')[0]]);
  return zinnen;
}

/** Which tell-tales of a sentence survive in its scrubbed form: whole words, any case, any accents; digits in any form. */
export function lekken(zin: Zin, uit: string): string[] {
  const genormaliseerd = zonderAccenten(uit).toLowerCase();
  const woorden = zin.verraders.filter((v) => new RegExp(`(?<![\\p{L}\\d])${zonderAccenten(v).toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u').test(genormaliseerd));
  if (!zin.cijfers) return woorden;
  // number words back to digits, longest first, then every digit in order
  const woordenlijst = Array.from({ length: 100 }, (_, n) => [inWoorden(n), String(n).padStart(n < 10 ? 1 : 2, '0')] as const).sort((a, b) => b[0].length - a[0].length);
  let cijfers = genormaliseerd;
  for (const [woord, getal] of woordenlijst) cijfers = cijfers.split(zonderAccenten(woord)).join(getal);
  const reeks = cijfers.replace(/\D/g, '');
  const vensters = Array.from({ length: zin.cijfers.length - 3 }, (_, i) => zin.cijfers!.slice(i, i + 4));
  return [...woorden, ...vensters.filter((v) => reeks.includes(v)).map((v) => `cijfers ${v}`)];
}
