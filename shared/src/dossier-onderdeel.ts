import { Column, DataSource, EntityTarget, FindOptionsOrder, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { laadEen, laadPer } from './bundelen';
import { Client, Dossier, zoekClient, zoekDossier } from './koppeling';

/**
 * A record in a partner's dossier on a household. Not an entity itself: each subclass is one table and
 * names its own index on dossier_id (e.g. `@Index('IDX_melding_dossier', ['dossierId'])`).
 */
export abstract class DossierOnderdeel {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;
}

/** A record on one person in a partner's dossier; each subclass names its own index on client_id. */
export abstract class ClientOnderdeel {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'client_id' })
  clientId!: number;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}

/** The household's records of one kind, none when this partner does not know the household. */
export async function onderdelenVanHuishouden<T extends DossierOnderdeel>(
  dataSource: DataSource, entity: EntityTarget<T>, huishoudenId: string, order: FindOptionsOrder<T>,
): Promise<T[]> {
  const dossier = await zoekDossier(dataSource, huishoudenId);
  return dossier ? laadPer(dataSource, entity, 'dossierId', order).load(dossier.id) : [];
}

/** The household's one record of a kind, or null. */
export async function onderdeelVanHuishouden<T extends DossierOnderdeel>(dataSource: DataSource, entity: EntityTarget<T>, huishoudenId: string): Promise<T | null> {
  const dossier = await zoekDossier(dataSource, huishoudenId);
  return dossier ? laadEen(dataSource, entity, 'dossierId', dossier.id) : null;
}

/** The person's records of one kind, none when this partner does not know the person. */
export async function onderdelenVanPersoon<T extends ClientOnderdeel>(
  dataSource: DataSource, entity: EntityTarget<T>, persoonId: string, order: FindOptionsOrder<T>,
): Promise<T[]> {
  const client = await zoekClient(dataSource, persoonId);
  return client ? laadPer(dataSource, entity, 'clientId', order).load(client.id) : [];
}

/** The person's one record of a kind, or null. */
export async function onderdeelVanPersoon<T extends ClientOnderdeel>(dataSource: DataSource, entity: EntityTarget<T>, persoonId: string): Promise<T | null> {
  const client = await zoekClient(dataSource, persoonId);
  return client ? laadEen(dataSource, entity, 'clientId', client.id) : null;
}
