import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Onderliggende factoren en patronen, samen met het huishouden opgesteld' })
@Entity('verklarende_analyse')
export class VerklarendeAnalyse {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_verklarende_analyse_dossier', { unique: true })
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
  @Column('text', { name: 'onderliggende_factoren', array: true })
  onderliggendeFactoren!: string[];

  @Field(() => [String])
  @Categorie('hulpverlening')
  @Column('text', { array: true })
  patronen!: string[];

  @Field({ description: 'Wie de analyse maakte, bijvoorbeeld een gedragswetenschapper samen met het gezin' })
  @Categorie('hulpverlening')
  @Column('text', { name: 'opgesteld_door' })
  opgesteldDoor!: string;
}
