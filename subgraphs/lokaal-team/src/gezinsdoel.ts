import { Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Gezinsplan } from './gezinsplan';

@ObjectType({ description: 'Een doel in het gezinsplan' })
@Entity('gezinsdoel')
export class Gezinsdoel {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_gezinsdoel_gezinsplan')
  @Column('integer', { name: 'gezinsplan_id' })
  gezinsplanId!: number;

  @ManyToOne(() => Gezinsplan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gezinsplan_id' })
  gezinsplan?: Gezinsplan;

  @Field()
  @Categorie('hulpverlening')
  @Column('text')
  omschrijving!: string;

  @Field()
  @Categorie('hulpverlening')
  @Column('boolean')
  behaald!: boolean;
}
