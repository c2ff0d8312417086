import { PARTNERS } from '@netwerkdossier/shared';
import { Column, CreateDateColumn, DataSource, Entity, EntityManager, In, Index, PrimaryColumn } from 'typeorm';

/**
 * That a household member is beschermd (e.g. staying in a shelter), or no longer: each change a new row,
 * the newest counts. Never a @Field: what it changes is what the other members' views leave out.
 */
@Entity('bescherming')
export class Bescherming {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('IDX_bescherming_persoon')
  @Column('uuid', { name: 'persoon_id' })
  persoonId!: string;

  @Column('boolean')
  beschermd!: boolean;

  /** Who marked it: the professional (subject at their organisation). */
  @Column('text')
  door!: string;

  @CreateDateColumn({ name: 'gemarkeerd_op', type: 'timestamptz' })
  gemarkeerdOp!: Date;
}

/** The partners whose involvement tells where someone stays (partner.json `verblijfplaats`). */
export const VERBLIJFPLAATSEN: readonly string[] = PARTNERS.filter((p) => p.verblijfplaats).map((p) => p.naam);

/** Of these persons, those beschermd now (their newest row says so). */
export async function beschermd(m: EntityManager | DataSource, persoonIds: string[]): Promise<Set<string>> {
  if (persoonIds.length === 0) return new Set();
  const rijen = await m.getRepository(Bescherming).find({ where: { persoonId: In(persoonIds) }, order: { gemarkeerdOp: 'ASC', id: 'ASC' } });
  const laatste = new Map(rijen.map((r) => [r.persoonId, r.beschermd]));
  return new Set([...laatste].filter(([, b]) => b).map(([id]) => id));
}

/**
 * Whether `organisatie` must stay out of this viewer's view: it tells where someone stays, and someone
 * else among `leden` is beschermd. The protected member themselves sees everything about their own stay.
 */
export function verborgenVoor(organisatie: string | null, viewer: string, beschermden: Set<string>): boolean {
  return !!organisatie && VERBLIJFPLAATSEN.includes(organisatie) && [...beschermden].some((id) => id !== viewer);
}
