import { Vorm } from '../beleid/beleid';
import { synthetischBsn } from './bsn';
import { ACHTERNAMEN, STRATEN, VOORNAMEN, WOONPLAATSEN } from './namen';
import { PARTNERS } from '../partners';
import { PROFESSIONALS, Professional } from './personas';
import { Random } from './random';

export const DEMO_PEILJAAR = 2026;

export type Gezinsrol = 'ouder' | 'kind' | 'partner' | 'ex-partner' | 'overig';
/** A registered partner's name (`subgraphs/<naam>/partner.json`). */
export type Organisatie = string;

export interface DemoPersoon {
  id: string;
  voornaam: string;
  achternaam: string;
  geboortejaar: number;
  rol: Gezinsrol;
  /** Fails the elfproef: never a real BSN. */
  bsn: string;
  telefoonnummer: string;
  emailadres: string;
}

export interface DemoBetrokkenheid {
  id: string;
  organisatie: Organisatie;
  team: string;
  professional: string;
  vorm: Vorm;
  regiehouder: boolean;
  vanaf: string;
  tot: string | null;
  /** Statutory basis and written afweging of an investigating organisation (VT, Raad). */
  grondslag: string | null;
  afweging: string | null;
  /** Court decision reference of the GI's maatregel. */
  uitspraakkenmerk: string | null;
}

export interface DemoToestemming {
  id: string;
  persoon: string;
  gegevenDoor: string[];
  ontvangerOrganisatie: Organisatie;
  categorieen: string[];
  doel: string;
  vorm: 'schriftelijk' | 'mondeling';
  bewijs: string;
  geldigVanaf: string;
  /** Who registered it: the duo partner, who asked for it in the joint conversation. */
  geregistreerdDoor: string;
  geregistreerdDoorOrganisatie: Organisatie;
}

export interface DemoHuishouden {
  index: number;
  id: string;
  adres: string;
  leden: DemoPersoon[];
  /** Pairs (kind, gezaghebbende) by person id. */
  gezag: Array<{ kind: string; gezaghebbende: string }>;
  betrokkenheden: DemoBetrokkenheid[];
  /** In a duo: what each adult (and for each child, its gezag holders and, from 12, the child) agreed to share with the duo. */
  toestemmingen: DemoToestemming[];
  /** The partners that have a dossier on this household. */
  bekendBij: ReadonlySet<Organisatie>;
}

/** Options every seed takes: which world, how big, and where to report progress. */
export interface DemoOpties {
  seed: string;
  aantal: number;
  voortgang?: (klaar: number, totaal: number) => void;
}

/**
 * Household `index` of the synthetic world `seed`. Depends on nothing else, so every
 * partner generates the same household independently and in any batch size.
 */
export function demoHuishouden(seed: string, index: number): DemoHuishouden {
  const r = new Random(seed, 'huishouden', index);
  const achternaam = r.kies(ACHTERNAMEN);
  const leden: DemoPersoon[] = [];
  const persoon = (rol: Gezinsrol, geboortejaar: number, eigenAchternaam = achternaam): DemoPersoon => {
    const voornaam = r.kies(VOORNAMEN);
    const p: DemoPersoon = {
      id: r.uuid(),
      voornaam,
      achternaam: eigenAchternaam,
      geboortejaar,
      rol,
      // at most seven members, so index·8 + n numbers every person of the world uniquely
      bsn: synthetischBsn(seed, index * 8 + leden.length, r),
      telefoonnummer: `06-${r.geheel(10_000_000, 99_999_999)}`,
      emailadres: `${voornaam.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()}.${index}@voorbeeld.invalid`,
    };
    leden.push(p);
    return p;
  };

  const metKinderen = r.kans(0.8);
  const ouder = persoon('ouder', r.geheel(1970, 2000));
  const partner = r.kans(0.55) ? persoon('partner', r.geheel(1968, 2002), r.kies(ACHTERNAMEN)) : undefined;
  const exPartner = metKinderen && !partner && r.kans(0.5) ? persoon('ex-partner', r.geheel(1968, 2000), r.kies(ACHTERNAMEN)) : undefined;
  const gezag: DemoHuishouden['gezag'] = [];
  if (metKinderen) {
    const aantalKinderen = r.geheel(1, 4);
    for (let k = 0; k < aantalKinderen; k++) {
      // from unborn (geboortejaar next year) to 18
      const kind = persoon('kind', r.geheel(DEMO_PEILJAAR - 18, DEMO_PEILJAAR + 1));
      if (kind.geboortejaar > DEMO_PEILJAAR - 18) {
        gezag.push({ kind: kind.id, gezaghebbende: ouder.id });
        const tweede = exPartner ?? partner;
        if (tweede && r.kans(0.7)) gezag.push({ kind: kind.id, gezaghebbende: tweede.id });
      }
    }
  } else if (r.kans(0.3)) {
    persoon('overig', r.geheel(1940, 1965), r.kies(ACHTERNAMEN));
  }

  const vorm = kiesVorm(r, metKinderen);
  const betrokkenheden = maakBetrokkenheden(r, index, vorm);
  const bekendBij = new Set<Organisatie>(['lokaal-team']);
  if (vorm === 'onderzoek' || vorm === 'maatregel' || r.kans(0.3)) bekendBij.add('veilig-thuis');
  if (vorm === 'maatregel' || (vorm === 'onderzoek' && metKinderen && r.kans(0.3))) bekendBij.add('raad');
  if (vorm === 'maatregel') bekendBij.add('gi');
  // some households reach the network through a melding only
  if (vorm === 'onderzoek' && r.kans(0.15)) bekendBij.delete('lokaal-team');
  for (const b of aanvullendePartners(seed, index, vorm, betrokkenheden[0].vanaf)) {
    betrokkenheden.push(b);
    bekendBij.add(b.organisatie);
  }

  return {
    index,
    id: r.uuid(),
    adres: `${r.kies(STRATEN)} ${r.geheel(1, 240)}, ${r.kies(WOONPLAATSEN)}`,
    leden,
    gezag,
    betrokkenheden,
    toestemmingen: maakToestemmingen(seed, index, leden, gezag, betrokkenheden),
    bekendBij,
  };
}

