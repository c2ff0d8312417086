import { Betreft, Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

import { GezinsplanOnderdeel } from './gezinsplan-onderdeel';

@ObjectType({ description: 'Een afspraak in het gezinsplan: wie doet wat, wanneer' })
@Entity('gezinsafspraak')
@Index('IDX_gezinsafspraak_gezinsplan', ['gezinsplanId'])
export class Gezinsafspraak extends GezinsplanOnderdeel {
  @Field(() => String, { nullable: true })
  @Categorie('hulpverlening')
  @Column('text')
  omschrijving!: string;

  @Field(() => String, { nullable: true, description: 'Wie de afspraak uitvoert, bijvoorbeeld moeder of de wijkcoach' })
  @Categorie('hulpverlening')
  @Column('text')
  wie!: string;

  @Field(() => String, { nullable: true, description: 'Wanneer of hoe vaak, bijvoorbeeld elke maandag of voor 1 juni' })
  @Categorie('hulpverlening')
  @Column('text')
  wanneer!: string;

  @Betreft()
  betreft!: string[];
}
