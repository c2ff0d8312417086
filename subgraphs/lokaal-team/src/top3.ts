import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Top3 op één moment: zorgen, krachten en veiligheidscijfer' })
@Entity('top3')
@Check('CHK_top3_veiligheidscijfer', '"veiligheidscijfer" BETWEEN 0 AND 10')
export class Top3 {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_top3_dossier')
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field()
  @Categorie('hulpverlening')
  @Column('date')
  datum!: string;

  @Field(() => [String])
  @Categorie('hulpverlening')
  @Column('text', { array: true })
  zorgen!: string[];

  @Field(() => [String])
  @Categorie('hulpverlening')
  @Column('text', { array: true })
  krachten!: string[];

  @Field(() => Int, { description: 'Hoe veilig het nu is, van 0 (acuut onveilig) tot 10 (voldoende veilig)' })
  @Categorie('veiligheid')
  @Column('integer')
  veiligheidscijfer!: number;
}