const GEDEELD = ['identificatie', 'gezinssituatie', 'hulpverlening', 'veiligheid', 'bestaanszekerheid', 'grondslag'];

/**
 * Consent in a duo household, from its own random stream so the rest of the world stays as it was:
 * most adults agree, some refuse; a child's consent comes from the gezag holders who agreed (and, from
 * 12, the child). Refusals make incomplete consent, as in real households.
 */
function maakToestemmingen(seed: string, index: number, leden: DemoPersoon[], gezag: DemoHuishouden['gezag'], betrokkenheden: DemoBetrokkenheid[]): DemoToestemming[] {
  const duo = betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team');
  if (!duo) return [];
  const r = new Random(seed, 'toestemming', index);
  const instemmend = new Set(leden.filter((p) => DEMO_PEILJAAR - p.geboortejaar >= 18 && r.kans(0.85)).map((p) => p.id));
  // one consent per recipient: the duo partner's organisation and the lokaal team that works with it
  const toestemming = (persoon: DemoPersoon, gegevenDoor: string[], n: number): DemoToestemming[] => [duo.organisatie, 'lokaal-team' as const].map((ontvanger) => ({
    id: r.uuid(),
    persoon: persoon.id,
    gegevenDoor,
    ontvangerOrganisatie: ontvanger,
    categorieen: GEDEELD,
    doel: 'gezamenlijk-plan',
    vorm: r.kans(0.8) ? 'schriftelijk' : 'mondeling',
    bewijs: `Toestemmingsformulier TF-${index}-${n} (synthetisch)`,
    geldigVanaf: duo.vanaf,
    geregistreerdDoor: duo.professional,
    geregistreerdDoorOrganisatie: duo.organisatie,
  }));
  return leden.flatMap((p, n) => {
    if (instemmend.has(p.id)) return toestemming(p, [p.id], n);
    if (p.rol !== 'kind' || DEMO_PEILJAAR - p.geboortejaar >= 18) return [];
    const door = gezag.filter((g) => g.kind === p.id && instemmend.has(g.gezaghebbende)).map((g) => g.gezaghebbende);
    if (DEMO_PEILJAAR - p.geboortejaar >= 12 && r.kans(0.9)) door.push(p.id);
    return door.length ? toestemming(p, door, n) : [];
  });
}

/** The proeftuinen's mix: about half consultatie, a third duo, 7% onderzoek, 7% maatregel. */
function kiesVorm(r: Random, metKinderen: boolean): Vorm {
  const x = r.volgende();
  if (x < 0.5) return 'consultatie';
  if (x < 0.84) return 'duo';
  if (x < 0.92 || !metKinderen) return 'onderzoek';
  return 'maatregel';
}

