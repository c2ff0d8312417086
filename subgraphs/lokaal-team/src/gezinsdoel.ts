import { Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

import { Betreft } from './betreft';
import { GezinsplanOnderdeel } from './gezinsplan-onderdeel';

@ObjectType({ description: 'Een doel in het gezinsplan' })
@Entity('gezinsdoel')
@Index('IDX_gezinsdoel_gezinsplan', ['gezinsplanId'])
export class Gezinsdoel extends GezinsplanOnderdeel {
  @Field(() => String, { nullable: true })
  @Categorie('hulpverlening')
  @Column('text')
  omschrijving!: string;

  @Field(() => Boolean, { nullable: true })
  @Categorie('hulpverlening')
  @Column('boolean')
  behaald!: boolean;

  @Betreft()
  betreft!: string[];
}
