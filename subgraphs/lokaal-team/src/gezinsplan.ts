import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Doelen and afspraken are resolved from their own tables (gezinsplan.resolver.ts). */
@ObjectType({ description: 'Het ene plan voor het hele huishouden: doelen en afspraken' })
@Entity('gezinsplan')
export class Gezinsplan {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_gezinsplan_dossier', { unique: true })
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field({ description: 'Datum waarop het plan met het huishouden is vastgesteld' })
  @Categorie('hulpverlening')
  @Column('date', { name: 'vastgesteld_op' })
  vastgesteldOp!: string;
}
