import { DEMO_PEILJAAR, DemoOpties, perBatchBekendBij, plusDagen, PROFESSIONALS, Random, voegIn } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { Maatregelsoort } from './enums';
import { Jeugdbeschermer } from './jeugdbeschermer';
import { Maatregel } from './maatregel';
import { PlanVanAanpak } from './plan-van-aanpak';
import { Voortgangsrapportage } from './voortgangsrapportage';

const LOOPTIJD_DAGEN: Record<Maatregelsoort, number | null> = { ots: 365, voorlopige_ots: 91, voogdij: null, jeugdreclassering: 365, machtiging_uithuisplaatsing: 365 };
const DOELEN = ['Kinderen gaan elke dag naar school', 'Ouders houden zich aan de veiligheidsafspraken', 'Er is een vast steunnetwerk rond het gezin', 'Ouders volgen een cursus opvoedondersteuning', 'Er is rust in de omgang tussen de ouders'] as const;
const VOORTGANG = ['Veiligheidsafspraken worden nagekomen; school meldt een stabiel beeld.', 'Wisselend beeld: afspraken deels nagekomen, netwerk is uitgebreid.', 'Zorgen nemen af; afschaling van de maatregel wordt voorbereid.'] as const;

function kiesSoort(r: Random, geboortejaar: number): Maatregelsoort {
  // jeugdreclassering is criminal law: only from age 12
  if (geboortejaar <= DEMO_PEILJAAR - 12 && r.kans(0.25)) return Maatregelsoort.jeugdreclassering;
  return r.kies([Maatregelsoort.ots, Maatregelsoort.ots, Maatregelsoort.ots, Maatregelsoort.voorlopige_ots, Maatregelsoort.voogdij]);
}

/** The GI's part of the demo world: households where it carries out a maatregel. */
export async function seedGi(dataSource: DataSource, opties: DemoOpties): Promise<void> {
  const vandaag = new Date().toISOString().slice(0, 10);
  await perBatchBekendBij(dataSource, opties, 'gi', async (m, bekend, { dossiers, clients }) => {
    const maatregelen: object[] = [];
    const plannen: object[] = [];
    const rapportages: object[] = [];
    const beschermers: object[] = [];
    for (const h of bekend) {
      const b = h.betrokkenheden.find((x) => x.organisatie === 'gi' && x.vorm === 'maatregel');
      if (!b) continue;
      const r = new Random(opties.seed, 'gi', h.index);
      const dossierId = dossiers.get(h.id)!;
      // a court measure needs a born minor
      const kinderen = h.leden.filter((p) => p.rol === 'kind' && p.geboortejaar > DEMO_PEILJAAR - 18 && p.geboortejaar <= DEMO_PEILJAAR);
      for (const kind of kinderen) {
        const soort = kiesSoort(r, kind.geboortejaar);
        const soorten = soort === Maatregelsoort.ots && r.kans(0.2) ? [soort, Maatregelsoort.machtiging_uithuisplaatsing] : [soort];
        for (const s of soorten) {
          const looptijd = LOOPTIJD_DAGEN[s];
          maatregelen.push({
            dossierId,
            clientId: clients.get(kind.id)!,
            soort: s,
            uitspraakdatum: b.vanaf,
            // the uitspraak the network's betrokkenheid names, which this maatregel confirmed (netwerk's seed)
            uitspraakkenmerk: b.uitspraakkenmerk!,
            ingangsdatum: b.vanaf,
            einddatum: looptijd === null ? null : plusDagen(b.vanaf, looptijd),
          });
        }
      }
      const vastgesteldOp = plusDagen(b.vanaf, 42);
      plannen.push({ dossierId, doelen: [...new Set([r.kies(DOELEN), r.kies(DOELEN), r.kies(DOELEN)])], vastgesteldOp });
      const aantalRapportages = r.geheel(1, 3);
      for (let i = 1; i <= aantalRapportages; i++) {
        // a rapportage is written after its period, never dated after the day the world is made
        if (plusDagen(vastgesteldOp, 91 * i) > vandaag) break;
        const werkaantekening = r.kans(0.3) ? 'Volgende keer ook de leerkracht spreken (synthetische aantekening).' : null;
        rapportages.push({ dossierId, datum: plusDagen(vastgesteldOp, 91 * i), samenvatting: r.kies(VOORTGANG), werkaantekening });
      }
      const naam = PROFESSIONALS.find((p) => p.sub === b.professional)?.naam ?? b.professional;
      // keyed by the professional, so one jeugdbeschermer has one work number in every household
      beschermers.push({ dossierId, naam, telefoonnummer: `088-${new Random(opties.seed, 'gi', b.professional).geheel(1_000_000, 9_999_999)}` });
    }
    await voegIn(m, Maatregel, maatregelen);
    await voegIn(m, PlanVanAanpak, plannen);
    await voegIn(m, Voortgangsrapportage, rapportages);
    await voegIn(m, Jeugdbeschermer, beschermers);
  });
}
