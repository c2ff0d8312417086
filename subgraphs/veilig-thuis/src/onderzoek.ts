import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Onderzoeksstatus } from './enums';

@ObjectType({ description: 'Onderzoek van Veilig Thuis, op een wettelijke grondslag' })
@Entity('onderzoek')
export class Onderzoek {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_onderzoek_dossier')
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field(() => Onderzoeksstatus)
  @Categorie('veiligheid')
  @Column('text')
  status!: Onderzoeksstatus;

  @Field({ description: 'Wettelijke grondslag, bijvoorbeeld Wmo 2015 art. 4.1.1 lid 2' })
  @Categorie('veiligheid')
  @Column('text')
  grondslag!: string;

  @Field()
  @Categorie('veiligheid')
  @Column('date', { name: 'gestart_op' })
  gestartOp!: string;

  @Field(() => String, { nullable: true })
  @Categorie('veiligheid')
  @Column('text', { nullable: true })
  conclusie!: string | null;
}
