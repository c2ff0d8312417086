import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Plan van aanpak van de jeugdbeschermer bij de uitvoering van de maatregel' })
@Entity('plan_van_aanpak')
export class PlanVanAanpak {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_plan_van_aanpak_dossier', { unique: true })
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field(() => [String])
  @Categorie('hulpverlening')
  @Column('text', { array: true })
  doelen!: string[];

  @Field({ description: 'Datum waarop het plan met het gezin is vastgesteld' })
  @Categorie('hulpverlening')
  @Column('date', { name: 'vastgesteld_op' })
  vastgesteldOp!: string;
}
