import { DemoOpties, onderOuders, perBatchBekendBij, Random, TekstdeelVelden, voegIn } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { Adres } from './adres';
import { OnderliggendeFactor, Patroon } from './analyse-delen';
import { Bestaanszekerheid } from './bestaanszekerheid';
import { demoDossier } from './demo-dossier';
import { Gezinsafspraak } from './gezinsafspraak';
import { Gezinsdoel } from './gezinsdoel';
import { Gezinsplan } from './gezinsplan';
import { GezinsplanVersie } from './gezinsplan-versie';
import { Gezondheidsnotitie } from './gezondheidsnotitie';
import { MdoAdvies } from './mdo-advies';
import { MdoAfspraak, MdoBesluit } from './mdo-delen';
import { MdoVerslag } from './mdo-verslag';
import { NetwerkLid } from './netwerklid';
import { Personalia } from './personalia';
import { Top3 } from './top3';
import { Top3Kracht, Top3Zorg } from './top3-delen';
import { VerklarendeAnalyse } from './verklarende-analyse';
import { Werkaantekening } from './werkaantekening';

type Rij<T> = Omit<T, 'id' | 'dossier' | 'client'>;
type Onder<T, K extends keyof T> = Omit<T, 'id' | K>;
/** A part that is one line of text, before it has its parent's id. */
type Tekst = Omit<TekstdeelVelden, 'id'>;

/** One household's rows; the parts and versies of a gezinsplan, Top3, analyse and MDO-verslag get their parent id on insert. */
export interface DemoDossier {
  adres: Rij<Adres>;
  personalia: Rij<Personalia>[];
  gezondheid: Rij<Gezondheidsnotitie>[];
  gezinsplan: {
    plan: Rij<Gezinsplan>; doelen: Onder<Gezinsdoel, 'gezinsplanId' | 'gezinsplan'>[]; afspraken: Onder<Gezinsafspraak, 'gezinsplanId' | 'gezinsplan'>[];
    versies: Onder<GezinsplanVersie, 'gezinsplanId' | 'gezinsplan'>[];
  };
  top3: Array<{ top3: Rij<Top3>; zorgen: Tekst[]; krachten: Tekst[] }>;
  analyses: Array<{ analyse: Rij<VerklarendeAnalyse>; factoren: Tekst[]; patronen: Tekst[] }>;
  netwerk: Rij<NetwerkLid>[];
  bestaanszekerheid: Rij<Bestaanszekerheid>[];
  mdo: Array<{ verslag: Rij<MdoVerslag>; besluiten: Tekst[]; afspraken: Tekst[]; adviezen: Onder<MdoAdvies, 'mdoVerslagId' | 'mdoVerslag'>[] }>;
  werkaantekeningen: Rij<Werkaantekening>[];
}

/** The lokaal team's part of the demo world: only the households it knows. */
export async function seedLokaalTeam(dataSource: DataSource, opties: DemoOpties): Promise<void> {
  await perBatchBekendBij(dataSource, opties, 'lokaal-team', async (m, bekend, { dossiers, clients }) => {
    const d = bekend.map((h) => demoDossier(h, new Random(opties.seed, 'lokaal-team', h.index), dossiers.get(h.id)!, clients));
    await voegIn(m, Adres, d.map((x) => x.adres));
    await voegIn(m, Personalia, d.flatMap((x) => x.personalia));
    await voegIn(m, Gezondheidsnotitie, d.flatMap((x) => x.gezondheid));
    await voegIn(m, NetwerkLid, d.flatMap((x) => x.netwerk));
    await voegIn(m, Bestaanszekerheid, d.flatMap((x) => x.bestaanszekerheid));
    await voegIn(m, Werkaantekening, d.flatMap((x) => x.werkaantekeningen));
    // RETURNING gives the ids in insertion order, which links each child to its parent
    const plannen = d.map((x) => x.gezinsplan);
    const planIds = await voegIn(m, Gezinsplan, plannen.map((p) => p.plan));
    await voegIn(m, Gezinsdoel, onderOuders(plannen, planIds, 'gezinsplanId', (p) => p.doelen));
    await voegIn(m, Gezinsafspraak, onderOuders(plannen, planIds, 'gezinsplanId', (p) => p.afspraken));
    await voegIn(m, GezinsplanVersie, onderOuders(plannen, planIds, 'gezinsplanId', (p) => p.versies));
    const mdo = d.flatMap((x) => x.mdo);
    const verslagIds = await voegIn(m, MdoVerslag, mdo.map((v) => v.verslag));
    await voegIn(m, MdoAdvies, onderOuders(mdo, verslagIds, 'mdoVerslagId', (v) => v.adviezen));
    await voegIn(m, MdoBesluit, onderOuders(mdo, verslagIds, 'mdoVerslagId', (v) => v.besluiten));
    await voegIn(m, MdoAfspraak, onderOuders(mdo, verslagIds, 'mdoVerslagId', (v) => v.afspraken));
    const top3 = d.flatMap((x) => x.top3);
    const top3Ids = await voegIn(m, Top3, top3.map((t) => t.top3));
    await voegIn(m, Top3Zorg, onderOuders(top3, top3Ids, 'top3Id', (t) => t.zorgen));
    await voegIn(m, Top3Kracht, onderOuders(top3, top3Ids, 'top3Id', (t) => t.krachten));
    const analyses = d.flatMap((x) => x.analyses);
    const analyseIds = await voegIn(m, VerklarendeAnalyse, analyses.map((a) => a.analyse));
    await voegIn(m, OnderliggendeFactor, onderOuders(analyses, analyseIds, 'analyseId', (a) => a.factoren));
    await voegIn(m, Patroon, onderOuders(analyses, analyseIds, 'analyseId', (a) => a.patronen));
  });
}
