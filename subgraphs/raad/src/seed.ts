import { DEMO_PEILJAAR, DemoOpties, perBatchBekendBij, plusDagen, PROFESSIONALS, Random, voegIn, weergavenaam } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { AdviesAanRechter } from './advies-aan-rechter';
import { Beschermingsonderzoek } from './beschermingsonderzoek';
import { Adviessoort, Beschermingsonderzoekstatus, Toetsoordeel } from './enums';
import { Toets } from './toets';
import { VerzoekTotToetsing } from './verzoek-tot-toetsing';

const ONDERZOEKER = PROFESSIONALS.find((p) => p.organisatie === 'raad' && p.vormen.includes('onderzoek'))!.sub;
const TOETSERS = ['raad-toetser-1', 'raad-toetser-2'] as const;
const AANLEIDING = ['Verzoek tot onderzoek van Veilig Thuis na herhaalde zorgen', 'Zorgen van het lokaal team over de ontwikkeling van het kind', 'Voorstel voor een maatregel vanuit het Regionaal Veiligheidsteam'] as const;
const ONDERZOEKSVRAAG = 'Is een kinderbeschermingsmaatregel nodig om de veiligheid en ontwikkeling van het kind te waarborgen?';
const CONCLUSIES = [
  { tekst: 'Ondertoezichtstelling noodzakelijk; hulp in vrijwillig kader is onvoldoende gebleken.', soort: Adviessoort.verzoek, inhoud: 'Verzoek tot ondertoezichtstelling voor de duur van een jaar (synthetisch).' },
  { tekst: 'Geen maatregel nodig; hulp in vrijwillig kader met veiligheidsafspraken volstaat.', soort: Adviessoort.advies, inhoud: 'Advies: geen maatregel, ouders werken mee aan het gezinsplan (synthetisch).' },
] as const;
const VOORGESTELD = ['ondertoezichtstelling', 'ondertoezichtstelling met machtiging uithuisplaatsing', 'voorlopige ondertoezichtstelling'] as const;
const OORDELEN = [Toetsoordeel.akkoord, Toetsoordeel.akkoord, Toetsoordeel.niet_akkoord, Toetsoordeel.aanvullend_onderzoek] as const;
const MOTIVERING: Record<Toetsoordeel, string> = {
  akkoord: 'Zorgen zijn voldoende onderbouwd en het vrijwillig kader is benut.',
  niet_akkoord: 'Het vrijwillig kader is nog niet uitgeput.',
  aanvullend_onderzoek: 'Het perspectief van het kind ontbreekt; aanvullend gesprek nodig.',
};

/** The Raad's part of the demo world: only the households it knows. */
export async function seedRaad(dataSource: DataSource, opties: DemoOpties): Promise<void> {
  await perBatchBekendBij(dataSource, opties, 'raad', async (m, bekend, { dossiers, clients }) => {
    const onderzoeken: object[] = [];
    const verzoeken: Array<{ onderzoek: number; onderzoeker: string; rij: object; toets: object | null }> = [];
    const adviezen: object[] = [];
    for (const h of bekend) {
      const kinderen = h.leden.filter((p) => p.rol === 'kind' && p.geboortejaar > DEMO_PEILJAAR - 18);
      if (kinderen.length === 0) continue;
      const r = new Random(opties.seed, 'raad', h.index);
      const dossierId = dossiers.get(h.id)!;
      const betrokkenheid = h.betrokkenheden.find((b) => b.organisatie === 'raad');
      const onderzoeker = betrokkenheid?.professional ?? ONDERZOEKER;
      const gestartOp = betrokkenheid?.vanaf ?? `${DEMO_PEILJAAR}-${String(r.geheel(1, 10)).padStart(2, '0')}-${String(r.geheel(1, 28)).padStart(2, '0')}`;
      const conclusie = r.kans(0.5) ? r.kies(CONCLUSIES) : null;
      const status = conclusie ? Beschermingsonderzoekstatus.afgerond : Beschermingsonderzoekstatus.lopend;
      onderzoeken.push({ dossierId, clientId: clients.get(r.kies(kinderen).id)!, aanleiding: r.kies(AANLEIDING), onderzoeksvraag: ONDERZOEKSVRAAG, status, gestartOp, conclusie: conclusie?.tekst ?? null, onderzoeker });
      if (h.betrokkenheden.some((b) => b.organisatie === 'gi' && b.vorm === 'maatregel') || r.kans(0.4)) {
        const indiener = h.betrokkenheden.find((b) => b.regiehouder && b.organisatie !== 'raad');
        const datum = plusDagen(gestartOp, r.geheel(7, 42));
        const oordeel = r.kies(OORDELEN);
        const toets = r.kans(0.7) ? { uitgevoerdDoor: r.kies(TOETSERS), datum: plusDagen(datum, r.geheel(5, 20)), oordeel, motivering: MOTIVERING[oordeel] } : null;
        const ingediendDoor = indiener ? `${weergavenaam(indiener.organisatie)}, ${indiener.team}` : weergavenaam('lokaal-team');
        verzoeken.push({ onderzoek: onderzoeken.length - 1, onderzoeker, rij: { ingediendDoor, datum, voorgesteldeMaatregel: r.kies(VOORGESTELD) }, toets });
      }
      if (conclusie) {
        const datum = plusDagen(gestartOp, r.geheel(60, 120));
        const zaaknummer = `C/99/${String(r.geheel(1, 999_999)).padStart(6, '0')} / JE RK ${datum.slice(2, 4)}-${r.geheel(100, 999)}`;
        adviezen.push({ dossierId, soort: conclusie.soort, datum, zaaknummer, inhoud: conclusie.inhoud });
      }
    }
    const onderzoekIds = await voegIn(m, Beschermingsonderzoek, onderzoeken);
    const verzoekIds = await voegIn(m, VerzoekTotToetsing, verzoeken.map((v) => ({ ...v.rij, beschermingsonderzoekId: onderzoekIds[v.onderzoek].id, onderzoeker: v.onderzoeker })));
    await voegIn(m, Toets, verzoeken.flatMap((v, i) => (v.toets ? [{ ...v.toets, verzoekId: verzoekIds[i].id, onderzoeker: v.onderzoeker }] : [])));
    await voegIn(m, AdviesAanRechter, adviezen);
  });
}