function maakBetrokkenheden(r: Random, index: number, vorm: Vorm): DemoBetrokkenheid[] {
  const vanaf = `${DEMO_PEILJAAR - r.geheel(0, 2)}-${String(r.geheel(1, 12)).padStart(2, '0')}-${String(r.geheel(1, 28)).padStart(2, '0')}`;
  const betrokkenheid = (p: Professional, v: Vorm, regiehouder: boolean): DemoBetrokkenheid => ({
    id: r.uuid(),
    organisatie: p.organisatie,
    team: p.team,
    professional: p.sub,
    vorm: v,
    regiehouder,
    vanaf,
    tot: null,
    ...wettelijkeBasis(p.organisatie, v, index),
  });
  const kies = (organisatie: Organisatie, vormVan: Vorm) => {
    const pool = PROFESSIONALS.filter((p) => p.organisatie === organisatie && p.vormen.includes(vormVan));
    return pool[index % pool.length];
  };
  const lokaalTeam = kies('lokaal-team', vorm);
  switch (vorm) {
    case 'consultatie':
      return [betrokkenheid(lokaalTeam, 'consultatie', true), betrokkenheid(kies(r.kies(['veilig-thuis', 'gi'] as const), 'consultatie'), 'consultatie', false)];
    case 'duo':
      return [betrokkenheid(lokaalTeam, 'duo', true), betrokkenheid(kies(r.kies(['veilig-thuis', 'gi'] as const), 'duo'), 'duo', false)];
    case 'onderzoek':
      return [betrokkenheid(lokaalTeam, 'onderzoek', false), betrokkenheid(kies('veilig-thuis', 'onderzoek'), 'onderzoek', true)];
    case 'maatregel':
      return [
        betrokkenheid(lokaalTeam, 'maatregel', false),
        betrokkenheid(kies('gi', 'maatregel'), 'maatregel', true),
        betrokkenheid(kies('raad', 'onderzoek'), 'onderzoek', false),
      ];
  }
}

const GRONDSLAG: Readonly<Record<string, string>> = {
  'veilig-thuis': 'Wmo 2015 art. 4.1.1 lid 2 en art. 5.2.6',
  raad: 'BW art. 1:238 en Jeugdwet art. 2.4 (beschermingsonderzoek)',
};

/** The documented basis a statutory betrokkenheid needs; drawn from nothing random, so the world stays the same. */
function wettelijkeBasis(organisatie: Organisatie, vorm: Vorm, index: number): Pick<DemoBetrokkenheid, 'grondslag' | 'afweging' | 'uitspraakkenmerk'> {
  const onderzoekend = vorm === 'onderzoek' && (organisatie === 'veilig-thuis' || organisatie === 'raad');
  return {
    grondslag: onderzoekend ? GRONDSLAG[organisatie] : null,
    afweging: onderzoekend
      ? 'Proportionaliteit: alleen de gegevens over veiligheid en gezinssituatie die nodig zijn om de melding te onderzoeken. Subsidiariteit: het gezin werkt niet mee aan een vrijwillig traject (synthetisch).'
      : null,
    uitspraakkenmerk: vorm === 'maatregel' && organisatie === 'gi' ? `C/99/${String(index).padStart(6, '0')} / JE RK 26-${index % 1000}` : null,
  };
}

/**
 * The partners that declare a demo share (`demo.aandeel` in partner.json) join that share of households,
 * each from its own random stream so the rest of the world stays as it was: in the household's vorm when
 * one of its professionals works in it, otherwise in that professional's first vorm; never as regiehouder.
 */
function aanvullendePartners(seed: string, index: number, vorm: Vorm, vanaf: string): DemoBetrokkenheid[] {
  return PARTNERS.flatMap((partner) => {
    if (!partner.demo) return [];
    const r = new Random(seed, `partner:${partner.naam}`, index);
    if (!r.kans(partner.demo.aandeel)) return [];
    const pool = partner.professionals.filter((p) => p.vormen.length > 0);
    if (pool.length === 0) return [];
    const p = pool.find((x) => x.vormen.includes(vorm)) ?? pool[index % pool.length];
    const v = p.vormen.includes(vorm) ? vorm : p.vormen[0];
    return [{ id: r.uuid(), organisatie: partner.naam, team: p.team, professional: p.sub, vorm: v, regiehouder: false, vanaf, tot: null, grondslag: null, afweging: null, uitspraakkenmerk: null }];
  });
}

/** Walks households 0…aantal−1 in batches, for bulk inserts with progress. */
export async function perBatch(
  opties: DemoOpties,
  batchGrootte: number,
  verwerk: (batch: DemoHuishouden[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < opties.aantal; start += batchGrootte) {
    const batch: DemoHuishouden[] = [];
    for (let i = start; i < Math.min(start + batchGrootte, opties.aantal); i++) batch.push(demoHuishouden(opties.seed, i));
    await verwerk(batch);
    opties.voortgang?.(Math.min(start + batchGrootte, opties.aantal), opties.aantal);
  }
}
