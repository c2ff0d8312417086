import { Dossier } from '@netwerkdossier/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Exposed as the plain string `Huishouden.adres`, hence no object type of its own. */
@Entity('adres')
export class Adres {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_adres_dossier', { unique: true })
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Column('text')
  adres!: string;
}
