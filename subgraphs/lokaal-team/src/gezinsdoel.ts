import { Betreft, Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

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

  @Field(() => String, { nullable: true, description: 'Wie het doel trekt, bijvoorbeeld de wijkcoach of de moeder; leeg als dat (nog) niet is afgesproken' })
  @Categorie('hulpverlening')
  @Column('text', { nullable: true })
  eigenaar!: string | null;

  @Field(() => String, { nullable: true, description: 'Wanneer het doel behaald moet zijn (JJJJ-MM-DD); leeg als er geen datum is afgesproken' })
  @Categorie('hulpverlening')
  @Column('date', { nullable: true })
  streefdatum!: string | null;

  @Betreft()
  betreft!: string[];
}
