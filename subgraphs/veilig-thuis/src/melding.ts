import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Melder } from './melder';

@ObjectType({ description: 'Een melding bij Veilig Thuis' })
@Entity('melding')
export class Melding {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_melding_dossier')
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field()
  @Categorie('veiligheid')
  @Column('date', { name: 'ontvangen_op' })
  ontvangenOp!: string;

  @Field({ description: 'Aard van de zorg, bijvoorbeeld huiselijk geweld of kindermishandeling' })
  @Categorie('veiligheid')
  @Column('text')
  aard!: string;

  @Field()
  @Categorie('veiligheid')
  @Column('text')
  omschrijving!: string;

  @Column('integer', { name: 'melder_id', nullable: true })
  melderId!: number | null;

  @OneToOne(() => Melder)
  @JoinColumn({ name: 'melder_id', foreignKeyConstraintName: 'FK_melding_melder' })
  melderRecord?: Melder;
}
