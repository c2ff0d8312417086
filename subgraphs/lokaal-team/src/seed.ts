import { DemoOpties, koppelDemoHuishoudens, perBatch, Random } from '@netwerkdossier/shared';
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
  await perBatch(opties, 500, (batch) =>
    dataSource.transaction(async (m) => {
      const bekend = batch.filter((h) => h.bekendBij.has('lokaal-team'));
      const { dossiers, clients } = await koppelDemoHuishoudens(m, bekend);
      const insert = async (entity: Function, rijen: object[]) =>
        rijen.length ? (await m.createQueryBuilder().insert().into(entity).values(rijen).execute()).identifiers : [];
      const d = bekend.map((h) => demoDossier(h, new Random(opties.seed, 'lokaal-team', h.index), dossiers.get(h.id)!, clients));
      await insert(Adres, d.map((x) => x.adres));
      await insert(Personalia, d.flatMap((x) => x.personalia));
      await insert(Gezondheidsnotitie, d.flatMap((x) => x.gezondheid));
      await insert(Top3, d.flatMap((x) => x.top3));
      await insert(VerklarendeAnalyse, d.flatMap((x) => x.analyses));
      await insert(NetwerkLid, d.flatMap((x) => x.netwerk));
      await insert(Bestaanszekerheid, d.flatMap((x) => x.bestaanszekerheid));
      await insert(Werkaantekening, d.flatMap((x) => x.werkaantekeningen));
      // RETURNING gives the ids in insertion order, which links each child to its parent
      const plannen = d.map((x) => x.gezinsplan);
      const planIds = await insert(Gezinsplan, plannen.map((p) => p.plan));
      await insert(Gezinsdoel, plannen.flatMap((p, i) => p.doelen.map((doel) => ({ ...doel, gezinsplanId: planIds[i].id }))));
      await insert(Gezinsafspraak, plannen.flatMap((p, i) => p.afspraken.map((a) => ({ ...a, gezinsplanId: planIds[i].id }))));
      const mdo = d.flatMap((x) => x.mdo);
      const verslagIds = await insert(MdoVerslag, mdo.map((v) => v.verslag));
      await insert(MdoAdvies, mdo.flatMap((v, i) => v.adviezen.map((a) => ({ ...a, mdoVerslagId: verslagIds[i].id }))));
    }),
  );
}
