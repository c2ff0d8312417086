import { DemoOpties, perBatchBekendBij, Random, voegIn } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { Adres } from './adres';
import { Bestaanszekerheid } from './bestaanszekerheid';
import { demoDossier } from './demo-dossier';
import { Gezinsafspraak } from './gezinsafspraak';
import { Gezinsdoel } from './gezinsdoel';
import { Gezinsplan } from './gezinsplan';
import { Gezondheidsnotitie } from './gezondheidsnotitie';
import { MdoAdvies } from './mdo-advies';
import { MdoVerslag } from './mdo-verslag';
import { NetwerkLid } from './netwerklid';
import { Personalia } from './personalia';
import { Top3 } from './top3';
import { VerklarendeAnalyse } from './verklarende-analyse';
import { Werkaantekening } from './werkaantekening';

type Rij<T> = Omit<T, 'id' | 'dossier' | 'client'>;
type Onder<T, K extends keyof T> = Omit<T, 'id' | K>;

/** One household's rows; children of gezinsplan and MDO-verslag get their parent id on insert. */
export interface DemoDossier {
  adres: Rij<Adres>;
  personalia: Rij<Personalia>[];
  gezondheid: Rij<Gezondheidsnotitie>[];
  gezinsplan: { plan: Rij<Gezinsplan>; doelen: Onder<Gezinsdoel, 'gezinsplanId' | 'gezinsplan'>[]; afspraken: Onder<Gezinsafspraak, 'gezinsplanId' | 'gezinsplan'>[] };
  top3: Rij<Top3>[];
  analyses: Rij<VerklarendeAnalyse>[];
  netwerk: Rij<NetwerkLid>[];
  bestaanszekerheid: Rij<Bestaanszekerheid>[];
  mdo: Array<{ verslag: Rij<MdoVerslag>; adviezen: Onder<MdoAdvies, 'mdoVerslagId' | 'mdoVerslag'>[] }>;
  werkaantekeningen: Rij<Werkaantekening>[];
}

/** The lokaal team's part of the demo world: only the households it knows. */
export async function seedLokaalTeam(dataSource: DataSource, opties: DemoOpties): Promise<void> {
  await perBatchBekendBij(dataSource, opties, 'lokaal-team', async (m, bekend, { dossiers, clients }) => {
    const d = bekend.map((h) => demoDossier(h, new Random(opties.seed, 'lokaal-team', h.index), dossiers.get(h.id)!, clients));
    await voegIn(m, Adres, d.map((x) => x.adres));
    await voegIn(m, Personalia, d.flatMap((x) => x.personalia));
    await voegIn(m, Gezondheidsnotitie, d.flatMap((x) => x.gezondheid));
    await voegIn(m, Top3, d.flatMap((x) => x.top3));
    await voegIn(m, VerklarendeAnalyse, d.flatMap((x) => x.analyses));
    await voegIn(m, NetwerkLid, d.flatMap((x) => x.netwerk));
    await voegIn(m, Bestaanszekerheid, d.flatMap((x) => x.bestaanszekerheid));
    await voegIn(m, Werkaantekening, d.flatMap((x) => x.werkaantekeningen));
    // RETURNING gives the ids in insertion order, which links each child to its parent
    const plannen = d.map((x) => x.gezinsplan);
    const planIds = await voegIn(m, Gezinsplan, plannen.map((p) => p.plan));
    await voegIn(m, Gezinsdoel, plannen.flatMap((p, i) => p.doelen.map((doel) => ({ ...doel, gezinsplanId: planIds[i].id }))));
    await voegIn(m, Gezinsafspraak, plannen.flatMap((p, i) => p.afspraken.map((a) => ({ ...a, gezinsplanId: planIds[i].id }))));
    const mdo = d.flatMap((x) => x.mdo);
    const verslagIds = await voegIn(m, MdoVerslag, mdo.map((v) => v.verslag));
    await voegIn(m, MdoAdvies, mdo.flatMap((v, i) => v.adviezen.map((a) => ({ ...a, mdoVerslagId: verslagIds[i].id }))));
  });
}
