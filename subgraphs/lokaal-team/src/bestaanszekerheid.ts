import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Huisvesting, Inkomensbron } from './enums';

@ObjectType({ description: 'Inkomen, schulden en huisvesting van het huishouden' })
@Entity('bestaanszekerheid')
export class Bestaanszekerheid {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_bestaanszekerheid_dossier', { unique: true })
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field()
  @Categorie('bestaanszekerheid')
  @Column('date', { name: 'bijgewerkt_op' })
  bijgewerktOp!: string;

  @Field(() => Inkomensbron)
  @Categorie('bestaanszekerheid')
  @Column('text')
  inkomen!: Inkomensbron;

  @Field({ description: 'Of er schulden zijn' })
  @Categorie('bestaanszekerheid')
  @Column('boolean')
  schulden!: boolean;

  @Field({ description: 'Of het huishouden al schuldhulpverlening heeft' })
  @Categorie('bestaanszekerheid')
  @Column('boolean')
  schuldhulpverlening!: boolean;

  @Field(() => Huisvesting)
  @Categorie('bestaanszekerheid')
  @Column('text')
  huisvesting!: Huisvesting;
}
