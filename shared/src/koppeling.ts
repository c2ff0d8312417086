import { Column, DataSource, Entity, EntityManager, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { laadEen } from './bundelen';
import { DemoHuishouden } from './demo/wereld';
import { binnenReikwijdte, Grant } from './grant';

/**
 * A partner's own dossier on a household: its internal id, linked to the network's
 * household pseudonym. Every partner keeps this link table in its own database.
 */
@Entity('dossier')
export class Dossier {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_dossier_huishouden', { unique: true })
  @Column('uuid', { name: 'huishouden_id' })
  huishoudenId!: string;
}

/** A person in a partner's dossier, linked to the network's person pseudonym. */
@Entity('client')
export class Client {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_client_persoon', { unique: true })
  @Column('uuid', { name: 'persoon_id' })
  persoonId!: string;

  @Index('IDX_client_dossier')
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id', foreignKeyConstraintName: 'FK_client_dossier' })
  dossier?: Dossier;
}

/**
 * Links once found, per database: a link (pseudonym → internal id) never changes once made, and nothing
 * deletes one, so a found link is kept; an unknown pseudonym is asked again each time, since it may be
 * linked later. One view asked the same links up to four times per person (CPU profile under
 * `npm run bench`: a third of a subgraph's busy time went to sending small queries). Bounded: the
 * oldest half is dropped when full.
 */
const GEVONDEN = new WeakMap<DataSource, { dossiers: Map<string, Dossier>; dossiersOpId: Map<number, Dossier>; clients: Map<string, Client> }>();
const MAX_KOPPELINGEN = 200_000;

function bewaard<K, T>(kaart: Map<K, T>, sleutel: K, waarde: T): T {
  if (kaart.size >= MAX_KOPPELINGEN) [...kaart.keys()].slice(0, MAX_KOPPELINGEN / 2).forEach((k) => kaart.delete(k));
  kaart.set(sleutel, waarde);
  return waarde;
}

function gevonden(dataSource: DataSource) {
  let g = GEVONDEN.get(dataSource);
  if (!g) GEVONDEN.set(dataSource, (g = { dossiers: new Map(), dossiersOpId: new Map(), clients: new Map() }));
  return g;
}

/** The partner's dossier on a household, or null when this partner does not know the household. */
export async function zoekDossier(dataSource: DataSource, huishoudenId: string): Promise<Dossier | null> {
  const { dossiers } = gevonden(dataSource);
  const bekend = dossiers.get(huishoudenId);
  if (bekend) return bekend;
  const dossier = await laadEen(dataSource, Dossier, 'huishoudenId', huishoudenId);
  return dossier && bewaard(dossiers, huishoudenId, dossier);
}

/** The partner's client record for a person, or null when this partner does not know the person. */
export async function zoekClient(dataSource: DataSource, persoonId: string): Promise<Client | null> {
  const { clients } = gevonden(dataSource);
  const bekend = clients.get(persoonId);
  if (bekend) return bekend;
  const client = await laadEen(dataSource, Client, 'persoonId', persoonId);
  return client && bewaard(clients, persoonId, client);
}

/** The dossier a client belongs to (kept like the other links). */
async function dossierVanClient(dataSource: DataSource, client: Client): Promise<Dossier | null> {
  const { dossiersOpId } = gevonden(dataSource);
  const bekend = dossiersOpId.get(client.dossierId);
  if (bekend) return bekend;
  const dossier = await laadEen(dataSource, Dossier, 'id', client.dossierId);
  return dossier && bewaard(dossiersOpId, client.dossierId, dossier);
}

/** The federated Persoon behind a client record, or null when there is no client. */
export async function persoonVanClient(dataSource: DataSource, clientId: number | null): Promise<{ id: string } | null> {
  if (clientId === null) return null;
  const client = await laadEen(dataSource, Client, 'id', clientId);
  return client && { id: client.persoonId };
}

/** Internal ids of the dossiers and clients just linked, by pseudonym. */
export interface Koppelingen {
  dossiers: Map<string, number>;
  clients: Map<string, number>;
}

/** Links a batch of demo households (and their members) into a partner's link tables. */
export async function koppelDemoHuishoudens(manager: EntityManager, huishoudens: DemoHuishouden[]): Promise<Koppelingen> {
  const dossiers = new Map<string, number>();
  const clients = new Map<string, number>();
  if (huishoudens.length === 0) return { dossiers, clients };
  const d = await manager.createQueryBuilder().insert().into(Dossier).values(huishoudens.map((h) => ({ huishoudenId: h.id }))).returning(['id', 'huishoudenId']).execute();
  for (const rij of d.raw as Array<{ id: number; huishouden_id: string }>) dossiers.set(rij.huishouden_id, rij.id);
  const leden = huishoudens.flatMap((h) => h.leden.map((p) => ({ persoonId: p.id, dossierId: dossiers.get(h.id)! })));
  const c = await manager.createQueryBuilder().insert().into(Client).values(leden).returning(['id', 'persoonId']).execute();
  for (const rij of c.raw as Array<{ id: number; persoon_id: string }>) clients.set(rij.persoon_id, rij.id);
  return { dossiers, clients };
}

/**
 * Whether a partner may say anything about this person under the grant: the household its dossier links
 * the person to must be in the grant's scope. A person the partner does not know has nothing here anyway.
 */
export async function persoonBinnenReikwijdte(dataSource: DataSource, grant: Grant, persoonId: string): Promise<boolean> {
  const client = await zoekClient(dataSource, persoonId);
  if (!client) return true;
  const dossier = await dossierVanClient(dataSource, client);
  return !!dossier && binnenReikwijdte(grant, dossier.huishoudenId);
}
