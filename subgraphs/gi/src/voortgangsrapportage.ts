import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Periodieke rapportage over de voortgang van het plan van aanpak' })
@Entity('voortgangsrapportage')
export class Voortgangsrapportage {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_voortgangsrapportage_dossier')
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field()
  @Categorie('hulpverlening')
  @Column('date')
  datum!: string;

  @Field()
  @Categorie('hulpverlening')
  @Column('text')
  samenvatting!: string;

  @Field(() => String, { nullable: true, description: 'Eigen aantekening van de jeugdbeschermer bij deze rapportage' })
  @Categorie('werkaantekening')
  @Column('text', { nullable: true })
  werkaantekening!: string | null;
}
