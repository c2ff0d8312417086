import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Eigen werkaantekening van een professional van het lokaal team' })
@Entity('werkaantekening')
export class Werkaantekening {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_werkaantekening_dossier')
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field()
  @Categorie('werkaantekening')
  @Column('date')
  datum!: string;

  @Field()
  @Categorie('werkaantekening')
  @Column('text')
  auteur!: string;

  @Field()
  @Categorie('werkaantekening')
  @Column('text')
  tekst!: string;
}
