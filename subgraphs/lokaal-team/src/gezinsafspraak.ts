import { Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Gezinsplan } from './gezinsplan';

@ObjectType({ description: 'Een afspraak in het gezinsplan: wie doet wat, wanneer' })
@Entity('gezinsafspraak')
export class Gezinsafspraak {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_gezinsafspraak_gezinsplan')
  @Column('integer', { name: 'gezinsplan_id' })
  gezinsplanId!: number;

  @ManyToOne(() => Gezinsplan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gezinsplan_id' })
  gezinsplan?: Gezinsplan;

  @Field()
  @Categorie('hulpverlening')
  @Column('text')
  omschrijving!: string;

  @Field({ description: 'Wie de afspraak uitvoert, bijvoorbeeld moeder of de wijkcoach' })
  @Categorie('hulpverlening')
  @Column('text')
  wie!: string;

  @Field({ description: 'Wanneer of hoe vaak, bijvoorbeeld elke maandag of voor 1 juni' })
  @Categorie('hulpverlening')
  @Column('text')
  wanneer!: string;
}
