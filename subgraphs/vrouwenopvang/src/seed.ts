import { DEMO_PEILJAAR, DemoOpties, perBatchBekendBij, plusDagen, Random, STRATEN, voegIn, WOONPLAATSEN } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { Opvangsoort, Opvangstatus } from './enums';
import { Opvangplaatsing } from './opvangplaatsing';
import { Veiligheidsplan } from './veiligheidsplan';

const SIGNALEN = ['Hij stuurt berichten via de kinderen', 'Hij staat onaangekondigd bij school', 'Dreigementen na een gesprek over de omgang', 'Hij drinkt en belt dan herhaaldelijk', 'Familie van hem vraagt waar zij verblijft'] as const;
const AFSPRAKEN = ['Bij dreiging direct 112 bellen', 'De kinderen worden alleen door de moeder of de mentor van school opgehaald', 'Geen contact over de verblijfplaats, ook niet met familie', 'Overdracht voor de omgang alleen via het lokaal team', 'Een tas met papieren en medicijnen staat klaar bij een vriendin'] as const;

/** Two different lines of a list, in a random order. */
function twee<T>(r: Random, lijst: readonly T[]): T[] {
  const eerste = r.geheel(0, lijst.length - 1);
  return [lijst[eerste], lijst[(eerste + r.geheel(1, lijst.length - 1)) % lijst.length]];
}

/** The shelter's part of the demo world: the households it knows, where a parent (with young children, often) stays or stayed. */
export async function seedVrouwenopvang(dataSource: DataSource, opties: DemoOpties): Promise<void> {
  await perBatchBekendBij(dataSource, opties, 'vrouwenopvang', async (m, bekend, { clients }) => {
    const plaatsingen: object[] = [];
    const plannen: object[] = [];
    for (const h of bekend) {
      const r = new Random(opties.seed, 'vrouwenopvang', h.index);
      const betrokkenheid = h.betrokkenheden.find((b) => b.organisatie === 'vrouwenopvang');
      const gestartOp = betrokkenheid?.vanaf ?? `${DEMO_PEILJAAR}-${String(r.geheel(1, 10)).padStart(2, '0')}-${String(r.geheel(1, 28)).padStart(2, '0')}`;
      const ouder = h.leden.find((p) => p.rol === 'ouder')!;
      const kinderen = h.leden.filter((p) => p.rol === 'kind' && p.geboortejaar > DEMO_PEILJAAR - 18 && p.geboortejaar <= DEMO_PEILJAAR && r.kans(0.8));
      const lopend = r.kans(0.6);
      const plaatsing = {
        soort: r.kies([Opvangsoort.crisisopvang, Opvangsoort.reguliere_opvang]),
        status: lopend ? Opvangstatus.lopend : Opvangstatus.beeindigd,
        gestartOp,
        beeindigdOp: lopend ? null : plusDagen(gestartOp, r.geheel(30, 180)),
        adres: `${r.kies(STRATEN)} ${r.geheel(1, 240)}, ${r.kies(WOONPLAATSEN)} (synthetisch)`,
      };
      // the children stay with their parent, at the same address
      for (const p of [ouder, ...kinderen]) plaatsingen.push({ ...plaatsing, clientId: clients.get(p.id)! });
      plannen.push({ clientId: clients.get(ouder.id)!, bijgewerktOp: plusDagen(gestartOp, r.geheel(3, 21)), signalen: twee(r, SIGNALEN), afspraken: twee(r, AFSPRAKEN) });
    }
    await voegIn(m, Opvangplaatsing, plaatsingen);
    await voegIn(m, Veiligheidsplan, plannen);
  });
}
