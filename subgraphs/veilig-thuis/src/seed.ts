import { DemoOpties, demoBetreft, onderOuders, perBatchBekendBij, Random, voegIn } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { Onderzoeksstatus } from './enums';
import { Melder } from './melder';
import { Melding } from './melding';
import { Onderzoek } from './onderzoek';
import { Veiligheidsafspraak } from './veiligheidsafspraak';
import { Veiligheidskaart } from './veiligheidskaart';
import { Veiligheidstaxatie } from './veiligheidstaxatie';
import { Verklaring } from './verklaring';

const AARD = ['huiselijk geweld', 'kindermishandeling', 'verwaarlozing', 'ouderenmishandeling', 'zorgen over opvoeding'] as const;
const MELDER = ['buurvrouw', 'leerkracht', 'huisarts', 'politie', 'familielid', 'wijkagent'] as const;
const VEILIGHEIDSAFSPRAKEN = ['Bij escalatie belt moeder haar zus', 'Kinderen slapen bij oma als vader gedronken heeft'] as const;

/** Veilig Thuis's part of the demo world: only the households it knows. */
export async function seedVeiligThuis(dataSource: DataSource, opties: DemoOpties): Promise<void> {
  await perBatchBekendBij(dataSource, opties, 'veilig-thuis', async (m, bekend, { dossiers, clients }) => {
    const meldingen: object[] = [];
    const melders: object[] = [];
    const taxaties: object[] = [];
    const onderzoeken: object[] = [];
    const kaarten: object[] = [];
    const afspraken: Array<Array<{ tekst: string; betreft: string[] }>> = [];
    const verklaringen: object[] = [];
    for (const h of bekend) {
      const r = new Random(opties.seed, 'veilig-thuis', h.index);
      const dossierId = dossiers.get(h.id)!;
      const datum = `2026-${String(r.geheel(1, 10)).padStart(2, '0')}-${String(r.geheel(1, 28)).padStart(2, '0')}`;
      const anoniem = r.kans(0.2);
      meldingen.push({ dossierId, ontvangenOp: datum, aard: r.kies(AARD), omschrijving: `Zorgen gemeld over de situatie thuis (synthetisch, huishouden ${h.index}).`, melderId: null, anoniem });
      if (!anoniem) melders.push({ naam: `Melder ${h.index}`, relatieTotGezin: r.kies(MELDER), telefoonnummer: `06-${r.geheel(10_000_000, 99_999_999)}` });
      taxaties.push({ dossierId, datum, acuteOnveiligheid: r.kans(0.2), structureleOnveiligheid: r.kans(0.5), toelichting: 'Taxatie na eerste contact met het huishouden.' });
      const onderzoek = h.betrokkenheden.find((b) => b.organisatie === 'veilig-thuis' && b.vorm === 'onderzoek');
      if (onderzoek) {
        const afgerond = r.kans(0.4);
        onderzoeken.push({
          dossierId,
          status: afgerond ? Onderzoeksstatus.afgerond : Onderzoeksstatus.lopend,
          grondslag: 'Wmo 2015 art. 4.1.1 lid 2 en art. 5.2.6',
          // the day the network's betrokkenheid started, which this onderzoek confirmed (netwerk's seed)
          gestartOp: onderzoek.vanaf,
          onderzoeker: onderzoek.professional,
          conclusie: afgerond ? 'Zorgen bevestigd; overdracht aan lokaal team met veiligheidsafspraken.' : null,
        });
      }
      kaarten.push({ dossierId, bijgewerktOp: datum, situatie: 'Ouders werken mee; er zijn afspraken over toezicht.' });
      afspraken.push(VEILIGHEIDSAFSPRAKEN.map((tekst, i) => ({ tekst, betreft: demoBetreft(h, i) })));
      const slachtoffer = h.leden.find((p) => p.rol === 'ouder' || p.rol === 'partner');
      if (slachtoffer && r.kans(0.3)) verklaringen.push({ clientId: clients.get(slachtoffer.id)!, datum, inhoud: 'Eigen verhaal, apart vastgelegd op verzoek van de persoon.' });
    }
    const melderIds = await voegIn(m, Melder, melders);
    let volgende = 0;
    for (const melding of meldingen as Array<{ melderId: number | null; anoniem?: boolean }>) {
      if (!melding.anoniem) melding.melderId = melderIds[volgende++].id as number;
      delete melding.anoniem;
    }
    await voegIn(m, Melding, meldingen);
    await voegIn(m, Veiligheidstaxatie, taxaties);
    await voegIn(m, Onderzoek, onderzoeken);
    const kaartIds = await voegIn(m, Veiligheidskaart, kaarten);
    await voegIn(m, Veiligheidsafspraak, onderOuders(afspraken, kaartIds, 'veiligheidskaartId', (a) => a));
    await voegIn(m, Verklaring, verklaringen);
  });
}
